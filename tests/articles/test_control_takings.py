"""Takings told by a raised flag ("raised the national flag over X", "our flag is flying over
X"), by a headline's present ("Rebels take X"), and through the positions around places ("captured
the enemy's positions around A and B", with no article before a plural: "surrounded army
positions in X"); not "will not let them take X". Each rule is read in at least two
differently worded real-world phrasings (control_triggers.py, control_places.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from tests.articles.control_rows import rows

WEDNESDAY = dt.date(2024, 6, 12)


def takings(text: str, dictionary) -> list[tuple]:
    result = extract(text, published=WEDNESDAY, dictionary=dictionary)
    return [(c.place, c.side) for c in result.control if c.event in ("capture", "retake")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Sri Lankan army raised the national flag over Jaffna on Tuesday after a "
            "seven-week offensive.",
            ("Jaffna", "Sri Lanka Army"),
        ),
        (
            '"The valley is ours. Our flag is flying over Chitral," a Taliban spokesman said.',
            ("Chitral", "Taliban"),
        ),
    ],
)
def test_a_raised_flag_is_a_taking(dictionary, text, expected):
    assert expected in takings(text, dictionary)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M23 rebels take Goma and Sake as army flees", [("Goma", "M23"), ("Sake", "M23")]),
        (
            "Taliban take Kunduz after two days of street fighting",
            [("Kunduz", "Taliban")],
        ),
    ],
)
def test_a_headlines_present_take_before_a_name_is_a_taking(dictionary, text, expected):
    assert takings(text, dictionary) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"We pushed the bandits out of the hills and we will not let them take Kenscoff," a '
        "Haitian police commander said.",
        "Al-Shabaab fighters shelled the town on Monday. Residents said the army would not let "
        "them take Baidoa.",
    ],
)
def test_letting_no_one_take_a_place_is_no_taking(dictionary, text):
    assert [p for p, _ in takings(text, dictionary) if p in ("Kenscoff", "Baidoa")] == []


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        (
            "Houthi fighters have surrounded army positions in the city of Marib, the Yemeni "
            "army said.",
            "Marib",
            ("Yemeni government forces", "encircle"),
        ),
        (
            "Al Shabaab fighters overran Kenyan bases in Lamu on Monday.",
            "Lamu",
            ("Al-Shabaab", "capture"),
        ),
    ],
)
def test_a_plural_facility_needs_no_article(dictionary, text, place, expected):
    assert {(r[1], r[2]) for r in rows(text, dictionary) if r[0] == place} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eritrea said on Monday that Ethiopian troops had captured the Eritrean positions "
            "around Shambuko and Tokombia.",
            [
                ("Shambuko", "Ethiopian National Defense Force"),
                ("Tokombia", "Ethiopian National Defense Force"),
            ],
        ),
        (
            "M23 fighters overran the army posts near Rubaya and Mushaki on Sunday, residents "
            "said.",
            [("Rubaya", "M23"), ("Mushaki", "M23")],
        ),
    ],
)
def test_positions_around_places_taken_give_each_place(dictionary, text, expected):
    assert takings(text, dictionary) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "M23 rebels have since taken Rubaya, the mining town, on Tuesday, as well as Mushaki "
            "and Sake further south.",
            [("Rubaya", "M23"), ("Mushaki", "M23"), ("Sake", "M23")],
        ),
        (
            "Al-Shabaab fighters captured Jowhar as well as the villages of Mahaday and Balcad on "
            "Sunday, residents said.",
            [("Jowhar", "Al-Shabaab"), ("Mahaday", "Al-Shabaab"), ("Balcad", "Al-Shabaab")],
        ),
    ],
)
def test_places_listed_after_as_well_as_each_change_hands(dictionary, text, expected):
    assert takings(text, dictionary) == expected
