"""A site named by the place it is of or at ("the ancient fortress of X", "the border post of
X", "the Crusader castle at X"); a list that goes on after "and then" ("took X on Monday and then
Y and Z"); and the names a common noun joined to a list includes ("took A and several towns,
including B and C"). Each rule is read in at least two differently worded real-world phrasings
(control_patterns.py, control_places.py)."""

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


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Libyan National Army forces took Sabratha and Surman and several smaller towns along "
            "the road to the border, including Ajaylat and Zelten.",
            ["Sabratha", "Surman", "Ajaylat", "Zelten"],
        ),
        (
            "M23 rebels seized Bunagana and a string of villages in the hills, among them Kiwanja "
            "and Rutshuru.",
            ["Bunagana", "Kiwanja", "Rutshuru"],
        ),
    ],
)
def test_names_a_common_noun_after_a_list_includes(dictionary, text, places):
    assert [r[0] for r in rows(text, dictionary)] == places
