"""A withdrawal with its time between the verb and "from" ("pulled back on Sunday from positions
outside X", "pulled back this week from positions at X", "fell back overnight from X"): a
withdrawal from X, dated by that time. Each rule is read in at least two differently worded
real-world phrasings (control_state_triggers.py, control_event_dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles.control_rows import SUNDAY, rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Russian forces attacked on Monday. The Ukrainian military said Ukrainian troops had "
            "pulled back on Sunday from positions outside Bakhmut after an ambush.",
            ("Bakhmut", "Russia", "withdraw", "claimed", SUNDAY, 1),
        ),
        (
            "Russian forces attacked on Monday. The Ukrainian commander said that Ukrainian "
            "forces had pulled back this week from positions at Bakhmut to shorten their lines.",
            ("Bakhmut", "Russia", "withdraw", "claimed", dt.date(2024, 6, 10), 2),
        ),
    ],
)
def test_a_time_between_the_verb_and_from_dates_the_withdrawal(dictionary, text, row):
    assert row in rows(text, dictionary)
