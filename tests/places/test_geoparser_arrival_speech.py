"""A speech verb after a name makes it a person ("Lubango said") unless the words before put it
on a map: a verb of arrival ("Refugees reaching Lubango said") or a locative and "the"
("officers arriving in the Canary Islands said") speak of people there."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser, names_found

PLACES = [
    PlaceInfo(1, "Lubango", -14.92, 13.49, 3347762, "PPLA", "AO", "settlement", 100_000, "09"),
    PlaceInfo(2, "Kalemie", -5.95, 29.19, 214974, "PPL", "CD", "settlement", 90_000, "10"),
    PlaceInfo(3, "Canary Islands", 28.3, -15.6, 2593110, "ADM1", "ES", "admin", 0, "53"),
    PlaceInfo(4, "Ogaden", 7.0, 44.0, 5000004, "RGN", "ET", "region", 0, "44"),
]

parser = module_parser(PLACES, use_parse=False)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Refugees reaching Lubango said thousands were fleeing north.", "Lubango"),
        ("Traders who reached Kalemie said the lake road was cut.", "Kalemie"),
    ],
)
def test_a_verb_of_arrival_before_the_name_speaks_of_people_there(parser, text, name):
    assert name in names_found(parser, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Officers arriving in the Canary Islands said the posts were cut off.", "Canary Islands"),
        ('Elders in the Ogaden said, "We have not seen the army for weeks."', "Ogaden"),
    ],
)
def test_a_locative_and_the_before_the_name_speak_of_people_there(parser, text, name):
    assert name in names_found(parser, text)


def test_a_name_that_speaks_alone_is_still_a_person(parser):
    text = "Kalemie said on Monday that he would not resign."
    assert "Kalemie" not in names_found(parser, text)
