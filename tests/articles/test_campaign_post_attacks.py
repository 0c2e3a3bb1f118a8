"""A dated attack on a side's posts, positions or base at a named town is a campaign on the town
(articles/extraction/campaign_post_attacks.py): two differently worded phrasings, and what stays
no campaign (an undated attack, a village, a side speaking of "our positions", a town a campaign
already targets)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.campaign_post_attacks import add_post_attacks
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.sentences import sentences
from tests.articles.rows import FRIDAY_28_JUNE_2024, town_places


def _post_attacks(text: str, dictionary, kept: list[CampaignRecord] | None = None) -> list[tuple]:
    """(name, attackers, targets, started_on) of the campaigns the step adds."""
    kept = kept if kept is not None else []
    before = len(kept)
    places = town_places(text)
    actors = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, places=places)
    add_post_attacks(text, sentences(text), actors.actors, places, FRIDAY_28_JUNE_2024, kept)
    return [(c.name, c.attackers, c.targets, c.started_on) for c in kept[before:]]


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # a second front, beaten off, told past the lead
        (
            "Rebels take Pibor after two-day battle\nJUBA (Reuters) - M23 rebels seized the town"
            " of Pibor on Friday after a two-day battle, the army said.\nThe army said M23"
            " fighters had also attacked army positions at Kajo on Wednesday and had been driven"
            " off after three hours of fighting.\n",
            dt.date(2024, 6, 26),
        ),
        # the side's camp at the town, at night
        (
            "Fighting flares in the south\nJUBA (AFP) - Thousands fled their homes on Friday as"
            " fighting spread across the south, aid agencies said.\nIn the hills, M23 rebels"
            " attacked the government's military camp at Kajo late on Tuesday, firing mortars"
            " at the perimeter until dawn, officials said.\n",
            dt.date(2024, 6, 25),
        ),
    ],
)
def test_a_dated_attack_on_a_post_at_a_town_is_a_campaign(text, started, dictionary):
    assert _post_attacks(text, dictionary) == [("Kajo offensive", ["M23"], ["Kajo"], started)]


@pytest.mark.parametrize(
    "text",
    [
        # undated: a pattern of attacks, not one front opened on a day
        "Fighting flares in the south\nJUBA (AFP) - M23 rebels have attacked army posts at Kajo"
        " on three nights running, officials said.\n",
        # a village
        "Fighting flares in the south\nJUBA (AFP) - M23 rebels attacked an army post at Kajo, a"
        " small village near the border, on Wednesday, officials said.\n",
        # a side speaking of its own positions
        'Fighting flares in the south\nJUBA (AFP) - "The rebels attacked our positions at Kajo'
        ' on Wednesday," an army spokesman said.\n',
    ],
)
def test_no_campaign_from_an_undated_attack_a_village_or_our_positions(text, dictionary):
    assert _post_attacks(text, dictionary) == []


def test_a_town_a_campaign_already_targets_gets_no_second_one(dictionary):
    text = (
        "Fighting flares in the south\nJUBA (AFP) - M23 rebels attacked army positions at Kajo on"
        " Wednesday, officials said.\n"
    )
    kept = [CampaignRecord("Kajo offensive", False, ["M23"], ["Kajo"])]
    assert _post_attacks(text, dictionary, kept) == []


def test_the_attack_is_a_campaign_of_the_article(dictionary):
    text = (
        "Rebels take Pibor after two-day battle\nJUBA (Reuters) - M23 rebels seized the town of"
        " Pibor on Friday after a two-day battle, the army said.\nThe army said M23 fighters had"
        " also attacked army positions at Kajo on Monday and had been driven off.\n"
    )
    found = extract(
        text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, places=town_places(text)
    )
    assert "Kajo offensive" in [c.name for c in found.campaigns]
