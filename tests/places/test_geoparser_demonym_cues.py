""" "The Lebanese port of Tripoli": a demonym before the kind of place names the country that
holds it (`places/geoparser/demonym_cues.apply_demonym_cues`)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import first_reading, module_parser, own_names

PLACES = [
    PlaceInfo(1, "Tripoli", 32.89, 13.19, 2210247, "PPLC", "LY", "settlement", 1_150_989, "77"),
    PlaceInfo(2, "Tripoli", 34.44, 35.85, 266826, "PPLA", "LB", "settlement", 229_398, "09"),
    PlaceInfo(3, "Lebanon", 33.83, 35.83, 272103, "PCLI", "LB", "country", 6_848_925, ""),
    PlaceInfo(4, "Libya", 28.0, 17.0, 2215636, "PCLI", "LY", "country", 6_678_567, ""),
    PlaceInfo(5, "Soran", 36.65, 44.54, 92000, "PPLA2", "IQ", "settlement", 91_589, "03"),
    PlaceInfo(6, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 22_198_110, ""),
    PlaceInfo(7, "Iraq", 33.0, 44.0, 99237, "PCLI", "IQ", "country", 38_274_618, ""),
    PlaceInfo(8, "Suran", 36.50, 37.20, 163001, "PPL", "SY", "settlement", 6_000, "02"),
    PlaceInfo(9, "Misrata", 32.38, 15.09, 2214846, "PPLA", "LY", "settlement", 386_120, "58"),
]
NAMES = [
    *own_names(PLACES),
    (3, "Lebanese", name_key("Lebanese"), "demonym", False),
    (4, "Libyan", name_key("Libyan"), "demonym", False),
    (6, "Syrian", name_key("Syrian"), "demonym", False),
    (7, "Iraqi", name_key("Iraqi"), "demonym", False),
    (8, "Soran", name_key("Soran"), "name", False),
]

parser = module_parser(PLACES, NAMES, use_parse=False)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting spread to the Lebanese port of Tripoli on Sunday, residents said.",
        "Gunmen stormed a checkpoint in the northern Lebanese city of Tripoli overnight.",
    ],
)
def test_the_demonym_outweighs_a_famous_namesake(parser, text):
    t = first_reading(parser, text, "Tripoli")
    assert t.country == "LB"
    assert t.method == "demonym"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels entered the Syrian village of Soran after a week of shelling.",
        "Aid reached the Syrian border town of Soran, a monitor said.",
    ],
)
def test_the_demonym_picks_the_reading_in_its_country(parser, text):
    assert first_reading(parser, text, "Soran").country == "SY"


def test_without_a_cue_the_usual_reading_stands(parser):
    assert first_reading(parser, "Officials met in Tripoli and Misrata.", "Tripoli").country == "LY"


def test_a_reading_outside_the_named_country_loses_trust(parser):
    plain = first_reading(parser, "Clashes were reported near Misrata on Friday.", "Misrata")
    cued = first_reading(parser, "Clashes were reported in the Iraqi town of Misrata.", "Misrata")
    assert cued.confidence < plain.confidence
    assert cued.confidence <= 0.5
