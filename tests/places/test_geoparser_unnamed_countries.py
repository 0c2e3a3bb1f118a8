"""A town in a country the story never names, while it names another, is not confident: its
only support is other names read in that country, often namesakes themselves ("Brooklyn" and
"Boston", neighbourhoods of Port-au-Prince, read as New York's Brooklyn and Boston)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Brooklyn", 40.65, -73.95, 5110302, "PPLA2", "US", "settlement", 2_300_000, "NY"),
    PlaceInfo(2, "Boston", 42.36, -71.06, 4930956, "PPLA", "US", "settlement", 617_000, "MA"),
    PlaceInfo(
        3, "Port-au-Prince", 18.54, -72.34, 3718426, "PPLC", "HT", "settlement", 1_234_000, ""
    ),
    PlaceInfo(4, "Haiti", 19.0, -72.4, 3723988, "PCLI", "HT", "country", 11_000_000, ""),
    PlaceInfo(5, "Maiduguri", 11.85, 13.16, 2331447, "PPLA", "NG", "settlement", 1_100_000, "02"),
    PlaceInfo(6, "Nigeria", 10.0, 8.0, 2328926, "PCLI", "NG", "country", 200_000_000, ""),
    PlaceInfo(7, "Cambridge", 42.37, -71.11, 4931972, "PPLA2", "US", "settlement", 118_000, "MA"),
    PlaceInfo(8, "United States", 39.8, -98.6, 6252001, "PCLI", "US", "country", 330_000_000, ""),
]

parser = module_parser(PLACES, use_parse=False)


def confidences(parser, text):
    return {t.text: t.confidence for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Gangs in Haiti attacked the Brooklyn neighbourhood of Port-au-Prince on Friday, "
            "residents said, after fighting in the district of Boston. In Haiti the police "
            "said the town of Brooklyn was now held by the G9.",
            "Brooklyn",
        ),
        (
            "Insurgents in Nigeria raided the village of Cambridge near Maiduguri, and troops "
            "pushed back to the town of Boston, the army said. Nigeria's army said the town of "
            "Cambridge was calm.",
            "Cambridge",
        ),
    ],
)
def test_a_town_in_a_country_the_story_never_names_is_not_confident(parser, text, name):
    assert confidences(parser, text)[name] < 0.9


def test_a_town_in_a_named_country_keeps_its_confidence(parser):
    text = (
        "In the United States, police in the city of Brooklyn and the city of Boston "
        "said on Monday that the United States would send more officers."
    )
    assert confidences(parser, text)["Brooklyn"] >= 0.9
