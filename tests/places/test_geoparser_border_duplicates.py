"""A village source's locality a few kilometres from a town of record of its name across a
border is the town recorded twice, under the country of the border polygon that holds its point:
GeoNames' town, with the country that administers it, leads
(`places/geoparser/strays.prefer_towns_of_record`)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import countries_read, module_parser

PLACES = [
    PlaceInfo(1, "Mali Zvornik", 44.37, 19.11, 789001, "PPLA3", "RS", "settlement", 4_000, "SM"),
    PlaceInfo(2, "Mali Zvornik", 44.38, 19.10, None, "PPLL", "BA", "settlement", 0, "SRP"),
    PlaceInfo(3, "Zvornik", 44.39, 19.10, 3186000, "PPLA2", "BA", "settlement", 14_000, "SRP"),
    PlaceInfo(4, "Bijeljina", 44.76, 19.21, 3204000, "PPLA2", "BA", "settlement", 45_000, "SRP"),
    PlaceInfo(5, "Gunja", 44.88, 18.85, 3199000, "PPLA3", "HR", "settlement", 3_700, "19"),
    PlaceInfo(6, "Gunja", 44.87, 18.84, None, "PPLL", "BA", "settlement", 0, "BRC"),
    PlaceInfo(7, "Brcko", 44.87, 18.81, 3203000, "PPLA", "BA", "settlement", 40_000, "BRC"),
    PlaceInfo(8, "Bosnia", 44.0, 18.0, 3277605, "PCLI", "BA", "country", 3_500_000, ""),
]

parser = module_parser(PLACES, use_parse=False)


@pytest.mark.parametrize(
    "text",
    [
        "Serb gunners in Mali Zvornik shelled Zvornik across the river, Bijeljina radio said.",
        "Refugees from Zvornik crossed the bridge to Mali Zvornik as Bijeljina fell quiet.",
    ],
)
def test_the_town_across_the_river_keeps_its_own_country(parser, text):
    assert countries_read(parser, text, "Mali Zvornik") == {"RS"}


@pytest.mark.parametrize(
    "text",
    [
        "Croatian guns at Gunja fired across the Sava on Brcko, Bosnia's army said.",
        "Shelling from Brcko hit Gunja overnight, a Bosnia radio report said.",
    ],
)
def test_a_border_village_keeps_the_country_that_runs_it(parser, text):
    assert countries_read(parser, text, "Gunja") == {"HR"}
