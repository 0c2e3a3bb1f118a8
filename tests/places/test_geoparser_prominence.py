"""Prominence before proximity: a country, a capital or a world city keeps its famous reading
unless the text says otherwise; datelines in every agency form; a capital speaks for its state."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Paris", 48.853, 2.349, 2988507, "PPLC", "FR", "settlement", 2_138_551, "11"),
    PlaceInfo(2, "Russia", 60.0, 100.0, 2017370, "PCLI", "RU", "country", 144_000_000, ""),
    PlaceInfo(3, "Russia", 40.23, -84.41, 4520000, "PPL", "US", "settlement", 650, "OH"),
    PlaceInfo(4, "Saint Paris", 40.13, -83.96, 4521000, "PPL", "US", "settlement", 2_000, "OH"),
    PlaceInfo(5, "Texas", 31.25, -99.25, 4736286, "ADM1", "US", "admin", 0, "TX"),
    PlaceInfo(6, "Paris", 33.661, -95.556, 4717560, "PPLA2", "US", "settlement", 24_782, "TX"),
    PlaceInfo(7, "Washington", 38.895, -77.036, 4140963, "PPLC", "US", "settlement", 689_545, "DC"),
    PlaceInfo(8, "Washington", 47.5, -120.5, 5815135, "ADM1", "US", "admin", 0, "WA"),
    PlaceInfo(9, "London", 51.508, -0.126, 2643743, "PPLC", "GB", "settlement", 8_961_989, "ENG"),
    PlaceInfo(
        10, "Beijing", 39.907, 116.397, 1816670, "PPLC", "CN", "settlement", 18_960_744, "22"
    ),
    PlaceInfo(11, "Ohio", 40.25, -83.0, 5165418, "ADM1", "US", "admin", 0, "OH"),
]
NAMES = [*own_names(PLACES), (4, "Paris", name_key("Paris"), "name", False)]

parser = module_parser(PLACES, NAMES, use_parse=False)


def resolved(parser, text):
    return [(t.text, t.country, t.kind) for t in parser.parse(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions hit banks in Russia and Paris on Friday.",
        "Flights between Russia and Paris were cancelled after the strike.",
    ],
)
def test_two_famous_names_do_not_pull_each_other_to_small_namesakes(parser, text):
    out = resolved(parser, text)
    assert ("Russia", "RU", "country") in out
    assert ("Paris", "FR", "settlement") in out


@pytest.mark.parametrize(
    "text",
    [
        "A tornado hit Paris, Texas, on Sunday night.",
        "Storm damage in Paris, Texas, closed the schools.",
    ],
)
def test_explicit_evidence_still_wins(parser, text):
    assert ("Paris", "US", "settlement") in resolved(parser, text)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("WASHINGTON (AP) - The Senate passed the bill on Friday.", "WASHINGTON", "US"),
        ("LONDON (Reuters) - Shares fell sharply on Monday.", "LONDON", "GB"),
        ("BEIRUT (AP) — Israeli troops stayed past the deadline.", None, None),
    ],
)
def test_datelines_with_the_agency_in_brackets(parser, text, name, country):
    out = resolved(parser, text)
    if name:
        assert out[0][:2] == (name, country)
        assert out[0][2] == "settlement"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Washington said late Sunday that the arrangement would remain in effect.", "Washington"),
        ("Beijing announced new tariffs on Monday.", "Beijing"),
    ],
)
def test_a_capital_that_speaks_is_its_government_not_a_person(parser, text, name):
    assert any(t[0] == name and t[2] == "settlement" for t in resolved(parser, text))
