"""A village of the story's own country that the gazetteer lacks is not shown at a namesake in a
country the story never names, when nothing of the story lies near that namesake: "Playa Larga"
of a Bay of Pigs story is no Mexican village, "Yongdong" of a Korean War story no Chinese town.
A story that names the namesake's country, or by a demonym, keeps the reading."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Cuba", 22.0, -79.5, 3562981, "PCLI", "CU", "country", 11_000_000, ""),
    PlaceInfo(2, "Havana", 23.13, -82.38, 3553478, "PPLC", "CU", "settlement", 2_163_824, "02"),
    PlaceInfo(3, "Matanzas", 22.6, -81.2, 3547398, "ADM1", "CU", "admin", 700_000, "03"),
    PlaceInfo(4, "Cienfuegos", 22.15, -80.44, 3564124, "PPLA", "CU", "settlement", 150_000, "04"),
    PlaceInfo(5, "Mexico", 23.0, -102.0, 3996063, "PCLI", "MX", "country", 126_000_000, ""),
    PlaceInfo(6, "Playa Larga", 21.5, -105.2, 3522001, "PPL", "MX", "settlement", 300, "18"),
    PlaceInfo(7, "San Blas", 21.54, -105.28, 3987000, "ADM2", "MX", "admin", 43_000, "18"),
    PlaceInfo(8, "South Korea", 36.5, 127.75, 1835841, "PCLI", "KR", "country", 51_000_000, ""),
    PlaceInfo(9, "Daejeon", 36.32, 127.42, 1835235, "PPLA", "KR", "settlement", 1_475_221, "19"),
    PlaceInfo(10, "Daegu", 35.87, 128.6, 1835329, "PPLA", "KR", "settlement", 2_566_540, "15"),
    PlaceInfo(11, "Busan", 35.1, 129.04, 1838524, "PPLA", "KR", "settlement", 3_678_555, "10"),
    PlaceInfo(12, "Yongdong", 23.1, 109.9, 1785000, "PPLA4", "CN", "settlement", 0, "16"),
    PlaceInfo(13, "China", 35.0, 105.0, 1814991, "PCLI", "CN", "country", 1_400_000_000, ""),
    PlaceInfo(14, "Alaska", 64.0, -150.0, 5879092, "ADM1", "US", "admin", 730_000, "AK"),
]
NAMES = [
    *own_names(PLACES),
    (2, "Havana", name_key("Havana"), "name", True),
    (9, "Taejon", name_key("Taejon"), "name", False),
    (10, "Taegu", name_key("Taegu"), "name", False),
    (11, "Pusan", name_key("Pusan"), "name", False),
    (5, "Mexican", name_key("Mexican"), "demonym", False),
    (13, "Chinese", name_key("Chinese"), "demonym", False),
]

parser = module_parser(PLACES, NAMES, use_parse=False)


def countries(parser, text):
    return {t.text: t.country for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text",
    [
        "HAVANA (AP) - Cuban militia units retook Playa Larga on Tuesday and pushed on toward "
        "San Blas, Havana radio said. Cuba said fighting in Matanzas province was nearly over, "
        "and reinforcements moved up from Cienfuegos.",
        "Invaders who landed at dawn in Matanzas province seized Playa Larga and the crossroads "
        "village of San Blas, according to exile leaders, while Havana said the landing in Cuba "
        "had been contained and troops from Cienfuegos were on the way.",
    ],
)
def test_villages_of_the_story_are_not_shown_at_namesakes_abroad(parser, text):
    got = countries(parser, text)
    assert "Playa Larga" not in got  # two namesakes near each other do not vouch for each other
    # "the crossroads village of San Blas" may be placed as a site of the story, in Cuba
    assert got.get("San Blas", "CU") == "CU"
    assert got["Havana"] == "CU"


@pytest.mark.parametrize(
    "text",
    [
        "TOKYO (Reuters) - American troops fell back from Taejon toward Yongdong on Sunday, "
        "a U.S. spokesman said, as reinforcements landed at Pusan and moved north from Taegu "
        "into South Korea's central hills.",
        "North Korean tanks entered Yongdong after the fall of Taejon, South Korea's army "
        "said, and refugees streamed south toward Taegu and Pusan.",
    ],
)
def test_a_town_of_the_story_is_not_shown_in_an_unnamed_country(parser, text):
    got = countries(parser, text)
    assert "Yongdong" not in got
    assert got["Taejon"] == "KR"


@pytest.mark.parametrize(
    "text",
    [
        "Exiles trained in Mexico before the landing: recruits drilled at Playa Larga and San "
        "Blas on the Pacific coast, while Havana, Cienfuegos and Matanzas province braced for "
        "an attack on Cuba.",
        "Mexican police said the boats sailed from Playa Larga near San Blas; in Cuba, Havana "
        "put troops in Matanzas province and Cienfuegos on alert.",
    ],
)
def test_a_story_that_names_the_towns_country_keeps_them(parser, text):
    got = countries(parser, text)
    assert got["Playa Larga"] == "MX"
    assert got["San Blas"] == "MX"


@pytest.mark.parametrize(
    "text",
    [
        "TOKYO (Reuters) - Bombers flown in from Alaska struck columns north of Taejon on "
        "Monday, as troops held the line between Taegu and Pusan in South Korea.",
        "South Korea's army said American reinforcements from Alaska reached Pusan and moved "
        "up to Taegu, while Taejon remained in North Korean hands.",
    ],
)
def test_a_first_level_region_abroad_is_kept_though_alone(parser, text):
    assert countries(parser, text)["Alaska"] == "US"
