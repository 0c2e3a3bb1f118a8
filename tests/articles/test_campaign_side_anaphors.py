"""Sides told by a bare group noun (campaign_side_anaphors): "the rebels", "troops" and "the army"
stand for the side named before them, so the deeds told of them count as that side's."""

from __future__ import annotations

import pytest

from articles.extraction.actors import find_actors
from articles.extraction.campaign_side_anaphors import anaphor_mentions
from places.nlp import parse
from tests.articles.rows import side_deed_roles


@pytest.mark.parametrize(
    ("text", "side", "role"),
    [
        # the rebels named once, then told repelling an assault by a bare noun
        (
            "Al-Shabaab fighters hold the town of Bardere. On Tuesday the militants repelled"
            " an assault by government soldiers, a spokesman said.",
            "Al-Shabaab",
            "defend",
        ),
        (
            "The Taliban moved into the district last month. The insurgents repulsed two"
            " attacks on the bazaar overnight, residents said.",
            "Taliban",
            "defend",
        ),
        # a state named once, then its "troops" told shelling the town
        (
            "The Sudanese Armed Forces sent reinforcements in May. Troops shelled the rebel-held"
            " town for three days, witnesses said.",
            "Sudanese Armed Forces",
            "attack",
        ),
        (
            "The Malian Armed Forces have denied losses in the region. Soldiers stormed the"
            " camp on Friday after a week of air strikes.",
            "Malian Armed Forces",
            "attack",
        ),
    ],
)
def test_a_bare_group_noun_does_the_named_sides_deeds(text, side, role, dictionary):
    assert role in side_deed_roles(text, dictionary).get(side, [])


def test_a_noun_with_a_side_in_its_phrase_is_not_counted_twice(dictionary):
    text = "Taliban fighters overran the outpost. Malian Armed Forces troops later retook it."
    doc = parse(text)
    assert anaphor_mentions(doc, find_actors(text, dictionary)) == []


@pytest.mark.parametrize(
    "text",
    [
        # "rebel troops" are not the state's; bare "forces" are either side's
        "The Tatmadaw closed the road. Rebel troops shelled the market on Monday.",
        "The Tatmadaw closed the road last week. Forces shelled the market on Monday.",
        # of two states named, "troops" could be either's
        "The Tatmadaw and the Sudanese Armed Forces both sent envoys. Troops shelled the depot.",
        # "our troops" in a quote are the speaker's, not the side named last
        'The Tatmadaw closed the road. "Our troops shelled the depot," a rebel spokesman said.',
    ],
)
def test_state_nouns_of_the_other_side_or_of_neither_point_nowhere(text, dictionary):
    doc = parse(text)
    found = anaphor_mentions(doc, find_actors(text, dictionary))
    assert not [m for m in found if m.actor == "Tatmadaw"]
