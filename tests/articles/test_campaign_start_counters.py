"""A counter-offensive's start dates no offensive it answers, unless it is how the campaign's town
was taken (articles/extraction/campaign_start_owners.py, campaign_start_sides.answering)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_start_owners import dated_by_statements
from places.nlp import parse
from tests.articles.rows import FRIDAY_11_MARCH_2022, town_places


def _dated(text: str, name: str = "Pibor offensive") -> tuple[dt.date | None, int | None]:
    at = text.index("Pibor")
    record = CampaignRecord(name, False, targets=["Pibor"], target_spans=[(at, at + 5)])
    dated_by_statements(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    return record.started_on, record.date_precision


@pytest.mark.parametrize(
    ("text", "started"),
    [
        (
            "Rebels hit back at army push on Pibor\nAKOBO, March 11 - Rebels launched a fresh"
            " counter-attack on army positions east of the river on Thursday, officials said, as"
            " the army's drive on Pibor entered its fourth week.\nThe army offensive began in"
            " mid-February, after rebels overran a police post on the road.",
            (dt.date(2022, 2, 15), 2),
        ),
        (
            "Fighting flares as army presses on Pibor\nRebel fighters began a counteroffensive"
            " along the river road on Wednesday, a military spokesman said.\nThe government"
            " operation started on Feb. 14 after weeks of shelling.",
            (dt.date(2022, 2, 14), 1),
        ),
    ],
)
def test_the_answering_sides_start_does_not_date_the_offensive(text, started):
    assert _dated(text) == started


@pytest.mark.parametrize(
    ("text", "started"),
    [
        (
            "Rebels retake Pibor\nRebel fighters have retaken the town of Pibor, two weeks after"
            " the army seized it, in a counterattack that began before dawn on Tuesday.\nThe"
            " army's offensive in the province began in late February.",
            (dt.date(2022, 3, 8), 1),
        ),
        (
            "Pibor changes hands again\nInsurgents recaptured the market town of Pibor on Thursday"
            " in a counter-offensive launched on Monday, residents said.\nThe government's"
            " drive across the district started in January.",
            (dt.date(2022, 3, 7), 1),
        ),
    ],
)
def test_a_counter_attack_that_takes_the_town_dates_its_campaign(text, started):
    assert _dated(text) == started


def test_a_counter_offensive_campaign_keeps_its_start():
    text = (
        "Fighting flares near Pibor\nRebel fighters began a counteroffensive on Pibor on"
        " Wednesday, a military spokesman said."
    )
    assert _dated(text, "Pibor counter-offensive") == (dt.date(2022, 3, 9), 1)
