"""A story's second campaign, told in a sentence of its own, read by the parse stage
(campaign_readings.parsed_campaigns): an advance on another town ("were pushing toward X",
"advancing on X") and a town taken at the end of a campaign ("retook X after a four-month
offensive", "X fell to the rebels after a long siege": campaign_after_fights). Two phrasings
each, and what stays out."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.actors import find_actors
from articles.extraction.campaign_after_fights import after_fights
from articles.extraction.campaign_context import CampaignArticle
from articles.extraction.campaign_readings import parsed_campaigns
from articles.extraction.records import PlaceRecord
from articles.extraction.sentences import sentences
from places.nlp import parse
from tests.articles.rows import town_places

PUBLISHED = dt.date(2019, 11, 4)


def _towns(text: str, names: tuple[str, ...]) -> list[PlaceRecord]:
    return sorted(town_places(text, names), key=lambda p: p.start)


def _parsed(text: str, dictionary, towns: tuple[str, ...]) -> dict[str, list[str]]:
    """Each campaign the parse stage reads: its first target and its attackers."""
    actors = find_actors(text, dictionary.with_states())
    article = CampaignArticle(
        text, sentences(text), actors, PUBLISHED, _towns(text, towns), parse(text)
    )
    parsed_campaigns(article)
    return {r.targets[0]: r.attackers for r in article.records.values() if r.targets}


@pytest.mark.parametrize(
    ("text", "town", "side"),
    [
        (
            "Officials in Kabul said Taliban fighters were now pushing toward Ghazni, the "
            "provincial capital, and had cut the highway south of the city.",
            "Ghazni",
            "Taliban",
        ),
        (
            "Residents said columns of Al-Shabaab militants were advancing on Beledweyne on "
            "Sunday after the garrison there was thinned out.",
            "Beledweyne",
            "Al-Shabaab",
        ),
        (
            "Kurdish officials said Islamic State fighters pushed into Makhmour before dawn, "
            "forcing thousands of families to flee.",
            "Makhmour",
            "Islamic State",
        ),
    ],
)
def test_an_advance_on_a_town_is_a_campaign_on_it(dictionary, text, town, side):
    assert _parsed(text, dictionary, (town,)) == {town: [side]}


@pytest.mark.parametrize(
    ("text", "town", "side"),
    [
        (
            "Elsewhere in Anbar, Islamic State militants overran the town of Hit on Monday after "
            "a three-week siege, officials said.",
            "Hit",
            "Islamic State",
        ),
        (
            "In the south, Taliban fighters said they had taken Lashkar Gah after weeks of street "
            "fighting, and government troops had fled to the airport.",
            "Lashkar Gah",
            "Taliban",
        ),
        (
            "Al-Shabaab fighters seized the port of Kismayo on Sunday after fighting that began "
            "in early March, residents said.",
            "Kismayo",
            "Al-Shabaab",
        ),
    ],
)
def test_a_town_taken_after_a_campaign_is_its_target(dictionary, text, town, side):
    assert _parsed(text, dictionary, (town,)) == {town: [side]}


# A headline and lead about another town: the fall is told in the body.
_LEAD = (
    "Rebels take Asmara suburbs\nRebels entered the suburbs of Asmara on Sunday, diplomats said.\n"
)


@pytest.mark.parametrize(
    ("text", "town", "side"),
    [
        (
            "Agordat, the main town of the western lowlands, fell to the Eritrean Liberation Front "
            "this week after a long siege, diplomats in Khartoum said.",
            "Agordat",
            "Eritrean Liberation Front",
        ),
        (
            "The provincial capital, Kunduz, fell to Taliban fighters overnight after weeks of "
            "fighting on its outskirts, officials said on Sunday.",
            "Kunduz",
            "Taliban",
        ),
    ],
)
def test_a_town_that_fell_after_a_campaign_is_its_target(dictionary, text, town, side):
    assert _parsed(_LEAD + text, dictionary, ("Asmara", town))[town] == [side]


def test_a_fall_the_lead_tells_is_left_to_the_lead_captures():
    # campaign_lead_captures makes the campaign of a town the headline or lead tells taken
    text = (
        "Kunduz falls\nThe provincial capital, Kunduz, fell to Taliban fighters overnight after "
        "weeks of fighting on its outskirts, officials said on Sunday.\n"
    )
    assert after_fights(parse(text), 0, len(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # a town that fell after days of fighting, or after its garrison left, fell in a battle
        "Wad Madani fell to the army on Saturday after four days of fighting on its outskirts, "
        "witnesses said.",
        "Kreminna fell on April 18 after Ukrainian units pulled out, the governor said.",
    ],
)
def test_a_fall_after_no_campaign_is_none(text):
    assert after_fights(parse(_LEAD + text), 0, len(_LEAD + text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # a short clash is no campaign
        "Taliban fighters took the village of Sayedabad on Sunday after a brief clash with "
        "police, officials said.",
        # nor are days of fighting: a battle, often a side retaking what a push had entered
        "Police backed by armoured vehicles retook the town of Orahovac on Sunday after two days "
        "of street fighting with the guerrillas, officials said.",
        # nor is another kind of event before the taking
        "Al-Shabaab fighters seized the town of Bardhere after the army withdrew on Sunday, "
        "residents said.",
        # a taking with no place for its object
        "Rebels seized two armoured vehicles after a four-month offensive, they said.",
    ],
)
def test_a_taking_after_no_campaign_is_none(text):
    assert after_fights(parse(text), 0, len(text)) == []
