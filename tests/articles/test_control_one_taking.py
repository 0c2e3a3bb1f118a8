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
