"""Gazetteer spellings with letters outside the scanned range ("Tarīn Kōṯ", "Ḩarastā") are found
as English copy writes them; a first-level region keeps its plain spelling even where a word list
holds it ("Telangana"); and the demonyms of common_names.tsv ("Tajik", "Kyrgyz", "Azeri") read as
their place."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.index import load_common_names, surface_forms
from tests.places.small_gazetteer import geoparser_over, module_parser, own_names

PLACES = [
    PlaceInfo(1, "Afghanistan", 33.0, 66.0, 1149361, "PCLI", "AF", "country", 37_000_000, ""),
    PlaceInfo(2, "Tarīn Kōṯ", 32.63, 65.87, 1123004, "ADM2", "AF", "admin", 0, "38"),
    PlaceInfo(3, "Kandahar", 31.61, 65.71, 1138336, "PPLA", "AF", "settlement", 391_190, "23"),
    PlaceInfo(4, "India", 22.0, 79.0, 1269750, "PCLI", "IN", "country", 1_300_000_000, ""),
    PlaceInfo(5, "Telangāna", 17.8, 79.0, 1254788, "ADM1", "IN", "admin", 0, "40"),
    PlaceInfo(6, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 22_000_000, ""),
    PlaceInfo(7, "Ḩarastā", 33.56, 36.37, 169577, "PPL", "SY", "settlement", 24_000, "08"),
    PlaceInfo(8, "Damascus", 33.51, 36.29, 170654, "PPLC", "SY", "settlement", 1_570_000, "13"),
    PlaceInfo(9, "Tajikistan", 39.0, 71.0, 1220409, "PCLI", "TJ", "country", 8_700_000, ""),
    PlaceInfo(10, "Kyrgyzstan", 41.0, 75.0, 1527747, "PCLI", "KG", "country", 6_200_000, ""),
    PlaceInfo(11, "Azerbaijan", 40.5, 47.5, 587116, "PCLI", "AZ", "country", 9_900_000, ""),
    PlaceInfo(12, "Gazakh", 41.09, 45.37, 586001, "PPLA", "AZ", "settlement", 18_000, "23"),
    PlaceInfo(13, "Kazakhstan", 48.0, 68.0, 1522867, "PCLI", "KZ", "country", 18_000_000, ""),
    PlaceInfo(14, "Vorukh", 39.85, 70.58, 1220164, "PPL", "TJ", "settlement", 30_000, "03"),
    PlaceInfo(15, "Yemen", 15.5, 47.5, 69543, "PCLI", "YE", "country", 28_000_000, ""),
    PlaceInfo(16, "Ja‘ār", 13.22, 45.31, 78754, "PPL", "YE", "settlement", 25_000, "01"),
    PlaceInfo(17, "Zinjibār", 13.13, 45.38, 69559, "PPLA", "YE", "settlement", 20_000, "01"),
    PlaceInfo(18, "Fergana Valley", 40.64, 71.64, None, "RGN", "", "region", 0, ""),
]
NAMES = [*own_names(PLACES), (12, "Kazakh", "kazakh", "name", False)]

parser = module_parser(PLACES, NAMES, use_parse=False)


def found(parser, text):
    return {t.text: (t.country, t.is_demonym) for t in parser.parse(text)}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Taliban fighters pushed into the centre of Tarin Kot on Thursday, and police "
            "reinforcements were flown in from Kandahar, Afghan officials said.",
            "Tarin Kot",
            "AF",
        ),
        (
            "Government aircraft struck Harasta again overnight, residents of the Damascus "
            "suburb told reporters by telephone from Syria.",
            "Harasta",
            "SY",
        ),
        (
            "Militants who have held the town of Jaar since March were driven out on Tuesday, "
            "a Yemeni army officer in Zinjibar said.",
            "Jaar",
            "YE",
        ),
        (
            "Tribal fighters backed by the army entered Jaar and pushed on towards Zinjibar, "
            "residents in Yemen said.",
            "Jaar",
            "YE",
        ),
        (
            "Police in Telangana said on Monday that the camps along the border with "
            "Chhattisgarh would stay, India's home ministry confirmed.",
            "Telangana",
            "IN",
        ),
        (
            "Human rights groups in Telangana condemned the operation, a statement from the "
            "group in India said.",
            "Telangana",
            "IN",
        ),
    ],
)
def test_a_name_is_found_in_plain_letters(parser, text, name, country):
    assert found(parser, text)[name] == (country, False)


def test_a_small_place_keeps_no_plain_spelling_that_is_an_english_word():
    words = {"valor": 3.9}
    assert surface_forms("Válor", "name", False, words) == ["Válor"]
    assert surface_forms("Válor", "name", True, words) == ["Válor", "Valor"]
    assert surface_forms("Tarīn Kōṯ", "name", False, words) == ["Tarin Kot"]
    assert surface_forms("Ja‘ār", "name", False, words) == ["Ja‘ār", "Ja‘ar", "Jaar"]
    assert surface_forms("N'Djamena", "name", False, words) == ["N'Djamena"]
    assert surface_forms("Fergana Valley", "name", False, words) == [
        "Fergana Valley",
        "Fergana valley",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Border guards clashed again on Thursday in the Fergana valley, where the frontier "
        "between Kyrgyzstan and Tajikistan has never been fully marked.",
        "Water disputes in the densely populated Fergana valley have turned deadly before, "
        "officials in Tajikistan said.",
    ],
)
def test_a_feature_word_in_lower_case_still_names_the_feature(parser, text):
    assert found(parser, text)["Fergana valley"] == ("", False)


def test_the_table_lists_the_missing_demonyms():
    demonyms = {name for name, _id, role in load_common_names() if role == "demonym"}
    assert {"Tajik", "Kyrgyz", "Abkhaz", "Azeri", "Uzbek", "Kazakh"} <= demonyms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tajik and Kyrgyz border guards exchanged fire near Vorukh on Wednesday, "
            "officials in both capitals said.",
            {"Tajik": ("TJ", True), "Kyrgyz": ("KG", True), "Vorukh": ("TJ", False)},
        ),
        (
            "Kyrgyz officials said two Tajiks were detained after the clash at Vorukh.",
            {"Kyrgyz": ("KG", True), "Tajiks": ("TJ", True), "Vorukh": ("TJ", False)},
        ),
    ],
)
def test_demonyms_from_the_table_read_as_their_country(text, expected, tmp_path, monkeypatch):
    table = tmp_path / "common_names.tsv"
    table.write_text(
        "Tajik\t1220409\tdemonym\nKyrgyz\t1527747\tdemonym\nAzeri\t587116\tdemonym\n"
        "Kazakh\t1522867\tdemonym\n",
        encoding="utf-8",
    )
    import places.geoparser.index as index_module

    real = index_module.load_common_names
    monkeypatch.setattr(index_module, "load_common_names", lambda path=None: real(table))
    parser = geoparser_over(PLACES, NAMES, use_parse=False)
    parser.include_demonyms = True
    got = {t.text: (t.country, t.is_demonym) for t in parser.parse(text)}
    assert {k: got.get(k) for k in expected} == expected


def test_a_demonym_outranks_a_town_of_the_same_spelling(tmp_path, monkeypatch):
    table = tmp_path / "common_names.tsv"
    table.write_text("Kazakh\t1522867\tdemonym\nAzeri\t587116\tdemonym\n", encoding="utf-8")
    import places.geoparser.index as index_module

    real = index_module.load_common_names
    monkeypatch.setattr(index_module, "load_common_names", lambda path=None: real(table))
    parser = geoparser_over(PLACES, NAMES, use_parse=False)
    parser.include_demonyms = True
    for text in (
        "Kazakh diplomats flew to Baku on Friday to meet officials of Azerbaijan.",
        "An Azeri official said Kazakh observers would monitor the vote in Azerbaijan.",
    ):
        got = {t.text: t.country for t in parser.parse(text)}
        assert got["Kazakh"] == "KZ"
