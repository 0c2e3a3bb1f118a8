"""A village of no population on record gives way to a populated town of its name in another
country that the story weighs more (`places/geoparser/cross_border.py`)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.cross_border import MARGIN, prefer_populated_namesakes_abroad
from tests.places.small_gazetteer import leader, module_parser, scored_mention

PLACES = [
    # A garrison town of record and a hamlet of its name across the border.
    PlaceInfo(1, "Pathankot", 32.27, 75.65, 1260000, "PPL", "IN", "settlement", 159_000, "19"),
    PlaceInfo(2, "Pathankot", 32.04, 72.97, None, "PPLL", "PK", "settlement", 0, "04"),
    PlaceInfo(3, "Gurdaspur", 32.04, 75.40, 1270000, "PPLA2", "IN", "settlement", 76_000, "23"),
    PlaceInfo(4, "Amritsar", 31.62, 74.88, 1278710, "PPLA2", "IN", "settlement", 1_100_000, "23"),
    PlaceInfo(5, "Jammu", 32.73, 74.86, 1269321, "PPLA", "IN", "settlement", 500_000, "12"),
    PlaceInfo(6, "Lahore", 31.56, 74.35, 1172451, "PPLA", "PK", "settlement", 6_300_000, "04"),
    PlaceInfo(7, "Sialkot", 32.49, 74.53, 1164909, "PPLA2", "PK", "settlement", 480_000, "04"),
    PlaceInfo(8, "India", 20.0, 77.0, 1269750, "PCLI", "IN", "country", 1_300_000_000, ""),
    PlaceInfo(9, "Pakistan", 30.0, 70.0, 1168579, "PCLI", "PK", "country", 200_000_000, ""),
    # A quarter of the story's capital with no population and a town of its name abroad.
    PlaceInfo(10, "Gombe", -4.31, 15.30, None, "PPLL", "CD", "settlement", 0, "06"),
    PlaceInfo(11, "Gombe", -8.9, 13.7, 2240000, "PPL", "AO", "settlement", 19_000, "09"),
    PlaceInfo(12, "Kinshasa", -4.33, 15.31, 2314302, "PPLC", "CD", "settlement", 7_800_000, "06"),
    PlaceInfo(13, "Matadi", -5.82, 13.45, 2313002, "PPLA", "CD", "settlement", 250_000, "08"),
    PlaceInfo(14, "Luanda", -8.84, 13.23, 2240449, "PPLC", "AO", "settlement", 2_800_000, "20"),
]

parser = module_parser(PLACES, use_parse=False)


def test_a_hamlet_gives_way_to_a_town_of_the_country_the_story_is_about(parser):
    places = parser.index.places
    pathankot = scored_mention(parser, "Pathankot", 0, {1: 9.0, 2: 10.0})  # the hamlet leads
    story = [
        pathankot,
        scored_mention(parser, "Gurdaspur", 30, {3: 8.0}),
        scored_mention(parser, "Amritsar", 50, {4: 9.0}),
        scored_mention(parser, "Pakistan", 70, {9: 16.0}),
    ]
    prefer_populated_namesakes_abroad(story, places)
    assert leader(parser, pathankot).country == "IN"
    assert sorted(pathankot.scores)[-1] - sorted(pathankot.scores)[-2] == MARGIN


def test_a_story_weighing_the_villages_country_keeps_it(parser):
    places = parser.index.places
    gombe = scored_mention(parser, "Gombe", 0, {10: 9.0, 11: 8.0})
    story = [
        gombe,
        scored_mention(parser, "Kinshasa", 20, {12: 12.0}),
        scored_mention(parser, "Matadi", 40, {13: 9.0}),
        scored_mention(parser, "Luanda", 60, {14: 12.0}),
    ]
    prefer_populated_namesakes_abroad(story, places)
    assert leader(parser, gombe).country == "CD"


def test_explicit_evidence_keeps_the_hamlet(parser):
    places = parser.index.places
    pathankot = scored_mention(parser, "Pathankot", 0, {1: 9.0, 2: 10.0})
    pathankot.method = "containment"
    story = [pathankot, scored_mention(parser, "Gurdaspur", 30, {3: 8.0})]
    story += [scored_mention(parser, "Amritsar", 50, {4: 9.0})]
    prefer_populated_namesakes_abroad(story, places)
    assert leader(parser, pathankot).country == "PK"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen who Indian officials said had crossed from Pakistan stormed the air base at "
        "Pathankot before dawn; police sealed roads to Gurdaspur and Amritsar.",
        "Troops in Jammu and Amritsar were put on alert after the raid on Pathankot, which New "
        "Delhi blamed on a group based near Sialkot in Pakistan.",
    ],
)
def test_the_garrison_town_is_read_in_text(parser, text):
    (found,) = [t for t in parser.parse(text) if t.text == "Pathankot"]
    assert found.country == "IN"
