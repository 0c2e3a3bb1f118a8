"""A capital of under a million reached only through one of its other names, in a country where
no other place of the story lies while the story names places elsewhere, is no reading, as for
any town: "Mare" (Maré), a favela of Rio, is no Malé (GeoNames' "Mare"). In a story about its
own country it stays; a city of a million keeps its old name
(test_geoparser_foreign_other_names)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Brazil", -10.0, -55.0, 3469034, "PCLI", "BR", "country", 211_000_000, ""),
    PlaceInfo(
        2, "Rio de Janeiro", -22.9, -43.2, 3451190, "PPLA", "BR", "settlement", 6_000_000, "21"
    ),
    PlaceInfo(3, "Male", 4.17, 73.51, 1282027, "PPLC", "MV", "settlement", 103_693, "38"),
    PlaceInfo(4, "Maldives", 3.2, 73.0, 1282028, "PCLI", "MV", "country", 515_696, ""),
    PlaceInfo(5, "Addu City", -0.63, 73.16, 1282256, "PPLA", "MV", "settlement", 30_000, "01"),
    PlaceInfo(6, "Niteroi", -22.88, -43.1, 3456160, "PPLA2", "BR", "settlement", 500_000, "21"),
]
NAMES = [
    *own_names(PLACES),
    (3, "Mare", name_key("Mare"), "name", False),  # another name of Malé
]

parser = module_parser(PLACES, NAMES, use_parse=False)


def read(parser, text):
    return {t.text: t.name for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Marines and police occupied Mare, a sprawling complex of favelas in the north of "
        "Rio de Janeiro, Brazil, before dawn on Sunday.",
        "Gunfire echoed through Mare overnight, residents said, as armoured vehicles crossed "
        "from Niteroi towards Rio de Janeiro.",
    ],
)
def test_a_small_capital_under_another_name_abroad_is_no_reading(parser, text):
    readings = read(parser, text)
    assert "Mare" not in readings
    assert readings["Rio de Janeiro"] == "Rio de Janeiro"


@pytest.mark.parametrize(
    "text",
    [
        "Flights from Addu City to Mare resumed on Monday, the Maldives' aviation authority said.",
        "Protesters marched in Mare after the Maldives' president dissolved parliament.",
    ],
)
def test_at_home_the_other_name_stays_the_capital(parser, text):
    assert read(parser, text)["Mare"] == "Male"
