"""A campaign on a whole region or country beside the article's campaign on a town of it is that
campaign's setting (articles/extraction/campaign_regions.py): two phrasings per case, and what
stays apart."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_regions import (
    folded_into_operations,
    folded_regions,
    without_group_targets,
)
from articles.extraction.records import PlaceRecord
from places.nlp import parse
from tests.articles.rows import FRIDAY_3_OCTOBER_2014, campaign_rows

PLACES = [
    PlaceRecord(0, 6, "Alpha", "Alpha", kind="settlement", country="XA"),
    PlaceRecord(0, 6, "Borea", "Borea", kind="admin", country="XA", feature_code="ADM1"),
    PlaceRecord(0, 6, "Gamma", "Gamma", kind="admin", country="XA", feature_code="ADM2"),
    PlaceRecord(0, 6, "Xandria", "Xandria", kind="country", country="XA"),
    PlaceRecord(0, 6, "Corvo", "Corvo", kind="settlement", country="XB"),
    PlaceRecord(0, 6, "Delta", "Delta", kind="region", country="XB"),
]


def _record(target: str, attackers: list[str], start=None, named=False, name=None):
    return CampaignRecord(
        name=name or f"{target} offensive",
        named=named,
        attackers=attackers,
        targets=[target],
        target_spans=[(0, len(target))],
        started_on=start,
    )


@pytest.mark.parametrize(
    "wide",
    [
        # "Government troops fought their way into Borea province … the assault on Alpha"
        _record("Borea", ["Army"]),
        # "the army's offensive across Xandria … troops stormed Alpha on 4 March"
        _record("Xandria", ["Army"]),
    ],
)
def test_a_region_of_the_same_sides_town_campaign_folds_into_it(wide):
    town = _record("Alpha", ["Army"], start=dt.date(2020, 3, 4))
    assert folded_regions([wide, town], PLACES) == [town]
    assert town.targets == ["Alpha"]


@pytest.mark.parametrize(
    "wide, town",
    [
        # "Rebels pushed deeper into Borea … the rebel attack on Alpha began on Monday": the town's
        # campaign got no side, the region's gives it
        (_record("Borea", ["Rebels"]), _record("Alpha", [])),
        # "fighting across Borea province … the assault on Gamma, the district's main town": a
        # district below the first level is its town
        (_record("Borea", ["Rebels"]), _record("Gamma", ["Rebels"])),
        # "The militants' attack in Borea on 9 April … the jihadists began storming Alpha on 9
        # April": a side read otherwise, the same day
        (
            _record("Borea", ["Militants"], start=dt.date(2012, 4, 9)),
            _record("Alpha", ["Jihadists"], start=dt.date(2012, 4, 9)),
        ),
    ],
)
def test_a_region_folds_into_the_same_days_or_a_sideless_town_campaign(wide, town):
    attackers = town.attackers or wide.attackers
    assert folded_regions([town, wide], PLACES) == [town]
    assert town.attackers == attackers


@pytest.mark.parametrize(
    "records",
    [
        # "the army's offensive in Delta … rebels attacked Alpha": another country's town
        [_record("Delta", ["Army"]), _record("Alpha", ["Army"])],
        # "the rebels' push across Borea in May … the army stormed Alpha in June": other sides,
        # other starts
        [
            _record("Borea", ["Rebels"], start=dt.date(2020, 5, 1)),
            _record("Alpha", ["Army"], start=dt.date(2020, 6, 1)),
        ],
        # "the rebels' push into Borea began in July … they stormed Alpha on October 23": a
        # wider campaign started before the town's
        [
            _record("Borea", ["Rebels"], start=dt.date(2021, 7, 1)),
            _record("Alpha", ["Rebels"], start=dt.date(2021, 10, 23)),
        ],
        # "Operation Northern Shield in Borea … the assault on Alpha": a named operation stays
        [
            _record("Borea", ["Army"], named=True, name="Northern Shield"),
            _record("Alpha", ["Army"]),
        ],
        # "the offensive on Borea … the offensive on Delta": no town to fold into
        [_record("Borea", ["Army"]), _record("Delta", ["Army"])],
    ],
)
def test_regions_stay_when_no_town_campaign_of_theirs_is_told(records):
    assert folded_regions(list(records), PLACES) == records


def test_without_the_geoparsers_places_nothing_folds():
    records = [_record("Borea", ["Army"]), _record("Alpha", ["Army"])]
    assert folded_regions(list(records), None) == records


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Police kill 20 Maoists in Alpha hills. The Maoists denied the toll, and officers said"
            " troops had surrounded the Maoists near Alpha.",
            "Maoists",
        ),
        (
            "Soldiers kill 15 Islamists near Alpha. The Islamists deny it; the army said its units"
            " had encircled the Islamists outside Alpha.",
            "Islamists",
        ),
    ],
)
def test_a_group_of_people_is_no_target(text, word):
    start = text.rindex(word)
    group = CampaignRecord(f"{word} offensive", False, [], [word], [(start, start + len(word))])
    alpha = text.index("Alpha")
    town = CampaignRecord("Alpha offensive", False, ["Army"], ["Alpha", word])
    town.target_spans = [(alpha, alpha + 5), (start, start + len(word))]
    assert without_group_targets(text, [town, group], parse(text)) == [town]
    assert town.targets == ["Alpha"]


FRIDAY = dt.date(2023, 5, 12)


def _dated(record: CampaignRecord, day=FRIDAY, precision=1) -> CampaignRecord:
    record.started_on, record.date_precision = day, precision
    return record


@pytest.mark.parametrize(
    ("operation_targets", "attackers"),
    [
        # "Troops backed by allied forces have taken back Alpha … The operation, known as Iron
        # Harvest, began on Friday" (the operation's sentence names only the capital beside it)
        (["Corvo"], ["Army", "Allies"]),
        # "Government forces said they had taken Alpha … under Operation Restoration, launched in
        # the week of 12 May" (the operation named with no place of its own)
        ([], ["Army"]),
    ],
)
def test_a_push_of_the_same_side_and_start_is_the_operations(operation_targets, attackers):
    operation = _dated(_record("x", attackers, named=True, name="Iron Harvest"))
    operation.targets, operation.target_spans = operation_targets, [(0, 1)] * len(operation_targets)
    push = _dated(_record("Alpha", ["Army"]))
    kept = folded_into_operations([operation, push])
    assert kept == [operation]
    assert operation.targets == ["Alpha", *operation_targets]
    assert operation.attackers == attackers


@pytest.mark.parametrize(
    "push",
    [
        _dated(_record("Alpha", ["Army"]), day=dt.date(2023, 5, 14)),  # another day
        _dated(_record("Alpha", ["Rebels"])),  # the other side
        _dated(_record("Alpha", ["Army"]), precision=3),  # only the month
    ],
)
def test_a_push_of_another_side_or_start_stays_apart(push):
    operation = _dated(_record("Corvo", ["Army"], named=True, name="Iron Harvest"))
    assert folded_into_operations([operation, push]) == [operation, push]


def test_a_push_beside_two_operations_of_its_side_stays_apart():
    first = _dated(_record("Corvo", ["Army"], named=True, name="Iron Harvest"))
    second = _dated(_record("Delta", ["Army"], named=True, name="Autumn Gale"))
    push = _dated(_record("Alpha", ["Army"]))
    assert folded_into_operations([first, second, push]) == [first, second, push]


@pytest.mark.parametrize(
    ("target", "attackers"),
    [
        # "Croatian troops pushed into Okucani ... Operation Flash, launched on May 1"
        ("Alpha", ["Army"]),
        # "Israeli tanks rolled into Ramallah ... Operation Defensive Shield" (a side of two)
        ("Corvo", ["Allies"]),
    ],
)
def test_an_undated_push_of_the_operations_sides_is_the_operations(target, attackers):
    operation = _dated(_record("Delta", ["Army", "Allies"], named=True, name="Iron Harvest"))
    push = _record(target, attackers)
    assert folded_into_operations([operation, push]) == [operation]
    assert operation.targets == [target, "Delta"]


@pytest.mark.parametrize(
    "attackers",
    [
        ["Army", "Rebels"],  # a side the operation does not have
        [],  # no side known
    ],
)
def test_an_undated_push_of_other_sides_stays_apart(attackers):
    operation = _dated(_record("Delta", ["Army"], named=True, name="Iron Harvest"))
    push = _record("Alpha", attackers)
    assert folded_into_operations([operation, push]) == [operation, push]


@pytest.mark.parametrize(
    ("text", "operation", "target"),
    [
        (
            "Israel presses West Bank operation\n"
            "RAMALLAH (Reuters) - Israeli troops launched Operation Defensive Shield on Friday, "
            "sending tanks into Nablus and Jenin. Israeli forces have also laid siege to Ramallah, "
            "where tanks surrounded the compound of the Palestinian leader.",
            "Operation Defensive Shield",
            "Ramallah",
        ),
        (
            "Kenyan troops advance on militants\n"
            "NAIROBI (AFP) - Kenya launched Operation Linda Nchi on Sunday against al Shabaab "
            "militants. Kenya Defence Forces troops have laid siege to Afmadow, a militant "
            "stronghold.",
            "Operation Linda Nchi",
            "Afmadow",
        ),
    ],
)
def test_a_siege_the_article_does_not_date_is_the_operations_target(
    text, operation, target, dictionary
):
    """What a reader sees: one arrow, the operation's, on the town its side besieges."""
    rows = campaign_rows(text, dictionary, FRIDAY_3_OCTOBER_2014)
    assert [row[0] for row in rows] == [operation]
    assert target in rows[0][2]
