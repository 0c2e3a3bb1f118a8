"""The story's own campaign, named in its headline and dated by nothing else, takes the earliest
day of news its first body sentences give."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.campaign_lead_dates import lead_news_day
from articles.extraction.sentences import Span
from tests.articles.rows import FRIDAY_11_MARCH_2022, campaign_rows


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # the lead's day and an earlier one in the next sentence: the earlier
        (
            'Army says "Operation Iron Gate" crushed at the edge of the capital\n'
            "KAMPALA, March 11 (Reuters) - Soldiers hunted rebel fighters street by street on"
            " Friday, a day after the army said it had beaten back the boldest raid on the"
            " capital in years.\n"
            "Columns of pickup trucks carrying fighters reached the northern suburbs on Wednesday"
            " afternoon, residents said.",
            dt.date(2022, 3, 9),
        ),
        # a day counted back from the report in a correspondent's lead
        (
            "Operation Lion's Den breaks the siege of the coast\n"
            "From our correspondent on the coast\n"
            "Rebel-held villages along the creek came under heavy artillery fire at dawn"
            " yesterday, and by noon infantry had crossed the inlet and were climbing the"
            " slopes.",
            dt.date(2022, 3, 10),
        ),
    ],
)
def test_the_story_operation_takes_the_earliest_day_of_its_lead(dictionary, text, started):
    rows = campaign_rows(text, dictionary, FRIDAY_11_MARCH_2022)
    assert [(r[3], r[4]) for r in rows if r[0].startswith("Operation")] == [(started, 1)]


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # the report's day is not the news's
        (
            "The army said on Friday its troops had stormed the camp on Tuesday.",
            dt.date(2022, 3, 8),
        ),
        # a date more than a week old is background
        (
            "Troops entered the town on Thursday, which the rebels had seized on Feb. 2.",
            dt.date(2022, 3, 10),
        ),
        # a month is no day of news
        ("Fighting spread across the province in March, officials said.", None),
    ],
)
def test_only_a_recent_day_of_news_counts(text, started):
    found = lead_news_day(text, [Span(0, len(text))], FRIDAY_11_MARCH_2022)
    assert (found[0] if found else None) == started
