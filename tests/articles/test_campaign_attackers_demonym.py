"""A campaign without attackers whose sentence gives one state's adjective before a noun of
attacking ("heavy Chinese attacks", "the Azerbaijani assault on Jermuk") gets that state, when the
article names it as a side (articles/extraction/campaign_attackers_demonym.py)."""

from __future__ import annotations

import pytest

from articles.extraction.actor_dictionary import ActorMatch
from articles.extraction.campaign_attackers_demonym import demonym_attackers
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.sentences import Span


def _sentences(text: str) -> list[Span]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append(Span(start, start + len(line)))
        start += len(line) + 1
    return spans


def _campaign(text: str, target: str) -> CampaignRecord:
    at = text.index(target)
    record = CampaignRecord(name=f"{target} offensive", named=False, sentence_start=at)
    record.targets, record.target_spans = [target], [(at, at + len(target))]
    return record


def _side(text: str, words: str, actor: str) -> ActorMatch:
    at = text.index(words)
    return ActorMatch(at, at + len(words), words, actor, "state")


@pytest.mark.parametrize(
    ("text", "target", "side", "state"),
    [
        (
            "NEW DELHI, Nov. 17 (AP) - Indian troops have withdrawn from Walong, the last Indian"
            " stronghold in the valley, after two days of heavy Chinese attacks, the Defense"
            " Ministry announced tonight.\n"
            "A ministry spokesman said Chinese forces overran the forward posts.",
            "Walong",
            "Chinese forces",
            "China",
        ),
        (
            "YEREVAN (Reuters) - Families fled the spa town of Jermuk on Wednesday as the"
            " Azerbaijani ground offensive on the border entered its second day, officials said.\n"
            "Prime Minister Nikol Pashinyan said Azerbaijani forces had occupied 10 square km.",
            "Jermuk",
            "Azerbaijani forces",
            "Azerbaijan",
        ),
    ],
)
def test_a_state_named_by_its_adjective_before_the_attack_attacks(text, target, side, state):
    record = _campaign(text, target)
    demonym_attackers(text, _sentences(text), [_side(text, side, state)], [record])
    assert record.attackers == [state]


@pytest.mark.parametrize(
    "sentence",
    [
        # a defender's counter-attack is no attack on the town
        "Kenyan troops held Kolbio on Tuesday after a Somali counter-attack, officials said.",
        # two states' adjectives: the sentence does not say which one attacks
        "Kenyan troops held Kolbio on Tuesday against Somali attacks and Kenyan air strikes"
        " followed a Kenyan assault on the ridge.",
    ],
)
def test_no_single_attacking_adjective_leaves_the_campaign_sideless(sentence):
    text = sentence + "\nSomali forces and Kenyan forces were both named later."
    record = _campaign(text, "Kolbio")
    actors = [_side(text, "Somali forces", "Somalia"), _side(text, "Kenyan forces", "Kenya")]
    demonym_attackers(text, _sentences(text), actors, [record])
    assert record.attackers == []


def test_a_state_the_article_never_names_as_a_side_is_not_added():
    text = "Troops withdrew from Walong after two days of heavy Chinese attacks, officials said."
    record = _campaign(text, "Walong")
    demonym_attackers(text, _sentences(text), [], [record])
    assert record.attackers == []
