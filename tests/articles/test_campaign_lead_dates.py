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
        # the lead's day, a day after the landing it tells: the landing's
        (
            'Navy says "Operation Red Tide" has cleared the harbour of rebels\n'
            "MOMBASA, March 11 (Reuters) - Marines fought their way into the harbour district on"
            " Thursday, a day after commandos landed on the beaches north of the town, the navy"
            " said.",
            dt.date(2022, 3, 9),
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


@pytest.mark.parametrize(
    ("text", "started"),
    [
        # a day after an attack: the attack's day
        (
            "Government troops drove the rebels out of the river port on Thursday, a day after"
            " the fighters stormed it from the water, officials said.",
            dt.date(2022, 3, 9),
        ),
        # two days after a taking, past a time of day
        (
            "Armoured columns rolled into the provincial capital on Wednesday morning, two days"
            " after paratroopers seized the airfield to the south.",
            dt.date(2022, 3, 7),
        ),
        # a count after no attack or taking: the lead's own day
        (
            "Soldiers patrolled the market town on Thursday, a day after the governor visited"
            " the front.",
            dt.date(2022, 3, 10),
        ),
        # an earlier act dated by its own words is read as such, not counted
        (
            "Militiamen overran the barracks on Thursday, three days after they attacked the"
            " checkpoint this week.",
            dt.date(2022, 3, 10),
        ),
    ],
)
def test_a_count_after_the_lead_day_dates_the_earlier_act(text, started):
    found = lead_news_day(text, [Span(0, len(text))], FRIDAY_11_MARCH_2022)
    assert (found[0] if found else None) == started
