"""A hyphenated name with a leading article ("El-Obeid", "Al-Wattiya") is found both as a spelling
variant and as the article form of the gazetteer's name: it must still be one mention, or the
geocoding job cannot store the article's mentions (one row per span)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "El Obeid", 13.18, 30.22, 379252, "PPLA", "SD", "settlement", 393_311, "08"),
    PlaceInfo(2, "Sudan", 15.0, 30.0, 366755, "PCLI", "SD", "country", 43_000_000, ""),
    PlaceInfo(3, "Al Watya", 32.48, 11.89, 2209001, "PPL", "LY", "settlement", 0, "00"),
    PlaceInfo(4, "Libya", 27.0, 17.0, 2215636, "PCLI", "LY", "country", 6_000_000, ""),
]

parser = module_parser(PLACES)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "KHARTOUM, June 3 (Reuters) - Troops in El-Obeid, Sudan, said the road was open.",
            "El-Obeid",
        ),
        (
            "TRIPOLI, May 18 (Reuters) - Planes struck Al-Wattiya air base in western Libya,"
            " officials said.",
            "Al-Wattiya",
        ),
    ],
)
def test_a_name_two_readers_find_is_one_mention(parser, text, name):
    toponyms = parser.parse(text)
    spans = [(t.start, t.end) for t in toponyms]
    assert len(spans) == len(set(spans)), spans
    assert [t.text for t in toponyms].count(name) == 1
