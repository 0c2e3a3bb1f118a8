"""A campaign whose target the geoparser cannot place is kept in the text's words (extraction) and
stored with no target, listed under the map as "not located" (issue 15), never dropped."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.core.management import call_command

from articles.extraction.actor_dictionary import ActorMatch
from articles.extraction.campaign_unplaced import unplaced_attacked
from articles.extraction.records import PlaceRecord
from articles.models import Article, Campaign
from articles.pipeline import process_articles
from places.nlp import parse

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _place(text: str, words: str) -> PlaceRecord:
    start = text.index(words)
    return PlaceRecord(start, start + len(words), words, words)


@pytest.mark.parametrize(
    ("text", "resolved", "expected"),
    [
        (
            "Rebel artillery shelled the border post of Kandiafara for a third day on Tuesday, "
            "officials in Dakar said.",
            ["Dakar"],
            ["Kandiafara"],
        ),
        (
            "Troops attacked Mount Karongo in northern Kivu on Sunday.",
            ["Kivu"],
            ["Mount Karongo"],
        ),
    ],
)
def test_an_unresolved_place_told_attacked_is_a_candidate(text, resolved, expected):
    places = [_place(text, words) for words in resolved]
    found = unplaced_attacked(text, parse(text), places, [])
    assert [name for name, *_ in found] == expected


def test_a_resolved_place_or_a_sides_name_is_none():
    text = "Troops shelled Mopti and the rebels of the Azawad Front on Monday."
    start = text.index("Azawad Front")
    side = ActorMatch(start, start + 12, "Azawad Front", "Azawad Front", "armed_group")
    found = unplaced_attacked(text, parse(text), [_place(text, "Mopti")], [side])
    assert found == []


@pytest.mark.django_db
def test_a_campaign_on_a_place_the_gazetteer_lacks_is_listed_not_located(client):
    for name in ("01_places", "02_actors"):
        call_command("loaddata", str(SEEDS / f"{name}.json"), verbosity=0)
    article = Article.objects.create(
        title="Rebels press assault on Kandiafara",
        published_at=dt.datetime(2024, 12, 9, 12, tzinfo=dt.UTC),
        text=(
            "Rebel artillery shelled the border post of Kandiafara for a third day on Monday, "
            "officials said.\nThe Syrian National Army launched its offensive on Kandiafara on "
            "Saturday, its commanders said.\n"
        ),
    )
    process_articles([article])
    campaign = Campaign.objects.get(name="Kandiafara offensive")
    assert not campaign.targets.exists()  # no place invented for it
    data = client.get("/api/campaigns.geojson?day=2024-12-09").json()
    assert "Kandiafara offensive" in [c["name"] for c in data["not_located"]]
