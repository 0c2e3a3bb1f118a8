"""An ordinary English word read as a lone town abroad is no place ("Mobile networks", "Brig.
Hassan", "Grad rockets"), while a famous place under its own or old name ("Aleppo",
"Peking") and a word the story places at home stay places (`common_words.py`)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser, names_found

PLACES = [
    PlaceInfo(1, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 22_000_000, ""),
    PlaceInfo(2, "Idlib", 35.93, 36.63, 169388, "PPLA", "SY", "settlement", 165_000, "07"),
    PlaceInfo(3, "Saraqib", 35.86, 36.8, 163345, "PPL", "SY", "settlement", 32_000, "07"),
    PlaceInfo(4, "Mobile", 30.69, -88.04, 4076598, "PPLA2", "US", "settlement", 190_000, "AL"),
    PlaceInfo(5, "Chad", 15.0, 19.0, 2434508, "PCLI", "TD", "country", 16_000_000, ""),
    PlaceInfo(6, "Fada", 17.18, 21.58, 2433437, "PPLA", "TD", "settlement", 9_000, "26"),
    PlaceInfo(7, "Faya-Largeau", 17.92, 19.1, 2434910, "PPLA", "TD", "settlement", 13_000, "27"),
    PlaceInfo(8, "Brig", 46.32, 7.99, 2661199, "PPL", "CH", "settlement", 13_000, "VS"),
    PlaceInfo(9, "Libya", 27.0, 17.0, 2215636, "PCLI", "LY", "country", 6_700_000, ""),
    PlaceInfo(10, "Zintan", 31.93, 12.25, 2208485, "PPL", "LY", "settlement", 40_000, "34"),
    PlaceInfo(11, "Yefren", 32.06, 12.53, 2208425, "PPL", "LY", "settlement", 20_000, "34"),
    PlaceInfo(12, "Grad", 46.8, 16.09, 3197120, "PPL", "SI", "settlement", 2_000, "01"),
    PlaceInfo(13, "Aleppo", 36.2, 37.16, 170063, "PPLA", "SY", "settlement", 1_800_000, "09"),
    PlaceInfo(14, "Kilis", 36.72, 37.12, 300822, "PPLA", "TR", "settlement", 90_000, "79"),
    PlaceInfo(15, "Gaziantep", 37.06, 37.38, 314830, "PPLA", "TR", "settlement", 1_500_000, "83"),
    PlaceInfo(16, "Alabama", 32.75, -86.75, 4829764, "ADM1", "US", "admin", 4_900_000, "AL"),
]

parser = module_parser(PLACES, use_parse=False)


@pytest.mark.parametrize(
    ("text", "word", "places"),
    [
        (
            "Mobile networks were cut across Idlib on Sunday as shelling hit Saraqib.",
            "Mobile",
            {"Idlib", "Saraqib"},
        ),
        (
            "Troops under Brig. Hassan Djamous drove from Fada towards Faya-Largeau.",
            "Brig",
            {"Fada", "Faya-Largeau"},
        ),
        (
            "Grad rockets fell on Zintan overnight and the road to Yefren was closed.",
            "Grad",
            {"Zintan", "Yefren"},
        ),
    ],
)
def test_common_word_read_as_a_town_abroad_is_no_place(parser, text, word, places):
    found = names_found(parser, text)
    assert word not in found
    assert places <= found


@pytest.mark.parametrize(
    "text",
    [
        "Refugees from Aleppo crossed into Kilis and Gaziantep this week.",
        "Shelling around Aleppo could be heard in Kilis, officials in Gaziantep said.",
    ],
)
def test_famous_place_under_its_own_name_stays(parser, text):
    assert "Aleppo" in names_found(parser, text)


@pytest.mark.parametrize(
    "text",
    [
        "The storm reached Mobile, Alabama, on Tuesday.",
        "In Alabama, the port of Mobile was closed on Tuesday.",
    ],
)
def test_common_word_the_story_places_at_home_stays(parser, text):
    assert "Mobile" in names_found(parser, text)
