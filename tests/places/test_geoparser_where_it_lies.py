"""Place evidence the rules read before the entity recogniser's label, when the recogniser reads
a small town's name as a person: where it lies after a comma ("Solok, east of Padang"), an
appositive saying how far ("Karabilah, a town a few miles to the east") and the verbs of
encircling and securing."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Solok", -0.8, 100.65, 1626000, "PPL", "ID", "settlement", 60_000, "32"),
    PlaceInfo(2, "Karabilah", 34.39, 41.0, 99001, "PPLL", "IQ", "settlement", 0, "01"),
    PlaceInfo(3, "Zalizne", 48.34, 37.86, 700001, "PPL", "UA", "settlement", 1_000, "05"),
    PlaceInfo(4, "Indonesia", -5.0, 120.0, 1643084, "PCLI", "ID", "country", 270_000_000, ""),
    PlaceInfo(5, "Iraq", 33.0, 44.0, 99237, "PCLI", "IQ", "country", 40_000_000, ""),
    PlaceInfo(6, "Ukraine", 49.0, 32.0, 690791, "PCLI", "UA", "country", 41_000_000, ""),
]

parser = module_parser(PLACES)
pytestmark = pytest.mark.usefixtures("every_name_a_person")


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Indonesia's army said its paratroops had taken the road and Solok, east of the "
            "coast, by Thursday.",
            "Solok",
        ),
        (
            "Marines in Iraq cleared the market and searched Karabilah, north-west of the dam, "
            "on Friday.",
            "Karabilah",
        ),
    ],
)
def test_where_the_name_lies_after_a_comma(parser, text, name):
    assert name in {t.text for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Commanders in Iraq said the next target would be Karabilah, a town a few miles to "
        "the east.",
        "The Marines named Karabilah, a village some 20 km from the border, as the next target "
        "in Iraq.",
    ],
)
def test_an_appositive_saying_how_far(parser, text):
    assert "Karabilah" in {t.text for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            '"The enemy is trying to encircle Zalizne from two sides," Ukraine\'s army said.',
            "Zalizne",
        ),
        ("Troops landed from the sea had also secured Solok by Thursday, Indonesia said.", "Solok"),
    ],
)
def test_the_verbs_of_encircling_and_securing(parser, text, name):
    assert name in {t.text for t in parser.parse(text)}


def test_a_person_named_beside_a_town_is_still_a_person(parser):
    text = "Indonesia's minister thanked Solok Harahap, the town's mayor, on Monday."
    assert "Solok" not in {t.text for t in parser.parse(text)}
