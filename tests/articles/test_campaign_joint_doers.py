"""Sides told doing one attack together are partners (articles/extraction/campaign_joint_doers.py,
joined through campaign_allies' companions): two phrasings per pattern, and the pairings that do
not make partners."""

from __future__ import annotations

import pytest

from articles.extraction.actors import find_actors
from articles.extraction.campaign_allies import add_allies, join_companions
from articles.extraction.campaign_joint_doers import joint_doers
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.sentences import sentences
from places.nlp import parse


def _pairs(text: str, dictionary) -> set[tuple[str, str]]:
    actors = find_actors(text, dictionary.with_states())
    doc = parse(text)
    found: set[tuple[str, str]] = set()
    for sentence in sentences(text):
        inside = [m for m in actors if sentence.start <= m.start < sentence.end]
        found |= set(joint_doers(doc, sentence, inside))
    return found


JOINT = [
    (
        # conjoined subjects of a verb of taking
        "Kachin Independence Army fighters and People's Defence Force units stormed the "
        "outposts around Bhamo on Friday.",
        "Kachin Independence Army",
        "People's Defence Force",
    ),
    (
        "Fighters of the Kachin Independence Army and the People's Defence Force overran the "
        "army camp outside Lashio before dawn.",
        "Kachin Independence Army",
        "People's Defence Force",
    ),
    (
        # "together with", "along with"
        "Ugandan soldiers, together with troops of the Congolese army, retook Beni on Friday, "
        "a spokesman said.",
        "Uganda People's Defence Force",
        "Armed Forces of the Democratic Republic of the Congo",
    ),
    (
        "Iraqi soldiers along with fighters of the Badr Organisation recaptured Baiji on "
        "Tuesday after a week of fighting.",
        "Iraqi Security Forces",
        "Badr Organization",
    ),
]


@pytest.mark.parametrize(("text", "one", "other"), JOINT)
def test_sides_told_attacking_together_are_partners(dictionary, text, one, other):
    pairs = _pairs(text, dictionary)
    assert (one, other) in pairs
    assert (other, one) in pairs


@pytest.mark.parametrize(
    "text",
    [
        # facing each other, not together: no subject of a taking verb
        "Clashes between Kachin Independence Army fighters and People's Defence Force units "
        "broke out near Bhamo on Friday.",
        # fighting may be against each other
        "Ugandan soldiers and troops of the Congolese army fought near Beni on Friday.",
        # a backer is the ally step's, not a doer of the subject
        "Iraqi soldiers, backed by Badr Organisation fighters, recaptured Baiji on Tuesday.",
        # the other side is the verb's object
        "Kachin Independence Army fighters stormed outposts of the People's Defence Force "
        "near Bhamo on Friday.",
    ],
)
def test_no_partners_outside_a_joint_subject(dictionary, text):
    assert _pairs(text, dictionary) == set()


def _record(text: str, dictionary, target: str) -> CampaignRecord:
    actors = find_actors(text, dictionary.with_states())
    spans = sentences(text)
    start = text.index(target)
    record = CampaignRecord(
        name=f"{target} offensive",
        attackers=[],
        named=False,
        targets=[target],
        target_spans=[(start, start + len(target))],
        sentence_start=spans[0].start,
        sentence_end=spans[0].end,
    )
    add_allies(text, spans, actors, [record], parse(text))
    return record


@pytest.mark.parametrize(("text", "one", "other"), [JOINT[2], JOINT[3]])
def test_a_joint_doer_joins_the_ranked_attacker_over_the_target(dictionary, text, one, other):
    target = "Beni" if "Beni" in text else "Baiji"
    record = _record(text, dictionary, target)
    assert record.attackers == []  # nothing joins before the ranker chose the attacker
    record.attackers = [one]
    join_companions(record)
    assert record.attackers == [one, other]


def test_no_joint_doer_joins_a_campaign_elsewhere(dictionary):
    text = (
        "The assault on Rubaya began on Monday, residents said.\n"
        "Thousands of people fled towards the lake.\n"
        "Ugandan soldiers, together with troops of the Congolese army, retook Beni on Friday."
    )
    record = _record(text, dictionary, "Rubaya")
    record.attackers = ["Uganda People's Defence Force"]
    join_companions(record)
    assert record.attackers == ["Uganda People's Defence Force"]
