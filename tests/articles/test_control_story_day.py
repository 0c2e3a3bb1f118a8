"""A change told with no date of its own, after a sentence of the same paragraph that gives one
day: the story goes on on that day (articles/extraction/control_day_before.undated)."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import MONDAY, SUNDAY, WEDNESDAY, dates_of


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "The new front opened on Sunday, when hundreds of fighters crossed the border into "
            "the district. Boko Haram fighters seized the village of Gwoza and moved on towards "
            "Bama.",
            "Gwoza",
            SUNDAY,
        ),
        (
            "Al-Shabaab fighters attacked the army base outside the town on Monday with car "
            "bombs. After the blast, Al-Shabaab fighters overran Barawe, residents said.",
            "Barawe",
            MONDAY,
        ),
    ],
)
def test_an_undated_change_goes_on_on_the_day_before_it(dictionary, text, place, day):
    assert dates_of(text, dictionary, place) == {(day, 1)}


@pytest.mark.parametrize(
    "text",
    [
        # two days before: which one is not told
        "Fighters crossed the border on Sunday and shelled the town on Monday. Boko Haram "
        "fighters seized the village of Gwoza.",
        # another paragraph
        "The new front opened on Sunday.\nBoko Haram fighters seized the village of Gwoza.",
    ],
)
def test_no_day_of_the_story_when_the_sentence_before_gives_none_or_two(dictionary, text):
    # told as of the day it is reported, as the gold dates a change the text leaves undated
    assert dates_of(text, dictionary, "Gwoza") == {(WEDNESDAY, 1)}


def test_a_sentence_with_a_date_of_its_own_takes_none_from_before(dictionary):
    text = (
        "Fighting broke out on Sunday. Nigeria aims to restore its control over three "
        "districts, including Gwoza and Bama, that Boko Haram fighters took in 2014."
    )
    assert SUNDAY not in {d for d, _ in dates_of(text, dictionary, "Gwoza")}
    assert dates_of(text, dictionary, "Gwoza")
