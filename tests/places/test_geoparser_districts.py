"""Parts of a city the gazetteer lacks, named as such by the text, are placed at their city: near
it, below the review threshold, replacing a doubtful namesake read in another country."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.districts import CONFIDENCE
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Gaza", 31.50, 34.47, 281133, "PPLA", "PS", "settlement", 410_000, "GZ"),
    PlaceInfo(2, "Palestine", 31.9, 35.2, 6254930, "PCLI", "PS", "country", 5_000_000, ""),
    PlaceInfo(3, "Mosul", 36.34, 43.13, 99072, "PPLA", "IQ", "settlement", 1_739_800, "15"),
    PlaceInfo(4, "Iraq", 33.0, 44.0, 99237, "PCLI", "IQ", "country", 40_000_000, ""),
    # a namesake abroad the story's districts would otherwise be read as
    PlaceInfo(5, "Al Karama", 25.24, 55.30, 292001, "PPLX", "AE", "settlement", 0, "03"),
    PlaceInfo(6, "Benghazi", 32.12, 20.07, 88319, "PPLA", "LY", "settlement", 650_629, "54"),
    PlaceInfo(7, "Libya", 27.0, 17.0, 2215636, "PCLI", "LY", "country", 6_800_000, ""),
]
NAMES = [
    *own_names(PLACES),
    (5, "Karama", name_key("Karama"), "name", False),
    (7, "Libyan", name_key("Libyan"), "demonym", False),
]

parser = module_parser(PLACES, NAMES, use_parse=False)


def found(parser, text):
    return {t.text: t for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Israeli troops surrounded the Tel al-Hawa neighbourhood of Gaza on Monday.",
            "Tel al-Hawa",
        ),
        ("In Gaza, tanks advanced from the Sheikh Radwan quarter to the centre.", "Sheikh Radwan"),
        (
            "Gunmen in Gaza stormed the neighbourhoods of Shujaiya and Tuffah overnight.",
            "Tuffah",
        ),
    ],
)
def test_a_part_the_text_calls_a_neighbourhood_is_placed_at_its_city(parser, text, name):
    toponym = found(parser, text)[name]
    assert (toponym.name, toponym.country, toponym.precision) == (name, "PS", 2)
    assert (toponym.lat, toponym.lon) == (31.50, 34.47)  # the city's point
    assert toponym.confidence <= CONFIDENCE and toponym.method == "district"


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces in Mosul took the Karama and Zahra districts in the weeks that followed.",
        "Troops cleared the neighbouring districts of Karama and Sukar in Mosul on Friday.",
    ],
)
def test_a_doubtful_namesake_abroad_gives_way_to_the_district(parser, text):
    karama = found(parser, text)["Karama"]
    assert (karama.country, karama.lat, karama.lon) == ("IQ", 36.34, 43.13)


@pytest.mark.parametrize(
    "text",
    [
        "Units in Benghazi overran Sabri and Souq al-Hout, two neighbourhoods on the seafront.",
        "The army took the western district of Ganfouda in Benghazi after a long siege.",
        "Gunmen pushed into the Benghazi neighbourhood of Ganfouda overnight.",
    ],
)
def test_lists_and_directions_of_districts(parser, text):
    names = {t.text for t in parser.parse(text) if t.method == "district"}
    assert names & {"Sabri", "Souq al-Hout", "Ganfouda"}


def test_no_district_without_a_city_or_for_a_common_word(parser):
    assert found(parser, "Residents of the Tel al-Hawa neighbourhood fled.") == {}
    assert "Old" not in found(parser, "In Gaza, the Old quarter was shelled.")
    assert "Saturday's" not in found(parser, "In Gaza, the neighbourhood of Saturday's raid.")


@pytest.mark.parametrize(
    "text",
    [
        "Refugees from Benghazi reached the Libyan district of Ghat.",  # a demonym before it
        "Villagers in the Gondra district of Libya fled to Benghazi.",  # a part of a country
        "Officials in Benghazi said the area of Ganfouda was calm.",  # "area" names the place
    ],
)
def test_a_capitalised_word_before_the_head_or_an_area_is_no_district(parser, text):
    assert not [t for t in parser.parse(text) if t.method == "district"]
