"""A city's district read as a namesake far from every city the story names in that country
("in the Penha district" of Rio read as a town 700 km south) gives way to the district placed at
its city, however confident the namesake's reading."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Brazil", -10.0, -55.0, 3469034, "PCLI", "BR", "country", 210_000_000, ""),
    PlaceInfo(
        2, "Rio de Janeiro", -22.91, -43.18, 3451190, "PPLA", "BR", "settlement", 6_023_699, "21"
    ),
    PlaceInfo(3, "Penha", -26.77, -48.65, 3454061, "PPL", "BR", "settlement", 33_663, "26"),
    PlaceInfo(4, "Penha", -26.77, -48.65, 6323250, "ADM2", "BR", "admin", 0, "26"),
    PlaceInfo(5, "Niterói", -22.88, -43.10, 3456160, "PPL", "BR", "settlement", 515_317, "21"),
]

parser = module_parser(PLACES, use_parse=False)


@pytest.mark.parametrize(
    "text",
    [
        "Armoured vehicles entered a slum in the Penha district on Thursday as gunfire echoed "
        "across Rio de Janeiro, police said.",
        "Gunmen fired on a police post in the Penha district of Rio de Janeiro on Sunday, "
        "killing two officers.",
    ],
)
def test_a_far_namesake_of_a_district_gives_way_to_its_city(parser, text):
    (penha,) = [t for t in parser.parse(text) if t.text == "Penha"]
    assert penha.method == "district"
    assert abs(penha.lat - -22.91) < 0.5 and penha.confidence < 0.9


@pytest.mark.parametrize(
    "text",
    [
        "Floods cut the road to Penha, a beach town in Santa Catarina, officials said.",
        "Police in Penha arrested two men on Monday, a spokesman said.",
    ],
)
def test_the_town_without_a_district_word_stays(parser, text):
    (penha,) = [t for t in parser.parse(text) if t.text == "Penha"]
    assert penha.method != "district" and penha.place_id in (3, 4)
