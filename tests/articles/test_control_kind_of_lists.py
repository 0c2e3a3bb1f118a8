"""A list led by its kind before a passive or "fell to" trigger ("the towns of A and B were taken
by Y"): "of" after the list's own kind opens the list, where after any other word ("In Mali, A
and B fell") it only sets the scene. Read in at least two differently worded real-world phrasings
(control_places.py)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import MONDAY, SATURDAY, rows


@pytest.mark.parametrize(
    ("text", "side", "places", "day"),
    [
        (
            "The towns of Nubl and Zahraa were taken by SNA fighters on Saturday.",
            "Syrian National Army",
            ["Nubl", "Zahraa"],
            SATURDAY,
        ),
        (
            "The villages of Kafr Nabl and Maarat were captured by Syrian government forces on "
            "Monday.",
            "Syrian government forces",
            ["Kafr Nabl", "Maarat"],
            MONDAY,
        ),
    ],
)
def test_a_list_led_by_its_kind_before_a_passive(dictionary, text, side, places, day):
    found = rows(text, dictionary)
    assert [(r[0], r[1], r[2], r[4]) for r in found] == [(p, side, "capture", day) for p in places]


def test_a_place_after_another_preposition_still_sets_the_scene(dictionary):
    found = rows(
        "In Idlib, Kafr Nabl and Maarat fell to Syrian government forces on Monday.", dictionary
    )
    assert [r[0] for r in found] == ["Kafr Nabl", "Maarat"]
