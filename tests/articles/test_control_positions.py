"""A side holding its positions at a place ("held all their positions, including at X", "still
held positions in the hills above X", "had dug in around X"): the doer holds the place
(control_triggers.py, "positions")."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import rows


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "Russian forces shelled the front overnight. Ukraine's general staff said Ukrainian "
            "troops held all their positions, including at Lyman.",
            "Lyman",
            "Ukraine",
        ),
        (
            "Russian forces shelled the front overnight. A Ukrainian commander said on Monday "
            "that Ukrainian troops still held positions in the hills above Lyman.",
            "Lyman",
            "Ukraine",
        ),
        (
            "The Taliban attacked the district overnight. Afghan officials said Afghan soldiers "
            "had dug in around Lashkar Gah and were waiting for reinforcements.",
            "Lashkar Gah",
            "Afghan National Defence and Security Forces",
        ),
    ],
)
def test_holding_positions_at_a_place_is_a_hold(dictionary, text, place, side):
    assert (place, side, "hold") in {row[:3] for row in rows(text, dictionary)}


def test_troops_dug_in_as_a_participle_tell_no_hold_by_the_sentences_subject(dictionary):
    text = (
        "The Taliban attacked the district overnight. Hundreds of Taliban fighters were "
        "fighting Afghan soldiers dug in around Lashkar Gah, officials said."
    )
    assert ("Lashkar Gah", "Taliban", "hold") not in {row[:3] for row in rows(text, dictionary)}
