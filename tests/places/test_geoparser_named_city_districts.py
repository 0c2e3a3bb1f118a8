""" "the X district of Y": a district of the city the text names lies at that city, however near
a namesake village lies to another town of the story (`places/geoparser/districts.py`)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Silopi", 37.24, 42.46, 300001, "PPLA2", "TR", "settlement", 90_000, "80"),
    PlaceInfo(2, "Cizre", 37.33, 42.18, 300002, "PPLA2", "TR", "settlement", 130_000, "80"),
    PlaceInfo(3, "Diyarbakir", 37.91, 40.22, 300003, "PPLA", "TR", "settlement", 1_000_000, "21"),
    # Villages of these names 180 km west of Silopi, within 100 km of Diyarbakir.
    PlaceInfo(4, "Basak", 37.14, 40.40, 300004, "PPL", "TR", "settlement", 978, "72"),
    PlaceInfo(5, "Yafes", 37.20, 40.60, 300005, "PPL", "TR", "settlement", 800, "72"),
]

parser = module_parser(PLACES, use_parse=False)


@pytest.mark.parametrize(
    "text, name, city",
    [
        (
            "Curfews were imposed in Cizre and in Diyarbakir. The army said troops had taken "
            "control of the Basak district of Silopi on Tuesday.",
            "Basak",
            1,
        ),
        (
            "Police reinforcements reached Diyarbakir, and clashes went on in the Yafes "
            "neighbourhood of Cizre overnight, residents said.",
            "Yafes",
            2,
        ),
    ],
)
def test_a_district_of_a_named_city_lies_at_that_city(parser, text, name, city):
    found = [t for t in parser.parse(text) if t.text == name]
    assert found and all(t.place_id == city and t.confidence < 0.9 for t in found)
