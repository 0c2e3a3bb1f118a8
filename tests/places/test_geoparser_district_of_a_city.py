"""A city district named like a first-level region ("the Qadisiya district" of Tikrit, "the
Muthanna district" of Mosul) is not read as that region at confidence 0.9 or more: "district"
says region, not which one. Nor is "the Ixil region" (a Maya area of Guatemala) read as a
municipality of that name abroad at 0.9 or more: "region" names no second-level unit."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Iraq", 33.0, 44.0, 99237, "PCLI", "IQ", "country", 38_000_000, ""),
    PlaceInfo(2, "Al Qadisiyah", 31.87, 45.07, 99033, "ADM1", "IQ", "admin", 0, "04"),
    PlaceInfo(3, "Al Muthanna", 30.3, 45.3, 99034, "ADM1", "IQ", "admin", 0, "03"),
    PlaceInfo(4, "Tikrit", 34.6, 43.68, 89000, "PPLA", "IQ", "settlement", 160_000, "18"),
    PlaceInfo(5, "Mosul", 36.34, 43.13, 99072, "PPLA", "IQ", "settlement", 1_739_800, "15"),
    PlaceInfo(6, "Nineveh", 36.2, 42.8, 99035, "ADM1", "IQ", "admin", 0, "15"),
]
NAMES = [
    *own_names(PLACES),
    (2, "Qadisiya", name_key("Qadisiya"), "name", False),
    (3, "Muthanna", name_key("Muthanna"), "name", False),
]

parser = module_parser(PLACES, NAMES, use_parse=False)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Our troops reached the hospital in the Qadisiya district this morning and raised "
            "the Iraqi flag over it, a commander in Tikrit said.",
            "Qadisiya",
        ),
        (
            "Iraqi special forces cleared the Muthanna district on the eastern bank of Mosul "
            "on Tuesday.",
            "Muthanna",
        ),
    ],
)
def test_a_district_named_like_a_governorate_stays_below_090(parser, text, name):
    found = [t for t in parser.parse(text) if t.text == name]
    assert found and all(t.confidence < 0.9 for t in found)


def test_the_governorate_when_the_text_says_governorate(parser):
    text = "Floods hit the Muthanna governorate in southern Iraq."
    (found,) = [t for t in parser.parse(text) if t.text.startswith("Muthanna")]
    assert found.kind == "admin" and found.confidence >= 0.9


# A municipality (second-level unit) in one country, the region English copy names in another.
MUNICIPALITIES = [
    PlaceInfo(1, "Guatemala", 15.5, -90.25, 3595528, "PCLI", "GT", "country", 17_000_000, ""),
    PlaceInfo(2, "Mexico", 23.0, -102.0, 3996063, "PCLI", "MX", "country", 126_000_000, ""),
    PlaceInfo(3, "Ixil", 21.15, -89.48, 8583897, "ADM2", "MX", "admin", 0, "31"),
    PlaceInfo(4, "Nebaj", 15.41, -91.15, 3592237, "PPLA2", "GT", "settlement", 18_000, "14"),
    PlaceInfo(5, "Chajul", 15.49, -91.04, 3598804, "PPLA2", "GT", "settlement", 12_000, "14"),
    PlaceInfo(6, "Chiapas", 16.5, -92.5, 3531011, "ADM1", "MX", "admin", 0, "05"),
]


region_parser = module_parser(MUNICIPALITIES, use_parse=False)


@pytest.mark.parametrize(
    "text",
    [
        "Launched in July, the campaign has pushed into the Ixil region around Nebaj and "
        "Chajul, in Guatemala, and thousands have fled across the border into Chiapas, Mexico.",
        "Army patrols now sweep the Ixil region of Guatemala every week, refugees reaching "
        "Chiapas in Mexico said; the villages around Nebaj stand empty.",
    ],
)
def test_a_region_named_like_a_municipality_abroad_stays_below_090(region_parser, text):
    found = [t for t in region_parser.parse(text) if t.text == "Ixil"]
    assert found and all(t.confidence < 0.9 for t in found)
