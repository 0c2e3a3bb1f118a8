"""A name before "town/city/village" that says where another place lies ("the central Kosovo
town", "a Kosovo town near the border", "the Kosovo town of Malisevo") gives no town cue to that
name: the country or region is meant. A town's own name goes bare before the word ("Kosovo town"
for a town so named)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Kosovo", 42.57, 20.87, 831053, "PCLI", "XK", "country", 1_800_000, ""),
    # a town whose alternate name is the country's (GeoNames lists "Kosovo" for Kosovo Polje)
    PlaceInfo(2, "Kosovo Polje", 42.66, 21.10, 789228, "PPLA2", "XK", "settlement", 35_000, "01"),
    PlaceInfo(3, "Malisevo", 42.48, 20.75, 786950, "PPLA2", "XK", "settlement", 3_000, "01"),
]
NAMES = [*own_names(PLACES), (2, "Kosovo", name_key("Kosovo"), "alternate", False)]

parser = module_parser(PLACES, NAMES)


def reading(parser, text: str, name: str):
    return next(t for t in parser.parse(text) if t.text == name)


@pytest.mark.parametrize(
    "text",
    [
        "Police entered Malisevo on Tuesday, taking the central Kosovo town without a fight.",
        "Gunmen attacked a Kosovo town near the border overnight, police in Malisevo said.",
        "Serbian forces shelled the Kosovo town of Malisevo for a third day.",
    ],
)
def test_a_name_that_says_where_a_town_lies_is_not_the_town(parser, text):
    assert reading(parser, text, "Kosovo").kind == "country"


def test_a_town_named_bare_before_the_word_is_the_town(parser):
    text = "Troops reached Kosovo town before dawn and moved on towards Malisevo."
    assert reading(parser, text, "Kosovo").place_id == 2
