"""Attackers a later sentence tells starting or launching the article's first campaign
(campaign_told_later)."""

from __future__ import annotations

import pytest

from tests.articles.rows import rule_attackers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Operation Thunderbolt closes on rebels' last valley\n"
            "Operation Thunderbolt, the sweep through the mountains near the border, has overrun"
            " most of the valley after two weeks of fighting, officials said on Monday.\n"
            "The operation started on Feb. 18, when Kenyan troops moved north from the lake"
            " and pushed into the hills.",
            {"Kenya Defence Forces"},
        ),
        (
            "Operation Falcon reaches the river town\n"
            "Operation Falcon reached the river town of Bardera on Thursday, residents said.\n"
            "The advance is part of an offensive launched this week by Ethiopian troops, who"
            " crossed the border in January.",
            {"Ethiopian National Defense Force"},
        ),
    ],
)
def test_a_later_sentence_names_who_started_the_campaign(text, expected, dictionary):
    attackers = rule_attackers(text, dictionary)
    assert attackers and expected <= set(attackers[0])


def test_a_later_sentence_on_another_start_names_no_attacker(dictionary):
    text = (
        "Operation Thunderbolt closes on rebels' last valley\n"
        "Operation Thunderbolt, the sweep through the mountains near the border, has overrun"
        " most of the valley after two weeks of fighting, officials said on Monday.\n"
        "The crisis began in March, when Ethiopian troops crossed the border."
    )
    attackers = rule_attackers(text, dictionary)
    assert attackers and "Ethiopian National Defense Force" not in attackers[0]
