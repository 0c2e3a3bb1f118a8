"""A campaign's first dated action told as such, or the outbreak of fighting on its town, dates its
start (articles/extraction/campaign_first_acts.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.campaign_first_acts import fights_before, first_acts
from articles.extraction.campaign_record import CampaignRecord
from places.nlp import parse
from tests.articles.rows import FRIDAY_11_MARCH_2022


def _started(text: str, found: dt.date, step=first_acts) -> tuple[dt.date | None, int]:
    at = text.index("Pibor")
    record = CampaignRecord(
        "Pibor offensive", False, targets=["Pibor"], target_spans=[(at, at + 5)]
    )
    record.started_on = found
    step(text, parse(text), [record], FRIDAY_11_MARCH_2022)
    return record.started_on, record.date_precision


@pytest.mark.parametrize(
    ("text", "started"),
    [
        (
            "Thousands fled Pibor after gunmen stormed it on Wednesday.\nThe militia first raided"
            " Pibor on March 2 and again on Sunday, aid workers said.",
            dt.date(2022, 3, 2),
        ),
        (
            "Rebels now hold most of Pibor.\nThe rebels had first attacked Pibor on the night of"
            " Feb. 27, when fighters slipped into the market before being driven out.",
            dt.date(2022, 2, 27),
        ),
    ],
)
def test_a_first_action_before_the_start_dates_it(text, started):
    assert _started(text, dt.date(2022, 3, 9)) == (started, 1)


@pytest.mark.parametrize(
    "text",
    [
        # an earlier phase: the first attack years before this push
        "Troops retook Pibor on Wednesday.\nThe insurgents first attacked Pibor in October 2019,"
        " when gunmen raided police posts in the town.",
        # a first action after the start: a later step of the push
        "The offensive on Pibor began on March 1.\nSpecial forces first entered Pibor on"
        " Tuesday, officials said.",
    ],
)
def test_a_first_action_far_before_or_after_the_start_leaves_it(text):
    assert _started(text, dt.date(2022, 3, 2)) == (dt.date(2022, 3, 2), 1)


def test_the_earliest_date_of_a_repeated_first_action_dates_it():
    text = (
        "Gunmen stormed Pibor on Wednesday.\nThe militia first raided Pibor, also spelt Pibhor,"
        " on March 1 and again on Monday, officials said."
    )
    assert _started(text, dt.date(2022, 3, 9)) == (dt.date(2022, 3, 1), 1)


@pytest.mark.parametrize(
    ("text", "started", "precision"),
    [
        (
            "The rebels said they had overrun the last army base in Pibor on Sunday, after"
            " fighting that began in January.",
            dt.date(2022, 1, 1),
            3,
        ),
        (
            "Militia fighters have been pushing towards Pibor since the fighting broke out on"
            " February 27, moving up under cover of mortar fire.",
            dt.date(2022, 2, 27),
            1,
        ),
    ],
)
def test_the_outbreak_of_fighting_on_the_town_dates_the_campaign(text, started, precision):
    assert _started(text, dt.date(2022, 3, 6), fights_before) == (started, precision)


def test_the_outbreak_of_fighting_elsewhere_leaves_the_date():
    text = (
        "Rebels captured Pibor on Sunday.\nIn the capital, fighting that began in January has"
        " killed dozens of people."
    )
    assert _started(text, dt.date(2022, 3, 6), fights_before) == (dt.date(2022, 3, 6), 1)
