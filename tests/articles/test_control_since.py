"""Control observations told by when a state began ("which the group has held since June", "has
laid siege to X since late last month") and by what did not happen ("the enemy has not entered
X"). Each rule is read in at least two differently worded phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles.control_rows import WEDNESDAY, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops massed south of Raqqa, the Syrian city which Islamic State has held since "
            "March.",
            ("Raqqa", "Islamic State", "capture", "reported", dt.date(2024, 3, 1), 3),
        ),
        (
            "Iraqi forces shelled the outskirts of Tal Afar, a town the Islamic State fighters "
            "have held since January, on Tuesday.",
            ("Tal Afar", "Islamic State", "capture", "reported", dt.date(2024, 1, 1), 3),
        ),
        (
            "Houthi fighters have controlled Harf Sufyan, a district on the main northern road, "
            "since May 3.",
            ("Harf Sufyan", "Houthis", "capture", "reported", dt.date(2024, 5, 3), 1),
        ),
        (
            "Soldiers pushed towards the oil town of Baiji, held by Islamic State since April.",
            ("Baiji", "Islamic State", "capture", "reported", dt.date(2024, 4, 1), 3),
        ),
    ],
)
def test_held_since_a_date_is_a_taking_then(dictionary, text, expected):
    assert expected in rows(text, dictionary)


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "Hodeidah, which the Houthis have held since 2014, is the country's main port.",
            "Hodeidah",
            "Houthis",
        ),
        (
            "Al-Shabaab has ruled Jilib, its de facto capital, since 2008, residents said.",
            "Jilib",
            "Al-Shabaab",
        ),
    ],
)
def test_held_since_a_year_is_a_hold_as_of_the_report(dictionary, text, place, side):
    # the year dates no taking: the hold is told as of the day it is reported
    assert rows(text, dictionary) == [(place, side, "hold", "reported", WEDNESDAY, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis have held Hazm since they stormed the provincial capital.",
        "Islamic State has controlled Raqqa since the first days of the uprising.",
    ],
)
def test_held_since_an_event_without_a_date_is_none(dictionary, text):
    assert rows(text, dictionary) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Al-Shabaab fought Somali National Army troops near the town. Al-Shabaab fighters "
            "have laid siege to the town of Bardale since late last month, residents said.",
            "Bardale",
        ),
        (
            "The Rapid Support Forces battled the Sudanese Armed Forces. The Rapid Support "
            "Forces have besieged El Fasher since early last month, aid workers said.",
            "El Fasher",
        ),
    ],
)
def test_a_siege_since_a_date_is_dated_by_it(dictionary, text, place):
    found = [r for r in rows(text, dictionary) if r[0] == place]
    assert [(r[2], r[4], r[5]) for r in found] == [("encircle", dt.date(2024, 5, 1), 3)]


def test_a_date_before_the_since_keeps_its_own(dictionary):
    text = (
        "Russian forces encircled Avdiivka on three sides in October and have shelled the "
        "nearby villages since December, the Ukrainian military said."
    )
    found = [r for r in rows(text, dictionary) if r[0] == "Avdiivka"]
    assert [(r[4], r[5]) for r in found] == [(dt.date(2023, 10, 1), 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The occupation army has not entered Beit Hanoun and our fighters are in every '
            'street," Hamas said on Monday.',
            ("Beit Hanoun", "Hamas", "hold", "claimed", dt.date(2024, 6, 10), 1),
        ),
        (
            "The Houthis said on Tuesday that government forces had never captured Hazm.",
            ("Hazm", "Houthis", "hold", "claimed", dt.date(2024, 6, 11), 1),
        ),
    ],
)
def test_a_taking_a_party_says_did_not_happen_is_its_hold(dictionary, text, expected):
    assert rows(text, dictionary) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli tanks pushed into Deir el-Balah, an area the army had not entered in 21 months.",
        "Islamic State fighters have not yet captured Kobani, residents said.",
    ],
)
def test_a_taking_told_as_not_happening_is_none(dictionary, text):
    assert [r for r in rows(text, dictionary) if r[2] == "capture"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Islamic State fighters shelled the Iraqi army's lines. The army's next objective is "
            "the city of Ramadi, held by the militants since May.",
            ("Ramadi", "Islamic State", "capture", dt.date(2024, 5, 1)),
        ),
        (
            "The Rapid Support Forces seized Nyala from the Sudanese Armed Forces on Monday. Only "
            "El Fasher, the capital of North Darfur, remains in the hands of the army.",
            ("El Fasher", "Sudanese Armed Forces", "hold", dt.date(2024, 6, 12)),
        ),
    ],
)
def test_a_holder_named_by_a_common_noun_is_the_main_side(dictionary, text, expected):
    assert expected in [(r[0], r[1], r[2], r[4]) for r in rows(text, dictionary)]


def test_a_common_noun_holder_far_from_the_place_is_no_side(dictionary):
    text = (
        "Tamil Tigers fought the army. Aid agencies said about 230,000 people were trapped in "
        "the shrinking area held by the rebels."
    )
    assert [r for r in rows(text, dictionary) if r[2] == "hold"] == []
