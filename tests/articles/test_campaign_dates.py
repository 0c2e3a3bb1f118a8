"""When a campaign started and ended, read from the parse: a date modifying the verb that launched it,
the "which erupted …" clause about it or "the assault began …"; the end when the text reports the
target taken, given up or the push halted (dates resolved by articles/extraction/dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract

PUBLISHED = dt.date(2024, 6, 28)  # a Friday


def _dates(text: str, dictionary) -> list[tuple[str, dt.date | None, int, dt.date | None]]:
    result = extract(text, published=PUBLISHED, dictionary=dictionary)
    return [(c.name, c.started_on, c.date_precision, c.ended_on) for c in result.campaigns]


@pytest.mark.parametrize(("text", "started"), [
    # a relative clause of the trigger with a verb of starting
    (("The Houthi offensive on Marib, which erupted in early February, has killed hundreds of fighters, "
     "officials said on Friday."), (dt.date(2024, 2, 1), 3)),
    ("The assault on Kanyabayonga erupted two weeks ago, when M23 rebels pushed north, residents said.",
     (dt.date(2024, 6, 14), 2)),
])
def test_a_date_in_the_clause_that_starts_the_campaign_is_its_start(dictionary, text, started):
    [(_, started_on, precision, _)] = _dates(text, dictionary)
    assert (started_on, precision) == started


@pytest.mark.parametrize("text", [
    "The assault on Gwoza began on Monday, when Nigerian troops pushed south, military sources said.",
    "Nigerian troops launched their assault on Gwoza on Monday, military sources said on Friday.",
])
def test_the_day_the_campaign_was_launched_is_its_start_not_the_day_of_the_report(dictionary, text):
    [(_, started_on, precision, _)] = _dates(text, dictionary)
    assert (started_on, precision) == (dt.date(2024, 6, 24), 1)


@pytest.mark.parametrize("text", [
    ("Russian forces launched their offensive on Avdiivka in October. Ukrainian troops withdrew from Avdiivka "
    "on Wednesday, the army said."),
    ("Russian forces launched their offensive on Avdiivka in October. On Friday officials said Russian troops "
    "captured Avdiivka on Wednesday after months of fighting."),
])
def test_a_reported_capture_or_withdrawal_ends_the_campaign(dictionary, text):
    [(_, started_on, _, ended_on)] = _dates(text, dictionary)
    assert (started_on, ended_on) == (dt.date(2023, 10, 1), dt.date(2024, 6, 26))


def test_a_campaign_the_text_does_not_end_has_no_end(dictionary):
    text = "Russian forces launched their offensive on Avdiivka in October and were still attacking on Friday."
    assert [ended for *_, ended in _dates(text, dictionary)] == [None]
