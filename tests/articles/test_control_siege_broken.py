"""A siege told broken ("broke the siege of X", "lifted a two-month siege of X", "relieved X"):
the side that broke it holds the place (control_state_triggers, "siege-broken"); a besieger
lifting its own siege holds nothing."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import rows

_UPDF = "Uganda People's Defence Force"


@pytest.mark.parametrize(
    "text",
    [
        "Ugandan troops lifted the siege of Kitgum on Sunday, driving off Lord's Resistance Army"
        " rebels, an army spokesman said.",
        "Ugandan troops broke a two-month siege of Kitgum last week, the army said.",
        "A column of Ugandan troops relieved Kitgum on Sunday after a week of fighting with"
        " rebels of the Lord's Resistance Army.",
    ],
)
def test_the_side_that_broke_a_siege_holds_the_place(dictionary, text):
    holders = {side for place, side, event, *_ in rows(text, dictionary) if place == "Kitgum"}
    assert _UPDF in holders


def test_a_besieger_lifting_its_own_siege_holds_nothing(dictionary):
    text = (
        "Lord's Resistance Army rebels lifted their siege of Kitgum on Sunday and moved north,"
        " residents said."
    )
    assert not any(
        event == "hold" and side == "Lord's Resistance Army"
        for place, side, event, *_ in rows(text, dictionary)
    )
