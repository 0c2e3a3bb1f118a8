"""The towns control reports a campaign's attacker taking join its targets when the text ties the
taking to a campaign (articles/extraction/campaign_taken.py): two phrasings per pattern, and what
does not."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_taken import add_taken_places
from articles.extraction.control_record import ControlRecord
from articles.extraction.records import PlaceRecord
from articles.extraction.sentences import sentences

HEADLINE = "Rebels take the port of Alpha\nALPHA - Rebels entered Alpha on Friday.\n"


def _run(body: str, place: str, side: str = "Rebels", event: str = "capture", **campaign):
    """The campaign on Alpha by the rebels, after a control report of `side` taking `place`."""
    text = HEADLINE + body
    start = text.index(place)
    sentence = next(s for s in sentences(text) if s.start <= start < s.end)
    report = ControlRecord(
        place, place, start, start + len(place), side, event, "reported", None,
        campaign.pop("day", None), 1, sentence.start, sentence.end,
    )  # fmt: skip
    record = CampaignRecord("Alpha offensive", False, ["Rebels"], ["Alpha"], [(23, 28)])
    for key, value in campaign.items():
        setattr(record, key, value)
    places = [PlaceRecord(start, start + len(place), place, place, kind="settlement")]
    add_taken_places(text, [record], [report], places)
    return record.targets


@pytest.mark.parametrize(
    "body",
    [
        # the campaign's start told with the towns its side took then
        "The rebels began their uprising in early May, when they seized Bravo.\n",
        # a capture that extends the offensive
        "The fall of Alpha caps an offensive in which the fighters overran Bravo last month.\n",
    ],
)
def test_a_town_the_attacker_took_in_a_campaign_sentence_is_a_target(body):
    assert _run(body, "Bravo") == ["Alpha", "Bravo"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels seize Bravo and the port of Alpha\nALPHA - Rebels entered Alpha on Friday.\n",
        "Rebels take Alpha\nALPHA - The rebels, who captured Bravo on Monday, entered Alpha.\n",
    ],
)
def test_a_town_the_headline_or_lead_tells_taken_is_a_target(text):
    start = text.index("Bravo")
    sentence = next(s for s in sentences(text) if s.start <= start < s.end)
    report = ControlRecord(
        "Bravo", "Bravo", start, start + 5, "Rebels", "capture", "reported", None, None, 1,
        sentence.start, sentence.end,
    )  # fmt: skip
    alpha = text.rindex("Alpha")
    record = CampaignRecord("Alpha offensive", False, ["Rebels"], ["Alpha"], [(alpha, alpha + 5)])
    places = [PlaceRecord(start, start + 5, "Bravo", "Bravo", kind="settlement")]
    add_taken_places(text, [record], [report], places)
    assert record.targets == ["Alpha", "Bravo"]


@pytest.mark.parametrize(
    ("body", "place", "side", "campaign"),
    [
        # a taking told without a campaign noun, outside the lead
        ("Later the fighters took Bravo after a short battle.\n", "Bravo", "Rebels", {}),
        # a village taken on the way is an event of the campaign
        ("The offensive also overran the nearby village of Bravo.\n", "Bravo", "Rebels", {}),
        ("Their offensive later took Bravo village as well.\n", "Bravo", "Rebels", {}),
        # a town another side took
        ("During the offensive the army retook Bravo.\n", "Bravo", "Army", {}),
        # the place the campaign set out from
        ("The offensive was launched from Bravo, which they took.\n", "Bravo", "Rebels",
         {"origin": "Bravo"}),
        # taken months before the campaign began
        ("Their offensive followed the fall of Bravo.\n", "Bravo", "Rebels",
         {"started_on": dt.date(2024, 6, 1), "day": dt.date(2024, 1, 10)}),
    ],
)  # fmt: skip
def test_what_is_no_target(body, place, side, campaign):
    assert _run(body, place, side=side, **campaign) == ["Alpha"]
