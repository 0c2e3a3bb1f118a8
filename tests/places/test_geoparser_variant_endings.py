"""Spelling variants: the feminine ending written -ah, -eh, -a or -e ("Karameh" / Al Karamah),
and names after a hyphenated article in lower case that the gazetteer spells otherwise
("al-Watiya" / Al Watya)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.variants import variant_key
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Al Karāmah", 31.95, 35.58, 250001, "PPL", "JO", "settlement", 9_000, "02"),
    PlaceInfo(2, "Jordan", 31.0, 36.0, 248816, "PCLI", "JO", "country", 10_000_000, ""),
    PlaceInfo(3, "Al Watya", 32.47, 11.89, 2210005, "PPLL", "LY", "settlement", 0, "30"),
    PlaceInfo(4, "Libya", 27.0, 17.0, 2215636, "PCLI", "LY", "country", 6_700_000, ""),
    PlaceInfo(5, "Ash Shūnah", 32.61, 35.61, 250002, "PPL", "JO", "settlement", 12_000, "02"),
]

parser = module_parser(PLACES)


@pytest.mark.parametrize(
    "news, gazetteer",
    [
        ("Karameh", "Al Karamah"),
        ("Shuneh", "Ash Shunah"),
        ("Basimeh", "Basima"),
        ("Moadamiyeh", "Al Muadamiyah"),
        ("Nertiti", "Nertete"),  # a final -i and -e stay one vowel
        ("Kobani", "Kobane"),
    ],
)
def test_the_feminine_ending_folds_to_one_variant(news, gazetteer):
    assert variant_key(name_key(news)) == variant_key(name_key(gazetteer))


def test_only_the_last_word_ending_folds():
    assert variant_key(name_key("Banibangou")) == variant_key(name_key("Bani Bangou"))


@pytest.mark.parametrize(
    "text, name, geonameid",
    [
        ("Israeli armour crossed into Jordan and shelled Karameh at dawn.", "Karameh", 250001),
        ("Jordan's army held the hills above Shuneh all day.", "Shuneh", 250002),
    ],
)
def test_a_feminine_ending_spelled_otherwise_is_found(parser, text, name, geonameid):
    toponym = {t.text: t for t in parser.parse(text)}[name]
    assert toponym.geonameid == geonameid


@pytest.mark.parametrize(
    "text",
    [
        "Tripoli forces seized al-Watiya air base in western Libya on Monday.",
        "The LNA said in Libya that its units had withdrawn from al-Watiya overnight.",
    ],
)
def test_a_name_after_a_lower_case_article_spelled_otherwise(parser, text):
    toponym = next(t for t in parser.parse(text) if "Watiya" in t.text)
    assert toponym.geonameid == 2210005 and toponym.text == "al-Watiya"
