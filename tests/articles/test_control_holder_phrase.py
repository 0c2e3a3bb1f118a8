"""The holder a trigger ending in "to" / "by" introduces ("fell to Y", "held by Y") is named in
the phrase right after it: an actor after "after", "since", "when" or a comma is the loser or
another clause's subject (control_sides.phrase_end); a whole state is no place that changes hands
(control._a_state)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from articles.extraction import PlaceRecord, extract
from tests.articles.control_rows import rows


@pytest.mark.parametrize(
    ("text", "place", "loser"),
    [
        (
            "The government confirmed that Asmara had fallen to rebels after the surrender of "
            "the Ethiopian army.",
            "Asmara",
            "Ethiopian National Defense Force",
        ),
        (
            "Officials said Gao had been held by gunmen since the departure of Malian troops in "
            "May.",
            "Gao",
            "Malian Armed Forces",
        ),
        (
            "Residents said Gao fell to the gunmen on Sunday, when Malian soldiers fled the town.",
            "Gao",
            "Malian Armed Forces",
        ),
    ],
)
def test_an_actor_past_the_holders_phrase_is_no_holder(dictionary, text, place, loser):
    assert not [row for row in rows(text, dictionary) if row[:2] == (place, loser)]


def test_the_holder_named_in_the_phrase_stays(dictionary):
    text = (
        "Asmara fell to the Eritrean People's Liberation Front on Friday, after the Ethiopian "
        "army surrendered."
    )
    assert ("Asmara", "Eritrean People's Liberation Front", "capture") in {
        row[:3] for row in rows(text, dictionary)
    }


def _resolved(text: str, names: dict[str, str]) -> list[PlaceRecord]:
    """The geoparser's places: each name (a whole word) with its kind."""
    found = []
    for name, kind in names.items():
        match = re.search(rf"\b{re.escape(name)}\b", text)
        found.append(PlaceRecord(match.start(), match.end(), name, name, kind=kind))
    return found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Eritrean People's Liberation Front said the enemy's last fortress in Eritrea "
            "had been liberated on Friday.",
            {"Eritrea": "country"},
        ),
        (
            "Diplomats said the Eritrean People's Liberation Front now controlled more than half "
            "of Ethiopia's territory and had taken Asmara on Friday.",
            {"Ethiopia": "country", "Asmara": "settlement"},
        ),
    ],
)
def test_a_whole_state_is_no_place_that_changes_hands(dictionary, text, names):
    result = extract(
        text, published=dt.date(2024, 6, 12), dictionary=dictionary, places=_resolved(text, names)
    )
    assert not [c for c in result.control if c.place in ("Eritrea", "Ethiopia")]


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "The Eritrean People's Liberation Front said its fighters were advancing. Keren, "
            "held by Eritrean rebels since Friday, was quiet on Sunday.",
            "Keren",
            "Eritrean People's Liberation Front",
        ),
        (
            "M23 said its fighters were advancing. Residents said Sake, a town west of Goma, fell "
            "to Congolese rebels on Friday.",
            "Sake",
            "M23",
        ),
    ],
)
def test_a_peoples_adjective_before_a_camp_noun_is_the_main_armed_group(
    dictionary, text, place, side
):
    assert (place, side) in {row[:2] for row in rows(text, dictionary)}
