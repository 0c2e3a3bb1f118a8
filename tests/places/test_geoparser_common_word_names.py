"""Common English words and people's names that the gazetteer also holds as places: a common word
opening a longer capitalised name is that name's word ("Light Infantry Battalion 275", "Border
Guard Police"), compound compass adjectives are never regions on their own ("the Northeastern
Command"), and a first name before a hyphenated surname is a person ("Lena Hartikainen-Osei")."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Light", -34.5, 138.6, 2071001, "ADM2", "AU", "admin", 0, "05"),
    PlaceInfo(2, "Border", 43.0, 0.1, 3031001, "PPL", "FR", "settlement", 900, "76"),
    PlaceInfo(3, "Peace", 56.0, -118.0, 6091001, "ADM2", "CA", "admin", 0, "01"),
    PlaceInfo(4, "Northeastern", 41.9, 22.3, 9166001, "ADM1", "MK", "admin", 0, "01"),
    PlaceInfo(5, "Lena", 72.4, 126.7, 2020001, "STM", "RU", "river", 0, ""),  # the Siberian river
    PlaceInfo(11, "Lena", 43.16, -5.83, 3118001, "PPL", "ES", "settlement", 11_000, "34"),
    PlaceInfo(6, "Myanmar", 21.0, 96.0, 1327865, "PCLI", "MM", "country", 53_000_000, ""),
    PlaceInfo(7, "Myawaddy", 16.69, 98.51, 1308001, "PPL", "MM", "settlement", 40_000, "06"),
    PlaceInfo(8, "Ethiopia", 9.0, 39.5, 337996, "PCLI", "ET", "country", 110_000_000, ""),
    PlaceInfo(9, "Mobile", 30.69, -88.04, 4076598, "PPLA2", "US", "settlement", 190_000, "AL"),
    PlaceInfo(10, "Nigeria", 10.0, 8.0, 2328926, "PCLI", "NG", "country", 200_000_000, ""),
    PlaceInfo(12, "Victory", 43.0, -76.0, 5140001, "PPL", "US", "settlement", 1_700, "NY"),
]

parser = module_parser(PLACES)


def found(parser, text):
    return {t.text for t in parser.parse(text, use_parse=False)}


@pytest.mark.parametrize(
    "text, word",
    [
        (
            "Resistance forces in Myanmar overran the base of Light Infantry Battalion 275 on the "
            "edge of Myawaddy.",
            "Light",
        ),
        (
            "Insurgents seized the headquarters of Border Guard Police Battalion No 5 near "
            "Myawaddy, Myanmar.",
            "Border",
        ),
        ("Libyan forces under an operation dubbed Peace Storm took the town.", "Peace"),
        ("Troops in Nigeria paraded on Victory Day in the capital.", "Victory"),
    ],
)
def test_a_common_word_opening_a_longer_name_is_not_a_place(parser, text, word):
    assert word not in found(parser, text)


@pytest.mark.parametrize(
    "text",
    [
        "Flooding closed roads in Mobile on Tuesday.",
        "Mobile Police Chief Lawrence Battiste said the roads were closed.",  # a city's office
    ],
)
def test_a_city_named_by_a_common_word_keeps_its_name(parser, text):
    assert "Mobile" in found(parser, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels in Myanmar said they had overrun the Northeastern Command compound.",
        "A spokesman for the Northeastern Command denied that Myawaddy had fallen.",
    ],
)
def test_a_compound_compass_adjective_is_no_region(parser, text):
    assert "Northeastern" not in found(parser, text)


@pytest.mark.parametrize(
    "text",
    [
        '"Protect the population," said Lena Hartikainen-Osei, a U.N. spokeswoman in Ethiopia.',
        "Lena Hartikainen-Osei, who speaks for the agency in Ethiopia, gave no figures.",
    ],
)
def test_a_first_name_before_a_hyphenated_surname_is_a_person(parser, text):
    assert "Lena" not in found(parser, text)
