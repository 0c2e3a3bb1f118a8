"""Every form of a verb of taking or besieging is place evidence for the names it governs: small
towns the entity recogniser reads as people stay places after "have retaken", "to recapture",
"seizes" or "surrounded"."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Bossembele", 5.27, 17.65, 2388020, "PPL", "CF", "settlement", 8_000, "07"),
    PlaceInfo(2, "Yaloke", 5.32, 17.10, 2382505, "PPL", "CF", "settlement", 9_000, "07"),
    PlaceInfo(3, "Damasak", 13.10, 12.51, 2340001, "PPL", "NG", "settlement", 9_000, "08"),
    PlaceInfo(4, "Marte", 12.36, 13.83, 2340002, "PPL", "NG", "settlement", 9_000, "08"),
]

parser = module_parser(PLACES)


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Since then government troops have retaken Bossembele and Yaloke, officials said.",
            {"Bossembele", "Yaloke"},
        ),
        (
            "The army said it was preparing to recapture Damasak and Marte before the rains.",
            {"Damasak", "Marte"},
        ),
        ("Fighters surrounded Yaloke overnight, residents said.", {"Yaloke"}),
    ],
)
def test_a_verb_of_taking_in_any_form_puts_a_place_after_it(parser, text, names):
    assert names <= {t.text for t in parser.parse(text)}
