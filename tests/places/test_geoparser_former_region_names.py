"""Former names of regions and states that stories of past wars use read as today's place
(`places/data/common_names.tsv` alias rows): "the North East Frontier Agency" is Arunachal
Pradesh, "Heilungkiang" Heilongjiang, "the NWFP" Khyber Pakhtunkhwa, "the United Arab Republic"
Egypt."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "India", 22.0, 79.0, 1269750, "PCLI", "IN", "country", 1_300_000_000, ""),
    PlaceInfo(2, "China", 35.0, 105.0, 1814991, "PCLI", "CN", "country", 1_400_000_000, ""),
    PlaceInfo(3, "Pakistan", 30.0, 70.0, 1168579, "PCLI", "PK", "country", 220_000_000, ""),
    PlaceInfo(4, "Egypt", 27.0, 30.0, 357994, "PCLI", "EG", "country", 100_000_000, ""),
    PlaceInfo(5, "Arunāchal Pradesh", 28.0, 94.5, 1278341, "ADM1", "IN", "admin", 0, "30"),
    PlaceInfo(6, "Heilongjiang Sheng", 48.0, 128.0, 2036965, "ADM1", "CN", "admin", 0, "08"),
    PlaceInfo(7, "Khyber Pakhtunkhwa", 34.5, 72.0, 1168873, "ADM1", "PK", "admin", 0, "03"),
    PlaceInfo(8, "Peshawar", 34.008, 71.578, 1168197, "PPLA", "PK", "settlement", 1_218_773, "03"),
]

parser = module_parser(PLACES, use_parse=False)


def resolved(parser, text):
    return {t.text: (t.country, t.name) for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Chinese troops pushed deeper into India's North East Frontier Agency on Saturday, "
            "officials in New Delhi said.",
            "North East Frontier Agency",
        ),
        ("Indian units fell back across NEFA as the Chinese advance went on.", "NEFA"),
    ],
)
def test_the_frontier_agency_is_arunachal_pradesh(parser, text, name):
    assert resolved(parser, text)[name] == ("IN", "Arunāchal Pradesh")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tribesmen in the North-West Frontier Province attacked a Pakistani army post.", None),
        ("PESHAWAR, Pakistan (AP) - Troops moved into the NWFP's tribal belt on Monday.", "NWFP"),
    ],
)
def test_the_frontier_province_is_khyber_pakhtunkhwa(parser, text, name):
    out = resolved(parser, text)
    assert out[name or "North-West Frontier Province"] == ("PK", "Khyber Pakhtunkhwa")


@pytest.mark.parametrize(
    "text",
    [
        "Communist columns crossed Heilungkiang province towards the Sungari, China's radio said.",
        "Soviet armour drove into Heilungkiang from the north, Chinese officials reported.",
    ],
)
def test_a_chinese_province_in_the_postal_spelling(parser, text):
    # "Heilungkiang province" is one mention, its kind word included
    found = {k: v for k, v in resolved(parser, text).items() if k.startswith("Heilungkiang")}
    assert list(found.values()) == [("CN", "Heilongjiang Sheng")]


@pytest.mark.parametrize(
    "text",
    [
        "The United Arab Republic closed the Strait of Tiran to Israeli shipping.",
        "Troops of the United Arab Republic massed in Sinai, Cairo radio said.",
    ],
)
def test_the_united_arab_republic_is_egypt(parser, text):
    assert resolved(parser, text)["United Arab Republic"] == ("EG", "Egypt")
