"""A reading in a country whose ISO code was withdrawn reports its successor's code
(`places/geoparser/successors.report_current_countries`)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(
        1, "Serbia and Montenegro", 44.0, 20.9, 8505, "PCLI", "CS", "country", 10_829_175, ""
    ),
    PlaceInfo(2, "Serbia", 44.0, 21.0, 6290252, "PCLI", "RS", "country", 6_963_764, ""),
    PlaceInfo(3, "Belgrade", 44.80, 20.47, 792680, "PPLC", "RS", "settlement", 1_273_651, "00"),
]
NAMES = [*own_names(PLACES), (1, "Yugoslavia", name_key("Yugoslavia"), "name", False)]

parser = module_parser(PLACES, NAMES, use_parse=False)


@pytest.mark.parametrize(
    "text",
    [
        "NATO aircraft struck targets across Yugoslavia overnight, officials in Belgrade said.",
        "Yugoslavia's army withdrew its last units from the province on Sunday.",
    ],
)
def test_a_former_country_reports_todays_code(parser, text):
    readings = [t for t in parser.parse(text) if t.text == "Yugoslavia"]
    assert readings and {t.country for t in readings} == {"RS"}
    assert {t.kind for t in readings} == {"country"}


def test_current_codes_are_left_alone(parser):
    readings = parser.parse("Protesters gathered in Belgrade, the capital of Serbia.")
    assert {t.country for t in readings} == {"RS"}
