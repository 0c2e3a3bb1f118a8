"""A whole-world reload drops the loader's places its sources no longer have, of every source it
reads (GeoNames, Natural Earth, UCDP GED, OpenStreetMap, Who's On First), and never a place the
articles or the curators use: a control observation, a campaign's target, a mention or a curated
place survives the village's removal from the vendored tables."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.gis.geos import Point

from articles.models import Actor, Article, Campaign, ControlObservation, Mention
from places.gazetteer import LoadSummary, Upserter
from places.gazetteer_sources import PlaceRecord
from places.models import Place

POINT = Point(37.5, 48.1)


def village(source: str, source_id: str, name: str) -> PlaceRecord:
    return PlaceRecord(
        source=source,
        source_id=source_id,
        name=name,
        kind=Place.Kind.SETTLEMENT,
        lat=48.1,
        lon=37.5,
        feature_class="P",
        feature_code="PPL",
        country_code="UA",
        names=[(name, "name")],
    )


FIRST_LOAD = [
    village("wof", "1", "Kept Village"),
    village("wof", "2", "Dropped Village"),
    village("geonames", "3", "Held Village"),
    village("ucdp", "4", "Targeted Village"),
    village("geonames", "5", "Mentioned Town"),
    village("osm", "6", "Curated Village"),
    village("geonames", "7", "Old GeoNames Town"),
]


def reload(records: list[PlaceRecord]) -> int:
    upserter = Upserter(LoadSummary())
    upserter.write(records)
    return upserter.remove_stale()


def place(name: str) -> Place:
    return Place.objects.get(name=name)


@pytest.fixture
def used_places(db):
    """The first load, then one use of each place by the articles or a curator."""
    reload(FIRST_LOAD)
    army = Actor.objects.create(name="Test Army", kind=Actor.Kind.STATE)
    article = Article.objects.create(
        title="T",
        text="The army said it had recaptured Held Village near Mentioned Town on Sunday.",
        published_at=dt.datetime(2024, 5, 14, tzinfo=dt.UTC),
    )
    ControlObservation.objects.create(
        place=place("Held Village"),
        side=army,
        claimant=army,
        kind="claimed",
        event="retake",
        observed_on=dt.date(2024, 5, 12),
        article=article,
        sentence_start=0,
        sentence_end=len(article.text),
    )
    Campaign.objects.create(name="Targeted Village offensive").targets.add(
        place("Targeted Village")
    )
    Mention.objects.create(
        article=article, start=49, end=63, text="Mentioned Town", place=place("Mentioned Town")
    )
    Place.objects.filter(name="Curated Village").update(curated=True)
    return army


def test_a_village_gone_from_every_source_table_is_removed(used_places):
    removed = reload([FIRST_LOAD[0]])
    names = set(Place.objects.values_list("name", flat=True))
    assert "Dropped Village" not in names
    assert "Old GeoNames Town" not in names
    assert "Kept Village" in names
    assert removed == 2


def test_places_the_articles_or_curators_use_survive_with_what_points_at_them(used_places):
    reload([FIRST_LOAD[0]])
    observation = ControlObservation.objects.get()
    assert observation.place.name == "Held Village"
    assert list(Campaign.objects.get().targets.values_list("name", flat=True)) == [
        "Targeted Village"
    ]
    assert Mention.objects.get().place.name == "Mentioned Town"
    assert place("Curated Village").curated


def test_a_second_reload_of_the_same_tables_removes_nothing(used_places):
    reload([FIRST_LOAD[0]])
    assert reload([FIRST_LOAD[0]]) == 0


def test_places_of_seeds_curators_and_online_lookups_are_never_the_loaders(db):
    for source in (Place.Source.SEED, Place.Source.CURATOR, Place.Source.ONLINE):
        Place.objects.create(point=POINT, name=f"{source} town", source=source, source_id="1")
    assert reload([FIRST_LOAD[0]]) == 0
    assert Place.objects.count() == 4
