"""A place the article names only as where a report comes from leaves a campaign's targets
(articles/extraction/campaign_speaking_places.py): two phrasings each, and a place also fought
over stays."""

from __future__ import annotations

import pytest

from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_speaking_places import without_speaking_places


def _operation(text: str, targets: list[str], named: bool = True) -> CampaignRecord:
    spans = [(text.index(t), text.index(t) + len(t)) for t in targets]
    record = CampaignRecord(name="Operation X", named=named, targets=list(targets))
    record.target_spans = spans
    without_speaking_places(text, [record])
    return record


@pytest.mark.parametrize(
    "text",
    [
        # a dateline and a briefing
        "VARNOPOL (Reuters) - Operation Dawn Shield entered its fourth day on Friday, officials"
        " said.\nThe rebels are retreating, the army's spokesman told a briefing in Varnopol.",
        # the headquarters that announced it and the capital speaking for its government
        "The operation began on December 6, military headquarters in Varnopol said.\n"
        "Varnopol has said its troops will leave once the bases are destroyed.",
    ],
)
def test_a_place_named_only_as_where_a_report_comes_from_is_no_target(text):
    assert _operation(text, ["Varnopol"]).targets == []


def test_a_place_also_fought_over_stays():
    text = (
        "VARNOPOL (Reuters) - Rebels shelled the outskirts of Varnopol overnight, officials said."
    )
    assert _operation(text, ["Varnopol"]).targets == ["Varnopol"]


def test_an_unnamed_campaign_keeps_the_target_it_is_named_by():
    text = "The army said in Varnopol that the offensive goes on."
    assert _operation(text, ["Varnopol"], named=False).targets == ["Varnopol"]


@pytest.mark.parametrize(
    "text",
    [
        # a capital addressed or supplied as its government, and its government's seat
        '"We begged Varnopol for weeks to send more troops," a local councillor said.\n'
        "The government in Varnopol has not commented.",
        # where a road leads, a scene set at a sentence's start, and what a state supplies
        "The army still holds the road to Varnopol, officials said.\n"
        "In Varnopol, the mood among officials was sombre.\n"
        "Its ally still supplies Varnopol with fuel.",
    ],
)
def test_a_capital_standing_for_its_government_is_no_target(text):
    assert _operation(text, ["Varnopol"]).targets == []


def test_a_capital_also_attacked_stays():
    text = (
        "In Varnopol, the mood was sombre.\nRebels pushed into Varnopol on Friday, residents said."
    )
    assert _operation(text, ["Varnopol"]).targets == ["Varnopol"]
