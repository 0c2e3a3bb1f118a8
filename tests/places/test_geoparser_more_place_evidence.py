"""More place evidence the rules read before the entity recogniser's label: a verb of holding or
taking before the name ("still held X", "abandoned X"), where it lies after a comma ("X, in the
central Mudug region") and a site of two words named after it ("the X oil terminal")."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Kapoeta", 4.77, 33.59, 370001, "PPL", "SS", "settlement", 7_000, "05"),
    PlaceInfo(2, "Bandiradley", 6.28, 47.62, 51001, "PPLL", "SO", "settlement", 0, "12"),
    PlaceInfo(3, "Zueitina", 30.95, 20.12, 2210004, "PPL", "LY", "settlement", 3_000, "03"),
    PlaceInfo(4, "Somalia", 6.0, 48.0, 51537, "PCLI", "SO", "country", 15_000_000, ""),
]

parser = module_parser(PLACES)
pytestmark = pytest.mark.usefixtures("every_name_a_person")


@pytest.mark.parametrize(
    "text, name",
    [
        ("The rebels said they still held Kapoeta after a week of shelling.", "Kapoeta"),
        ("Government troops abandoned Kapoeta before dawn, residents said.", "Kapoeta"),
        ("Militias in Somalia are holding Bandiradley despite the truce.", "Bandiradley"),
    ],
)
def test_a_verb_of_holding_or_taking_before_the_name(parser, text, name):
    assert name in {t.text for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Fighters left Bandiradley, in the central Mudug region of Somalia, for the coast.",
        "Clan elders met near Bandiradley, in Somalia's Mudug region, on Sunday.",
    ],
)
def test_where_the_name_lies_after_a_comma(parser, text):
    assert "Bandiradley" in {t.text for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Guards at the Zueitina oil terminal reported no damage.",
        "Tankers were loading again at the Zueitina export terminal on Friday.",
    ],
)
def test_a_site_of_two_words_named_after_the_place(parser, text):
    assert "Zueitina" in {t.text for t in parser.parse(text)}


def test_a_person_held_by_name_is_no_place(parser):
    text = "A court in Juba ordered that Kapoeta Lokiru be held without bail."
    assert "Kapoeta" not in {t.text for t in parser.parse(text)}
