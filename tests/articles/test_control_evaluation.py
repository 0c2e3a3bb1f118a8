"""Scoring control observations against the gold: a match on place and side, then kinds and
dates as accuracies on the matches; folders without control annotations are not scored."""

from __future__ import annotations

from articles.extraction.evaluation import Report, score_control


def _obs(place, side, kind="claimed", date="2024-06-10", precision=1, event="capture", text=""):
    return {
        "place": place,
        "text": text or place,
        "side": side,
        "kind": kind,
        "event": event,
        "date": date,
        "date_precision": precision if date else None,
    }


def test_a_match_needs_place_and_side_and_scores_kind_and_date_on_matches():
    gold = {
        "control": [
            _obs("Avdiivka", "Russia"),
            _obs("Lastochkyne", "Ukraine", kind="claimed", date=None, event="hold"),
            _obs("Sieverne", "Ukraine", kind="reported"),
        ]
    }
    predicted = {
        "control": [
            # The geoparser's canonical name differs; the words of the text match.
            _obs("Avdiyivka", "Russia", text="Avdiivka"),
            _obs("Lastochkyne", "Ukraine", kind="reported", date="2024-06-12", event="hold"),
            _obs("Sieverne", "Russia", kind="reported"),  # wrong side: no match
        ]
    }
    report = Report()
    score_control(predicted, gold, report)
    control, kinds, dates = (
        report.scores[k] for k in ("control", "control_kinds", "control_dates")
    )
    assert (control.tp, control.fp, control.fn) == (2, 1, 1)
    assert kinds.f1 == 0.5 and dates.f1 == 0.5


def test_of_two_gold_observations_each_takes_the_prediction_that_agrees_most():
    gold = {"control": [_obs("Baga", "ISWAP", kind="reported"), _obs("Baga", "ISWAP")]}
    predicted = {"control": [_obs("Baga", "ISWAP"), _obs("Baga", "ISWAP", kind="reported")]}
    report = Report()
    score_control(predicted, gold, report)
    assert report.scores["control_kinds"].f1 == 1.0 and report.scores["control"].fp == 0


def test_an_article_without_control_annotations_is_not_scored():
    report = Report()
    score_control({"control": [_obs("Raqqa", "Syrian Democratic Forces")]}, {}, report)
    assert report.scores["control"].fp == 0 and report.scores["control"].tp == 0
