"""A siege's "since" told of another side does not date a campaign whose attackers are known
(articles/extraction/campaign_start_sides.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.actor_dictionary import ActorMatch
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_start_owners import dated_by_statements
from places.nlp import parse
from tests.articles.rows import FRIDAY_11_MARCH_2022, town_places

_SIDES = {"rebels": "Pibor Front", "Pibor Front": "Pibor Front", "troops": "Army"}


def _dated(text: str, attackers: list[str]) -> tuple[dt.date | None, int]:
    at = text.index("Pibor")
    record = CampaignRecord(
        "Pibor offensive",
        False,
        attackers=attackers,
        targets=["Pibor"],
        target_spans=[(at, at + 5)],
    )
    record.started_on = dt.date(2022, 3, 8)
    actors = [
        ActorMatch(text.index(word), text.index(word) + len(word), word, actor, "group")
        for word, actor in _SIDES.items()
        if word in text
    ]
    dated_by_statements(
        text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text), actors
    )
    return record.started_on, record.date_precision


@pytest.mark.parametrize(
    "text",
    [
        "Government troops broke the siege on Tuesday.\nPibor had been besieged by rebels since"
        " July 2021 and supplied only by air.",
        "Government troops pushed into Pibor on Tuesday.\nThe Pibor Front has encircled Pibor"
        " since Feb. 9, cutting the road to the river.",
    ],
)
def test_another_sides_start_does_not_date_the_campaign(text):
    assert _dated(text, ["Army"]) == (dt.date(2022, 3, 8), 1)
    # the side's own campaign takes it
    assert _dated(text, ["Pibor Front"])[0] != dt.date(2022, 3, 8)
