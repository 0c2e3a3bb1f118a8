"""Scoring control observations against the gold: a match on place and side, then kinds and
dates as accuracies on the matches; folders without control annotations are not scored."""

from __future__ import annotations

import json

from articles.extraction.evaluation import Report, control_disagreements, score_control


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


def test_disagreements_list_wrong_kinds_and_dates_then_the_unmatched_as_json():
    gold = {
        "control": [
            _obs("Avdiivka", "Russia"),  # agrees: not listed
            _obs("Lastochkyne", "Ukraine", date="2024-06-11", event="hold"),
            _obs("Sieverne", "Ukraine", kind="reported"),
        ]
    }
    predicted = {
        "control": [
            _obs("Avdiyivka", "Russia", text="Avdiivka"),
            _obs("Lastochkyne", "Ukraine", kind="reported", precision=2, event="hold"),
            _obs("Sieverne", "Russia", kind="reported"),
        ]
    }
    lines = control_disagreements(predicted, gold)
    labels = [line.split(" ", 1)[0] for line in lines]
    assert labels == ["mismatch", "missed", "extra"]
    rows = [json.loads(line.split(" ", 1)[1]) for line in lines]
    assert rows[0]["wrong"] == ["kind", "date"]
    assert (rows[0]["got"]["kind"], rows[0]["got"]["date"], rows[0]["got"]["precision"]) == (
        "reported",
        "2024-06-10",
        2,
    )
    assert (rows[0]["gold"]["date"], rows[0]["gold"]["event"]) == ("2024-06-11", "hold")
    assert (rows[1]["place"], rows[1]["side"]) == ("Sieverne", "Ukraine")
    assert (rows[2]["place"], rows[2]["side"]) == ("Sieverne", "Russia")


def test_no_disagreements_without_control_annotations():
    assert control_disagreements({"control": [_obs("Raqqa", "SDF")]}, {}) == []
