"""A name that says it is water ("the Red Sea port", "on the Red Sea coast") is the sea, not
the Sudanese state or Egyptian governorate named after it, unless a region word follows."""

from __future__ import annotations

import pytest

from places.geoparser import GazetteerIndex, Geoparser, PlaceInfo
from places.normalize import name_key

PLACES = [
    PlaceInfo(1, "Red Sea", 20.0, 38.0, None, "SEA", "", "water", 0, ""),
    PlaceInfo(2, "Red Sea", 19.5, 36.5, 408646, "ADM1", "SD", "admin", 0, "36"),
    PlaceInfo(3, "Al Bahr al Ahmar", 26.0, 33.5, 361468, "ADM1", "EG", "admin", 0, "02"),
    PlaceInfo(4, "Port Sudan", 19.62, 37.22, 377039, "PPLA", "SD", "settlement", 490_000, "36"),
    PlaceInfo(5, "Hodeidah", 14.8, 42.95, 79415, "PPLA", "YE", "settlement", 620_000, "08"),
    PlaceInfo(6, "Kassala", 15.45, 36.4, 371760, "PPLA", "SD", "settlement", 400_000, "05"),
]
NAMES = [(p.place_id, p.name, name_key(p.name), "name", True) for p in PLACES] + [
    (3, "Red Sea", "red sea", "name", False),
]


@pytest.fixture(scope="module")
def parser():
    return Geoparser(GazetteerIndex.build(PLACES, NAMES), use_parse=False)


def kinds(parser, text):
    return {t.text: t.kind for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The rebels moved hundreds of fighters from Hodeidah, the Red Sea port, officials said.",
        "Houthi missiles struck a cargo ship in the Red Sea off Hodeidah on Tuesday, the navy "
        "said.",
    ],
)
def test_a_name_that_says_water_is_the_water(parser, text):
    assert kinds(parser, text)["Red Sea"] == "water"


def test_a_region_word_after_it_says_the_region(parser):
    text = "Port Sudan, the capital of Red Sea state, hosts the army-backed government."
    found = {t.text: (t.kind, t.country) for t in parser.parse(text)}
    assert found["Red Sea state"] == ("admin", "SD")
