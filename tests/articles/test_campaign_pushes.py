"""After the roles are decided, the places one side attacks from the same day are one push
(`campaigns.merged_sideless` runs `merged_pushes` again, on day-precise starts only)."""

from __future__ import annotations

import datetime as dt

from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaigns import merged_sideless


def _record(name: str, attackers: list[str], target: str, start, precision: int = 1, named=False):
    return CampaignRecord(
        name=name,
        named=named,
        attackers=attackers,
        targets=[target],
        target_spans=[(0, len(target))],
        started_on=start,
        date_precision=precision,
    )


def test_towns_one_side_attacks_the_same_day_are_one_push():
    # "Rebels of the Northern Front stormed Alderby and Brookton on 3 May": the ranker gave both
    # campaigns the same side, so the second town joins the first campaign.
    day = dt.date(2021, 5, 3)
    found = merged_sideless(
        [
            _record("Alderby offensive", ["Northern Front"], "Alderby", day),
            _record("Brookton offensive", ["Northern Front"], "Brookton", day),
        ]
    )
    assert [(c.name, c.targets) for c in found] == [("Alderby offensive", ["Alderby", "Brookton"])]


def test_a_named_operation_takes_the_same_day_push_of_its_sides():
    # "Operation Iron Gate began on 9 June … government troops entered the valley of Carrow
    # the same day": the unnamed push is the operation's.
    day = dt.date(2019, 6, 9)
    found = merged_sideless(
        [
            _record("Carrow offensive", ["Army"], "Carrow", day),
            _record("Iron Gate", ["Army"], "Dunmore", day, named=True),
        ]
    )
    assert [(c.name, c.targets) for c in found] == [("Iron Gate", ["Dunmore", "Carrow"])]


def test_month_starts_and_other_sides_stay_apart():
    # "The offensive on Eastwick began in March … a push on the Felling region, also in March":
    # a month is too coarse to tell one push from another; nor do two sides' attacks merge.
    month, day = dt.date(2022, 3, 1), dt.date(2022, 3, 14)
    found = merged_sideless(
        [
            _record("Eastwick offensive", ["Army"], "Eastwick", month, precision=3),
            _record("Felling offensive", ["Army"], "Felling", month, precision=3),
            _record("Garston offensive", ["Army"], "Garston", day),
            _record("Harlow offensive", ["Militia"], "Harlow", day),
        ]
    )
    assert [c.name for c in found] == [
        "Eastwick offensive",
        "Felling offensive",
        "Garston offensive",
        "Harlow offensive",
    ]


def test_a_sideless_campaign_beside_campaigns_with_sides_is_dropped():
    # "Rebels stormed Alderby on 3 May … Fighting between the two sides also broke out last month
    # in Brookton" and "… the airport at Carrow is in our hands, a commander said": places the
    # fighting touched, with no side found for them, beside the story's campaign.
    found = merged_sideless(
        [
            _record("Alderby offensive", ["Northern Front"], "Alderby", dt.date(2021, 5, 3)),
            _record("Brookton offensive", [], "Brookton", dt.date(2021, 4, 1), precision=3),
            _record("Carrow offensive", [], "Carrow", None),
        ]
    )
    assert [c.name for c in found] == ["Alderby offensive"]


def test_sideless_campaigns_stay_when_none_has_a_side_or_they_are_named():
    # "Fighting raged around Dunmore and Eastwick for a second week": no side named anywhere;
    # "Operation Iron Gate pressed on" keeps its name without a side.
    alone = [
        _record("Dunmore offensive", [], "Dunmore", dt.date(2021, 6, 1), precision=3),
        _record("Eastwick offensive", [], "Eastwick", None),
    ]
    assert [c.name for c in merged_sideless(alone)] == ["Dunmore offensive", "Eastwick offensive"]
    named = [
        _record("Felling offensive", ["Army"], "Felling", dt.date(2021, 6, 2)),
        _record("Iron Gate", [], "Garston", None, named=True),
    ]
    assert [c.name for c in merged_sideless(named)] == ["Felling offensive", "Iron Gate"]
