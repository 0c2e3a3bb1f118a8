"""A change told "late last year" is dated to that December, to the month, as "late last month"
gives that month (tests/gold/README.md, "Start and end dates"); "last year" alone names no date."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.dates import resolve
from tests.articles.control_rows import dates_of


def test_late_last_year_is_the_december_before_to_the_month():
    assert resolve("late last year", dt.date(2024, 6, 12)) == (dt.date(2023, 12, 1), 3)
    assert resolve("late last year", dt.date(1986, 1, 27)) == (dt.date(1985, 12, 1), 3)
    assert resolve("last year", dt.date(2024, 6, 12)) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Government troops shelled the outskirts of Raqqa, the city which Islamic State "
            "fighters captured late last year, residents said.",
            "Raqqa",
        ),
        (
            "Al-Shabaab militants overran the town of Bardale, on the Baidoa road, late last year "
            "and still patrol its market.",
            "Bardale",
        ),
    ],
)
def test_a_taking_late_last_year_is_dated_to_that_december(dictionary, text, place):
    assert (dt.date(2023, 12, 1), 3) in dates_of(text, dictionary, place)
