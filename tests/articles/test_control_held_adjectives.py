"""A hold told by an adjective before a place ("the rebel-held town of X", "Russian-held X"):
the side the word before "-held" names holds the place right after it, as the writer describes
it; not ground a place only bounds ("rebel-held areas east of X"), and not a place the article
tells changing hands ("retook the Russian-held town of X": the taking only). Each rule is read in
at least two differently worded real-world phrasings (control_state_triggers.py,
control_holds.prefix_holder, control_background.py)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import claim_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KYIV (Reuters) - Ukrainian forces shelled Russian-held Izium overnight, the "
            "Ukrainian military said on Tuesday.",
            [("Izium", "Russia", "hold", "reported", None)],
        ),
        (
            "Ukrainian troops advanced on Tuesday towards the Russian-held cities of Horlivka "
            "and Donetsk, residents said.",
            [
                ("Horlivka", "Russia", "hold", "reported", None),
                ("Donetsk", "Russia", "hold", "reported", None),
            ],
        ),
    ],
)
def test_the_side_before_held_holds_the_place_after_it(dictionary, text, expected):
    assert [r[:5] for r in claim_rows(text, dictionary) if r[2] == "hold"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops retook the Russian-held town of Izium on Tuesday, the military said.",
        "The Russian-held town of Izium fell to Ukrainian troops on Tuesday after a week of "
        "fighting, officials said.",
    ],
)
def test_a_place_that_changes_hands_keeps_only_the_change(dictionary, text):
    events = [r[2] for r in claim_rows(text, dictionary) if r[0] == "Izium"]
    assert events and "hold" not in events


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets struck Russian-held areas east of Kharkiv on Tuesday, officials said.",
        "Ukrainian drones hit Russian-held territory near Donetsk overnight, residents said.",
    ],
)
def test_ground_a_place_only_bounds_is_no_hold(dictionary, text):
    assert not [r for r in claim_rows(text, dictionary) if r[2] == "hold"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian officials said on Monday that Russian troops still held Izium. Ukrainian "
        "artillery shelled Russian-held Izium overnight, residents said.",
        "Izium remained in Russian hands on Tuesday, the regional governor said. Ukrainian "
        "drones struck fuel depots in the Russian-held city of Izium, residents said.",
    ],
)
def test_a_hold_told_in_other_words_is_kept_once(dictionary, text):
    assert [r[2] for r in claim_rows(text, dictionary) if r[0] == "Izium"] == ["hold"]
