"""A country the text names where a base or camp lies is the country, not the site's own name
(`districts.yields`): "bases in Mayotte, Reunion and Djibouti" keeps Mayotte, a territory of
one mention, rather than placing a base called "Mayotte" at the story's main town."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "France", 46.0, 2.0, 3017382, "PCLI", "FR", "country", 66_987_244, ""),
    PlaceInfo(2, "Paris", 48.8534, 2.3488, 2988507, "PPLC", "FR", "settlement", 2_138_551, ""),
    PlaceInfo(3, "Comoros", -12.23, 44.45, 921929, "PCLI", "KM", "country", 832_322, ""),
    PlaceInfo(4, "Moroni", -11.702, 43.255, 921772, "PPLC", "KM", "settlement", 42_872, ""),
    PlaceInfo(5, "Mayotte", -12.83, 45.17, 1024031, "PCLI", "YT", "country", 279_471, ""),
    PlaceInfo(6, "Djibouti", 11.8, 42.5, 223816, "PCLI", "DJ", "country", 958_920, ""),
    PlaceInfo(7, "Toulon", 43.1167, 5.9333, 2972328, "PPLA3", "FR", "settlement", 171_953, ""),
    # the namesakes that leave the territory's reading doubtful
    PlaceInfo(8, "Mayotte", -12.82, 45.13, None, "ADM1", "FR", "admin", 0, "MY"),
    PlaceInfo(9, "Mayotte", 18.5, -72.3, None, "PPLL", "HT", "settlement", 0, ""),
]
parser = module_parser(PLACES, use_parse=False)


@pytest.mark.parametrize(
    "text",
    [
        "MORONI, Comoros (Reuters) - France landed 600 troops in Moroni from bases in Mayotte "
        "and Djibouti, officials in Paris said.",
        "French marines sailed from Toulon and flew in from the base at Mayotte as the coup "
        "leaders in Moroni surrendered, Paris said.",
    ],
)
def test_a_country_where_a_base_lies_stays_the_country(parser, text):
    readings = [t for t in parser.parse(text) if t.text == "Mayotte"]
    assert [(t.name, t.country, t.method == "site") for t in readings] == [("Mayotte", "YT", False)]
