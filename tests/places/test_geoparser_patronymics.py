"""A name beside a patronymic particle in lower case ("bin", "ibn", "bint") is part of a
person's name, not a place: "Ahmed bin Saleh" is no Salé."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Salé", 34.04, -6.80, 2537881, "PPLA", "MA", "settlement", 972_299, "04"),
    PlaceInfo(2, "Aden", 12.78, 45.04, 415189, "PPLA", "YE", "settlement", 550_602, "02"),
    PlaceInfo(3, "Kasongo", -4.45, 26.67, 214389, "PPL", "CD", "settlement", 63_000, "12"),
    PlaceInfo(4, "Bin Jawad", 30.80, 18.10, 2219235, "PPL", "LY", "settlement", 5_000, "62"),
    PlaceInfo(5, "Libya", 27.0, 17.0, 2215636, "PCLI", "LY", "country", 6_700_000, ""),
]

parser = module_parser(PLACES, use_parse=False)


def read(parser, text):
    return {t.text: t.name for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Fighters led by Ahmed bin Saleh al-Awadhi entered Aden on Friday.", "Saleh"),
        ("A convoy from Aden carried Mohammed bin Kasongo home.", "Kasongo"),
        ("Kasongo bin Ali led the defence of Aden.", "Kasongo"),
        ("A letter signed by Fatima bint Kasongo reached Aden.", "Kasongo"),
    ],
)
def test_a_name_beside_a_patronymic_particle_is_a_person(parser, text, name):
    readings = read(parser, text)
    assert name not in readings
    assert readings["Aden"] == "Aden"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels advanced from Bin Jawad towards Ras Lanuf in eastern Libya.",
        "Shelling hit Bin Jawad, a coastal town in Libya, overnight.",
    ],
)
def test_a_town_that_writes_the_particle_capitalised_stays_a_place(parser, text):
    assert read(parser, text)["Bin Jawad"] == "Bin Jawad"
