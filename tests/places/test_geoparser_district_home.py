"""A city's district the gazetteer lacks is placed at a city of the story's country, the country
its places are in: a demonym names a side, not where the story is ("Israeli tanks … the Zeitoun
neighbourhood of Gaza City"), and a city named after "the X neighbourhood of" holds it whatever
country the demonyms point to."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Gaza", 31.50, 34.47, 281133, "PPLA", "PS", "settlement", 410_000, "GZ"),
    PlaceInfo(2, "Palestine", 31.9, 35.2, 6254930, "PCLI", "PS", "country", 5_000_000, ""),
    PlaceInfo(3, "Israel", 31.5, 34.75, 294640, "PCLI", "IL", "country", 9_000_000, ""),
    PlaceInfo(4, "Tel Aviv", 32.08, 34.78, 293397, "PPLA", "IL", "settlement", 432_892, "05"),
    PlaceInfo(5, "Jerusalem", 31.77, 35.22, 281184, "PPLA", "IL", "settlement", 801_000, "06"),
    PlaceInfo(6, "Gaza Strip", 31.42, 34.36, 7303868, "ADM1", "PS", "admin", 0, "GZ"),
    PlaceInfo(7, "Khan Yunis", 31.34, 34.31, 281102, "PPLA2", "PS", "settlement", 142_000, "GZ"),
]
NAMES = [
    *own_names(PLACES),
    (1, "Gaza City", name_key("Gaza City"), "name", False),
    (3, "Israeli", name_key("Israeli"), "demonym", False),
]

parser = module_parser(PLACES, NAMES, use_parse=False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Israeli tanks and Israeli infantry pushed into the Zeitoun neighbourhood of Gaza City"
            " on Thursday, an Israeli spokesman said in Tel Aviv. Israeli officials in Jerusalem"
            " said the Israeli operation in the Gaza Strip would go on, as in Khan Yunis.",
            "Zeitoun",
        ),
        (
            "Israeli troops raided the Shujaiya district overnight, Israeli officials said, as"
            " families fled west across Gaza. Israeli jets and Israeli drones struck targets near"
            " Gaza City and Khan Yunis in the Gaza Strip, an Israeli spokesman said, and sirens"
            " sounded in Tel Aviv.",
            "Shujaiya",
        ),
    ],
)
def test_a_district_is_placed_in_the_country_of_the_storys_places(parser, text, name):
    (toponym,) = [t for t in parser.parse(text) if t.text == name]
    assert (toponym.country, toponym.method) == ("PS", "district")
