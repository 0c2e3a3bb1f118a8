"""A country's name inside a place's name is no state acting (issue 14): a state named after its
river is the river after "the" ("crossed the Niger at Asaba"), a name before a bridge or a
frontier is part of a place ("the Niger bridge at Asaba"), and "Benin" before 1975, when Dahomey
took the name, is Benin City."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.actors import find_actors


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
