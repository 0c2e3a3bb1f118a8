"""Names English copy writes with other letters than the gazetteer's in the French- and
Portuguese-speaking conflict countries: accents kept where the gazetteer drops them or dropped
where it keeps them, a hyphen for a space, a capital after an apostrophe, a single vowel for a
double one. Each is found as the gazetteer's name, at a variant's confidence."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.variants import VARIANT_CEILING
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Duekoué", 6.742, -7.349, 2289549, "PPLA2", "CI", "settlement", 0, "78"),
    PlaceInfo(2, "Fort Liberté", 19.663, -71.835, 3725170, "PPLA", "HT", "settlement", 0, "06"),
    PlaceInfo(3, "Ndélé", 8.411, 20.647, 237379, "PPLA", "CF", "settlement", 0, "05"),
    PlaceInfo(4, "Nateete", 0.299, 32.533, 0, "PPLL", "UG", "settlement", 0, ""),
    PlaceInfo(5, "Mecufi", -13.290, 40.555, 0, "PPLL", "MZ", "settlement", 0, ""),
    PlaceInfo(6, "Ivory Coast", 8.0, -5.0, 2287781, "PCLI", "CI", "country", 25_000_000, ""),
    PlaceInfo(7, "Haiti", 19.0, -72.4, 3723988, "PCLI", "HT", "country", 11_000_000, ""),
    PlaceInfo(
        8, "Central African Republic", 7.0, 21.0, 239880, "PCLI", "CF", "country", 5_000_000, ""
    ),
    PlaceInfo(9, "Uganda", 1.0, 32.0, 226074, "PCLI", "UG", "country", 45_000_000, ""),
    PlaceInfo(10, "Mozambique", -18.25, 35.0, 1036973, "PCLI", "MZ", "country", 30_000_000, ""),
]

parser = module_parser(PLACES)


@pytest.mark.parametrize(
    "text, written, place_id",
    [
        ("Ivory Coast rebels seized the town of Duékoué on Monday.", "Duékoué", 1),
        ("In Haiti, armed men overran the police station in Fort-Liberte.", "Fort-Liberte", 2),
        ("Central African Republic rebels attacked N'Dele at dawn.", "N'Dele", 3),
        ("In Uganda, the rebels marched through Natete towards the capital.", "Natete", 4),
        ("Insurgents in Mozambique burned houses in Mecúfi district.", "Mecúfi", 5),
    ],
)
def test_another_writing_of_a_gazetteer_name_is_that_place(parser, text, written, place_id):
    toponym = next(t for t in parser.parse(text) if t.text == written)
    assert toponym.place_id == place_id
    assert toponym.confidence <= VARIANT_CEILING


def test_the_spelling_needs_a_story_about_its_country(parser):
    text = "Officials in Uganda met N'Dele and Duékoué representatives."
    assert {t.text for t in parser.parse(text)} & {"N'Dele", "Duékoué"} == set()
