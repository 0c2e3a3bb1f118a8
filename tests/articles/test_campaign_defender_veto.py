"""A side the campaign's own sentence tells defending, losing or giving up the place is not its
attacker; the side that sentence names doing the attack is (articles/extraction/
campaign_defender_veto.py)."""

from __future__ import annotations

import pytest

from articles.extraction.actor_dictionary import ActorMatch
from articles.extraction.campaign_defender_veto import attack_doers, defending_sides
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_roles import RoleModel, _attackers
from articles.extraction.sentences import Span


def _one_sentence(text: str, target: str) -> tuple[list[Span], CampaignRecord]:
    at = text.index(target)
    record = CampaignRecord(name=f"{target} offensive", named=False, sentence_start=0)
    record.targets, record.target_spans = [target], [(at, at + len(target))]
    return [Span(0, len(text))], record


def _side(text: str, words: str, actor: str, kind: str = "armed_group") -> ActorMatch:
    at = text.index(words)
    return ActorMatch(at, at + len(words), words, actor, kind)


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        ("Zandia army says it repelled dawn assault on Kolto; 12 dead", "Zandia", "Zandia"),
        ("Northern Front admits loss of Kolto to armoured column", "Northern Front", "NF"),
        ("The Northern Front conceded the fall of Kolto on Sunday", "Northern Front", "NF"),
        ("Zandia police abandon Kolto as gang returns", "Zandia", "Zandia"),
        ("Zandia said today its forces were fighting to hold Kolto", "Zandia", "Zandia"),
        ("Zandia says its forces drove off attackers at Kolto", "Zandia", "Zandia"),
        ("Zandian troops have abandoned Kolto after two days of shelling", "Zandian", "Zandia"),
    ],
)
def test_a_side_defending_or_giving_up_the_place_is_vetoed(text, words, actor):
    sentences, record = _one_sentence(text, "Kolto")
    side = _side(text, words, actor, "state" if actor == "Zandia" else "armed_group")
    assert actor in defending_sides(text, sentences, [side], record)


@pytest.mark.parametrize(
    "text",
    [
        "The Northern Front abandoned its assault on Kolto after a week",
        "The Northern Front stormed Kolto on Sunday, residents said",
        "The Northern Front said it had captured Kolto after a two-day siege",
        "Northern Front says siege of Kolto broken as its fighters push the army back",
    ],
)
def test_a_side_attacking_or_giving_up_its_own_attack_is_not_vetoed(text):
    sentences, record = _one_sentence(text, "Kolto")
    side = _side(text, "Northern Front", "NF")
    assert defending_sides(text, sentences, [side], record) == set()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Garrison abandons Kolto after two days of attacks by the Northern Front",
            "Northern Front",
        ),
        ("Zandia concedes loss of Kolto to the Northern Front", "Northern Front"),
        ("Zandian troops abandoned Kolto to Northern Front fighters overnight", "Northern Front"),
    ],
)
def test_the_side_the_sentence_names_doing_the_attack_is_offered(text, words):
    sentences, record = _one_sentence(text, "Kolto")
    side = _side(text, words, "NF")
    assert attack_doers(text, sentences, [side], record) == ["NF"]


STEADY = RoleModel(attacker={"bias": 0.0, "in_campaign_sentence": 2.0}, target={"bias": -4.0})


def _record(attackers: list[str]) -> CampaignRecord:
    record = CampaignRecord(name="Kolto offensive", named=False, sentence_start=0)
    record.targets, record.target_spans, record.attackers = ["Kolto"], [(0, 5)], attackers
    return record


def test_the_ranker_gives_the_vetoed_defenders_place_to_the_attacks_doer():
    # "Zandia admits loss of Kolto to the Northern Front": the rules took Zandia
    candidates = {"Zandia": {"in_campaign_sentence": 1.0}, "NF": {}}
    chosen = _attackers(STEADY, _record(["Zandia"]), candidates, defence=({"Zandia"}, ["NF"]))
    assert chosen == ["NF"]


def test_a_vetoed_defender_leaves_the_campaign_to_the_likeliest_other_side_there():
    # "Zandia police abandon Kolto as the Northern Front returns": no doer; the side named there
    # the ranker finds likely enough to fill an empty campaign (p = 0.65), not to join Zandia
    candidates = {"Zandia": {"in_campaign_sentence": 1.0}, "NF": {"in_campaign_sentence": 0.3}}
    chosen = _attackers(STEADY, _record(["Zandia"]), candidates, defence=({"Zandia"}, []))
    assert chosen == ["NF"]
    assert _attackers(STEADY, _record(["Zandia"]), candidates) == ["Zandia"]
