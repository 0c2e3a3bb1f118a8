"""An airport, an airbase or a power plant named after its town is a place of the story: the
mention takes the facility's word and keeps the town's reading, so the map shows "Kabul
airport" at Kabul and the town's own name is still the reading's name."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Kabul", 34.53, 69.17, 1138958, "PPLC", "AF", "settlement", 3_000_000, "13"),
    PlaceInfo(2, "Afghanistan", 33.0, 66.0, 1149361, "PCLI", "AF", "country", 38_000_000, ""),
    PlaceInfo(3, "Luhansk", 48.57, 39.31, 702658, "PPLA", "UA", "settlement", 400_000, "14"),
    PlaceInfo(4, "Shchastia", 48.74, 39.23, 694725, "PPL", "UA", "settlement", 12_000, "14"),
    PlaceInfo(5, "Ukraine", 49.0, 32.0, 690791, "PCLI", "UA", "country", 41_000_000, ""),
    PlaceInfo(6, "Zaporizhzhia", 47.85, 35.12, 687700, "PPLA", "UA", "settlement", 710_000, "26"),
    PlaceInfo(7, "Enerhodar", 47.49, 34.66, 709276, "PPL", "UA", "settlement", 53_000, "26"),
    PlaceInfo(8, "Aleppo", 36.2, 37.16, 170063, "PPLA", "SY", "settlement", 1_800_000, "09"),
    PlaceInfo(9, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 22_000_000, ""),
]
parser = module_parser(PLACES, use_parse=False)


def facility(parser, text: str, written: str):
    return next((t for t in parser.parse(text) if t.text == written), None)


@pytest.mark.parametrize(
    "text, written, town",
    [
        (
            "Rockets slammed into Kabul airport on Monday as government forces fought "
            "for the capital.",
            "Kabul airport",
            "Kabul",
        ),
        (
            "Separatist fighters stormed the Luhansk airport overnight, the Ukrainian military "
            "said near Shchastia.",
            "Luhansk airport",
            "Luhansk",
        ),
        (
            "Russian troops still hold the Zaporizhzhia nuclear power plant across the river "
            "from Enerhodar, Ukraine said.",
            "Zaporizhzhia nuclear power plant",
            "Zaporizhzhia",
        ),
        (
            "Rebels shelled Aleppo International Airport and cut the road into Aleppo, Syria's "
            "state media said.",
            "Aleppo International Airport",
            "Aleppo",
        ),
        (
            "Government troops broke the siege of the Aleppo air base on Tuesday, Syria's "
            "army said.",
            "Aleppo air base",
            "Aleppo",
        ),
    ],
)
def test_a_facility_named_after_its_town_is_at_the_town(parser, text, written, town):
    found = facility(parser, text, written)
    assert found is not None
    assert found.name == town
    assert text[found.start : found.end] == written


@pytest.mark.parametrize(
    "text, written",
    [
        ("Refugees crowded the Kabul camp as winter came, Afghanistan's officials said.", "Kabul"),
        ("Militants attacked Afghanistan airport staff in Kabul on Monday.", "Afghanistan"),
    ],
)
def test_a_camp_or_a_country_keeps_its_name(parser, text, written):
    """The gold leaves out "camp" ("the Wahdat camp": Wahdat), and a country names no
    airport."""
    assert facility(parser, text, written) is not None


SPELLED_OTHERWISE = [
    PlaceInfo(1, "Al Watya", 32.48, 11.89, 2209001, "PPL", "LY", "settlement", 0, "00"),
    PlaceInfo(2, "Libya", 27.0, 17.0, 2215636, "PCLI", "LY", "country", 6_000_000, ""),
    PlaceInfo(3, "Tripoli", 32.89, 13.19, 2210247, "PPLC", "LY", "settlement", 1_100_000, "34"),
]
other_spelling = module_parser(SPELLED_OTHERWISE, use_parse=False)


@pytest.mark.parametrize(
    "text",
    [
        "TRIPOLI, May 18 (Reuters) - Planes struck Al-Wattiya air base in western Libya, "
        "officials said.",
        "Forces loyal to Tripoli said they had surrounded the Al-Wattiya airbase in Libya's west.",
    ],
)
def test_a_town_spelled_otherwise_named_only_by_its_facility_keeps_its_name(other_spelling, text):
    """The gazetteer spells the town otherwise and the text names it nowhere else: the mention
    stays the town's, so its spelling as written is still read."""
    found = facility(other_spelling, text, "Al-Wattiya")
    assert found is not None and found.name == "Al Watya"


def test_a_town_spelled_otherwise_and_named_again_gives_the_facility(other_spelling):
    text = (
        "Planes struck Al-Wattiya air base on Monday, and fighting spread to Al-Wattiya "
        "itself, officials in Tripoli said."
    )
    assert facility(other_spelling, text, "Al-Wattiya air base") is not None
