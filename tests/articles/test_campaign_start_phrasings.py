"""More start statements (articles/extraction/campaign_starts.py, campaign_start_nouns.py): a
calendar day told after a count back, a side's own revolt, a counter-attack, a siege or cordon
laid on the place. Each with two differently worded phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_start_owners import dated_by_statements
from articles.extraction.campaign_starts import start_statements
from places.nlp import parse
from tests.articles.rows import FRIDAY_11_MARCH_2022, dated_alone, town_places


@pytest.mark.parametrize(
    ("text", "started"),
    [
        (
            "The offensive on Pibor began three weeks ago, on Feb. 17, when troops crossed the"
            " river.",
            dt.date(2022, 2, 17),
        ),
        (
            "It was the climax of a campaign the militia launched a month ago with the capture"
            " of two villages on February 9.",
            dt.date(2022, 2, 9),
        ),
    ],
)
def test_the_calendar_day_after_a_count_back_dates_the_start(text, started):
    [statement] = start_statements(text, parse(text), FRIDAY_11_MARCH_2022)
    assert (statement.date.date, statement.date.precision) == (started, 1)


def test_a_weekday_after_a_count_back_leaves_the_count():
    # "two weeks ago, on Monday": the Monday two weeks back, not this week's; the count stands
    text = "The offensive on Pibor began two weeks ago, on Monday, with air strikes."
    [statement] = start_statements(text, parse(text), FRIDAY_11_MARCH_2022)
    assert (statement.date.date, statement.date.precision) == (dt.date(2022, 2, 25), 2)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        (
            "Rebels entered Pibor on Wednesday.\nGunmen loyal to a former police chief began their"
            " uprising on Feb. 5, when they seized a string of villages, and have since moved"
            " south.",
            dt.date(2022, 2, 5),
        ),
        (
            "Separatists overran the army camp at Pibor on Tuesday.\nThe movement, formed late"
            " last year, launched its revolt on Feb. 17 and has attacked four garrisons since.",
            dt.date(2022, 2, 17),
        ),
    ],
)
def test_a_sides_own_revolt_dates_its_campaign(text, started):
    assert dated_alone(text, "Pibor") == (started, 1)


def test_a_revolt_nobody_owns_dates_nothing():
    # the uprising is the wider war, not the push on the town
    text = (
        "Rebels entered Pibor on Wednesday.\nThe uprising began in March 2011 and has killed"
        " thousands."
    )
    assert dated_alone(text, "Pibor") == (None, 1)


@pytest.mark.parametrize(
    ("text", "started"),
    [
        (
            "Rebels have retaken Pibor, two weeks after troops seized it, in a counterattack that"
            " began before dawn on Tuesday.",
            dt.date(2022, 3, 8),
        ),
        (
            "Troops pushed the rebels out of the airport at Pibor after two days of fighting.\nThe"
            " counterattack began on Tuesday evening.",
            dt.date(2022, 3, 8),
        ),
    ],
)
def test_a_counterattack_is_a_campaign_noun(text, started):
    assert dated_alone(text, "Pibor") == (started, 1)


def test_a_hyphenated_counter_attack_outranks_a_date_already_taken():
    text = (
        "Troops pushed the rebels out of the airport at Pibor.\nThe counter-attack on Pibor began"
        " on Tuesday evening, officials said."
    )
    record = CampaignRecord("Pibor offensive", False, targets=["Pibor"])
    at = text.index("Pibor")
    record.target_spans = [(at, at + 5)]
    record.started_on = dt.date(2022, 3, 10)
    dated_by_statements(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    assert record.started_on == dt.date(2022, 3, 8)


@pytest.mark.parametrize(
    ("text", "started", "precision"),
    [
        (
            "Troops stormed the shrine in Pibor on Thursday.\nThe army threw a cordon around Pibor"
            " in early February and had been negotiating for weeks for the gunmen's surrender.",
            dt.date(2022, 2, 1),
            3,
        ),
        (
            "The last rebels left Pibor on Wednesday.\nGovernment forces laid siege to Pibor on"
            " Feb. 14, cutting the road to the river.",
            dt.date(2022, 2, 14),
            1,
        ),
    ],
)
def test_a_siege_laid_dates_the_campaign(text, started, precision):
    assert dated_alone(text, "Pibor") == (started, precision)
