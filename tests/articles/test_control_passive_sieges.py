"""A siege told in the passive ("X has been under siege by Y since July", "X, a town on the
river, was surrounded by Y on Monday"): the place is the clause's subject and the side still
holding it is the opponent of the one named after "by" (control_triggers.py, "encircled-by")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles.control_rows import MONDAY, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Free Syrian Army fighters held out in Homs. Rastan has been under siege by Syrian "
            "troops since Monday, activists said.",
            ("Rastan", "Free Syrian Army", "encircle", "reported", MONDAY, 1),
        ),
        (
            "The Kachin Independence Army attacked army posts last week. The town of Mansi was "
            "surrounded by Myanmar troops on Monday, residents said.",
            ("Mansi", "Kachin Independence Army", "encircle", "reported", MONDAY, 1),
        ),
        (
            "Iraqi troops retook Jubba from Islamic State on Saturday. Haditha, home to a dam "
            "that powers much of the west, has been besieged by the militants since July.",
            ("Haditha", "Iraqi Security Forces", "encircle", "reported", dt.date(2023, 7, 1), 3),
        ),
    ],
)
def test_a_passive_siege_is_held_by_the_besiegers_opponent(dictionary, text, expected):
    assert expected in rows(text, dictionary)


def test_the_place_is_the_subject_not_a_place_in_its_appositive(dictionary):
    text = (
        "Iraqi troops retook Jubba from Islamic State on Saturday. Haditha, a town north of "
        "Baghdadi, has been encircled by the militants since July."
    )
    places = {row[0] for row in rows(text, dictionary) if row[2] == "encircle"}
    assert places == {"Haditha"}
