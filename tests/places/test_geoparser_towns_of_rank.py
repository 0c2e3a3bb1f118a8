"""A town of rank (a town of 100,000, or a regional seat) keeps its name against a village of the
same name in its country that lies near the story's other places, unless the text calls the
name a village (`places/geoparser/strays.prefer_towns_of_record`): "Goma" in a story about the
Kitona airlift is Kivu's capital, "Lisala" beside Gemena the river port of Mongala."""

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
    PlaceInfo(5, "Lisala", 2.15, 21.52, 212730, "PPL", "CD", "settlement", 117_000, "27"),
    PlaceInfo(6, "Lisala", 3.21, 18.75, None, "PPLL", "CD", "settlement", 0, "25"),
    PlaceInfo(7, "Gemena", 3.26, 19.77, 2315728, "PPLA", "CD", "settlement", 117_000, "25"),
    PlaceInfo(8, "Zongo", 4.34, 18.60, 2310533, "PPL", "CD", "settlement", 30_000, "25"),
    PlaceInfo(9, "Zaporizhzhya", 47.82, 35.19, 687700, "PPLA", "UA", "settlement", 710_000, "26"),
    PlaceInfo(10, "Zaporizhzhia", 47.70, 37.30, None, "PPLL", "UA", "settlement", 0, "05"),
    PlaceInfo(11, "Volnovakha", 47.60, 37.50, 689558, "PPL", "UA", "settlement", 21_000, "05"),
]
# GeoNames spells the city "Zaporizhzhya" and gives the spelling English copy uses to villages.
NAMES = [*own_names(PLACES), (9, "Zaporizhzhia", name_key("Zaporizhzhia"), "name", False)]

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
        "Rebels took Lisala on the Congo river after overrunning Gemena and Zongo.",
        "Government troops fell back from Gemena and Zongo to Lisala, residents said.",
    ],
)
def test_a_city_of_a_hundred_thousand_is_not_a_village_near_the_fighting(parser, text):
    assert _readings(parser, text, "Lisala") == {("CD", 2)}


def test_a_city_keeps_the_spelling_english_gives_it(parser):
    places = parser.index.places
    city = scored_mention(parser, "Zaporizhzhia", 0, {9: 9.0, 10: 10.0})  # the village leads
    volnovakha = scored_mention(parser, "Volnovakha", 30, {11: 8.0})
    prefer_towns_of_record([city, volnovakha], places)
    assert leader(parser, city).name == "Zaporizhzhya"


@pytest.mark.parametrize(
    "text",
    [
        "Fighters burned the village of Goma, outside Moanda, before moving on to Boma.",
        "Residents of Goma village, a few hours' walk from Moanda, fled towards Boma.",
    ],
)
def test_a_village_the_text_calls_one_keeps_its_reading(parser, text):
    assert _readings(parser, text, "Goma") == {("CD", -6)}
