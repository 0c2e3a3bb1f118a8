"""A cue word lifts a town's reading ("the mining town of X"), but it says what kind of place,
not which of a country's places of that name: with a namesake more than 161 km away in the same
country and nothing in the story near the chosen one, the reading stays below 0.9."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(
        1,
        "Democratic Republic of the Congo",
        -2.9,
        23.6,
        203312,
        "PCLI",
        "CD",
        "country",
        90_000_000,
        "",
    ),
    PlaceInfo(2, "Kalima", -5.49, 28.22, 212000, "PPL", "CD", "settlement", 72_000, "10"),
    PlaceInfo(3, "Kalima", -2.56, 26.62, None, "PPLL", "CD", "settlement", 0, ""),
    PlaceInfo(4, "Kalemie", -5.95, 29.19, 214000, "PPLA", "CD", "settlement", 146_000, "10"),
    PlaceInfo(5, "Kinshasa", -4.33, 15.31, 2314302, "PPLC", "CD", "settlement", 7_785_965, "06"),
    PlaceInfo(6, "Nyunzu", -5.95, 28.02, 215000, "PPL", "CD", "settlement", 10_000, "10"),
]
NAMES = [*own_names(PLACES), (1, "Congo", name_key("Congo"), "name", False)]

parser = module_parser(PLACES, NAMES, use_parse=False)


def _kalima(parser, text):
    return [t for t in parser.parse(text) if t.text == "Kalima"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels took the mining town of Kalima in eastern Congo on Saturday, a spokesman in "
        "Kinshasa said.",
        "Thousands of people fled the town of Kalima after fighters entered it at dawn, aid "
        "workers in Kinshasa said.",
    ],
)
def test_a_cue_alone_does_not_pick_between_namesakes_at_090(parser, text):
    found = _kalima(parser, text)
    assert found and all(t.confidence < 0.9 for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels took the mining town of Kalima on Saturday, a day after they shelled Kalemie.",
        "Fighters moved from Nyunzu into the town of Kalima overnight, residents said.",
    ],
)
def test_a_place_of_the_story_nearby_vouches_for_the_reading(parser, text):
    found = _kalima(parser, text)
    assert found and found[0].place_id == 2 and found[0].confidence >= 0.9
