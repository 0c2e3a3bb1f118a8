"""Who a generic subject of a taking is ("government troops", "the army"): the state whose ground
the place lies on, when the article names it (control_sides.home_state), not the state the
article names most."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import PlaceRecord, extract

WEDNESDAY = dt.date(2024, 6, 12)


def resolved(text: str, countries: dict[str, str]) -> list[PlaceRecord]:
    """Place records as the geoparser gives them: each name with its country's ISO code."""
    return [
        PlaceRecord(text.index(name), text.index(name) + len(name), name, name, country=iso)
        for name, iso in countries.items()
    ]


def sides(text: str, dictionary, place: str, countries: dict[str, str]) -> set[str]:
    result = extract(
        text, published=WEDNESDAY, dictionary=dictionary, places=resolved(text, countries)
    )
    return {c.side for c in result.control if c.place_text == place}


@pytest.mark.parametrize(
    ("text", "place", "countries", "side"),
    [
        (
            "Turkey said its observation posts in Idlib would stay. Turkey has twelve posts in "
            "the province, and Turkey's defence minister visited them. Syrian troops shelled "
            "the area. Government troops captured the town of Kafr Zeita on Monday.",
            "Kafr Zeita",
            {"Idlib": "SY", "Kafr Zeita": "SY"},
            "Syrian government forces",
        ),
        (
            "Pakistan denied that Pakistan's soldiers were on the heights, and Pakistan said the "
            "fighters were Kashmiri volunteers. The Indian army says the intruders are regulars. "
            "Troops took the Tololing ridge near Drass on Sunday after a week of fighting.",
            "Tololing",
            {"Tololing": "IN", "Drass": "IN"},
            "Indian Armed Forces",
        ),
    ],
)
def test_a_generic_state_subject_is_the_home_state(dictionary, text, place, countries, side):
    assert sides(text, dictionary, place, countries) == {side}


def test_without_the_home_state_named_the_most_named_state_stays(dictionary):
    text = (
        "Ethiopia said Ethiopia's troops were on the border. Ethiopia sent more. "
        "Government troops entered the town of Beledweyne on Monday."
    )
    assert sides(text, dictionary, "Beledweyne", {"Beledweyne": "SO"}) == {
        "Ethiopian National Defense Force"
    }
