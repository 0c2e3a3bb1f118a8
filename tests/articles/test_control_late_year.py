"""A change told "late last year" is dated to that December, to the month, as "late last month"
gives that month (tests/gold/README.md, "Start and end dates"); read by control alone."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles.control_rows import dates_of


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
