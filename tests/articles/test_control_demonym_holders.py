"""A people named after "fell to" or "held by" is the state whose demonym it is ("X fell to the
Tanzanians on Saturday", "X, held by the Chinese since October"), not a side left unread
(control_demonym_holders.py). Each in at least two differently worded real-world phrasings."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import sides_of


@pytest.mark.parametrize(
    ("text", "place", "state"),
    [
        (
            "Uganda's army retreated towards the capital. Masaka fell to the Tanzanians on "
            "Saturday after its garrison withdrew.",
            "Masaka",
            {"Tanzania", "Tanzania People's Defence Force"},
        ),
        (
            "Indian troops were pushed back along the whole front. Tawang fell to the Chinese "
            "on Monday, officials in New Delhi said.",
            "Tawang",
            {"China", "People's Liberation Army"},
        ),
    ],
)
def test_a_people_after_fell_to_is_its_state(dictionary, text, place, state):
    # the state or its forces, as the dictionary names them
    found = sides_of(text, dictionary, place)
    assert len(found) == 1 and found <= state


def test_a_name_after_fell_to_is_not_read_as_a_people(dictionary):
    text = "Masaka fell to the Tanzania People's Defence Force on Saturday."
    assert sides_of(text, dictionary, "Masaka") == {"Tanzania People's Defence Force"}


def test_a_word_that_is_no_demonym_tells_no_side(dictionary):
    text = "Masaka fell to the Allies on Saturday, Ugandan radio said."
    assert not any("Allies" in side for side in sides_of(text, dictionary, "Masaka"))
