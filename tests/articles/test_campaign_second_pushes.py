"""A story's second campaign, told in a sentence of its own, read by the parse stage
(campaign_readings.parsed_campaigns): an advance on another town ("were pushing toward X",
"advancing on X")."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.actors import find_actors
from articles.extraction.campaign_context import CampaignArticle
from articles.extraction.campaign_readings import parsed_campaigns
from articles.extraction.records import PlaceRecord
from articles.extraction.sentences import sentences
from places.nlp import parse

PUBLISHED = dt.date(2019, 11, 4)


def _towns(text: str, names: tuple[str, ...]) -> list[PlaceRecord]:
    found = []
    for name in names:
        at = text.find(name)
        while at != -1:
            found.append(PlaceRecord(at, at + len(name), name, name, kind="settlement"))
            at = text.find(name, at + len(name))
    return sorted(found, key=lambda p: p.start)


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
