"""A campaign into another country is the state's, not its forces' (tests/gold/README.md,
"Attackers"): article_sides._states_abroad over the geoparser's places."""

from __future__ import annotations

import pytest

from articles.extraction.article_sides import _states_abroad
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.records import PlaceRecord


def _decided(text: str, forces: str, target: str, country: str) -> list[str]:
    """The attackers of a campaign on `target` (placed in `country`) that `forces` wage."""
    start = text.index(target)
    record = CampaignRecord(
        name=f"{target} offensive",
        named=False,
        attackers=[forces],
        targets=[target],
        target_spans=[(start, start + len(target))],
    )
    place = PlaceRecord(start, start + len(target), target, target, country=country)
    _states_abroad(text, [record], [place])
    return record.attackers


ACROSS = [
    (
        "Ethiopian troops pushed into Barentu on Friday, Ethiopia's government said, after "
        "shelling the town for three days.",
        "Ethiopian National Defense Force",
        "Barentu",
        "ER",
        "Ethiopia",
    ),
    (
        "Kenyan soldiers advanced on Afmadow on Monday. Kenya sent its troops across the "
        "border last month after a wave of kidnappings.",
        "Kenya Defence Forces",
        "Afmadow",
        "SO",
        "Kenya",
    ),
    # forces of the national list (data/national_forces.json) as well
    (
        "South African armoured columns pushed into Xangongo on Tuesday, the South African "
        "National Defence Force said; South Africa denied fighting the Angolan army.",
        "South African National Defence Force",
        "Xangongo",
        "AO",
        "South Africa",
    ),
    (
        "Bhutan sent its troops across the border on Monday, and the Royal Bhutan Army said it "
        "had overrun the camp at Nganglam after a day of fighting.",
        "Royal Bhutan Army",
        "Nganglam",
        "IN",
        "Bhutan",
    ),
]


@pytest.mark.parametrize(("text", "forces", "target", "country", "state"), ACROSS)
def test_a_campaign_across_the_border_is_the_states(text, forces, target, country, state):
    assert _decided(text, forces, target, country) == [state]


@pytest.mark.parametrize(
    ("text", "forces", "target", "country"),
    [
        (
            # a campaign at home stays with the forces the article names
            "Ethiopian troops retook Shewa Robit on Friday, Ethiopia's government said.",
            "Ethiopian National Defense Force",
            "Shewa Robit",
            "ET",
        ),
        (
            # the article names only the troops, never the state itself
            "Ugandan troops and Somali soldiers drove the militants out of Awdheegle on Friday.",
            "Uganda People's Defence Force",
            "Awdheegle",
            "SO",
        ),
    ],
)
def test_forces_at_home_or_named_alone_stay_the_forces(text, forces, target, country):
    assert _decided(text, forces, target, country) == [forces]
