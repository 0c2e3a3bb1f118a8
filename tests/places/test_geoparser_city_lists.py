"""A comma between two place names is containment ("Paris, Texas") or a list ("Tehran, Isfahan
and Ahvaz"). In a list of cities a capital keeps its famous reading: the second city's region
holding a small namesake of the first is no evidence, however confident it would make the
geoparser."""

from __future__ import annotations

import pytest

import places.geoparser.resolve as resolve
from places.geoparser import Geoparser, PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Tehran", 35.694, 51.422, 112931, "PPLC", "IR", "settlement", 7_153_309, "26"),
    # A town in Isfahan province that GeoNames also spells "Tehran".
    PlaceInfo(2, "Tīrān", 32.703, 51.154, 418446, "PPLA2", "IR", "settlement", 15_000, "28"),
    PlaceInfo(3, "Isfahan", 32.652, 51.675, 418863, "PPLA", "IR", "settlement", 1_547_164, "28"),
    PlaceInfo(4, "Isfahan", 33.18, 52.47, 418862, "ADM1", "IR", "admin", 0, "28"),
    PlaceInfo(5, "Ahvaz", 31.319, 48.684, 144448, "PPLA", "IR", "settlement", 841_145, "15"),
    PlaceInfo(6, "Shiraz", 29.610, 52.531, 115019, "PPLA", "IR", "settlement", 1_249_942, "07"),
    PlaceInfo(7, "Paris", 48.853, 2.349, 2988507, "PPLC", "FR", "settlement", 2_138_551, "11"),
    PlaceInfo(8, "Paris", 33.661, -95.556, 4717560, "PPLA2", "US", "settlement", 24_782, "TX"),
    PlaceInfo(9, "Texas", 31.25, -99.25, 4736286, "ADM1", "US", "admin", 0, "TX"),
    PlaceInfo(10, "Dallas", 32.783, -96.807, 4684888, "PPLA2", "US", "settlement", 1_300_092, "TX"),
    PlaceInfo(11, "Moscow", 55.752, 37.616, 524901, "PPLC", "RU", "settlement", 10_381_222, "48"),
    PlaceInfo(12, "Moscow", 46.732, -117.000, 5601538, "PPLA2", "US", "settlement", 25_435, "ID"),
    PlaceInfo(13, "Idaho", 44.5, -114.25, 5596512, "ADM1", "US", "admin", 0, "ID"),
    # A city that also names its province.
    PlaceInfo(14, "Qom", 34.640, 50.876, 119208, "PPLA", "IR", "settlement", 900_000, "39"),
    PlaceInfo(15, "Qom", 34.75, 51.0, 443793, "ADM1", "IR", "admin", 0, "39"),
]
NAMES = [*own_names(PLACES), (2, "Tehran", name_key("Tehran"), "name", False)]

parser = module_parser(PLACES, NAMES, use_parse=False)


def reading(parser, text: str, name: str) -> tuple[str, float]:
    """(country and first-level region, confidence) of the first mention of `name`."""
    found = next(t for t in parser.parse(text) if t.text == name)
    return (f"{found.country}/{round(found.lat)}", found.confidence)


LISTS = [
    "Thousands of people poured into the streets of Tehran, Isfahan and Ahvaz to celebrate.",
    "Rallies were held in Tehran, Isfahan, Shiraz and Ahvaz after Friday prayers.",
    # The last city also names a province.
    "Iraqi warplanes have bombed Tehran, Isfahan and Qom in recent days.",
    "Missiles struck Tehran, Isfahan and Qom overnight, state television said.",
]


@pytest.mark.parametrize("text", LISTS)
def test_a_capital_listed_before_a_regions_city_keeps_its_famous_reading(parser, text):
    assert reading(parser, text, "Tehran")[0] == "IR/36"  # the capital, not Tiran (32° N)


@pytest.mark.parametrize("text", LISTS)
def test_without_the_list_rule_the_region_would_pull_it_away_confidently(parser, text, monkeypatch):
    # What the rule prevents: the comma read as containment sends the capital to the small
    # namesake with a confidence that keeps it out of the review queue.
    monkeypatch.setattr(resolve, "cities_listed", lambda *args: False)
    place, confidence = reading(Geoparser(parser.index, use_parse=False), text, "Tehran")
    assert place == "IR/33" and confidence >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "She has lived in Paris, Texas and Moscow, Idaho since the war.",
        "He was born in Paris, Texas and moved to Dallas as a boy.",
    ],
)
def test_a_town_paired_with_its_state_is_still_inside_it(parser, text):
    assert reading(parser, text, "Paris")[0] == "US/34"
