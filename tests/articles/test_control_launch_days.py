"""The day an offensive began, set off by a comma before the change ("Since launching its
offensive on May 13, the group has taken X"), is not the day X changed hands; a start the change
follows in the same clause ("began their assault on Monday and took X", "launched an offensive on
Monday, seizing X") is. Published on Wednesday 12 June 2024."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import MONDAY, WEDNESDAY, rows


def _days(text, dictionary):
    return {(d, p) for place, _, _, _, d, p in rows(text, dictionary) if place == "Baiji"}


@pytest.mark.parametrize(
    "text",
    [
        "Since launching its offensive on May 13, Islamic State has taken Baiji and dozens of "
        "villages.",
        "Islamic State said the offensive, launched on Sunday night in the hills, had also taken "
        "the town of Baiji.",
    ],
)
def test_an_offensive_start_set_off_before_the_change_does_not_date_it(dictionary, text):
    assert _days(text, dictionary) == {(WEDNESDAY, 1)}


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State launched an offensive on Monday, seizing Baiji within hours.",
        "Islamic State fighters began their assault on Monday and took Baiji, residents said.",
    ],
)
def test_a_start_the_change_follows_in_its_clause_dates_it(dictionary, text):
    assert _days(text, dictionary) == {(MONDAY, 1)}
