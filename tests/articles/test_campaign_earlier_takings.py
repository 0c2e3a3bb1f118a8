"""A town the attacker took in a month that ended before the campaign began leaves its targets
(articles/extraction/campaign_earlier_takings.py): two phrasings each; a taking in the
campaign's own month, an undated one and the campaign's first target stay."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.campaign_earlier_takings import without_earlier_takings
from articles.extraction.campaign_record import CampaignRecord
from places.nlp import parse

PUBLISHED = dt.date(2021, 3, 20)
STARTED = dt.date(2021, 3, 2)


def _campaign(text: str, targets: list[str]) -> CampaignRecord:
    record = CampaignRecord(name=f"{targets[0]} offensive", named=False, targets=list(targets))
    record.target_spans = [(text.index(t), text.index(t) + len(t)) for t in targets]
    record.started_on = STARTED
    without_earlier_takings(text, parse(text), [record], PUBLISHED)
    return record


@pytest.mark.parametrize(
    "text",
    [
        # a month before the start, no year: the last such month before publication
        "The rebels began their assault on Varnopol on March 2. The movement, which seized "
        "Dalbrek in November, says it wants to restore order.",
        # a passive taking dated by month and year
        "Government troops pushed into Varnopol this month. Dalbrek was retaken in late "
        "January 2021 after a siege, officials said.",
        # "last July"
        "The army's push on Varnopol began on March 2. Its units captured Dalbrek last July "
        "and have held it since.",
    ],
)
def test_a_town_taken_months_before_the_campaign_is_no_target(text):
    assert _campaign(text, ["Varnopol", "Dalbrek"]).targets == ["Varnopol"]


@pytest.mark.parametrize(
    "text",
    [
        # taken in the campaign's own month
        "The rebels began their assault on Varnopol on March 2 and took Dalbrek in March.",
        # no month told
        "The rebels began their assault on Varnopol on March 2 and have since taken Dalbrek.",
        # one mention of the town is not dated before the campaign
        "The rebels, who took Dalbrek in November, attacked Varnopol on March 2. On Friday they "
        "stormed Dalbrek again.",
    ],
)
def test_a_town_taken_on_the_way_stays(text):
    assert _campaign(text, ["Varnopol", "Dalbrek"]).targets == ["Varnopol", "Dalbrek"]


def test_the_campaigns_first_target_stays():
    text = "The offensive began on March 2. The rebels took Dalbrek in November."
    assert _campaign(text, ["Dalbrek"]).targets == ["Dalbrek"]
