"""More objects of one taking join a campaign's targets (campaign_reach_lists.py): the towns
listed after the first with "as well as", and a taking told as a noun with a possessor
("the rebels' capture of A … and of B"), and a district bearing its town's name beside a town the
same verb took (campaign_reach.py); two phrasings each, and what does not join."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.campaign_context import CampaignArticle
from articles.extraction.campaign_reach import add_reached_places
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.records import PlaceRecord
from articles.extraction.sentences import sentences
from places.nlp import parse
from tests.articles.rows import targets_of_campaign_on


@pytest.mark.parametrize(
    ("text", "target", "reached"),
    [
        (
            # the parser hangs the towns after "as well as" on the verb
            "The rebels launched their offensive on Mosul on December 10 with attacks on its "
            "outskirts, and have since taken Fallujah, the western city, on Tuesday, as well as "
            "Tikrit and Ramadi further south.",
            "Mosul",
            ["Fallujah", "Tikrit", "Ramadi"],
        ),
        (
            "The army launched its offensive on Kandahar last week and has since retaken Kabul, "
            "the capital, on Monday, as well as Jalalabad further east.",
            "Kandahar",
            ["Kabul", "Jalalabad"],
        ),
    ],
)
def test_towns_listed_with_as_well_as_are_targets(dictionary, text, target, reached):
    targets = targets_of_campaign_on(text, dictionary, target)
    for place in reached:
        assert place in targets


@pytest.mark.parametrize(
    ("text", "target", "reached"),
    [
        (
            # a taking noun whose possessor is a bare word for the attacker's fighters, and a
            # repeated "of" the parser joins to "on Saturday"
            "The Taliban launched an offensive on Kandahar on Monday.\n"
            "The fall of the city follows the rebels' capture of Kabul on Saturday and of "
            "Jalalabad, the army's main base in the east, on March 15.",
            "Kandahar",
            ["Kabul", "Jalalabad"],
        ),
        (
            "Russia launched an offensive on Kharkiv on Monday.\n"
            "The shelling came a day after the troops' seizure of Izium and of Kupiansk, "
            "residents said.",
            "Kharkiv",
            ["Izium", "Kupiansk"],
        ),
    ],
)
def test_a_taking_told_as_a_noun_adds_its_towns(dictionary, text, target, reached):
    targets = targets_of_campaign_on(text, dictionary, target)
    for place in reached:
        assert place in targets


@pytest.mark.parametrize(
    ("text", "target", "not_reached"),
    [
        (
            # the other kind of fighters' taking: the defender's
            "The Taliban launched an offensive on Kandahar on Monday.\n"
            "The attack follows the army's recapture of Kabul and of Jalalabad last week.",
            "Kandahar",
            "Jalalabad",
        ),
        (
            # no possessor: whose capture is not told
            "The Taliban launched an offensive on Kandahar on Monday.\n"
            "The attack follows the capture of Kabul on Saturday, officials said.",
            "Kandahar",
            "Kabul",
        ),
        (
            # "as well as" joining a second clause, not a list of objects
            "Russia launched an offensive on Kharkiv on Monday.\n"
            "Officials said the strikes hit Izium, as well as Kupiansk residents fled.",
            "Kharkiv",
            "Kupiansk",
        ),
    ],
)
def test_no_other_sides_or_unowned_taking_joins(dictionary, text, target, not_reached):
    assert not_reached not in targets_of_campaign_on(text, dictionary, target)


def _reached(text: str, first: str, kinds: dict[str, str]) -> list[str]:
    """The targets the reach step gives a campaign on `first`, with the geoparser's places of
    the kinds given ("admin ADM3": a kind and a GeoNames code)."""
    places = []
    for name, given in {first: "settlement", **kinds}.items():
        kind, _, code = given.partition(" ")
        start = text.find(name)
        while start >= 0:
            places.append(
                PlaceRecord(start, start + len(name), name, name, kind=kind, feature_code=code)
            )
            start = text.find(name, start + 1)
    places.sort(key=lambda p: p.start)
    start = text.find(first)
    record = CampaignRecord(
        name=f"{first} offensive",
        named=False,
        targets=[first],
        target_spans=[(start, start + len(first))],
    )
    article = CampaignArticle(text, sentences(text), [], dt.date(2024, 6, 28), places, parse(text))
    add_reached_places(article, [record])
    return record.targets


@pytest.mark.parametrize(
    ("text", "kinds", "reached"),
    [
        (
            # districts bearing their towns' names, listed after a town the same verb took
            "The rebels launched their offensive on Karvo on December 10, and have since taken "
            "Mesk, the diamond centre, on Tuesday, as well as Dolsk and Varna further west.",
            {"Mesk": "settlement", "Dolsk": "admin ADM3", "Varna": "admin ADM3"},
            ["Mesk", "Dolsk", "Varna"],
        ),
        (
            "The army's offensive on Karvo, launched in March, has since retaken Mesk and Dolsk.",
            {"Mesk": "settlement", "Dolsk": "admin ADM2"},
            ["Mesk", "Dolsk"],
        ),
    ],
)
def test_a_district_taken_beside_a_town_joins(text, kinds, reached):
    targets = _reached(text, "Karvo", kinds)
    for place in reached:
        assert place in targets


@pytest.mark.parametrize(
    ("text", "kinds", "not_reached"),
    [
        (
            # a district alone: where the campaign is, not a town it took
            "The army's offensive on Karvo, launched in March, has since retaken Dolsk.",
            {"Dolsk": "admin ADM3"},
            "Dolsk",
        ),
        (
            # a province beside the town is never one
            "The army's offensive on Karvo, launched in March, has since retaken Mesk and Varna.",
            {"Mesk": "settlement", "Varna": "admin ADM1"},
            "Varna",
        ),
    ],
)
def test_a_district_alone_or_a_province_does_not_join(text, kinds, not_reached):
    assert not_reached not in _reached(text, "Karvo", kinds)
