"""The first word of a longer name joined by a particle ("Baixa do Sapateiro", "Bab al-Tabbaneh",
"Cordillera del Cóndor") is no mention of a place of that one word when the gazetteer lacks the
whole name; a name the gazetteer has whole, a country and a place followed by an English word
keep their readings."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.particle_names import particle_name_end
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Brazil", -10.0, -55.0, 3469034, "PCLI", "BR", "country", 211_000_000, ""),
    PlaceInfo(
        2, "Rio de Janeiro", -22.9, -43.2, 3451190, "PPLA", "BR", "settlement", 6_000_000, "21"
    ),
    PlaceInfo(3, "Port-Vila", -17.73, 168.32, 2135171, "PPLC", "VU", "settlement", 35_901, "08"),
    PlaceInfo(4, "Baixa", -12.0, -38.0, 3470000, "PPL", "BR", "settlement", 2_000, "05"),
    PlaceInfo(5, "Lebanon", 33.83, 35.83, 272103, "PCLI", "LB", "country", 6_000_000, ""),
    PlaceInfo(6, "Tripoli", 34.44, 35.85, 266826, "PPLA", "LB", "settlement", 229_398, "09"),
    PlaceInfo(7, "Al Bab", 36.37, 37.52, 171000, "PPL", "SY", "settlement", 130_000, "09"),
    PlaceInfo(8, "Cordillera", -25.3, -57.0, 3438834, "ADM1", "PY", "admin", 300_000, "03"),
    PlaceInfo(9, "Ecuador", -2.0, -77.5, 3658394, "PCLI", "EC", "country", 17_000_000, ""),
    PlaceInfo(10, "Peru", -10.0, -76.0, 3932488, "PCLI", "PE", "country", 32_000_000, ""),
    PlaceInfo(
        11, "Santiago de Cuba", 20.02, -75.82, 3536729, "PPLA", "CU", "settlement", 555_865, "15"
    ),
    PlaceInfo(12, "Cuba", 22.0, -79.5, 3562981, "PCLI", "CU", "country", 11_000_000, ""),
    PlaceInfo(13, "Niger", 17.0, 9.0, 2440476, "PCLI", "NE", "country", 24_000_000, ""),
]
NAMES = [
    *own_names(PLACES),
    (3, "Vila", name_key("Vila"), "name", False),
    (7, "Bab", name_key("Bab"), "name", False),
]

parser = module_parser(PLACES, NAMES, use_parse=False)


def read(parser, text):
    return {t.text: t.name for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text, head",
    [
        (
            "Police occupied Vila do João and Baixa do Sapateiro, two favelas of the Maré "
            "complex in Rio de Janeiro, Brazil, before dawn.",
            "Vila",
        ),
        (
            "Residents of Baixa do Sapateiro said marines searched homes in Rio de Janeiro's "
            "north zone on Sunday.",
            "Baixa",
        ),
        (
            "Gunmen in Bab al-Tabbaneh traded fire with Jabal Mohsen overnight, Tripoli "
            "residents said.",
            "Bab",
        ),
        (
            "Snipers in the Sunni district of Bab al Tabbaneh kept Tripoli's main road closed, "
            "Lebanon's army said.",
            "Bab",
        ),
        (
            "Ecuador said its troops still held posts in the Cordillera del Cóndor, on the "
            "border with Peru.",
            "Cordillera",
        ),
        (
            "Fighting spread along the Cordillera de los Tayos, Peru's army said, as Ecuador "
            "sent reinforcements.",
            "Cordillera",
        ),
    ],
)
def test_the_head_of_a_particle_name_is_no_place(parser, text, head):
    assert head not in read(parser, text)


@pytest.mark.parametrize(
    "text, name, place",
    [
        (
            "Exiles flew from Santiago de Cuba to Miami on Friday.",
            "Santiago de Cuba",
            "Santiago de Cuba",
        ),
        (
            "Rio de Janeiro police said the raid began before dawn.",
            "Rio de Janeiro",
            "Rio de Janeiro",
        ),
        ("A Niger al-Qaeda cell claimed the ambush near the border.", "Niger", "Niger"),
        ("Soldiers from Niger at Ménaka said the camp was quiet.", "Niger", "Niger"),
    ],
)
def test_whole_names_countries_and_english_words_keep_their_place(parser, text, name, place):
    assert read(parser, text)[name] == place


@pytest.mark.parametrize(
    "text, end",
    [
        ("Vila do João", len("Vila do João")),
        ("Cueva de los Tayos", len("Cueva de los Tayos")),
        ("Jebel al-Arafa", len("Jebel al-Arafa")),
        ("Adrar des Ifoghas", len("Adrar des Ifoghas")),
        ("Sahel as a base", None),
        ("Vila do centro", None),
        ("Bab el Oued", len("Bab el Oued")),
    ],
)
def test_particle_name_end(text, end):
    first = text.split()[0]
    assert particle_name_end(text, len(first)) == end
