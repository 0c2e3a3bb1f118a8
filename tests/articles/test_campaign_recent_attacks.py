"""The article's only campaign, with no start and no action naming its place, takes its first
dated attack (campaign_start_owners.date_undated), but not an attack told as background over a
month before the report. Each with two differently worded phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_start_owners import date_undated
from places.nlp import parse
from tests.articles.rows import FRIDAY_11_MARCH_2022, town_places


@pytest.mark.parametrize(
    ("text", "started"),
    [
        (
            "Marines took the settlement of Akobo after an all-night battle, the ministry said on"
            " Friday.\nThe commandos had marched from the beachhead and attacked the garrison"
            " before dawn on Thursday.\nThe rebels seized the islands on Dec. 2, setting off the"
            " war.",
            dt.date(2022, 3, 10),
        ),
        (
            "Government troops are back in Akobo, the army said on Friday.\nMilitiamen stormed"
            " the police posts at dawn on Wednesday.\nThe same militia overran the border"
            " crossing in early January, before the truce.",
            dt.date(2022, 3, 9),
        ),
    ],
)
def test_the_only_campaign_skips_an_attack_told_as_background(text, started):
    at = text.index("Akobo")
    record = CampaignRecord(
        name="Akobo offensive", named=False, targets=["Akobo"], target_spans=[(at, at + 5)]
    )
    date_undated(text, parse(text), [record], FRIDAY_11_MARCH_2022, town_places(text))
    assert (record.started_on, record.date_precision) == (started, 1)
