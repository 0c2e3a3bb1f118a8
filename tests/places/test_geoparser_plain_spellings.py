"""Names as English copy writes them: without the accents the gazetteer's spelling has
("Vaupes" for Vaupés), a country under another of its names opening a sentence ("Britain, France
and Italy"), and a state after a word for a creed ("Shiite Iran", "Catholic Philippines")."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Colombia", 4.0, -72.0, 3686110, "PCLI", "CO", "country", 49_000_000, ""),
    PlaceInfo(2, "Vaupés", 0.6, -70.6, 3666203, "ADM1", "CO", "admin", 0, "27"),
    PlaceInfo(3, "Mitú", 1.25, -70.23, 3674678, "PPLA", "CO", "settlement", 5_000, "27"),
    PlaceInfo(4, "Caquetá", 1.0, -74.0, 3687479, "ADM1", "CO", "admin", 0, "09"),
    PlaceInfo(5, "Florencia", 1.61, -75.61, 3793000, "PPLA", "CO", "settlement", 130_000, "09"),
    PlaceInfo(6, "United Kingdom", 54.0, -2.0, 2635167, "PCLI", "GB", "country", 66_000_000, ""),
    PlaceInfo(7, "France", 46.0, 2.0, 3017382, "PCLI", "FR", "country", 67_000_000, ""),
    PlaceInfo(8, "Italy", 42.8, 12.8, 3175395, "PCLI", "IT", "country", 60_000_000, ""),
    PlaceInfo(9, "Libya", 25.0, 17.0, 2215636, "PCLI", "LY", "country", 6_700_000, ""),
    PlaceInfo(10, "Misratah", 32.38, 15.09, 2214846, "PPLA", "LY", "settlement", 386_000, "30"),
    PlaceInfo(11, "Iran", 32.0, 53.0, 130758, "PCLI", "IR", "country", 81_000_000, ""),
    PlaceInfo(12, "Yemen", 15.5, 47.5, 69543, "PCLI", "YE", "country", 28_000_000, ""),
    PlaceInfo(13, "Sanaa", 15.35, 44.2, 71137, "PPLC", "YE", "settlement", 1_937_000, "26"),
    PlaceInfo(14, "Philippines", 13.0, 122.0, 1694008, "PCLI", "PH", "country", 106_000_000, ""),
    PlaceInfo(15, "Indonesia", -5.0, 120.0, 1643084, "PCLI", "ID", "country", 267_000_000, ""),
    PlaceInfo(16, "Turkmenistan", 40.0, 60.0, 1218197, "PCLI", "TM", "country", 5_850_000, ""),
    PlaceInfo(17, "Iraq", 33.0, 44.0, 99237, "PCLI", "IQ", "country", 40_000_000, ""),
    PlaceInfo(18, "Kirkuk", 35.47, 44.39, 94787, "PPLA", "IQ", "settlement", 601_433, "13"),
]
NAMES = [
    *own_names(PLACES),
    (6, "Britain", "britain", "name", False),
    (16, "Turkmen", "turkmen", "demonym", False),
]

parser = module_parser(PLACES, NAMES, use_parse=False)


def readings(parser, text):
    return {t.text: (t.country, t.kind) for t in parser.parse(text)}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "FARC rebels overran the police post in Mitu, the capital of Vaupes province, "
            "after twelve hours of fighting in eastern Colombia.",
            "Vaupes",
            "CO",
        ),
        (
            "Troops flew from Florencia, in Caqueta, to retake the river towns the guerrillas "
            "had held since March, the Colombian army said.",
            "Caqueta",
            "CO",
        ),
    ],
)
def test_a_name_is_found_without_its_accents(parser, text, name, country):
    found = [(t.country, t.kind) for t in parser.parse(text) if t.text.startswith(name)]
    assert found == [(country, "admin")]


@pytest.mark.parametrize(
    "text",
    [
        "NATO aircraft struck tanks near Misratah overnight. Britain, France and Italy said "
        "they would send officers to advise the rebels in Libya.",
        "The talks in Libya stalled again. Britain said on Monday it would reopen its embassy "
        "once the fighting around Misratah had stopped.",
    ],
)
def test_a_country_under_another_name_may_open_a_sentence(parser, text):
    assert readings(parser, text)["Britain"] == ("GB", "country")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Gulf monarchies see the rebels who hold Sanaa as a proxy of Shiite Iran, a charge "
            "the movement rejects, and fear a long war in Yemen.",
            "Iran",
            "IR",
        ),
        (
            "Pilgrims from Catholic Philippines and from Indonesia, the largest Muslim nation, "
            "crowded the airport, officials said.",
            "Philippines",
            "PH",
        ),
    ],
)
def test_a_creed_before_a_state_describes_it(parser, text, name, country):
    assert readings(parser, text)[name] == (country, "country")


def test_a_creed_before_a_demonym_names_people(parser):
    text = "Militants trapped 15,000 Shiite Turkmen residents of the town south of Kirkuk in Iraq."
    assert "Turkmen" not in readings(parser, text)
