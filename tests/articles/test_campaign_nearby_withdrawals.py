"""A campaign cue whose own clause names no attacker takes the side of a neighbouring sentence
(campaign_cue_attackers._attacker_nearby), but not a side that sentence tells leaving the place:
it lost the place, it did not attack it (campaign_cue_attackers.withdrew_in)."""

from __future__ import annotations

import pytest

from tests.articles.rows import rule_attackers


@pytest.mark.parametrize(
    ("text", "leaver"),
    [
        (
            "Hardline insurgents seized Bardera on Monday only hours after the last Kenyan troops"
            " pulled out of the town, residents said.\nWitnesses said hundreds of fighters in"
            " pick-up trucks entered Bardera from the west in the early afternoon.",
            "Kenya Defence Forces",
        ),
        (
            '"Our forces have entered Herat to protect its people," the alliance said.\nA Taliban'
            " official said the militia had left the city of its own accord.",
            "Taliban",
        ),
    ],
)
def test_a_side_told_leaving_is_not_the_attacker_of_a_neighbouring_cue(dictionary, text, leaver):
    assert all(leaver not in attackers for attackers in rule_attackers(text, dictionary))
