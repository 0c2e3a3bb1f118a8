"""A repelled attack told of the defenders the sentence places in a town ("troops in X had
beaten back two attacks overnight", "Moroccan troops in the desert garrison of X have beaten
back repeated assaults"): the defenders hold X (control_state_triggers.py, "repel-here")."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import rows


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces pressed their offensive in the Donetsk region on Tuesday. A Ukrainian "
        "military spokesman said troops in Avdiivka had beaten back two attacks overnight.",
        "Russian forces pressed their offensive in the Donetsk region on Tuesday. Ukrainian "
        "troops in the industrial town of Avdiivka have repulsed repeated assaults by Russian "
        "infantry, the general staff said.",
    ],
)
def test_defenders_in_a_town_hold_it(dictionary, text):
    held = {row[:3] for row in rows(text, dictionary) if row[0] == "Avdiivka"}
    assert ("Avdiivka", "Ukraine", "hold") in held


def test_a_town_named_elsewhere_is_not_the_one_defended(dictionary):
    text = (
        "Russian forces pressed their offensive in Avdiivka on Tuesday, and a Ukrainian "
        "spokesman said the troops had beaten back two attacks overnight."
    )
    assert not [row for row in rows(text, dictionary) if row[2] == "hold"]
