"""A town a cue word lifts to 0.9 or more is capped below it when it lies far from every
first-level region the story names in its country and from the story's other towns there
(`places/geoparser/namesakes.cap_towns_outside_named_regions`)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Venezuela", 8.0, -66.0, 3625428, "PCLI", "VE", "country", 28_000_000, ""),
    PlaceInfo(2, "Apure", 7.15, -68.80, 3649110, "ADM1", "VE", "admin", 0, "03"),
    PlaceInfo(3, "La Victoria", 10.23, -67.33, 3633000, "PPLA2", "VE", "settlement", 126_000, "04"),
    PlaceInfo(4, "Guasdualito", 7.24, -70.73, 3640000, "PPLA2", "VE", "settlement", 30_000, "03"),
]
NAMES = [*own_names(PLACES), (1, "Venezuelan", name_key("Venezuelan"), "demonym", False)]

parser = module_parser(PLACES, NAMES, use_parse=False)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting spread in Apure state on Sunday around the Venezuelan town of La Victoria.",
        "Troops shelled the town of La Victoria, in Venezuela's Apure state, residents said. "
        "Apure has seen weeks of clashes.",
    ],
)
def test_a_cued_town_far_from_the_named_region_stays_under_the_threshold(parser, text):
    found = [t for t in parser.parse(text) if t.text == "La Victoria"]
    assert found and all(t.confidence < 0.9 for t in found)


def test_a_cued_town_inside_the_named_region_keeps_its_confidence(parser):
    text = "Fighting spread in Apure state on Sunday around the Venezuelan town of Guasdualito."
    found = [t for t in parser.parse(text) if t.text == "Guasdualito"]
    assert found and all(t.confidence >= 0.9 for t in found)
