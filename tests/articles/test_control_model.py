"""Control observations: one source's word on who holds a place or an area, and when."""

import datetime as dt

import pytest
from django.contrib.gis.geos import MultiPolygon, Point, Polygon
from django.db import IntegrityError, transaction

from articles.models import Actor, Article, ControlObservation
from places.models import Place


@pytest.fixture
def town(db):
    return Place.objects.create(
        name="Testtown", country_code="UA", point=Point(37.5, 48.1), population=20000
    )


@pytest.fixture
def army(db):
    return Actor.objects.create(name="Test Army", kind=Actor.Kind.STATE)


def article():
    return Article.objects.create(
        title="T",
        text="The army said it had recaptured Testtown on Sunday.",
        published_at=dt.datetime(2024, 5, 14, tzinfo=dt.UTC),
    )


def test_an_observation_cites_its_sentence(town, army):
    obs = ControlObservation.objects.create(
        place=town,
        side=army,
        claimant=army,
        kind="claimed",
        event="retake",
        observed_on=dt.date(2024, 5, 12),
        article=article(),
        sentence_start=0,
        sentence_end=51,
    )
    assert obs.sentence.startswith("The army said it had recaptured Testtown")
    assert str(obs) == "Testtown retaken, held by Test Army (2024-05-12)"


def test_it_needs_a_source_and_exactly_one_of_place_or_area(town, army):
    square = MultiPolygon(Polygon(((37, 48), (38, 48), (38, 49), (37, 49), (37, 48))))
    day = dt.date(2024, 5, 12)
    for fields in (
        {"place": town},  # no source
        {"place": town, "area": square, "source_file": "layer.kml"},  # both
        {"source_file": "layer.kml"},  # neither
    ):
        with pytest.raises(IntegrityError), transaction.atomic():
            ControlObservation.objects.create(side=army, kind="assessed", observed_on=day, **fields)
    ControlObservation.objects.create(
        area=square, side=army, kind="assessed", observed_on=day, source_file="layer.kml"
    )
    assert ControlObservation.objects.areas().in_bbox((37.2, 48.2, 37.4, 48.4)).count() == 1
    assert ControlObservation.objects.in_bbox((10, 10, 11, 11)).count() == 0
