"""A border word makes a name the neighbouring country, not a region of the story's country of
the same name ("fled across the border into Niger" in a Nigerian story is Niger, not Niger
State); "X, Y" makes Y the region that holds X however prominent the country Y."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Niger", 16.0, 8.0, 2440476, "PCLI", "NE", "country", 22_442_948, ""),
    PlaceInfo(2, "Nigeria", 10.0, 8.0, 2328926, "PCLI", "NG", "country", 195_874_740, ""),
    PlaceInfo(3, "Niger", 9.94, 5.60, 2328925, "ADM1", "NG", "admin", 0, "31"),
    # Niger State's towns make it a populous region (the prior of a region of 3 million).
    PlaceInfo(4, "Minna", 9.61, 6.56, 2330100, "PPLA", "NG", "settlement", 1_300_000, "31"),
    PlaceInfo(9, "Suleja", 9.18, 7.18, 2322000, "PPLA2", "NG", "settlement", 1_700_000, "31"),
    PlaceInfo(5, "Geidam", 12.89, 11.93, 2340000, "PPLA2", "NG", "settlement", 40_000, "44"),
    PlaceInfo(6, "Damaturu", 11.75, 11.96, 2565000, "PPLA", "NG", "settlement", 46_000, "44"),
    PlaceInfo(7, "Yobe", 12.0, 11.5, 2595344, "ADM1", "NG", "admin", 0, "44"),
    PlaceInfo(8, "Kano", 12.0, 8.52, 2335204, "PPLA", "NG", "settlement", 3_626_068, "29"),
    PlaceInfo(10, "Maiduguri", 11.85, 13.16, 2331447, "PPLA", "NG", "settlement", 1_112_449, "05"),
    PlaceInfo(11, "Borno", 11.5, 13.0, 2346794, "ADM1", "NG", "admin", 0, "05"),
]

parser = module_parser(PLACES, use_parse=False)


def reading(parser, text, name):
    return next((t.country, t.kind) for t in parser.parse(text) if t.text == name)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Residents said ISWAP fighters from Borno burned the market in Geidam, in Yobe state, "
            "and many people had fled across the border into Niger or to Damaturu, Maiduguri "
            "and Kano."
        ),
        (
            "Soldiers from Kano and Maiduguri reinforced Damaturu and Geidam in Yobe after the "
            "militants withdrew from Borno to neighbouring Niger, a Nigerian army spokesman said."
        ),
    ],
)
def test_a_neighbouring_country_is_not_a_state_of_the_storys_country(parser, text):
    assert reading(parser, text, "Niger") == ("NE", "country")


def test_the_state_when_the_text_says_so(parser):
    text = "Gunmen kidnapped 20 pupils in Minna, Niger, and fled north towards Kano and Geidam."
    assert reading(parser, text, "Niger") == ("NG", "admin")
