"""A place name that only qualifies another noun is not the place a control trigger is about
(control_places.modifier): a possessive ("Afghanistan's third-largest city"), an adjective
("Kenyan police", "Kurdish officials") or "X-based" ("the Britain-based monitor")."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import PlaceRecord, extract

WEDNESDAY = dt.date(2024, 6, 12)
# What a geoparser resolves in these sentences (a demonym and an "X-based" read as places too).
TOPONYMS = ("Afghanistan", "Syria", "Britain", "Iraqi", "Kurdish", "Jalawla", "al-Qaim", "Rawa")


def places(text: str, dictionary) -> set[str]:
    resolved = [
        PlaceRecord(text.index(name), text.index(name) + len(name), name, name)
        for name in TOPONYMS
        if name in text
    ]
    result = extract(text, published=WEDNESDAY, dictionary=dictionary, places=resolved)
    return {c.place_text for c in result.control}


@pytest.mark.parametrize(
    ("text", "modifier"),
    [
        ("Afghanistan's third-largest city fell to the Taliban late on Thursday.", "Afghanistan"),
        ("Taliban fighters captured Afghanistan's third-largest city on Thursday.", "Afghanistan"),
        ("Syria's second city was taken by Hayat Tahrir al-Sham fighters on Saturday.", "Syria"),
        (
            "The People's Protection Units entered the Britain-based monitor's area on Monday.",
            "Britain",
        ),
        (
            "The militants still hold al-Qaim and Rawa, and Iraqi commanders have said an "
            "assault on them will come next.",
            "Iraqi",
        ),
        (
            "Islamic State fighters still hold Rawa, and Kurdish commanders have said an assault "
            "on the town will come next.",
            "Kurdish",
        ),
    ],
)
def test_a_qualifying_name_is_no_place_taken(dictionary, text, modifier):
    assert not any(modifier in place for place in places(text, dictionary))


def test_the_place_itself_is_still_read(dictionary):
    text = "Peshmerga fighters have retaken the town of Jalawla, Kurdish officials said."
    assert places(text, dictionary) == {"Jalawla"}
    text = (
        "Islamic State fighters still hold Rawa, and Kurdish commanders have said an assault "
        "on the town will come next."
    )
    assert places(text, dictionary) == {"Rawa"}
