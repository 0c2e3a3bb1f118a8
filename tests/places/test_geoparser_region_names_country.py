"""A first-level region of several words whose name has no reading in another country names its
country: a story about "the Gaza Strip" is about Palestine even when it never writes the country's
name, so a spelling variant of a town there is read ("Khuza'a" for Khuzā‘ah)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.spotter import spot
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Khuzā‘ah", 31.31, 34.36, 281001, "PPL", "PS", "settlement", 11_000, "GZ"),
    PlaceInfo(2, "Gaza Strip", 31.42, 34.37, 281132, "ADM1", "PS", "admin", 0, "GZ"),
    PlaceInfo(3, "Israel", 31.5, 34.75, 294640, "PCLI", "IL", "country", 9_000_000, ""),
    PlaceInfo(4, "West Bank", 32.0, 35.25, 285153, "ADM1", "PS", "admin", 0, "WE"),
    PlaceInfo(5, "Gulf", -7.5, 144.5, 2097846, "ADM1", "PG", "admin", 0, "01"),
    PlaceInfo(6, "Kerema", -7.96, 145.77, 2094144, "PPLA", "PG", "settlement", 5_600, "01"),
]

parser = module_parser(PLACES, use_parse=False)


def countries(parser, text):
    """The countries the text names (not its main country, where most readings lie)."""
    spots = spot(text, parser.index.automaton, parser.index.spot_keys)
    return parser._named_and_main(spots)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Israel widened its ground invasion of the Gaza Strip on Thursday night.",
        "Medics said Israeli raids across the West Bank had killed four people since Monday.",
    ],
)
def test_a_first_level_region_of_several_words_names_its_country(parser, text):
    assert "PS" in countries(parser, text)


def test_a_region_of_one_word_names_no_country(parser):
    text = "Oil prices rose as tankers left the Gulf, Israel said."
    assert countries(parser, text) == {"IL"}


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Khuza'a, a village of the Gaza Strip near Israel, were trapped on Friday.",
        "Israel's tanks ringed Khuza'a in the southern Gaza Strip for a third day.",
    ],
)
def test_a_spelling_variant_is_read_in_the_regions_country(parser, text):
    assert "Khuzā‘ah" in {t.name for t in parser.parse(text)}
