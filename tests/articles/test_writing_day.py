"""A paper printed the morning after counts "today" from its dateline's day
(articles/extraction/dates.py `writing_day`)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.dates import find_dates, writing_day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "Tanks push into the old city\nHARBOURTOWN, March 4 — Tanks pushed in today.\n",
            dt.date(2003, 3, 5),
            dt.date(2003, 3, 4),
        ),
        (
            "Troops clear the barricades\nFrom our Correspondent, Rivertown, July 30\n"
            "Soldiers swept into the estates before dawn today.\n",
            dt.date(1981, 8, 1),
            dt.date(1981, 7, 30),
        ),
        (
            "Army takes hill town\nBy Our Staff Reporter\nCAPITAL CITY, Nov 2: Troops have taken"
            " the town, the army said on Monday.\n",
            dt.date(2009, 11, 3),
            dt.date(2009, 11, 2),
        ),
    ],
)
def test_a_dateline_a_day_or_two_before_publication_is_the_writing_day(text, published, day):
    assert writing_day(text, published) == day
    today = find_dates(text, writing_day(text, published), text.index("\n"))
    assert today[-1].date == day


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the dateline is the publication day
        ("Rebels enter\nPORTVILLE, May 14 (Reuters) - They came today.\n", dt.date(2020, 5, 14)),
        # a date that far back is a weekly's or a later print: no dateline of the day's news
        ("Rebels enter port\nPORTVILLE, May 4 - Rebels entered the port.\n", dt.date(2020, 5, 14)),
        # no dateline: a date in the body is no dateline
        ("Rebels enter\nThe rebels said on May 13 they had entered.\n", dt.date(2020, 5, 14)),
    ],
)  # fmt: skip
def test_else_it_is_the_publication_day(text, published):
    assert writing_day(text, published) == published


def test_no_publication_day_gives_none():
    assert writing_day("PORTVILLE, May 13 - Rebels entered.", None) is None
