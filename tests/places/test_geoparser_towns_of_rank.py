"""A town of rank (a town of 50,000, or a regional seat) keeps its name against a village of the
same name in its country that lies near the story's other places, unless the text calls the
name a village (`places/geoparser/strays.prefer_towns_of_record`): "Goma" in a story about the
Kitona airlift is Kivu's capital, "Gode" beside Jijiga the Ogaden's town."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.strays import prefer_towns_of_record
from places.normalize import name_key
from tests.places.small_gazetteer import leader, module_parser, own_names, scored_mention

PLACES = [
    PlaceInfo(1, "Goma", -1.68, 29.22, 214974, "PPLA", "CD", "settlement", 670_000, "11"),
    PlaceInfo(2, "Goma", -5.80, 12.70, None, "PPLL", "CD", "settlement", 0, "08"),
    PlaceInfo(3, "Moanda", -5.93, 12.35, 2313084, "PPL", "CD", "settlement", 153_000, "08"),
    PlaceInfo(4, "Boma", -5.85, 13.05, 2317397, "PPLA2", "CD", "settlement", 162_000, "08"),
    PlaceInfo(5, "Gode", 5.95, 43.55, 336014, "PPL", "ET", "settlement", 67_900, "52"),
    PlaceInfo(6, "Gode", 9.25, 42.70, None, "PPLL", "ET", "settlement", 0, "52"),
    PlaceInfo(7, "Jijiga", 9.35, 42.80, 333795, "PPLA", "ET", "settlement", 125_000, "52"),
    PlaceInfo(8, "Harar", 9.31, 42.12, 335035, "PPLA", "ET", "settlement", 122_000, "48"),
    PlaceInfo(9, "Hagere Hiywet", 8.98, 37.85, 343663, "PPL", "ET", "settlement", 99_900, "51"),
    PlaceInfo(10, "Ambo", 9.10, 38.90, None, "PPLL", "ET", "settlement", 0, "44"),
    PlaceInfo(11, "Addis Ababa", 9.02, 38.75, 344979, "PPLC", "ET", "settlement", 2_760_000, "44"),
]
# English copy writes "Ambo" for the town GeoNames names Hagere Hiywet.
NAMES = [*own_names(PLACES), (9, "Ambo", name_key("Ambo"), "name", False)]

parser = module_parser(PLACES, NAMES, use_parse=False)


def _readings(parser, text, name):
    return {(t.country, round(t.lat)) for t in parser.parse(text) if t.text == name}


@pytest.mark.parametrize(
    "text",
    [
        "Rebel troops flown from Goma seized the Kitona air base near Moanda and advanced on Boma.",
        "Government jets bombed Goma on Sunday while loyal troops retook Moanda and held Boma.",
    ],
)
def test_a_regional_capital_is_not_a_village_near_the_fighting(parser, text):
    assert _readings(parser, text, "Goma") == {("CD", -2)}


@pytest.mark.parametrize(
    "text",
    [
        "Somali forces took Gode in July and then laid siege to Jijiga and Harar.",
        "The Ethiopian garrison at Gode fell weeks before the fighting reached Jijiga and Harar.",
    ],
)
def test_a_town_of_fifty_thousand_is_not_a_village_near_the_fighting(parser, text):
    assert _readings(parser, text, "Gode") == {("ET", 6)}


def test_a_town_keeps_the_name_english_gives_it(parser):
    places = parser.index.places
    ambo = scored_mention(parser, "Ambo", 0, {9: 9.0, 10: 10.0})  # the village by Addis leads
    addis = scored_mention(parser, "Addis Ababa", 20, {11: 14.0})
    prefer_towns_of_record([ambo, addis], places)
    assert leader(parser, ambo).name == "Hagere Hiywet"


@pytest.mark.parametrize(
    "text",
    [
        "Fighters burned the village of Goma, outside Moanda, before moving on to Boma.",
        "Residents of Goma village, a few hours' walk from Moanda, fled towards Boma.",
    ],
)
def test_a_village_the_text_calls_one_keeps_its_reading(parser, text):
    assert _readings(parser, text, "Goma") == {("CD", -6)}
