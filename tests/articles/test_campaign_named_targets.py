"""Targets a campaign's rule stages miss (articles/extraction/campaign_named_targets.py,
campaign_wide_targets.py): a named operation's places from the article's opening, the towns listed
with a target, and no province beside a town of the same country. Two phrasings per pattern, and
what does not count."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.campaign_context import CampaignArticle
from articles.extraction.campaign_reach import add_reached_places
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_wide_targets import without_wide_targets
from articles.extraction.records import PlaceRecord
from articles.extraction.sentences import sentences
from places.nlp import parse


def _places(text: str, kinds: dict[str, str]) -> list[PlaceRecord]:
    """A place record for every mention of each name, of the kind given ("admin ADM1": a kind
    and a GeoNames code)."""
    found = []
    for name, given in kinds.items():
        kind, _, code = given.partition(" ")
        start = text.find(name)
        while start >= 0:
            found.append(
                PlaceRecord(start, start + len(name), name, name, kind=kind, feature_code=code)
            )
            start = text.find(name, start + 1)
    return sorted(found, key=lambda p: p.start)


def _reached(text: str, record: CampaignRecord, kinds: dict[str, str]) -> list[str]:
    article = CampaignArticle(
        text, sentences(text), [], dt.date(2024, 6, 28), _places(text, kinds), parse(text)
    )
    add_reached_places(article, [record])
    return record.targets


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        (
            "Operation Granite Dawn pushes north\n"
            "The army said on Tuesday its troops had captured Kanimasi, the main town of the"
            " valley, after two days of fighting.\n"
            "The operation began on Sunday with air strikes, officials said.\n",
            "Kanimasi",
        ),
        (
            "Operation Iron Rain nears its goal\n"
            "Government soldiers have occupied Bulo Burte, a farming town on the river, commanders"
            " said on Friday.\n"
            "Residents said the militants had left days earlier.\n",
            "Bulo Burte",
        ),
    ],
)
def test_a_named_operation_without_target_takes_what_its_opening_says_it_took(text, taken):
    record = CampaignRecord(name="Operation X", named=True)
    assert _reached(text, record, {taken: "settlement"}) == [taken]


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        (
            "Operation Granite Dawn begins\n"
            "Troops backed by armoured cars moved into Kanimasi before dawn today, officials"
            " said.\n",
            "Kanimasi",
        ),
        (
            "Operation Iron Rain under way\n"
            "Army columns rolled into Bulo Burte on Friday after a night of shelling, residents"
            " said.\n",
            "Bulo Burte",
        ),
    ],
)
def test_an_operation_moving_into_a_town_takes_it(text, taken):
    record = CampaignRecord(name="Operation X", named=True)
    assert _reached(text, record, {taken: "settlement"}) == [taken]


def test_a_place_past_the_opening_is_not_the_operations_target():
    text = (
        "Operation Granite Dawn enters its second week\n"
        "The army said on Tuesday the operation was going to plan.\n"
        "Officials gave no details.\n"
        "Troops captured Kanimasi on Monday, a resident said.\n"
    )
    record = CampaignRecord(name="Operation Granite Dawn", named=True)
    assert _reached(text, record, {"Kanimasi": "settlement"}) == []


@pytest.mark.parametrize(
    ("text", "first", "listed"),
    [
        (
            "The rebels overran Kolvara, Dimsk and Ostrel in coordinated attacks on Saturday.",
            "Kolvara",
            ["Dimsk", "Ostrel"],
        ),
        (
            "Fighters of the group struck Talvik and Morrin before dawn on Wednesday.",
            "Talvik",
            ["Morrin"],
        ),
    ],
)
def test_towns_listed_with_a_target_are_targets(text, first, listed):
    start = text.find(first)
    record = CampaignRecord(
        name=f"{first} offensive",
        named=False,
        targets=[first],
        target_spans=[(start, start + len(first))],
    )
    kinds = {name: "settlement" for name in [first, *listed]}
    assert _reached(text, record, kinds) == [first, *listed]


def test_a_province_listed_with_a_target_is_not_one():
    text = "The militants attacked Kolvara and Dimsk province on Saturday."
    start = text.find("Kolvara")
    record = CampaignRecord(
        name="Kolvara offensive",
        named=False,
        targets=["Kolvara"],
        target_spans=[(start, start + 7)],
    )
    assert _reached(text, record, {"Kolvara": "settlement", "Dimsk": "admin ADM1"}) == ["Kolvara"]


def _wide_record(text: str, names: list[str]) -> CampaignRecord:
    spans = [(text.find(n), text.find(n) + len(n)) for n in names]
    return CampaignRecord(name="X", named=True, targets=list(names), target_spans=spans)


@pytest.mark.parametrize(
    ("text", "region", "town", "code", "kind"),
    [
        # a first-level unit beside a town in it
        (
            "The offensive in Varnia state, where the rebels overran Dolsk, goes on.",
            "Varnia",
            "Dolsk",
            "ADM1",
            "admin",
        ),
        # a named region beside a town
        (
            "The push into the Kessar region has taken Murvik, officials said.",
            "Kessar",
            "Murvik",
            "",
            "region",
        ),
    ],
)
def test_a_region_beside_a_town_of_its_country_is_no_target(text, region, town, code, kind):
    record = _wide_record(text, [region, town])
    places = [
        PlaceRecord(
            text.find(region),
            text.find(region) + len(region),
            region,
            region,
            kind=kind,
            country="XA",
            feature_code=code,
        ),
        PlaceRecord(
            text.find(town),
            text.find(town) + len(town),
            town,
            town,
            kind="settlement",
            country="XA",
        ),
    ]
    without_wide_targets([record], places)
    assert record.targets == [town]


def test_a_district_bearing_its_towns_name_or_a_region_alone_stays():
    text = "The army retook Mesk and the Varnia region, and pushed on to Dolsk."
    record = _wide_record(text, ["Mesk", "Varnia"])
    places = [
        PlaceRecord(
            text.find("Mesk"),
            text.find("Mesk") + 4,
            "Mesk",
            "Mesk",
            kind="admin",
            country="XA",
            feature_code="ADM2",
        ),
        PlaceRecord(
            text.find("Varnia"),
            text.find("Varnia") + 6,
            "Varnia",
            "Varnia",
            kind="admin",
            country="XB",
            feature_code="ADM1",
        ),
    ]
    without_wide_targets([record], places)
    assert record.targets == ["Mesk", "Varnia"]  # the region lies in another country
    alone = _wide_record(text, ["Varnia"])
    without_wide_targets([alone], places)
    assert alone.targets == ["Varnia"]


def _one_campaign(text: str, first: str, others: list[str]) -> list[str]:
    start = text.find(first)
    record = CampaignRecord(
        name=f"{first} offensive",
        named=False,
        targets=[first],
        target_spans=[(start, start + len(first))],
    )
    return _reached(text, record, {name: "settlement" for name in [first, *others]})


@pytest.mark.parametrize(
    ("text", "first", "heading"),
    [
        (
            "The army launched an offensive on Kherson on Monday.\n"
            "Troops were now pushing south towards Mykolaiv and Odesa, officers said.",
            "Kherson",
            ["Mykolaiv", "Odesa"],
        ),
        (
            "Government forces began a push on Gondar last week.\n"
            "By Friday the soldiers were closing in on Dessie, a commander said.",
            "Gondar",
            ["Dessie"],
        ),
    ],
)
def test_the_troops_of_the_one_campaign_heading_for_a_town_make_it_a_target(text, first, heading):
    assert _one_campaign(text, first, heading) == [first, *heading]


@pytest.mark.parametrize(
    "text",
    [
        # people fleeing, not the campaign's troops
        "The army launched an offensive on Kherson on Monday.\n"
        "Many of the residents were heading towards Odesa, aid workers said.",
        # fighters the sentence does not tie to the campaign's side
        "The army launched an offensive on Kherson on Monday.\n"
        "A rebel statement said its fighters were closing in on Odesa.",
    ],
)
def test_others_heading_for_a_town_do_not_make_it_a_target(text):
    assert _one_campaign(text, "Kherson", ["Odesa"]) == ["Kherson"]


def test_villages_listed_with_a_target_stay_events():
    text = "The rebels stormed the villages of Kolvara, Dimsk and Ostrel on Saturday."
    start = text.find("Kolvara")
    record = CampaignRecord(
        name="Kolvara offensive",
        named=False,
        targets=["Kolvara"],
        target_spans=[(start, start + 7)],
    )
    kinds = {name: "settlement" for name in ("Kolvara", "Dimsk", "Ostrel")}
    assert _reached(text, record, kinds) == ["Kolvara"]
