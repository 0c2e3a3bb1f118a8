"""A name followed by "city" or "valley" that names the place itself takes the word into its
mention and keeps its reading: the gold lists "Hasaka city" and "the Swat valley" so."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Al Hasakah", 36.5, 40.75, 173811, "PPLA", "SY", "settlement", 188_000, "01"),
    PlaceInfo(2, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 22_000_000, ""),
    PlaceInfo(3, "Swat", 34.75, 72.36, 1164211, "ADM2", "PK", "admin", 2_300_000, "08"),
    PlaceInfo(4, "Mingora", 34.78, 72.36, 1170395, "PPL", "PK", "settlement", 330_000, "08"),
    PlaceInfo(5, "Pakistan", 30.0, 70.0, 1168579, "PCLI", "PK", "country", 220_000_000, ""),
    PlaceInfo(6, "Aleppo", 36.2, 37.16, 170063, "PPLA", "SY", "settlement", 1_800_000, "09"),
    PlaceInfo(7, "Panjshayr", 35.31, 69.52, 6957555, "ADM1", "AF", "admin", 170_000, "42"),
    PlaceInfo(8, "Afghanistan", 33.0, 66.0, 1149361, "PCLI", "AF", "country", 38_000_000, ""),
    PlaceInfo(9, "Punjab", 31.0, 75.0, 1259223, "ADM1", "IN", "admin", 27_000_000, "23"),
    PlaceInfo(10, "Ferozepur", 30.93, 74.61, 1271476, "PPLA2", "IN", "settlement", 110_000, "23"),
    PlaceInfo(11, "India", 22.0, 79.0, 1269750, "PCLI", "IN", "country", 1_300_000_000, ""),
]
NAMES = [
    *own_names(PLACES),
    (1, "Hasaka", name_key("Hasaka"), "name", False),
    (7, "Panjshir", name_key("Panjshir"), "name", False),
]
parser = module_parser(PLACES, NAMES, use_parse=False)


def reading(parser, text: str, written: str):
    return next((t for t in parser.parse(text) if t.text == written), None)


@pytest.mark.parametrize(
    "text, written, name",
    [
        (
            "Kurdish-led forces said on Sunday they had pushed the militants out of Hasaka city, "
            "in Syria's northeast.",
            "Hasaka city",
            "Al Hasakah",
        ),
        (
            "Shells fell on residential streets of Hasaka city overnight, a Syria monitor said.",
            "Hasaka city",
            "Al Hasakah",
        ),
        (
            "Thousands fled the Swat valley as the army moved on Mingora, Pakistan said.",
            "Swat valley",
            "Swat",
        ),
        (
            "Pakistani troops drove militants out of the upper Swat Valley near Mingora on Friday.",
            "Swat Valley",
            "Swat",
        ),
    ],
)
def test_a_name_with_city_or_valley_takes_the_word(parser, text, written, name):
    found = reading(parser, text, written)
    assert found is not None
    assert found.name == name
    assert text[found.start : found.end] == written


@pytest.mark.parametrize(
    "text, written",
    [
        # a modifier of another place, or of an institution
        ("Members of Aleppo city council fled to the countryside, Syria's media said.", "Aleppo"),
        ("It is the second Aleppo city district to fall in Syria this week.", "Aleppo"),
        # a capitalised City names an institution, not the city
        ("The Aleppo City Council met in Syria on Monday.", "Aleppo"),
        # a region's name before "city" says where the city lies
        ("Indian troops fell back to Ferozepur, this Punjab city, on Sunday.", "Punjab"),
        ("Ferozepur, a Punjab city near the border with India, was quiet.", "Punjab"),
        # the gazetteer spells it otherwise and the text names it only with the word: the
        # spelling as written stays read
        ("Fighters regrouped in the Panjshir valley, north of Kabul in Afghanistan.", "Panjshir"),
    ],
)
def test_the_name_keeps_its_own_span(parser, text, written):
    assert reading(parser, text, written) is not None


def test_a_name_spelled_otherwise_and_written_bare_elsewhere_takes_the_word(parser):
    text = (
        "Militants overran Panjshir district offices; the Panjshir valley itself held out, "
        "Afghanistan's officials said."
    )
    assert reading(parser, text, "Panjshir valley") is not None
