"""A weekday followed by its day and month names that date, not the weekday before publication
(articles/extraction/dates.py `_with_weekdays_joined`)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.dates import DAY, find_dates

PUBLISHED = dt.date(2017, 2, 16)  # a Thursday


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Gunmen overran the garrison at dawn on Saturday, February 4.", "Saturday, February 4"),
        ("The rebels entered the town early on Wednesday 8 February.", "Wednesday 8 February"),
        ("Fighting broke out on Monday the 6th of February.", "Monday the 6th of February"),
    ],
)
def test_a_weekday_before_a_day_and_month_is_that_date(text, said):
    dates = find_dates(text, PUBLISHED)
    assert [(d.text, d.precision) for d in dates] == [(said, DAY)]
    assert dates[0].start == text.index(said)
    assert dates[0].date.day == int("".join(c for c in said if c.isdigit()))


@pytest.mark.parametrize(
    "text",
    [
        "Shelling began on Friday, and on 8 February the army entered the town.",
        "The army attacked on Tuesday and 8 February, officials said.",
    ],
)
def test_a_weekday_apart_from_a_date_stays_the_weekday(text):
    dates = find_dates(text, PUBLISHED)
    assert dates[0].date == PUBLISHED - dt.timedelta(days=6 if "Friday" in text else 2)
    assert dates[-1].date == dt.date(2017, 2, 8)


@pytest.mark.parametrize(
    ("text", "cut_after"),
    [
        ("Militiamen entered the town on the morning of Wednesday 8 February.", "Wednesday"),
        (
            "The garrison fell at dawn on Saturday, February 4, officials said.",
            "Saturday, February",
        ),
    ],
)
def test_a_span_cut_after_the_weekday_still_reads_the_date(text, cut_after):
    end = text.index(cut_after) + len(cut_after)
    dates = find_dates(text, PUBLISHED, 0, end)
    assert [(d.date, d.precision) for d in dates][:1] == [
        (dt.date(2017, 2, 8 if "8" in text else 4), DAY)
    ]


@pytest.mark.parametrize(
    ("text", "said", "day"),
    [
        ("The invasion force crossed the border a week ago today.", "a week ago today", 9),
        ("Two weeks ago today, the militia stormed the barracks.", "Two weeks ago today", 2),
    ],
)
def test_weeks_ago_today_is_that_very_day(text, said, day):
    dates = find_dates(text, PUBLISHED)
    assert [(d.text, d.precision, d.date) for d in dates] == [(said, DAY, dt.date(2017, 2, day))]
