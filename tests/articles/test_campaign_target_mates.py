"""The places one action of a campaign struck beside a town it already targets join it, in an
article of several campaigns (campaign_target_mates.py), and a target's span takes the site noun
after its name (campaign_site_nouns.py); two phrasings each, and what does not join."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.actors import find_actors
from articles.extraction.campaign_context import CampaignArticle
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_site_nouns import with_site_nouns
from articles.extraction.campaign_target_mates import add_target_mates
from articles.extraction.records import PlaceRecord
from articles.extraction.sentences import sentences
from places.nlp import parse


def _record(text: str, target: str, attackers: list[str]) -> CampaignRecord:
    start = text.find(target)
    return CampaignRecord(
        name=f"{target} offensive",
        named=False,
        targets=[target],
        target_spans=[(start, start + len(target))],
        attackers=attackers,
        started_on=dt.date(2024, 5, 1),
    )


def _mates(dictionary, text: str, towns: list[str], first, second) -> list[CampaignRecord]:
    """The targets each of two campaigns ((target, attackers) pairs) has after the step, with
    `towns` the geoparser's settlements."""
    places = []
    for name in towns:
        start = text.find(name)
        while start >= 0:
            places.append(PlaceRecord(start, start + len(name), name, name, kind="settlement"))
            start = text.find(name, start + 1)
    places.sort(key=lambda p: p.start)
    records = [_record(text, *first), _record(text, *second)]
    actors = find_actors(text, dictionary.with_states())
    article = CampaignArticle(
        text, sentences(text), actors, dt.date(2024, 6, 28), places, parse(text)
    )
    add_target_mates(article, records)
    return records


TOWNS = ["Kidal", "Tessalit", "Aguelhok", "Gao", "Menaka", "Ansongo"]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            # two verbs sharing their subject: the second's town is the same action's
            "Al-Shabaab fighters have besieged Kidal since May, residents said.\n"
            "Malian troops recaptured Gao on Wednesday after a week-long assault.\n"
            "The militants stormed Kidal on Wednesday and captured Tessalit on Thursday, a "
            "spokesman said.",
            ["Tessalit"],
        ),
        (
            # a list of objects of one verb, then a verb joined to it
            "Al-Shabaab fighters have besieged Kidal since May, residents said.\n"
            "Malian troops recaptured Gao on Wednesday after a week-long assault.\n"
            "Al-Shabaab attacked Kidal and Aguelhok on 30 October, and took the town of "
            "Tessalit about ten days later.",
            ["Aguelhok", "Tessalit"],
        ),
    ],
)
def test_places_struck_with_a_target_join_its_campaign(dictionary, text, joined):
    kidal, gao = _mates(
        dictionary, text, TOWNS, ("Kidal", ["Al-Shabaab"]), ("Gao", ["Malian Armed Forces"])
    )
    for place in joined:
        assert place in kidal.targets
        assert place not in gao.targets


@pytest.mark.parametrize(
    ("text", "kept_out"),
    [
        (
            # the other side's action on the target
            "Al-Shabaab fighters have besieged Kidal since May, residents said.\n"
            "Malian troops recaptured Gao on Wednesday after a week-long assault.\n"
            "Malian aircraft bombed Kidal and struck Tessalit on Thursday, the rebels said.",
            "Tessalit",
        ),
        (
            # an earlier year's taking
            "Al-Shabaab fighters have besieged Kidal since May, residents said.\n"
            "Malian troops recaptured Gao on Wednesday after a week-long assault.\n"
            "The militants first stormed Kidal and Tessalit in 2012, residents recalled.",
            "Tessalit",
        ),
        (
            # a second clause with a subject of its own
            "Al-Shabaab fighters have besieged Kidal since May, residents said.\n"
            "Malian troops recaptured Gao on Wednesday after a week-long assault.\n"
            "The militants stormed Kidal on Wednesday and the army retook Menaka, officials "
            "said.",
            "Menaka",
        ),
        (
            # another campaign's target stays its own
            "Al-Shabaab fighters have besieged Kidal since May, residents said.\n"
            "Malian troops recaptured Gao on Wednesday after a week-long assault.\n"
            "The militants attacked Kidal and Gao on Thursday, residents said.",
            "Gao",
        ),
    ],
)
def test_no_other_side_earlier_action_or_other_campaign_joins(dictionary, text, kept_out):
    kidal, _ = _mates(
        dictionary, text, TOWNS, ("Kidal", ["Al-Shabaab"]), ("Gao", ["Malian Armed Forces"])
    )
    assert kept_out not in kidal.targets


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab fighters have besieged Kidal since May, residents said.\n"
        "Malian troops recaptured Gao on Wednesday after a week-long assault.\n"
        "Malian troops, backed by Russian air power, captured Kidal and Tessalit on May 9.",
        "Al-Shabaab fighters have besieged Kidal since May, residents said.\n"
        "Malian troops recaptured Gao on Wednesday after a week-long assault.\n"
        "Earlier, Russian jets and Malian troops stormed Kidal and seized Tessalit.",
    ],
)
def test_a_side_of_another_campaign_keeps_its_places_out(dictionary, text):
    # a backer wrongly counted among this campaign's attackers does not make the other side's
    # taking this campaign's
    kidal, _ = _mates(
        dictionary,
        text,
        TOWNS,
        ("Kidal", ["Al-Shabaab", "Russia"]),
        ("Gao", ["Malian Armed Forces"]),
    )
    assert "Tessalit" not in kidal.targets


@pytest.mark.parametrize(
    ("text", "target", "surface"),
    [
        (
            "Iranian troops were advancing on the Darbandikhan dam on Friday.",
            "Darbandikhan",
            "Darbandikhan dam",
        ),
        (
            "Federal jets bombed the Uli airstrip overnight, cutting the airlift.",
            "Uli",
            "Uli airstrip",
        ),
        (
            "Troops stormed Tripoli International Airport on Sunday.",
            "Tripoli",
            "Tripoli International Airport",
        ),
        ("The rebels pushed into the Argun Gorge at dawn.", "Argun", "Argun Gorge"),
    ],
)
def test_a_target_span_takes_its_site_noun(text, target, surface):
    start = text.find(target)
    record = CampaignRecord(
        name=f"{target} offensive",
        named=False,
        targets=[target],
        target_spans=[(start, start + len(target))],
    )
    with_site_nouns(text, [record])
    assert [text[s:e] for s, e in record.target_spans] == [surface]
    assert record.targets == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a camp or a base is mostly named without its noun in the gold
        ("Troops shelled the Wahdat camp overnight.", "Wahdat"),
        ("The militants overran the Kitona base on Sunday.", "Kitona"),
    ],
)
def test_a_camp_or_base_keeps_the_bare_name(text, target):
    start = text.find(target)
    record = CampaignRecord(
        name=f"{target} offensive",
        named=False,
        targets=[target],
        target_spans=[(start, start + len(target))],
    )
    with_site_nouns(text, [record])
    assert [text[s:e] for s, e in record.target_spans] == [target]
