"""More words before a small town's name that put it on a map when the entity recogniser reads
it as a person: a verb of giving up or occupying a place ("surrendered X", "occupied X"), a verb
of attack or a locative before a word for nearness ("held neighbouring X and Y"), and "for"
after a verb of leaving, also a few words after it ("fled for X", "left long ago for X")."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser, names_found

PLACES = [
    PlaceInfo(1, "Kamenge", -3.33, 29.38, 4000001, "PPL", "BI", "settlement", 9_000, "02"),
    PlaceInfo(2, "Gihosha", -3.34, 29.39, 4000002, "PPL", "BI", "settlement", 8_000, "02"),
    PlaceInfo(3, "Rutana", -3.93, 29.99, 4000003, "PPL", "BI", "settlement", 7_000, "15"),
    PlaceInfo(4, "Wanding", 24.08, 98.07, 4000004, "PPL", "MM", "settlement", 6_000, "11"),
    PlaceInfo(5, "Sleptsovsk", 43.30, 44.83, 4000005, "PPL", "RU", "settlement", 9_000, "78"),
    PlaceInfo(6, "Eastern Ghouta", 33.5, 36.4, 4000006, "PPL", "SY", "settlement", 9_000, "08"),
    PlaceInfo(7, "Alafa", 11.1, 13.9, 4000007, "PPL", "NG", "settlement", 900, "08"),
    PlaceInfo(8, "Morobo", 3.68, 30.77, 4000008, "PPL", "SS", "settlement", 900, "08"),
    PlaceInfo(9, "Achkhoi-Martan", 43.19, 45.28, 4000009, "PPL", "RU", "settlement", 9_000, "08"),
]

parser = module_parser(PLACES)


@pytest.mark.parametrize(
    "text",
    [
        "He said the army also held neighbouring Kamenge and Gihosha on Monday.",
        "Troops stormed neighbouring Gihosha before noon, witnesses said.",
    ],
)
def test_a_cue_before_a_word_for_nearness_still_places_the_name(parser, text):
    assert "Gihosha" in names_found(parser, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("In April, rebels surrendered Eastern Ghouta after a long assault.", "Eastern Ghouta"),
        ("The rebels surrendered Alafa without a fight, the army said.", "Alafa"),
        ("Government troops occupied Morobo on Friday.", "Morobo"),
        ("Soldiers occupied Alafa and burned the market.", "Alafa"),
    ],
)
def test_giving_up_or_occupying_a_place_is_place_evidence(parser, text, name):
    assert name in names_found(parser, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Most civilians fled for Achkhoi-Martan, residents said.", "Achkhoi-Martan"),
        ("Families fled for Morobo when the shelling began.", "Morobo"),
        ("Hundreds left for Alafa on foot.", "Alafa"),
        # the verb a few words before "for"
        ("Most civilians left long ago for Achkhoi-Martan or for Ingushetia.", "Achkhoi-Martan"),
        ("Families fled at dawn for Morobo, aid workers said.", "Morobo"),
    ],
)
def test_for_after_a_verb_of_leaving_names_a_destination(parser, text, name):
    assert name in names_found(parser, text)
