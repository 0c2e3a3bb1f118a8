"""A city and the first-level region named after it: the city unless the text says region, also
when the region came from a source without a first-level code (a Natural Earth region that joined
no GeoNames region, such as "Timbuktu" beside GeoNames' "Tombouctou"); and a common word that
the text names as an administrative unit of the story's country ("the Centre department")."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Timbuktu", 16.773, -3.007, 2449067, "PPLA", "ML", "settlement", 84_208, "08"),
    PlaceInfo(2, "Timbuktu", 20.045, -3.585, None, "ADM1", "ML", "admin", 0, ""),
    PlaceInfo(3, "Mali", 17.0, -4.0, 2453866, "PCLI", "ML", "country", 20_000_000, ""),
    PlaceInfo(4, "Kidal", 18.441, 1.407, 2455290, "PPLA", "ML", "settlement", 25_617, "07"),
]

parser = module_parser(PLACES, use_parse=False)


@pytest.mark.parametrize(
    "text",
    [
        '"Most families have left for the camps near Timbuktu," a resident of Ber told reporters.',
        "Jihadists have blockaded Timbuktu since August, cutting the road to Kidal in Mali.",
    ],
)
def test_the_city_not_the_region_without_a_first_level_code(parser, text):
    (toponym,) = [t for t in parser.parse(text) if t.text == "Timbuktu"]
    assert toponym.kind == "settlement"


def test_the_region_when_the_text_says_region(parser):
    text = "Fighting spread across the Timbuktu region of northern Mali."
    (toponym,) = [t for t in parser.parse(text) if t.text.startswith("Timbuktu")]
    assert toponym.kind == "admin"


UNITS = [
    PlaceInfo(11, "Centre", 19.0, -72.0, 3723779, "ADM1", "HT", "admin", 0, "03"),
    PlaceInfo(12, "Haiti", 19.0, -72.4, 3723988, "PCLI", "HT", "country", 11_000_000, ""),
    PlaceInfo(13, "Ain", 14.6, 46.0, 6940860, "ADM2", "YE", "admin", 0, "03"),
    PlaceInfo(14, "Yemen", 15.5, 47.5, 69543, "PCLI", "YE", "country", 28_000_000, ""),
    PlaceInfo(15, "Center", 39.0, -94.0, 4380000, "PPL", "US", "settlement", 600, "MO"),
]


units = module_parser(UNITS, use_parse=False)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "In Haiti, gangs attacked farming villages further east in the Centre department.",
            "Centre",
        ),
        ("Southern fighters in Yemen said they had retaken the district of Ain on Sunday.", "Ain"),
    ],
)
def test_a_common_word_the_text_names_as_a_unit_of_the_story_is_a_place(units, text, name):
    assert name in {t.text for t in units.parse(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Officials met at the Center in Haiti on Monday.",
        "The Ain spring fed the district of Haiti's capital, officials said.",
    ],
)
def test_the_common_word_stays_no_place_otherwise(units, text):
    assert not {"Center", "Ain"} & {t.text for t in units.parse(text)}
