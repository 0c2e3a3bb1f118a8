"""A name before "Street" or "Avenue" that is only a small town's ("Suvorov Street", "Westland
Avenue") names a street after someone, not that town; a region of the story's country and a
major city keep their readings."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Moldova", 47.0, 28.5, 617790, "PCLI", "MD", "country", 2_600_000, ""),
    PlaceInfo(2, "Bender", 46.83, 29.48, 618577, "PPLA", "MD", "settlement", 100_000, "58"),
    PlaceInfo(3, "Suvorov", 54.12, 36.5, 485630, "PPL", "RU", "settlement", 18_000, "25"),
    PlaceInfo(4, "Westland", 42.32, -83.4, 5015599, "PPL", "US", "settlement", 84_000, "MI"),
    PlaceInfo(5, "Derry", 55.0, -7.32, 2643736, "PPL", "GB", "settlement", 83_000, "NIR"),
    PlaceInfo(6, "Chisinau", 47.0, 28.86, 618426, "PPLC", "MD", "settlement", 635_994, "57"),
]

parser = module_parser(PLACES, use_parse=False)


def read(parser, text):
    return {t.text: t.name for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text, head",
    [
        ("Armoured vehicles rolled down Suvorov Street in Bender, Moldova, at dawn.", "Suvorov"),
        (
            "Snipers fired from rooftops along Suvorov Avenue as Bender's police withdrew.",
            "Suvorov",
        ),
        ("Soldiers closed Westland Street in Derry after the barricades came down.", "Westland"),
    ],
)
def test_a_small_town_before_a_street_word_is_no_place(parser, text, head):
    readings = read(parser, text)
    assert head not in readings
    assert "Bender" in readings or "Derry" in readings


@pytest.mark.parametrize(
    "text",
    [
        "Protesters filled Chisinau Boulevard before marching on to Bender.",
        "Police in Chisinau said shots were fired near the Bender road.",
    ],
)
def test_a_capital_before_a_street_word_stays(parser, text):
    assert read(parser, text)["Chisinau"] == "Chisinau"
