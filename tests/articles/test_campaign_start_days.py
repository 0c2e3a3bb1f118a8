"""A start dated to the week by a count takes the day a start statement gives near it
(articles/extraction/campaign_start_days.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_start_days import sharpen_week_starts
from places.nlp import parse
from tests.articles.rows import FRIDAY_11_MARCH_2022, town_places


def _weekly(text: str, week_day: dt.date) -> CampaignRecord:
    at = text.index("Pibor")
    record = CampaignRecord(
        "Pibor offensive", False, targets=["Pibor"], target_spans=[(at, at + 5)]
    )
    record.started_on, record.date_precision = week_day, 2
    sharpen_week_starts(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    return record


@pytest.mark.parametrize(
    ("text", "started"),
    [
        (
            "Troops retook a village near Pibor on Thursday, the first gain of an offensive that"
            " began three weeks ago.\nThe operation, which began on Feb. 17 after raids on police"
            " posts in Pibor, will now move south.",
            dt.date(2022, 2, 17),
        ),
        (
            "Rebels have been advancing on Pibor for three weeks, officials said.\nThe rebels"
            " launched their offensive on Pibor on Feb. 19, when columns crossed the river.",
            dt.date(2022, 2, 19),
        ),
    ],
)
def test_a_day_told_near_a_counted_week_dates_the_start(text, started):
    record = _weekly(text, dt.date(2022, 2, 18))
    assert (record.started_on, record.date_precision) == (started, 1)


def test_a_day_far_from_the_counted_week_leaves_it():
    text = (
        "Rebels have been advancing on Pibor for three weeks.\nThe rebels launched their"
        " offensive on Pibor on Jan. 20 after a month of raids."
    )
    record = _weekly(text, dt.date(2022, 2, 18))
    assert (record.started_on, record.date_precision) == (dt.date(2022, 2, 18), 2)
