"""A capitalised compound that ends in a word in lower case ("Kurdish-held", "Russian-occupied")
describes the place after it, like a possessive: it is no first name of a person."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Manbij", 36.53, 37.95, 166001, "PPLA2", "SY", "settlement", 99_000, "09"),
    PlaceInfo(2, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 22_000_000, ""),
    PlaceInfo(3, "Melitopol", 46.85, 35.37, 702001, "PPLA2", "UA", "settlement", 150_000, "26"),
    PlaceInfo(4, "Ukraine", 49.0, 32.0, 690791, "PCLI", "UA", "country", 44_000_000, ""),
]

parser = module_parser(PLACES, use_parse=False)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Turkey threatened to march on the Kurdish-held Manbij in northern Syria.", "Manbij"),
        ("Partisans blew up a bridge in Russian-occupied Melitopol, Ukraine said.", "Melitopol"),
    ],
)
def test_a_held_compound_before_a_place_keeps_it(parser, text, name):
    assert name in {t.text for t in parser.parse(text)}


def test_a_first_name_before_a_place_name_still_makes_a_person(parser):
    text = "Critics in Syria said Jamal Manbij had not been consulted."
    assert "Manbij" not in {t.text for t in parser.parse(text)}


def test_a_made_compound_says_nothing_of_a_place(parser):
    text = "Rebels in Syria showed a Russian-made Manbij launcher they had seized."
    assert "Manbij" not in {t.text for t in parser.parse(text)}
