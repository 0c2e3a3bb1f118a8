"""Place evidence a statistical parse misses: small towns with unfamiliar names that the entity
recogniser reads as people or organisations stay places when the text says they are places —
a list that holds a known place, words before the list ("overran X and Y"), a list introduced
after a plural noun for places ("17 townships, including X"), a noun after the name ("Kordofan
towns") or where the name lies ("X to the north", "X on the border with Iran")."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import everything_a_person, module_parser, names_found

PLACES = [
    PlaceInfo(1, "Rutshuru", -1.18, 29.45, 210001, "PPL", "CD", "settlement", 8_000, "11"),
    PlaceInfo(2, "Kyauktaw", 20.84, 92.98, 1310001, "PPL", "MM", "settlement", 19_000, "01"),
    PlaceInfo(3, "Tessalit", 20.20, 1.01, 2450001, "PPLA2", "ML", "settlement", 0, "08"),
    PlaceInfo(4, "Aguelhok", 19.46, 0.86, 2450002, "PPL", "ML", "settlement", 8_000, "08"),
    PlaceInfo(5, "Kidal", 18.44, 1.41, 2455290, "PPLA", "ML", "settlement", 25_600, "08"),
    PlaceInfo(6, "Mueda", -11.66, 39.56, 1030001, "PPL", "MZ", "settlement", 27_000, "01"),
    PlaceInfo(7, "Pemba", -12.97, 40.52, 1028434, "PPLA", "MZ", "settlement", 141_000, "01"),
    PlaceInfo(8, "Surman", 32.76, 12.57, 2210001, "PPL", "LY", "settlement", 77_000, "22"),
    PlaceInfo(9, "Islam Qala", 34.66, 61.06, 1140001, "PPL", "AF", "settlement", 18_000, "10"),
    PlaceInfo(10, "Al Alam", 34.67, 43.68, 98001, "PPL", "IQ", "settlement", 25_000, "18"),
    PlaceInfo(11, "Kordofan", 12.5, 29.5, 0, "RGN", "SD", "region", 0, ""),
    PlaceInfo(12, "Andriivka", 48.50, 37.97, 710001, "PPL", "UA", "settlement", 900, "05"),
    PlaceInfo(13, "Iran", 32.0, 53.0, 130758, "PCLI", "IR", "country", 85_000_000, ""),
]

parser = module_parser(PLACES)


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "The U.N. mission is due to leave its last camps before the end of the year, "
            "including Tessalit, Aguelhok and Kidal itself.",
            {"Tessalit", "Aguelhok"},
        ),
        (
            "The United Nations said more than 11,000 people had reached Pemba, Mueda and "
            "Montepuez since the attack.",
            {"Mueda"},
        ),
    ],
)
def test_a_list_that_holds_a_known_place_is_a_list_of_places(parser, text, names):
    assert names <= names_found(parser, text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The fighting erupted in late October, when the Tutsi-led rebels overran Kiwanja "
            "and Rutshuru in the neighbouring territory.",
            "Rutshuru",
        ),
        (
            "Ukrainian brigades kept pressing the city's southern flank around Klishchiivka "
            "and Andriivka through the night, the general staff said.",
            "Andriivka",
        ),
    ],
)
def test_the_words_before_a_list_reach_its_later_members(parser, text, name):
    assert name in names_found(parser, text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The Arakan Army has taken control of eight of the state's 17 townships, including "
            "Kyauktaw and the old royal capital.",
            "Kyauktaw",
        ),
        (
            "The Taliban seized scores of districts and several border crossings, including "
            "Islam Qala, in the past month.",
            "Islam Qala",
        ),
    ],
)
def test_a_list_introduced_after_a_plural_noun_for_places(parser, text, name):
    assert name in names_found(parser, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Sudan's army retakes Wad Madani as RSF tightens its grip on Kordofan towns", "Kordofan"),
        (
            "Government forces recaptured al-Dour on Tuesday, and al-Alam to the north fell on "
            "the same day, a spokesman said.",
            "al-Alam",
        ),
        (
            "Aguelhok, 80 km south of Tessalit, was quiet on Sunday, residents told reporters.",
            "Aguelhok",
        ),
    ],
)
def test_a_noun_or_a_direction_after_the_name_says_place(parser, text, name):
    assert name in names_found(parser, text)


def test_a_surname_after_a_place_and_a_comma_is_still_a_person(parser):
    text = "In Pemba, Rutshuru said the convoy had been delayed for a second day."
    assert "Rutshuru" not in names_found(parser, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Rebels overran Rutshuru on Monday. Rutshuru residents fled towards Goma.", "Rutshuru"),
        (
            "The army said it still holds Kyauktaw. By evening Kyauktaw elders had left.",
            "Kyauktaw",
        ),
    ],
)
def test_a_name_shown_to_be_a_place_keeps_its_other_uses_whatever_the_parse_says(
    parser, text, name, monkeypatch
):
    monkeypatch.setattr("places.nlp.entities", everything_a_person)
    assert [t.text for t in parser.parse(text)].count(name) == 2
