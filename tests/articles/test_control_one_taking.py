"""A side's taking of a place told twice the same way is one observation
(control_changes.one_taking_per_side); told as a claim and as a report it stays two."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract

WEDNESDAY = dt.date(2024, 6, 12)


def takings(text: str, dictionary) -> list[tuple]:
    result = extract(text, published=WEDNESDAY, dictionary=dictionary)
    return [
        (c.place, c.side, c.event, c.kind)
        for c in result.control
        if c.event in ("capture", "retake")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "South Sudan's army said on Saturday it had recaptured Bor from the rebels. "
            '"Our forces entered Bor at 4 p.m. and the town is calm," army spokesman Philip '
            "Aguer Panyang said.",
            [("Bor", "South Sudan People's Defence Forces", "retake", "claimed")],
        ),
        (
            "Mali's army said on Tuesday its troops had taken Kidal after a week-long advance. "
            "The army said it had recaptured Kidal, the rebels' stronghold, without losses.",
            [("Kidal", "Malian Armed Forces", "retake", "claimed")],
        ),
    ],
)
def test_one_taking_told_twice_is_one_observation(dictionary, text, expected):
    assert takings(text, dictionary) == expected


def test_a_claim_and_a_report_of_it_stay_two(dictionary):
    text = (
        "The Taliban said on Friday they had captured Zaranj. "
        "Residents said Taliban fighters captured Zaranj on Friday afternoon."
    )
    assert sorted(k for *_, k in takings(text, dictionary)) == ["claimed", "reported"]


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            'M23 rebels seized Rubaya on Monday, residents said. "Rubaya is under our control," '
            "an M23 spokesman said on Tuesday.",
            "Rubaya",
            dt.date(2024, 6, 10),
        ),
        (
            'Somali troops entered Afgoye on Sunday, witnesses said. "Our forces are in Afgoye," '
            "the Somali army said on Monday.",
            "Afgoye",
            dt.date(2024, 6, 9),
        ),
    ],
)
def test_we_hold_x_after_the_taking_is_the_claim_of_the_taking(dictionary, text, place, day):
    result = extract(text, published=dt.date(2024, 6, 12), dictionary=dictionary)
    assert {(c.event, c.kind, c.observed_on) for c in result.control if c.place == place} == {
        ("capture", "reported", day),
        ("capture", "claimed", day),
    }


def test_we_hold_x_long_after_the_taking_stays_a_hold(dictionary):
    text = (
        'M23 rebels seized Rubaya on June 1, residents said. "Rubaya is under our control," an '
        "M23 spokesman said on Tuesday."
    )
    result = extract(text, published=dt.date(2024, 6, 12), dictionary=dictionary)
    assert ("hold", "claimed") in {(c.event, c.kind) for c in result.control}
