"""A locality (a village of the postal data, GED or OpenStreetMap) does not win over a town of
record of its name on the pull of the story's other places alone, unless it lies nearer the
story than the town (`places/geoparser/strays.prefer_towns_of_record`)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.strays import HOME_MARGIN, prefer_towns_of_record
from tests.places.small_gazetteer import leader, module_parser, scored_mention

PLACES = [
    PlaceInfo(1, "Ndola", -12.96, 28.64, 901344, "PPLA", "ZM", "settlement", 627_000, "08"),
    PlaceInfo(2, "Ndola", -2.71, 28.58, None, "PPLL", "CD", "settlement", 0, "11"),
    PlaceInfo(3, "Lubumbashi", -11.66, 27.48, 922704, "PPLA", "CD", "settlement", 1_400_000, "24"),
    PlaceInfo(4, "Likasi", -10.98, 26.73, 922741, "PPL", "CD", "settlement", 420_000, "24"),
    PlaceInfo(5, "Abuja", 9.06, 7.50, 2352778, "PPLC", "NG", "settlement", 2_690_000, "11"),
    PlaceInfo(6, "Abuja", 11.65, 13.42, None, "PPLL", "NG", "settlement", 0, "02"),
    PlaceInfo(7, "Bama", 11.52, 13.69, 2347954, "PPLA2", "NG", "settlement", 120_000, "02"),
    PlaceInfo(8, "Maiduguri", 11.85, 13.16, 2331447, "PPLA", "NG", "settlement", 800_000, "02"),
    PlaceInfo(9, "Vyshneve", 50.39, 30.37, 689446, "PPL", "UA", "settlement", 43_000, "13"),
    PlaceInfo(10, "Vyshneve", 48.13, 37.24, None, "PPLL", "UA", "settlement", 0, "05"),
    PlaceInfo(11, "Selydove", 48.15, 37.30, 694216, "PPL", "UA", "settlement", 21_000, "05"),
    PlaceInfo(12, "Pokrovsk", 48.28, 37.18, 708764, "PPL", "UA", "settlement", 60_000, "05"),
]

parser = module_parser(PLACES, use_parse=False)


def _readings(parser, text, name):
    return {(t.country, round(t.lat)) for t in parser.parse(text) if t.text == name}


def test_a_town_nearer_the_story_leads_a_locality_far_from_it(parser):
    places = parser.index.places
    ndola = scored_mention(parser, "Ndola", 0, {1: 9.0, 2: 11.0})  # the Kivu village leads
    lubumbashi = scored_mention(parser, "Lubumbashi", 20, {3: 9.0})
    likasi = scored_mention(parser, "Likasi", 40, {4: 8.0})
    prefer_towns_of_record([ndola, lubumbashi, likasi], places)
    assert leader(parser, ndola).country == "ZM"
    assert sorted(ndola.scores)[-1] - sorted(ndola.scores)[-2] == HOME_MARGIN


def test_a_capital_leads_a_locality_of_its_name_near_the_story(parser):
    places = parser.index.places
    abuja = scored_mention(parser, "Abuja", 0, {5: 13.7, 6: 13.8})
    bama = scored_mention(parser, "Bama", 20, {7: 8.0})
    prefer_towns_of_record([abuja, bama], places)
    assert leader(parser, abuja).feature_code == "PPLC"


def test_explicit_evidence_keeps_the_locality(parser):
    places = parser.index.places
    ndola = scored_mention(parser, "Ndola", 0, {1: 9.0, 2: 11.0})
    ndola.method = "containment"
    prefer_towns_of_record([ndola, scored_mention(parser, "Likasi", 20, {4: 8.0})], places)
    assert leader(parser, ndola).country == "CD"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels advanced from Likasi towards Lubumbashi, and refugees crossed to Ndola.",
        "Mining firms in Lubumbashi trucked their copper south to Ndola while Likasi was cut off.",
    ],
)
def test_the_city_across_the_border_is_not_a_village_far_away(parser, text):
    assert _readings(parser, text, "Ndola") == {("ZM", -13)}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked Bama near Maiduguri, the army told reporters in Abuja.",
        "After the raid on Bama, Maiduguri residents said Abuja had forgotten them.",
    ],
)
def test_the_capital_is_not_a_hamlet_near_the_fighting(parser, text):
    assert _readings(parser, text, "Abuja") == {("NG", 9)}


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops entered Vyshneve, just west of Selydove, and pushed on to Pokrovsk.",
        "Shelling hit Selydove and the village of Vyshneve as the front neared Pokrovsk.",
    ],
)
def test_a_front_line_village_nearer_the_story_keeps_its_reading(parser, text):
    assert _readings(parser, text, "Vyshneve") == {("UA", 48)}
