"""Known names the parser dropped in context: a spelling the automaton does not list whose name
key is a major place's at home ("Raqa", "Faw"), a reading spelled otherwise abroad ("Wollo" is no
Wolo of Indonesia), a list member or owned name before "said" ("Residents of Delmas and
Petion-Ville said"), and a place where the text says where it lies ("Sardasht, near the
border")."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.spellings import spelled_otherwise_abroad
from places.normalize import name_key, plain_key
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 17_000_000, ""),
    PlaceInfo(2, "Ar Raqqah", 35.95, 39.01, 172957, "PPLA", "SY", "settlement", 531_952, "04"),
    PlaceInfo(3, "Raka", 8.9, -11.6, 9000001, "PPLL", "SL", "settlement", 0, "01"),
    PlaceInfo(4, "Iraq", 33.0, 44.0, 99237, "PCLI", "IQ", "country", 29_000_000, ""),
    PlaceInfo(5, "Al Fāw", 29.98, 48.47, 99071, "PPLA2", "IQ", "settlement", 104_569, "02"),
    PlaceInfo(6, "Iran", 32.0, 53.0, 130758, "PCLI", "IR", "country", 81_000_000, ""),
    PlaceInfo(7, "Basra", 30.5, 47.8, 99532, "PPLA", "IQ", "settlement", 2_600_000, "02"),
    PlaceInfo(8, "Ethiopia", 9.0, 39.5, 337996, "PCLI", "ET", "country", 88_000_000, ""),
    PlaceInfo(9, "Wollo", 11.5, 39.6, 9000002, "ADM2", "ET", "admin", 0, "03"),
    PlaceInfo(10, "Wolo", -4.6, 121.6, 9000003, "PPLA", "ID", "settlement", 900_000, "41"),
    PlaceInfo(11, "Dessie", 11.13, 39.63, 338832, "PPLA2", "ET", "settlement", 151_000, "03"),
    PlaceInfo(12, "Haiti", 19.0, -72.4, 3723988, "PCLI", "HT", "country", 9_600_000, ""),
    PlaceInfo(13, "Delmas", 18.55, -72.3, 3728097, "PPL", "HT", "settlement", 9_000, "11"),
    PlaceInfo(14, "Petion-Ville", 18.51, -72.29, 3719543, "PPL", "HT", "settlement", 9_000, "11"),
    PlaceInfo(15, "Sardasht", 36.15, 45.48, 9000004, "PPL", "IR", "settlement", 40_000, "01"),
]

parser = module_parser(PLACES, use_parse=False)


def readings(parser, text):
    return {t.text: (t.name, t.country) for t in parser.parse(text)}


@pytest.mark.parametrize(
    ("text", "name", "gazetteer"),
    [
        (
            "Kurdish-led fighters cut the road to Raqa on Tuesday, the Syrian Observatory for "
            "Human Rights said, as Syria's army pressed from the west.",
            "Raqa",
            "Ar Raqqah",
        ),
        (
            "Iran said its troops still held Faw after a week of counter-attacks, while Iraq "
            "said the bridgehead south of Basra had been sealed off.",
            "Faw",
            "Al Fāw",
        ),
    ],
)
def test_an_unlisted_spelling_of_a_major_place_at_home(parser, text, name, gazetteer):
    assert readings(parser, text)[name][0] == gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "Raqa Hassan, a nurse, told reporters the clinic had run out of insulin on Monday.",
        "Officials in Freetown said Raqa had been a quiet market village for years.",
    ],
)
def test_not_where_the_story_is_not_about_the_places_country(parser, text):
    assert readings(parser, text).get("Raqa", ("", ""))[1] != "SY"


@pytest.mark.parametrize(
    "text",
    [
        "Fighting spread across Wollo on Sunday as rebels advanced, Ethiopia's government said.",
        "Rebels overran two more districts of Wollo overnight, Ethiopia's army said on Monday.",
    ],
)
def test_a_reading_spelled_otherwise_abroad_yields(parser, text):
    assert readings(parser, text)["Wollo"] == ("Wollo", "ET")


def test_only_readings_spelled_otherwise_and_abroad():
    places = [PLACES[8], PLACES[9]]  # Wollo (ET), Wolo (ID)
    cands = [(0, 1), (1, 1)]
    assert spelled_otherwise_abroad(cands, "Wollo", "wolo", places, {"ET"}) == [1]
    assert spelled_otherwise_abroad(cands, "Wollo", "wolo", places, {"ET", "ID"}) == []
    # no reading spelled as written ("Wooloo"): nothing to prefer
    assert spelled_otherwise_abroad(cands, "Wooloo", "wolo", places, {"ET"}) == []


def test_the_plain_key_keeps_the_spelling():
    assert plain_key("Wollo") != plain_key("Wolo")
    assert plain_key("al-Fāw") == plain_key("Faw")
    assert name_key("Wollo") == name_key("Wolo")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Residents of Delmas and Petion-Ville said shops were shut as gangs fought police "
            "across the Haitian capital.",
            "Petion-Ville",
        ),
        (
            "Families who fled to Delmas, Carrefour and Petion-Ville said they had nowhere "
            "else to go, Haiti's civil protection agency said.",
            "Petion-Ville",
        ),
    ],
)
def test_a_list_member_after_a_locative_before_said(parser, text, name):
    assert name in readings(parser, text)


def test_a_person_before_said_stays_a_person(parser):
    text = "Government spokesman Jean Delmas said the talks would resume in Port-au-Prince."
    assert "Delmas" not in readings(parser, text)


parsing_parser = module_parser(PLACES)


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters said the next objective was Sardasht, near the Iraqi border.",
        "The last holdout is Sardasht, near the frontier, a commander said on Tuesday.",
    ],
)
def test_a_name_the_text_places_stays_a_place(parsing_parser, text):
    assert readings(parsing_parser, text).get("Sardasht") == ("Sardasht", "IR")
