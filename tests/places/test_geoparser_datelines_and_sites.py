"""Place evidence for small towns the entity recogniser reads as persons: a dateline in title
case with the agency in brackets ("Kapoeta (South Sudan) (AFP) -"), a word before the name that
puts it on a map ("opposite X", "controlled X", "fired on X"), a station or crossing named after
it, a list of airstrips ("strips such as X"); datelines in capitals with accents or with the
state in brackets, and a state in brackets that holds the town before it."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Kapoeta", 4.77, 33.59, 370001, "PPL", "SS", "settlement", 7_000, "05"),
    PlaceInfo(2, "Bandiradley", 6.28, 47.62, 51001, "PPLL", "SO", "settlement", 0, "12"),
    PlaceInfo(3, "South Sudan", 7.5, 30.0, 7909807, "PCLI", "SS", "country", 11_000_000, ""),
    PlaceInfo(4, "Bogotá", 4.61, -74.08, 3688689, "PPLC", "CO", "settlement", 7_674_366, "34"),
    PlaceInfo(5, "Khartoum", 15.55, 32.53, 379252, "PPLC", "SD", "settlement", 1_974_647, "29"),
    # two towns of one name in two states: the bracketed state says which
    PlaceInfo(6, "Rampur", 18.80, 81.00, 9001, "PPL", "IN", "settlement", 16_000, "37"),
    PlaceInfo(7, "Rampur", 28.81, 79.03, 9002, "PPLA2", "IN", "settlement", 325_000, "36"),
    PlaceInfo(8, "Chhattisgarh", 21.0, 82.0, 9003, "ADM1", "IN", "admin", 0, "37"),
    PlaceInfo(9, "Uttar Pradesh", 27.0, 80.0, 9004, "ADM1", "IN", "admin", 0, "36"),
    PlaceInfo(10, "Somalia", 6.0, 48.0, 51537, "PCLI", "SO", "country", 15_000_000, ""),
]

parser = module_parser(PLACES)
pytestmark = pytest.mark.usefixtures("every_name_a_person")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Rebels clash with troops\nKapoeta (South Sudan) (AFP) - Fighting resumed.", "Kapoeta"),
        ("Clan militia retreat\nBandiradley, Somalia (BBC) - Elders spoke.", "Bandiradley"),
        ("Kapoeta, 3 March 2014 (Radio Tamazuj) – Shops reopened on Sunday.", "Kapoeta"),
    ],
)
def test_a_title_case_dateline_with_the_agency(parser, text, name):
    assert name in {t.text for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text, name",
    [
        ("The army dug in on the ridge opposite Kapoeta overnight.", "Kapoeta"),
        ("Clan fighters in Somalia still controlled Bandiradley on Friday.", "Bandiradley"),
        ("Gunners fired on Kapoeta from the hills for a week.", "Kapoeta"),
        ("Traders waited at the Kapoeta bus station for news.", "Kapoeta"),
        ("Lorries bound for Somalia queued at the Bandiradley border crossing.", "Bandiradley"),
        ("Relief planes to Somalia used bush strips such as Bandiradley.", "Bandiradley"),
    ],
)
def test_words_that_put_a_small_town_on_a_map(parser, text, name):
    assert name in {t.text for t in parser.parse(text)}


def test_controlled_before_a_person_stays_a_person(parser):
    text = "Mr Kapoeta Lokiru said the council was controlled by its founders."
    assert "Kapoeta" not in {t.text for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("BOGOTÁ, May 5 (EFE) - Soldiers moved south.", "BOGOTÁ", "CO"),
        ("November 4, 2011 (KHARTOUM) – The army said it held the town.", "KHARTOUM", "SD"),
    ],
)
def test_datelines_in_capitals_with_accents_or_after_the_date(parser, text, name, country):
    found = {t.text: t.country for t in parser.parse(text)}
    assert found.get(name) == country


@pytest.mark.parametrize(
    "text, state",
    [
        ("RAMPUR (Chhattisgarh), May 15 (PTI) — Police said the camp was cleared.", "37"),
        ("RAMPUR (Uttar Pradesh) (IANS) - Police said the market reopened.", "36"),
    ],
)
def test_a_state_in_brackets_holds_the_town_before_it(parser, text, state):
    town = next(t for t in parser.parse(text) if t.text == "RAMPUR")
    assert town.place_id == (6 if state == "37" else 7)
