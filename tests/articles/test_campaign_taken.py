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
    """The campaign on Alpha by the rebels, after a control report of `side` taking `place`
    (`dated`: how the report's day was found, `kind`: the geoparser's kind of the place)."""
    text = HEADLINE + body
    start = text.index(place)
    sentence = next(s for s in sentences(text) if s.start <= start < s.end)
    report = ControlRecord(
        place, place, start, start + len(place), side, event, "reported", None,
        campaign.pop("day", None), 1, sentence.start, sentence.end, dated=campaign.pop("dated", 2),
    )  # fmt: skip
    kind = campaign.pop("kind", "settlement")
    record = CampaignRecord("Alpha offensive", False, ["Rebels"], ["Alpha"], [(23, 28)])
    for key, value in campaign.items():
        setattr(record, key, value)
    places = [PlaceRecord(start, start + len(place), place, place, kind=kind)]
    add_taken_places(text, [record], [report], places)
    return record.targets


@pytest.mark.parametrize(
    "body",
    [
        # the campaign's start told with the towns its side took then
        "The rebels began their uprising in early May, when they seized Bravo.\n",
        # a capture that extends the offensive
        "The fall of Alpha caps an offensive in which the fighters overran Bravo last month.\n",
        # driven from a town: taken, not set out from
        "In their offensive the rebels drove the army from Bravo last month.\n",
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
        # where the push came from
        ("Their offensive on Alpha intensified as the rebels' units closed in from Charlie and"
         " Bravo, which they said they had taken.\n", "Bravo", "Rebels", {}),
        ("Their offensive went on, with columns moving south from the town of Bravo.\n",
         "Bravo", "Rebels", {}),
        # taken before the campaign began
        ("Their offensive on the pocket began in late May, after the fall of Bravo.\n", "Bravo",
         "Rebels", {}),
        ("The rebels' push towards Alpha began after their units retook Bravo.\n", "Bravo",
         "Rebels", {}),
    ],
)  # fmt: skip
def test_what_is_no_target(body, place, side, campaign):
    assert _run(body, place, side=side, **campaign) == ["Alpha"]


START = {"started_on": dt.date(2024, 6, 1)}


@pytest.mark.parametrize(
    ("body", "day"),
    [
        # towns the attacker took in the campaign's first weeks, told without a campaign noun
        ("Since then the fighters have retaken Bravo and Charlie.\n", dt.date(2024, 6, 20)),
        ("The group went on to capture Bravo, a market town on the highway, in July.\n",
         dt.date(2024, 7, 15)),
        # a little before the start the campaign was dated to ("in early June")
        ("Their fighters overran Bravo at the end of May.\n", dt.date(2024, 5, 28)),
    ],
)  # fmt: skip
def test_a_town_taken_in_the_campaigns_first_weeks_is_a_target(body, day):
    assert _run(body, "Bravo", day=day, **START) == ["Alpha", "Bravo"]


@pytest.mark.parametrize(
    ("body", "day", "extra"),
    [
        # months after the campaign began: another push
        ("By October the fighters had taken Bravo as well.\n", dt.date(2024, 10, 3), {}),
        ("Bravo fell to the group in the autumn.\n", dt.date(2024, 9, 20), {}),
        # dated only by the day a claim was made ("said on Friday")
        ("A spokesman said on Friday that the fighters held Bravo.\n", dt.date(2024, 6, 14),
         {"dated": 1}),
        # after the campaign ended
        ("The fighters took Bravo after the offensive was called off.\n", dt.date(2024, 6, 25),
         {"ended_on": dt.date(2024, 6, 10)}),
        # a region the campaign is in, not a town it took
        ("The fighters have since seized most of Bravo province.\n", dt.date(2024, 6, 20),
         {"kind": "admin"}),
        ("The rebels now control Bravo state, the governor said.\n", dt.date(2024, 6, 20),
         {"kind": "region"}),
        # a village taken on the way is an event of the campaign
        ("Later they overran the hilltop village of Bravo.\n", dt.date(2024, 6, 20), {}),
    ],
)  # fmt: skip
def test_a_taking_outside_the_first_weeks_or_of_no_town_is_no_target(body, day, extra):
    assert _run(body, "Bravo", day=day, **START, **extra) == ["Alpha"]


def test_of_two_campaigns_of_the_side_the_one_named_first_in_its_first_weeks_takes_the_town():
    text = HEADLINE + "The fighters went on to take Bravo on June 20.\n"
    start = text.index("Bravo")
    sentence = next(s for s in sentences(text) if s.start <= start < s.end)
    report = ControlRecord(
        "Bravo", "Bravo", start, start + 5, "Rebels", "capture", "reported", None,
        dt.date(2024, 6, 20), 1, sentence.start, sentence.end, dated=2,
    )  # fmt: skip
    old = CampaignRecord("Delta offensive", False, ["Rebels"], ["Delta"], [(0, 1)])
    old.started_on = dt.date(2023, 1, 1)
    main = CampaignRecord("Alpha offensive", False, ["Rebels"], ["Alpha"], [(23, 28)])
    main.started_on = dt.date(2024, 6, 1)
    later = CampaignRecord("Echo offensive", False, ["Rebels"], ["Echo"], [(0, 1)])
    later.started_on = dt.date(2024, 6, 10)
    places = [PlaceRecord(start, start + 5, "Bravo", "Bravo", kind="settlement")]
    add_taken_places(text, [old, main, later], [report], places)
    assert (old.targets, main.targets, later.targets) == (["Delta"], ["Alpha", "Bravo"], ["Echo"])


@pytest.mark.parametrize(
    "body",
    [
        # a front of the same war in the neighbouring country
        "The offensive came as the rebels also captured Bravo across the border.\n",
        # a namesake the geoparser placed abroad
        "During the push the fighters overran Bravo, residents said.\n",
    ],
)
def test_a_town_taken_in_another_country_than_the_first_target_is_no_target(body):
    text = HEADLINE + body
    start = text.index("Bravo")
    sentence = next(s for s in sentences(text) if s.start <= start < s.end)
    report = ControlRecord(
        "Bravo", "Bravo", start, start + 5, "Rebels", "capture", "reported", None, None, 1,
        sentence.start, sentence.end,
    )  # fmt: skip
    record = CampaignRecord("Alpha offensive", False, ["Rebels"], ["Alpha"], [(23, 28)])
    places = [
        PlaceRecord(23, 28, "Alpha", "Alpha", kind="settlement", country="AA"),
        PlaceRecord(start, start + 5, "Bravo", "Bravo", kind="settlement", country="BB"),
    ]
    add_taken_places(text, [record], [report], places)
    assert record.targets == ["Alpha"]
    places[1].country = "AA"  # the same town at home is one of the campaign's
    add_taken_places(text, [record], [report], places)
    assert record.targets == ["Alpha", "Bravo"]
