"""Colonial and other former names of territories and regions read as today's place
(`places/data/common_names.tsv` alias rows): Spanish Sahara's "Rio de Oro" and "Saguia el
Hamra" are Western Sahara's regions (reported under EH, territory_codes.tsv), "Villa Cisneros"
is Dakhla, "North Celebes" North Sulawesi, "Bosnia-Hercegovina" Bosnia and Herzegovina."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Morocco", 32.0, -6.0, 2542007, "PCLI", "MA", "country", 33_848_242, ""),
    PlaceInfo(2, "Western Sahara", 24.5, -13.0, 2461445, "PCLI", "EH", "country", 273_008, ""),
    PlaceInfo(3, "Spain", 40.0, -4.0, 2510769, "PCLI", "ES", "country", 46_723_749, ""),
    PlaceInfo(4, "Dakhla-Oued Ed-Dahab", 22.60, -14.93, 11281886, "ADM1", "MA", "admin", 0, "13"),
    PlaceInfo(
        5, "Laâyoune-Sakia El Hamra", 26.92, -12.23, 11281885, "ADM1", "MA", "admin", 0, "14"
    ),
    PlaceInfo(6, "Dakhla", 23.6848, -15.958, 2463447, "PPLA", "EH", "settlement", 106_277, ""),
    PlaceInfo(7, "Indonesia", -5.0, 120.0, 1643084, "PCLI", "ID", "country", 267_663_435, ""),
    PlaceInfo(8, "Sulawesi Utara", 0.87, 124.25, 1626229, "ADM1", "ID", "admin", 0, "31"),
    PlaceInfo(9, "Manado", 1.487, 124.846, 1636544, "PPLA", "ID", "settlement", 451_893, "31"),
    PlaceInfo(
        10, "Bosnia and Herzegovina", 44.0, 18.0, 3277605, "PCLI", "BA", "country", 3_323_929, ""
    ),
    PlaceInfo(11, "Sarajevo", 43.8486, 18.3564, 3191281, "PPLC", "BA", "settlement", 696_731, ""),
]

parser = module_parser(PLACES, use_parse=False)


def resolved(parser, text):
    return {t.text: (t.country, t.name) for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text, name, place",
    [
        (
            "Spanish Legionnaires swept south through Rio de Oro towards the Mauritanian border.",
            "Rio de Oro",
            "Dakhla-Oued Ed-Dahab",
        ),
        (
            "Guerrillas of the Army of Liberation raided Spanish posts across Saguia el Hamra.",
            "Saguia el Hamra",
            "Laâyoune-Sakia El Hamra",
        ),
    ],
)
def test_spanish_saharas_parts_are_western_saharas_regions(parser, text, name, place):
    assert resolved(parser, text)[name] == ("EH", place)


@pytest.mark.parametrize(
    "text",
    [
        "A Spanish garrison held Villa Cisneros on the Atlantic coast, officials in Madrid said.",
        "Reinforcements landed at Villa Cisneros as the fighting spread across Spanish Sahara.",
    ],
)
def test_villa_cisneros_is_dakhla(parser, text):
    assert resolved(parser, text)["Villa Cisneros"] == ("EH", "Dakhla")


@pytest.mark.parametrize(
    "text",
    [
        "Rebel colonels in North Celebes declared the Permesta movement from Manado.",
        "Indonesian paratroops dropped on Manado, the capital of North Celebes, on Sunday.",
    ],
)
def test_north_celebes_is_north_sulawesi(parser, text):
    assert resolved(parser, text)["North Celebes"] == ("ID", "Sulawesi Utara")


@pytest.mark.parametrize(
    "text",
    [
        "Serb gunners shelled Sarajevo again, the United Nations in Bosnia-Hercegovina said.",
        "Fighting spread across Bosnia-Hercegovina after the republic declared independence.",
    ],
)
def test_bosnia_in_the_local_spelling(parser, text):
    assert resolved(parser, text)["Bosnia-Hercegovina"] == ("BA", "Bosnia and Herzegovina")
