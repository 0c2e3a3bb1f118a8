"""A town named like a common English word, listed after another place of the story ("took
Minova and Sake", "in Wana and Tank"), is a town of the list, not the word."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Goma", -1.679, 29.228, 214974, "PPLA", "CD", "settlement", 670_000, "19"),
    PlaceInfo(2, "Minova", -1.703, 29.017, 211001, "PPL", "CD", "settlement", 40_000, "20"),
    PlaceInfo(3, "Sake", -1.573, 29.045, 205000, "PPL", "CD", "settlement", 17_151, "19"),
    PlaceInfo(
        4,
        "Democratic Republic of the Congo",
        -2.5,
        23.5,
        203312,
        "PCLI",
        "CD",
        "country",
        95_000_000,
        "",
    ),
    PlaceInfo(5, "Wana", 32.30, 69.57, 1162000, "PPL", "PK", "settlement", 10_000, "07"),
    PlaceInfo(6, "Tank", 32.22, 70.38, 1163000, "PPLA3", "PK", "settlement", 44_000, "03"),
    PlaceInfo(7, "Pakistan", 30.0, 70.0, 1168579, "PCLI", "PK", "country", 220_000_000, ""),
    PlaceInfo(8, "Victory", 43.0, -76.0, 5140001, "PPL", "US", "settlement", 1_700, "NY"),
]
NAMES = [*own_names(PLACES), (4, "Congo", name_key("Congo"), "name", False)]

parser = module_parser(PLACES, NAMES)


def found(parser, text):
    return {t.text: t for t in parser.parse(text, use_parse=False)}


@pytest.mark.parametrize(
    "text, name, geonameid",
    [
        ("M23 rebels in Congo took Minova and Sake on the road west of Goma.", "Sake", 205000),
        ("Militants in Pakistan attacked checkposts in Wana and Tank on Friday.", "Tank", 1163000),
    ],
)
def test_a_common_word_listed_after_a_place_is_a_town(parser, text, name, geonameid):
    assert found(parser, text)[name].geonameid == geonameid


def test_a_common_word_with_no_reading_at_home_stays_a_word(parser):
    assert "Victory" not in found(parser, "Rebels in Congo held Goma and Victory was declared.")
