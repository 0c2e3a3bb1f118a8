"""A list told as a sequence keeps its verb across a time phrase and "then" ("retook X on
January 5 and Y two days later", "took X the next day and then Y and Z"): the later members are
places even when the entity recogniser reads them as people; so is a name before "<word> camp"
("the Dadaab refugee camp") (`places/geoparser/entities.py`)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import everything_a_person, geoparser_over, module_parser

PLACES = [
    PlaceInfo(1, "Boali", 4.80, 18.13, 2389001, "PPL", "CF", "settlement", 9_000, "15"),
    PlaceInfo(2, "Bossembele", 5.27, 17.65, 2389002, "PPL", "CF", "settlement", 17_000, "15"),
    PlaceInfo(3, "Kaya", 3.55, 30.88, 229001, "PPL", "UG", "settlement", 3_000, "C"),
    PlaceInfo(4, "Morobo", 3.69, 30.78, 361002, "PPL", "SS", "settlement", 5_000, "08"),
    PlaceInfo(5, "Bazi", 3.80, 30.60, 361003, "PPL", "SS", "settlement", 4_000, "08"),
    PlaceInfo(6, "Yei", 4.09, 30.68, 361001, "PPL", "SS", "settlement", 185_000, "08"),
]

parser = module_parser(PLACES)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Rebels retook Boali on January 5 and Bossembele two days later, officials said.",
            "Bossembele",
        ),
        (
            "Insurgents seized Boali on Sunday and Bossembele on Monday, the ministry said.",
            "Bossembele",
        ),
        (
            "The SPLA took Kaya the next day and then Morobo and Bazi, relief workers said.",
            "Morobo",
        ),
        ("Government troops captured Yei, and then Bazi, after a week of shelling.", "Bazi"),
    ],
)
def test_a_sequence_of_conquests_keeps_its_verb(parser, text, name, monkeypatch):
    monkeypatch.setattr("places.nlp.entities", everything_a_person)
    assert name in {t.text for t in parser.parse(text)}


def test_a_name_after_a_time_phrase_without_a_verb_of_taking_stays_a_person(parser, monkeypatch):
    monkeypatch.setattr("places.nlp.entities", everything_a_person)
    text = "Envoys met Boali on Monday and Bazi on Tuesday to discuss the ceasefire."
    assert "Bazi" not in {t.text for t in parser.parse(text)}


CAMPS = [
    PlaceInfo(1, "Dadaab", 0.05, 40.31, 187001, "PPL", "KE", "settlement", 11_000, "02"),
    PlaceInfo(2, "Kakuma", 3.72, 34.87, 187002, "PPL", "KE", "settlement", 9_000, "08"),
]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Gunmen kidnapped two aid workers from the Dadaab refugee camp last week.", "Dadaab"),
        ("Families walked for days to reach the Kakuma transit camp, officials said.", "Kakuma"),
    ],
)
def test_a_camp_named_after_its_town_is_a_place(text, name, monkeypatch):
    monkeypatch.setattr("places.nlp.entities", everything_a_person)
    parser = geoparser_over(CAMPS)
    assert name in {t.text for t in parser.parse(text)}
