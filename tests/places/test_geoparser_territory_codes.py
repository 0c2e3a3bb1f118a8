"""A place the gazetteer files under a state's code inside a territory coded apart reports the
territory's code (`places/geoparser/successors.territory_code`, territory_codes.tsv)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.successors import territory_code
from tests.places.small_gazetteer import countries_read, module_parser

PLACES = [
    PlaceInfo(1, "Morocco", 32.0, -6.0, 2542007, "PCLI", "MA", "country", 33_848_242, ""),
    PlaceInfo(2, "Western Sahara", 24.5, -13.0, 2461445, "PCLI", "EH", "country", 273_008, ""),
    PlaceInfo(3, "Smara", 26.7384, -11.6719, 2453281, "PPL", "MA", "settlement", 42_056, "14"),
    PlaceInfo(4, "Rabat", 34.0133, -6.8326, 2538475, "PPLC", "MA", "settlement", 1_655_753, ""),
    PlaceInfo(5, "Cyprus", 35.0, 33.0, 146669, "PCLI", "CY", "country", 1_189_265, ""),
    PlaceInfo(6, "Dhekelia", 34.9809, 33.7314, 146396, "PPL", "GB", "settlement", 10_000, ""),
    PlaceInfo(7, "Larnaca", 34.9229, 33.6233, 146400, "PPLA", "CY", "settlement", 72_000, ""),
]

parser = module_parser(PLACES, use_parse=False)


@pytest.mark.parametrize(
    "text",
    [
        "Polisario guerrillas attacked a Moroccan garrison at Smara on Tuesday, officials in "
        "Rabat said.",
        "Moroccan troops dug in around Smara after the Polisario raid, the Western Sahara's "
        "second town.",
    ],
)
def test_a_town_of_western_sahara_filed_under_morocco_reports_eh(parser, text):
    assert countries_read(parser, text, "Smara") == {"EH"}
    assert countries_read(parser, text, "Rabat") <= {"MA"}


@pytest.mark.parametrize(
    "text",
    [
        "Turkish jets flew over Larnaca and the British base at Dhekelia on Saturday.",
        "Refugees from Famagusta crowded into Dhekelia, the British sovereign base near Larnaca.",
    ],
)
def test_a_british_base_on_cyprus_reports_cyprus(parser, text):
    assert countries_read(parser, text, "Dhekelia") == {"CY"}
    assert countries_read(parser, text, "Larnaca") == {"CY"}


def test_only_the_states_own_code_is_relabelled():
    # Tindouf's camps named after Smara lie in Algeria, outside the box; Nouadhibou (MR) lies
    # inside it but is Mauritania's.
    assert territory_code("DZ", 27.5, -8.0) == "DZ"
    assert territory_code("MR", 20.9, -17.03) == "MR"
    assert territory_code("MA", 30.42, -9.6) == "MA"  # Agadir
    assert territory_code("FR", -12.78, 45.23) == "YT"
    assert territory_code("GB", -51.69, -57.86) == "FK"
