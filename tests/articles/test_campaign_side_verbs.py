"""Who the article tells attacking and who defending (campaign_side_verbs): the deeds of each
side's mentions, read from the parse, which the role ranker weighs."""

from __future__ import annotations

import pytest

from articles.extraction.campaign_side_verbs import Deed, deed_features
from tests.articles.rows import side_deed_roles

ROLES = [
    # the subject of a shelling verb attacks; the one holding out and pulling back defends
    (
        "Taliban fighters shelled the outskirts of the town for a week. Malian Armed Forces"
        " soldiers held out in the citadel until Sunday.",
        {"Taliban": ["attack"], "Malian Armed Forces": ["defend"]},
    ),
    # "a siege by X" is X's deed; "X repelled" and "X's defenders" defend; "encircled X": X is
    # attacked
    (
        "After a two-month siege by Al-Shabaab, the Somali National Army repelled a final"
        " assault, but Al-Shabaab later encircled the Somali National Army garrison.",
        {"Al-Shabaab": ["attack", "attack"], "Somali National Army": ["defend", "defend"]},
    ),
    # "an offensive against X": X is attacked; "X surrendered": X defends
    (
        "The army launched an offensive against the Arakan Army in the hills; weeks later"
        " the Arakan Army surrendered the last outpost.",
        {"Arakan Army": ["attacked", "defend"]},
    ),
    # a side modifying a campaign noun is its doer: "the Al-Shabaab offensive", "a Taliban
    # assault"; one named against ("an anti-Taliban offensive") is not
    (
        "The Al-Shabaab offensive on the port stalled after a week of rain.",
        {"Al-Shabaab": ["attack"]},
    ),
    (
        "Residents said a fresh Taliban assault had reached the district centre by nightfall.",
        {"Taliban": ["attack"]},
    ),
]


def test_a_side_named_against_a_campaign_is_not_its_doer(dictionary):
    deeds = side_deed_roles(
        "Villagers joined the anti-Taliban offensive in the valley.", dictionary
    )
    assert "attack" not in deeds.get("Taliban", [])


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_each_sides_deeds_come_from_the_parse(text, expected, dictionary):
    deeds = side_deed_roles(text, dictionary)
    for side, roles in expected.items():
        assert deeds.get(side) == roles


def test_a_side_told_mostly_defending_is_flagged():
    class Head:
        def __init__(self, i):
            self.left_edge = self.right_edge = self
            self.i = i

    deeds = [Deed("defend", Head(3)), Deed("defend", Head(9)), Deed("attack", Head(20))]
    features = deed_features(deeds, targets={3})
    assert features["deeds_mostly_defends"] == 1.0
    assert features["deeds_defend_target"] == 1.0
    assert "deeds_attack_target" not in features
    assert "deeds_mostly_defends" not in deed_features(deeds[2:], targets=set())
