"""A town the headline or lead reports taken, that no campaign covers, is a campaign of the side
that took it (articles/extraction/campaign_lead_captures.py): control reads the taking from the
text, the step turns it into a campaign; two phrasings, and what stays no campaign (a claim the
other side denies, a raid, a taking told only further down, a village)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction.campaign_lead_captures import add_lead_captures, date_lead_captures
from articles.extraction.campaign_record import CampaignRecord
from tests.articles.rows import FRIDAY_28_JUNE_2024, town_places


def _lead_campaigns(text: str, dictionary, covered: tuple[str, ...] = ()) -> list[tuple]:
    """(name, attackers, targets, started_on) of the campaigns the step adds from the control
    reports extract() reads, beside campaigns already on the `covered` towns."""
    places = town_places(text)
    control = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, places=places)
    campaigns = [CampaignRecord(f"{t} offensive", False, ["M23"], [t]) for t in covered]
    added = add_lead_captures(text, campaigns, control.control, places)
    date_lead_captures(campaigns, added)
    return [(c.name, c.attackers, c.targets, c.started_on) for c in campaigns[len(covered) :]]


@pytest.mark.parametrize(
    "text",
    [
        # the town "falls to" the side, told past a byline
        "Kajo falls to M23 rebels as army retreats to airport\nBy our correspondent in Goma\n"
        "Kajo fell to M23 rebels overnight after weeks of fighting on its outskirts, residents"
        " said on Friday.\n",
        # the side "took control of" it, in the lead after a dateline
        "Rebels in control of Kajo, residents say\nGOMA (Reuters) - M23 rebels took control of"
        " Kajo on Friday after government soldiers abandoned their base, residents said.\n",
    ],
)
def test_a_town_the_lead_reports_taken_is_a_campaign_of_the_taker(text, dictionary):
    assert _lead_campaigns(text, dictionary) == [
        ("Kajo offensive", ["M23"], ["Kajo"], dt.date(2024, 6, 28))
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a claim the army denies
        "M23 says it has taken Kajo; army denies\nGOMA (Reuters) - M23 rebels said on Tuesday"
        " they had captured Kajo, but the army said its troops still held the town.\n",
        # a raid: in and out
        "Gunmen raid Kajo, kill 12\nGOMA (Reuters) - M23 rebels stormed into Kajo on Monday,"
        " killed 12 people and looted shops before withdrawing into the forest, officials said.\n",
        # a taking told only further down the body: an event of the story
        "Fighting spreads in North Kivu\nGOMA (Reuters) - Thousands fled their homes on Friday"
        " as fighting spread across North Kivu, aid agencies said.\nAid workers said schools"
        " were closed.\nM23 rebels took control of Kajo on Friday, residents said.\n",
        # a village
        "M23 rebels take village of Kajo\nGOMA (Reuters) - M23 rebels took control of the"
        " village of Kajo on Friday, residents said.\n",
    ],
)
def test_a_denied_claim_a_raid_a_later_taking_or_a_village_is_no_campaign(text, dictionary):
    assert _lead_campaigns(text, dictionary) == []


def test_a_town_a_campaign_already_lists_is_no_second_campaign(dictionary):
    text = (
        "Rebels in control of Kajo, residents say\nGOMA (Reuters) - M23 rebels took control of"
        " Kajo on Friday after government soldiers abandoned their base, residents said.\n"
    )
    assert _lead_campaigns(text, dictionary, covered=("Kajo",)) == []


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels push into Bukavu\nBUKAVU (Reuters) - M23 rebels pushed into Bukavu on Friday,"
        " two weeks after they began a push south from Kajo, which they seized in late January.\n",
        "M23 rebels close on Bukavu\nBUKAVU (Reuters) - M23 columns moving south from the town of"
        " Kajo, which the rebels captured last month, reached the outskirts of Bukavu on Friday.\n",
    ],
)
def test_a_town_a_push_set_out_from_is_no_campaign(text, dictionary):
    """What a reader sees: no second campaign arrow on the town the push came from."""
    assert all(targets != ["Kajo"] for _, _, targets, _ in _lead_campaigns(text, dictionary))
