"""A taking told in the passive with no taker ("the village of X had been taken on Wednesday",
"X has been captured, the ministry said"): the speaker's taking of the place standing just
before the verb, not of a name further back (control_triggers.py, "taken-passive")."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import TUESDAY, rows


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled Ukrainian positions. Russia's defence ministry said on Tuesday "
        "that the village of Stepove had been taken.",
        "Russian forces shelled Ukrainian positions. Stepove has been captured, Russia's defence "
        "ministry said on Tuesday.",
    ],
)
def test_a_passive_taking_is_the_speakers(dictionary, text):
    assert ("Stepove", "Russia", "capture", "claimed", TUESDAY, 1) in rows(text, dictionary)


def test_a_place_further_back_is_not_the_one_taken(dictionary):
    text = (
        "Russian forces shelled Ukrainian positions. Russia's defence ministry said on Tuesday "
        "that Stepove, where fighting went on, had been taken."
    )
    taken = {row[0] for row in rows(text, dictionary) if row[2] == "capture"}
    assert taken <= {"Stepove"}
    text = (
        "Russian forces shelled Ukrainian positions. A general in Stepove said on Tuesday that "
        "two command posts had been captured."
    )
    assert not [row for row in rows(text, dictionary) if row[2] == "capture"]
