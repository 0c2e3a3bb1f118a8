"""Place evidence the entity recogniser cannot overrule: a name that falls to a side ("Tal Abyad
fell to the pro-Ankara fighters"), a siege known by its place ("the 2004 Beslan siege"), and a
compound saying who holds the name ("crossed into Tiger-held Vakarai")."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.entities import _PLACE_AFTER
from places.geoparser.falsefriends import held_compound
from tests.places.small_gazetteer import module_parser, names_found

PLACES = [
    PlaceInfo(1, "Tal Abyad", 36.70, 38.95, 6000001, "PPLA2", "SY", "settlement", 14_000, "09"),
    PlaceInfo(2, "Kidal", 18.44, 1.41, 6000002, "PPLA", "ML", "settlement", 25_000, "08"),
    PlaceInfo(3, "Beslan", 43.19, 44.54, 6000003, "PPL", "RU", "settlement", 36_000, "68"),
    PlaceInfo(4, "Vukovar", 45.35, 19.00, 6000004, "PPLA", "HR", "settlement", 27_000, "19"),
    PlaceInfo(5, "Vakarai", 8.16, 81.43, 6000005, "PPL", "LK", "settlement", 5_000, "31"),
    PlaceInfo(6, "Marjah", 31.52, 64.12, 6000006, "PPL", "AF", "settlement", 5_000, "10"),
]

parser = module_parser(PLACES)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tal Abyad fell to the pro-Ankara fighters on October 13, a monitor said.", "Tal Abyad"),
        ("Kidal fell into rebel hands within hours, residents told Reuters.", "Kidal"),
    ],
)
def test_a_name_that_falls_to_a_side_is_a_place(parser, text, name):
    assert name in names_found(parser, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Survivors of the 2004 Beslan siege marked the anniversary on Tuesday.", "Beslan"),
        ("Veterans of the Vukovar siege gathered at the memorial, officials said.", "Vukovar"),
    ],
)
def test_a_siege_is_known_by_its_place(parser, text, name):
    assert name in names_found(parser, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Thousands crossed into Tiger-held Vakarai, further south, aid workers said.", "Vakarai"),
        ("Marines pushed deeper into Taliban-controlled Marjah on Sunday.", "Marjah"),
    ],
)
def test_who_holds_the_name_makes_it_a_place(parser, text, name):
    assert name in names_found(parser, text)


def test_falling_ill_or_a_made_compound_is_no_place_evidence():
    assert _PLACE_AFTER.match(" fell ill on Monday", 0) is None
    assert not held_compound("russian-made")
    assert held_compound("rebel-held")
