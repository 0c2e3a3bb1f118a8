"""A bare weekday or month after a place's name, as AP style writes it ("swept into Bab
al-Tabbaneh Monday"), is the change's date, not a word of the name
(articles/extraction/control_patterns.py, CALENDAR_WORD)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import MONDAY, SUNDAY, rows


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "Lebanese troops backed by helicopters swept into the heart of Bab al-Tabbaneh Monday "
            "and took the mosque the gunmen had used as a base.",
            "Bab al-Tabbaneh",
            MONDAY,
        ),
        (
            "Somali troops recaptured Bulo Burde Sunday after a night of street fighting, a "
            "military spokesman said.",
            "Bulo Burde",
            SUNDAY,
        ),
    ],
)
def test_a_bare_weekday_after_the_name_dates_the_change(dictionary, text, place, day):
    found = rows(text, dictionary)
    assert {p for p, *_ in found} == {place}
    assert {(d, precision) for p, _, _, _, d, precision in found} == {(day, 1)}


def test_a_month_after_the_name_is_not_part_of_it(dictionary):
    text = "Al-Shabaab fighters overran Bulo Hawo March 3 after a week of shelling, residents said."
    assert {p for p, *_ in rows(text, dictionary)} == {"Bulo Hawo"}
