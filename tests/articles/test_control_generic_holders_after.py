"""A place told held by a common noun for a camp after "in the hands of" / "held by" ("the
armed forces", "the police", "the mujahideen", "the guerrillas"): the home state or the
article's main armed group holds it (control_patterns.GENERIC_AFTER). Each wording is read in
at least two differently worded real-world phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract

WEDNESDAY = dt.date(2024, 6, 12)


def sides(text: str, dictionary) -> set[tuple]:
    result = extract(text, published=WEDNESDAY, dictionary=dictionary)
    return {(c.place, c.side) for c in result.control}


@pytest.mark.parametrize(
    "text",
    [
        'M23 rebels shelled Congolese army positions near Goma on Monday. "Kalehe is in the '
        'hands of the mujahideen," a spokesman for the group said on Tuesday.',
        "Congolese troops shelled M23 positions on Monday. Residents said the village of Kalehe, "
        "controlled by the guerrillas since June, was empty.",
    ],
)
def test_an_armed_camp_noun_after_the_hold_is_the_main_armed_group(dictionary, text):
    assert ("Kalehe", "M23") in sides(text, dictionary)


@pytest.mark.parametrize(
    "text",
    [
        'M23 rebels attacked Congolese army positions near Goma on Monday. "Kalehe is in the '
        'hands of the armed forces," an officer of the Congolese army said on Tuesday.',
        "M23 rebels fought the Congolese army near Goma. The army said the town of Kalehe, held "
        "by the police since May, was calm.",
    ],
)
def test_a_state_camp_noun_after_the_hold_is_the_state(dictionary, text):
    assert any(
        place == "Kalehe" and side and side != "M23" for place, side in sides(text, dictionary)
    )
