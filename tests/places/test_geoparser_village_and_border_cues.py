"""Cue words that say which reading a name has: "the village of X" or "X village" is no capital
and no city of 100,000; "the X border" is a country's border, not a region's of that name."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Santa Rosa", 18.48, -69.9, 3492908, "PPLC", "DO", "settlement", 2_200_000, "34"),
    PlaceInfo(2, "Santa Rosa", 1.85, -75.6, 3668001, "PPL", "CO", "settlement", 3_000, "18"),
    PlaceInfo(3, "Colombia", 4.0, -73.0, 3686110, "PCLI", "CO", "country", 48_000_000, ""),
    PlaceInfo(4, "Caqueta", 1.0, -74.0, 3687238, "ADM1", "CO", "admin", 0, "18"),
    # a country and a first-level region of its neighbour with the same name
    PlaceInfo(5, "Tamba", 17.6, 8.08, 2440476, "PCLI", "NE", "country", 20_000_000, ""),
    PlaceInfo(6, "Tamba", 10.0, 5.5, 2328925, "ADM1", "NG", "admin", 0, "31"),
    PlaceInfo(7, "Nigeria", 10.0, 8.0, 2328926, "PCLI", "NG", "country", 190_000_000, ""),
    PlaceInfo(8, "Maiduguri", 11.85, 13.16, 2331447, "PPLA", "NG", "settlement", 1_100_000, "02"),
]

parser = module_parser(PLACES)


def reading(parser, text: str, name: str):
    return next(t for t in parser.parse(text) if t.text == name)


@pytest.mark.parametrize(
    "text",
    [
        "In Caqueta, Colombia, a farmer from the village of Santa Rosa said troops came at night.",
        "Colombian soldiers searched Santa Rosa village in Caqueta for weapons.",
    ],
)
def test_a_village_is_no_capital(parser, text):
    assert reading(parser, text, "Santa Rosa").place_id == 2


def test_a_capital_without_the_word_stays_the_capital(parser):
    text = "Diplomats met in Santa Rosa to discuss the Colombia talks."
    assert reading(parser, text, "Santa Rosa").place_id == 1


@pytest.mark.parametrize(
    "text",
    [
        "In Nigeria, troops left Maiduguri and drove towards the Tamba border.",
        "Nigeria said insurgents crossed the Tamba frontier north of Maiduguri overnight.",
    ],
)
def test_a_border_after_the_name_is_the_countrys(parser, text):
    assert reading(parser, text, "Tamba").kind == "country"
