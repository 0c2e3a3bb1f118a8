"""Fighters told defending a place hold it ("units defending X are fighting to keep the roads
open", "security forces are defending X", "Croatian defenders of X said"), the side that defends
it (control_state_triggers "defending"); a party defending itself or people, and "the defenders
of X" with no side named, tell no hold. Each rule is read in at least two differently worded
real-world phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract

WEDNESDAY = dt.date(2024, 6, 12)


def holds(text: str, dictionary) -> list[tuple]:
    result = extract(text, published=WEDNESDAY, dictionary=dictionary)
    return [(c.place, c.side) for c in result.control if c.event == "hold"]


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels pressed on toward the lake on Monday. Congolese troops defending Kalehe are "
        "fighting to keep the last road open, officers said on Tuesday.",
        '"Our soldiers are defending Kalehe street by street and the rebels will be driven '
        'back," a spokesman for the Congolese army said on Tuesday.',
    ],
)
def test_fighters_defending_a_place_hold_it(dictionary, text):
    assert ("Kalehe", "Armed Forces of the Democratic Republic of the Congo") in holds(
        text, dictionary
    )


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels shelled Goma on Monday. The defenders of Kalehe have been supplied only by "
        "air drops for weeks, aid workers said.",
        "M23 rebels shelled Goma on Monday. Congolese officials said the army was only "
        "defending itself near Kalehe.",
    ],
)
def test_no_hold_without_a_defended_place_or_a_named_defender(dictionary, text):
    assert not [h for h in holds(text, dictionary) if h[0] == "Kalehe"]
