"""A country's name inside a place's name is no state acting (issue 14): a state named after its
river is the river after "the" ("crossed the Niger at Asaba"), a name before a bridge or a
frontier is part of a place ("the Niger bridge at Asaba"), "Benin" before 1975, when Dahomey
took the name, is Benin City, and so is a state's name the geoparser reads as a town abroad."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.actors import find_actors
from articles.extraction.records import PlaceRecord


def _actors(text: str, dictionary) -> set[str]:
    return {m.actor for m in find_actors(text, dictionary.with_states())}


@pytest.mark.parametrize(
    "text",
    [
        "Biafran forces drove into the Mid-West on August 9, crossing the Niger at Asaba and "
        "taking Benin City within a day.",
        "Federal troops tried three times to cross the Niger from Asaba, using boats and a "
        "pontoon ferry, the Defence Ministry said.",
        "The Biafran column blew up the bridge over the Niger before it pulled back to Onitsha.",
    ],
)
def test_the_river_a_state_is_named_after_is_no_state(dictionary, text):
    assert "Niger" not in _actors(text, dictionary)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Biafran sappers blew up the Niger bridge at Asaba before they pulled back to Onitsha.",
            "Niger",
        ),
        ("Militiamen attacked the Kenya frontier post at dawn, police said.", "Kenya"),
    ],
)
def test_a_country_name_before_a_feature_of_the_land_is_part_of_a_place(dictionary, text, place):
    assert place not in _actors(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram fighters attacked Bosso on Monday, and Niger said its troops had repelled "
        "them.",
        "Niger and Chad sent troops across the border on Sunday to fight the insurgents.",
    ],
)
def test_niger_acting_is_still_the_state(dictionary, text):
    assert "Niger" in _actors(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        'Nigerian federal troops have recaptured Benin City. "Benin is firmly in federal hands '
        'and our forces are pursuing the rebels," an army spokesman told reporters in Lagos.',
        "Federal troops entered Benin on Wednesday after light resistance, the Defence Ministry "
        "in Lagos said, and the rebels fled towards Agbor.",
    ],
)
def test_benin_before_1975_is_the_city(dictionary, text):
    result = extract(text, published=dt.date(1967, 9, 22), dictionary=dictionary)
    assert "Benin" not in {m.actor for m in result.actors}


def test_benin_after_1975_is_the_state(dictionary):
    text = (
        "Benin said on Tuesday it would send 800 troops to the regional force against Boko Haram."
    )
    result = extract(text, published=dt.date(2015, 6, 2), dictionary=dictionary)
    assert "Benin" in {m.actor for m in result.actors}


def _town(text: str, name: str, country: str, kind: str = "settlement") -> list[PlaceRecord]:
    start = text.index(name)
    return [PlaceRecord(start, start + len(name), name, name, kind=kind, country=country)]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            'Sinaloa Cartel gunmen burned houses overnight. "Costa Rica is clean of our rivals '
            'now," said a banner the gunmen left on a bridge, and troops were sent to the town.',
            "Costa Rica",
            "MX",
        ),
        (
            'Federal troops retook the city on Wednesday. "Benin is firmly in federal hands and '
            'our forces are pursuing the rebels," an army spokesman said.',
            "Benin",
            "NG",
        ),
    ],
)
def test_a_state_name_read_as_a_town_abroad_is_the_town(dictionary, text, name, country):
    result = extract(
        text,
        published=dt.date(2021, 3, 9),
        dictionary=dictionary,
        places=_town(text, name, country),
    )
    assert name not in {m.actor for m in result.actors}


def test_a_state_name_read_as_the_country_stays_the_state(dictionary):
    text = "Costa Rica accused Nicaraguan troops of firing across the border, the army said."
    places = _town(text, "Costa Rica", "CR", kind="country")
    result = extract(text, published=dt.date(2021, 3, 9), dictionary=dictionary, places=places)
    assert "Costa Rica" in {m.actor for m in result.actors}
