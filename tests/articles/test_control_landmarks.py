"""A site named by the place it is of or at ("the ancient fortress of X", "the border post of
X", "the Crusader castle at X"), and a list that goes on after "and then" ("took X on Monday and
then Y and Z"). Each rule is read in at least two differently worded real-world phrasings
(control_patterns.py)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import FRIDAY, MONDAY, rows


@pytest.mark.parametrize(
    ("text", "place", "side", "day"),
    [
        (
            "Israeli commandos captured the ancient fortress of Beaufort on Friday.",
            "Beaufort",
            "Israel",
            FRIDAY,
        ),
        (
            "Al-Shabaab fighters overran the border post of Kaya on Monday.",
            "Kaya",
            "Al-Shabaab",
            MONDAY,
        ),
        (
            "Israeli commandos stormed the Crusader castle at Beaufort on Friday.",
            "Beaufort",
            "Israel",
            FRIDAY,
        ),
    ],
)
def test_a_site_named_by_its_place(dictionary, text, place, side, day):
    assert rows(text, dictionary) == [(place, side, "capture", "reported", day, 1)]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Al-Shabaab fighters captured Kaya on Monday and then Morobo and Bazi.",
            ["Kaya", "Morobo", "Bazi"],
        ),
        (
            "M23 rebels seized the town of Bunagana on Monday and later Kiwanja and Rutshuru.",
            ["Bunagana", "Kiwanja", "Rutshuru"],
        ),
    ],
)
def test_a_list_that_goes_on_after_and_then(dictionary, text, places):
    assert [r[0] for r in rows(text, dictionary)] == places
