"""Tamil names of Sri Lanka written with or without an h after t ("Thandikulam" / Tandikkulam,
"Puthumathalan" / Putumattalan): one variant, found as the gazetteer's place in a Sri Lanka
story."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.variants import variant_key
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Sri Lanka", 7.75, 80.75, 1227603, "PCLI", "LK", "country", 21_000_000, ""),
    PlaceInfo(2, "Vavuniya", 8.75, 80.5, 1225018, "PPLA", "LK", "settlement", 100_000, "40"),
    PlaceInfo(3, "Tandikkulam", 8.77, 80.5, 90000001, "PPLL", "LK", "settlement", 0, "40"),
    PlaceInfo(4, "Mullaittivu", 9.27, 80.81, 1234000, "PPLA2", "LK", "settlement", 16_000, "40"),
    PlaceInfo(5, "Putumattalan", 9.33, 80.77, 90000002, "PPLL", "LK", "settlement", 0, "40"),
]

parser = module_parser(PLACES, use_parse=False)


@pytest.mark.parametrize(
    "news, gazetteer",
    [("Thandikulam", "Tandikkulam"), ("Puthumathalan", "Putumattalan"), ("Omanthai", "Omantai")],
)
def test_th_and_t_fold_to_one_variant(news, gazetteer):
    assert variant_key(name_key(news)) == variant_key(name_key(gazetteer))


@pytest.mark.parametrize(
    "text, name, geonameid",
    [
        (
            "Troops advancing north from Vavuniya in Sri Lanka captured Thandikulam on the A9 "
            "highway on Saturday, the defence ministry said.",
            "Thandikulam",
            90000001,
        ),
        (
            "Tens of thousands of civilians are trapped in a strip of coast at Puthumathalan, "
            "north of Mullaittivu, Sri Lankan aid workers said.",
            "Puthumathalan",
            90000002,
        ),
    ],
)
def test_a_tamil_name_spelled_with_th_is_found(parser, text, name, geonameid):
    toponym = {t.text: t for t in parser.parse(text)}[name]
    assert toponym.geonameid == geonameid and toponym.country == "LK"
