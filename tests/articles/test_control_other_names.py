"""Another name of the place between the trigger and its date ("X, known to Armenians as Y, on
Saturday"): the "as" of the name opens no clause, so the date is the change's
(articles/extraction/control_dates.py)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import MONDAY, SATURDAY, TUESDAY, WEDNESDAY, dates_of


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "Azerbaijan's defence ministry said its troops had taken the village of Talish, known "
            "to Armenians as Tonashen, on the northern front on Saturday.",
            "Talish",
            SATURDAY,
        ),
        (
            "Somali troops said they had retaken Barawe, known locally as Brava, on the coast on "
            "Tuesday.",
            "Barawe",
            TUESDAY,
        ),
        (
            "Kenyan troops captured Kismayo, the port known as the capital of Jubaland, on Monday.",
            "Kismayo",
            MONDAY,
        ),
    ],
)
def test_a_date_after_another_name_of_the_place_is_the_changes(dictionary, text, place, day):
    assert dates_of(text, dictionary, place) == {(day, 1)}


def test_a_clause_after_the_name_keeps_its_own_day(dictionary):
    text = (
        "Somali troops said they had retaken Barawe, known locally as Brava, as the militants "
        "fled to Jilib on Tuesday."
    )
    # "as the militants fled … on Tuesday" is another clause: the claim's day dates the change
    assert dates_of(text, dictionary, "Barawe") == {(WEDNESDAY, 1)}
