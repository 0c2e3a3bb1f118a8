"""A day of the month named by its ordinal alone ("on the 14th") is the last such day on or before
the day of publication (control_dates._dates_in); a unit's ordinal is no date."""

from __future__ import annotations

import datetime as dt

from tests.articles.control_rows import MONDAY, dates_of


def test_the_ordinal_day_of_this_month(dictionary):
    text = "Taliban fighters recaptured the town of Kunduz on the 9th after a week of fighting."
    assert dates_of(text, dictionary, "Kunduz") == {(dt.date(2024, 6, 9), 1)}


def test_an_ordinal_past_today_is_last_month(dictionary):
    text = (
        "Islamic State fighters withdrew from Sirte at dawn on the 22nd as Libyan government "
        "forces advanced."
    )
    assert dates_of(text, dictionary, "Sirte") == {(dt.date(2024, 5, 22), 1)}


def test_a_unit_ordinal_is_no_date(dictionary):
    text = "Taliban fighters overran the base of the 16th Infantry Division in Kunduz on Monday."
    assert dates_of(text, dictionary, "Kunduz") == {(MONDAY, 1)}
