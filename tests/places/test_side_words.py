"""A nationality word or a country's name modifying a side's noun is evidence about a side, not a
place on the map (places.side_words). Phrasings of our own, none from the gold articles."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from places import side_words
from places.side_words import is_country_modifier, is_side_word, map_places


def reading(text: str, name: str, kind: str = "country", demonym: bool = False):
    start = text.index(name)
    return SimpleNamespace(start=start, end=start + len(name), kind=kind, is_demonym=demonym)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Belgian paratroopers landed at the airfield at dawn.", "Belgian"),
        ("Two Americans were among the hostages freed on Sunday.", "Americans"),
    ],
)
def test_a_demonym_reading_is_a_side_word(text, name):
    assert is_side_word(text, reading(text, name, demonym=True))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("U.S. forces pulled back from the base overnight.", "U.S."),
        ("The Pakistan Army said the pass was clear.", "Pakistan"),
        ("A U.S.-led coalition bombed the bridge.", "U.S."),
        ("Canadian-trained militia and France special operations forces waited.", "France"),
        ("The Kenya Defence Forces entered the port town.", "Kenya"),
    ],
)
def test_a_country_modifying_a_sides_noun_is_a_modifier(text, name):
    assert is_country_modifier(text, reading(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Heavy fighting in Pakistan left dozens dead.", "Pakistan"),
        ("The war in Syria killed officials and civilians alike.", "Syria"),
        ("In Iraq, government forces retook the town.", "Iraq"),
        ("Refugees fled to France and troops followed them.", "France"),
        ("Ethiopia's troops crossed the border last week.", "Ethiopia"),
        ("Russia\u2019s defence ministry said the village had fallen.", "Russia"),
    ],
)
def test_a_country_named_as_a_place_stays_a_place(text, name):
    assert not is_country_modifier(text, reading(text, name))
    assert not is_side_word(text, reading(text, name))


def test_only_a_countrys_name_is_read_as_a_modifier():
    text = "Mosul police said the road was open."
    assert not is_country_modifier(text, reading(text, "Mosul", kind="settlement"))


@pytest.mark.parametrize(
    ("modifiers", "expected"), [(False, ["U.S.", "Mosul", "Iraq"]), (True, ["Mosul", "Iraq"])]
)
def test_map_places_leaves_side_words_out(monkeypatch, modifiers, expected):
    monkeypatch.setattr(side_words, "COUNTRY_MODIFIERS", modifiers)
    text = "Iraqi troops and U.S. advisers reached Mosul, in northern Iraq."
    end = text.rindex("Iraq")
    readings = [
        reading(text, "Iraqi", demonym=True),
        reading(text, "U.S."),
        reading(text, "Mosul", kind="settlement"),
        SimpleNamespace(start=end, end=end + 4, kind="country", is_demonym=False),
    ]
    kept = map_places(text, readings)
    assert [text[t.start : t.end] for t in kept] == expected
