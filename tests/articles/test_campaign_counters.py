"""The other side's counter-offensive on a town a campaign is on (articles/extraction/
campaign_counters.py): two phrasings of each case, and what stays one campaign."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction.actor_dictionary import ActorMatch
from articles.extraction.campaign_counters import add_counter_offensives
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.sentences import sentences

SIDES = {
    "rebels of the Northern Front": ("Northern Front", "armed_group"),
    "Northern Front": ("Northern Front", "armed_group"),
    "government troops": ("Zandian Army", "state"),
    "The army": ("Zandian Army", "state"),
    "allied air force": ("Ostland", "state"),
    "Coastal Militia": ("Coastal Militia", "armed_group"),
}
PUBLISHED = dt.date(2020, 3, 10)


def _actors(text: str) -> list[ActorMatch]:
    found = []
    for words, (actor, kind) in SIDES.items():
        at = text.find(words)
        while at != -1:
            found.append(ActorMatch(at, at + len(words), words, actor, kind))
            at = text.find(words, at + 1)
    return sorted(found, key=lambda m: m.start)


def _run(text: str, attackers: list[str], name: str = "Karvo offensive") -> list[CampaignRecord]:
    at = text.find("Karvo")
    record = CampaignRecord(
        name=name,
        named=name != "Karvo offensive",
        attackers=attackers,
        targets=["Karvo"],
        target_spans=[(at, at + 5)],
        started_on=dt.date(2020, 3, 1),
    )
    return add_counter_offensives(text, sentences(text), _actors(text), [record], PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels of the Northern Front overran Karvo on March 1. On Monday government troops "
        "backed by allied air force pushed back into Karvo after two days of shelling.",
        "The Northern Front seized the market town early this month. The army said it "
        "regained control on Sunday of the centre of Karvo and that the rebels fled.",
        # "planes" is no word of planning
        "Rebels of the Northern Front overran Karvo on March 1. On Monday government troops "
        "backed by gunships and planes pushed back into Karvo.",
        # a long object: the town's name starts within the window and runs past it
        "Rebels of the Northern Front entered the town on March 1. Yesterday government troops "
        "drove rebel fighters and volunteers out of most of the city of Karvo.",
        "The Northern Front stormed the market town last week. The army said it drove the "
        "guerrillas and their recruits out of the district of Karvo on Sunday.",
    ],
)
def test_the_other_side_pushing_back_into_the_town_is_a_counter_offensive(text):
    first, counter = _run(text, ["Northern Front"])
    assert first.attackers == ["Northern Front"]
    assert counter.name == "Karvo counter-offensive"
    assert counter.attackers == ["Zandian Army"]
    assert counter.targets == ["Karvo"]


@pytest.mark.parametrize(
    "text",
    [
        # the retaking is only expected, or wished for
        "The Northern Front holds Karvo. A government counter-offensive on Karvo is expected "
        "within days, officials said.",
        "The Northern Front holds Karvo. The army would soon retake Karvo, the minister said.",
        # an earlier fight, told in an "after" clause
        "The Northern Front entered Karvo on March 1. The town was calm in 2015 after "
        "government troops drove the militants out of Karvo.",
        # a retaking before the story's fight
        "The Northern Front said on Monday it had recaptured Karvo. The army had retaken Karvo "
        "from the rebels in January, before a truce was signed.",
        # a backer of the campaign's own side is no counter-attacker
        "Government troops backed by allied air force recaptured Karvo on Monday.",
        # the town only places the retaken one
        "The Northern Front entered Karvo on March 1. The army said on Monday it had retaken "
        "the hill village of Lomsk, 30 km south of Karvo.",
        "The Northern Front holds Karvo. Government troops recaptured the airstrip at Lomsk; "
        "Karvo itself stayed quiet.",
        # the town is named, but the retaking is of another place
        "The army said it had retaken the centre of Lomsk on Monday and that the garrison of "
        "Karvo had never lost control of the town.",
        # a passive "driven out": the words before it name the side driven out, not the doer
        "The army says Northern Front driven out of Karvo\nThe Northern Front entered Karvo "
        "on March 1.",
        "Coastal Militia fighters were driven from Karvo by the rebels of the Northern Front, "
        "who entered the town on March 1.",
    ],
)
def test_no_counter_offensive(text):
    attackers = ["Zandian Army"] if text.startswith("Government") else ["Northern Front"]
    assert len(_run(text, attackers)) == 1


@pytest.mark.parametrize(
    ("text", "retakers", "first_attacker"),
    [
        (
            "Army retakes Karvo from rebels\nThe army has retaken the market town of Karvo, "
            "three weeks after rebels of the Northern Front seized it, officials said on Tuesday.",
            ["Zandian Army"],
            "Northern Front",
        ),
        (
            "Northern Front retake Karvo a month after government victory\nThe guerrillas have "
            "recaptured Karvo, forcing government troops to pull back towards the coast.",
            ["Northern Front"],
            "Zandian Army",
        ),
    ],
)
def test_a_retaking_soon_after_the_other_sides_attack_answers_it(text, retakers, first_attacker):
    # campaign_answered: the campaign found is the retaking; the attack it answers came first
    first, counter = _run(text, retakers)
    assert first.attackers == [first_attacker]
    assert first.targets == ["Karvo"]
    assert counter.name == "Karvo counter-offensive"
    assert counter.attackers == retakers


@pytest.mark.parametrize(
    "text",
    [
        # a town held for months: the retaking is the story's one campaign
        "Army retakes Karvo\nThe army recaptured Karvo on Monday, six months after rebels of the "
        "Northern Front overran it and declared it their capital.",
        # the attack told before is the retakers' own
        "The army recaptured the centre of Karvo on Monday, a week after government troops "
        "stormed the town in a push to reclaim the province.",
        # a retaking only planned
        "The army launched an operation to retake Karvo, two weeks after rebels of the Northern "
        "Front seized it.",
    ],
)
def test_a_retaking_stays_one_campaign(text):
    assert len(_run(text, ["Zandian Army"])) == 1


@pytest.mark.parametrize(
    ("text", "clearers", "first_attacker"),
    [
        (
            "Army clears Karvo\nOn Saturday government troops fought for a third day to drive "
            "rebels of the Northern Front out of Karvo, officials said. Hundreds of rebels of the "
            "Northern Front stormed Karvo before dawn on Thursday and seized the town hall.",
            ["Zandian Army"],
            "Northern Front",
        ),
        (
            "Northern Front retakes Karvo\nThe Northern Front drove its rivals out of the river "
            "town of Karvo yesterday after four days of fighting. Fighters of the Coastal Militia, "
            "who had controlled most of the town since Tuesday, fell back to the coast.",
            ["Northern Front"],
            "Coastal Militia",
        ),
    ],
)
def test_clearing_a_town_the_other_side_took_answers_its_attack(text, clearers, first_attacker):
    # campaign_answered._driven_out: the clearing answers the other side's taking told after it
    first, counter = _run(text, clearers)
    assert first.attackers == [first_attacker]
    assert first.targets == ["Karvo"]
    assert counter.name == "Karvo counter-offensive"
    assert counter.attackers == clearers


@pytest.mark.parametrize(
    "text",
    [
        # no taking told: the clearing is the story's one campaign
        "On Monday government troops drove rebels of the Northern Front out of Karvo after a "
        "week of shelling.",
        # a town held for years
        "The army drove the Northern Front out of Karvo on Monday. The rebels of the Northern "
        "Front had held the town since 2015.",
        # the clearing's own side driven out (passive)
        "On Monday government troops were driven out of Karvo. Rebels of the Northern Front "
        "stormed Karvo at dawn.",
    ],
)
def test_a_clearing_stays_one_campaign(text):
    assert len(_run(text, ["Zandian Army"])) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Northern Front stormed Karvo on March 1. The army said on Monday its troops had "
        "driven the rebels out of Karvo after two days of street fighting.",
        "Rebels of the Northern Front overran the town last week. The defence ministry "
        "announced that government troops had recaptured Karvo overnight.",
    ],
)
def test_a_retaking_told_in_reported_speech_is_the_storys_counter_offensive(text):
    # "said … had driven": the past perfect is the report's, not an earlier fight's
    _first, counter = _run(text, ["Northern Front"])
    assert counter.attackers == ["Zandian Army"]
    assert counter.targets == ["Karvo"]


def _run_named(text: str) -> list[CampaignRecord]:
    return _run(text, ["Northern Front"], name="Operation Red Dawn")


@pytest.mark.parametrize(
    "text",
    [
        "Operation Red Dawn stalls in Karvo as the army strikes back\nThe army said on Sunday "
        "its units had driven rebel fighters out of Karvo and now held the town centre.",
        "Rebels of the Northern Front launched Operation Red Dawn on Karvo on March 1. On "
        "Monday government troops pushed back into Karvo under cover of artillery.",
    ],
)
def test_the_other_side_pushing_back_on_a_named_operations_town_is_its_own_campaign(text):
    operation, counter = _run_named(text)
    assert operation.name == "Operation Red Dawn"
    assert counter.attackers == ["Zandian Army"]
    assert counter.targets == ["Karvo"]


def test_a_named_operation_without_a_push_back_stays_one_campaign():
    text = (
        "Rebels of the Northern Front launched Operation Red Dawn on Karvo on March 1. The army "
        "said it would retake Karvo within days."
    )
    assert len(_run_named(text)) == 1
