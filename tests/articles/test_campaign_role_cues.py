"""The campaign role ranker's balance and place cues (articles/extraction/campaign_role_cues.py):
the side a place is taken from or whose positions are struck is the loser, the side named most yet
told defending is marked, and a place inside the attacker's clause or the campaign's paragraph is
marked; two phrasings per cue. With the shipped weights, a campaign the rules leave without a side
gets the one the next sentence tells attacking, not the one it tells attacked."""

from __future__ import annotations

import pytest

from articles.extraction import extract
from articles.extraction.campaign_role_features import actor_features, place_features, text_cues
from tests.articles.rows import FRIDAY_28_JUNE_2024


def _features(text, dictionary, kind="actor"):
    result = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, role_model=None)
    ctx = result.roles
    assert ctx is not None and ctx.records
    read = actor_features if kind == "actor" else place_features
    return ctx.records[0], read(ctx, ctx.records[0])


LOSERS = [
    # the side a town is retaken from
    (
        "Somali government forces recaptured the town of Bulo Burde from al-Shabaab on Tuesday,"
        " officials said.",
        "Al-Shabaab",
    ),
    # the side whose positions an attacking verb strikes
    (
        "The Taliban's positions around Kunduz were bombed by Afghan aircraft overnight as"
        " government troops advanced on the city.",
        "Taliban",
    ),
]


@pytest.mark.parametrize(("text", "loser"), LOSERS)
def test_the_side_a_place_is_taken_from_is_the_loser(text, loser, dictionary):
    _, features = _features(text, dictionary)
    assert features[loser]["deeds_lost"] > 0
    assert features[loser]["patient_share"] == 1.0
    assert features[loser]["campaign_sentence_patient"] == 1.0
    assert "most_agent" not in features[loser]


DEFENDED = [
    # told from the defender's side: it is named most and repels the attack
    (
        "Ukrainian forces repelled a Russian assault on Chasiv Yar on Monday, Ukraine's general"
        " staff said. Ukrainian units held their positions near the town.",
        "Ukraine",
        "Russia",
    ),
    (
        "Iraqi forces repelled an Islamic State assault on Haditha on Sunday, Iraq's defence"
        " ministry said. Iraqi troops held the town's outskirts through the night.",
        "Iraqi Security Forces",
        "Islamic State",
    ),
]


@pytest.mark.parametrize(("text", "defender", "attacker"), DEFENDED)
def test_the_most_named_side_told_defending_is_marked(text, defender, attacker, dictionary):
    _, features = _features(text, dictionary)
    assert features[defender].get("most_named_patient") == 1.0
    assert features[attacker].get("most_agent") == 1.0
    assert features[attacker]["agent_share"] > features[defender]["agent_share"]


PUSHES = [
    # a second town inside the attacker's clause, in the campaign's paragraph
    (
        "Arakan Army fighters launched an offensive on Buthidaung on Monday and overran an army"
        " base at Maungdaw, residents said.",
        "maungdaw",
    ),
    (
        "Russian forces launched an assault on Avdiivka on Thursday after they captured the"
        " village of Krasnohorivka to the north, a Ukrainian military spokesman said.",
        "krasnohorivka",
    ),
]


@pytest.mark.parametrize(("text", "place"), PUSHES)
def test_a_place_in_the_attackers_clause_is_marked(text, place, dictionary):
    record, features = _features(text, dictionary, kind="place")
    assert record.attackers
    assert features[place].get("in_attacker_clause") == 1.0
    assert features[place]["in_campaign_paragraph"] == 1.0
    assert features[place]["sentence_distance"] == 0.0


FILLED = [
    # the campaign's sentence names no side; the next tells who shells whom
    (
        "Heavy fighting raged around Bakhmut on Monday as the assault on the city intensified."
        " Russian troops shelled Ukrainian positions and advanced on the western outskirts,"
        " officials said.",
        "Russia",
    ),
    (
        "The siege of Mekelle tightened on Wednesday. Ethiopian troops pounded the city's"
        " outskirts and seized the airport, a diplomat said.",
        "Ethiopian National Defense Force",
    ),
]


@pytest.mark.parametrize(("text", "attacker"), FILLED)
def test_the_shipped_ranker_names_the_side_doing_the_attacking(text, attacker, dictionary):
    rules = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, role_model=None)
    assert [c.attackers for c in rules.campaigns] == [[]]
    learned = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary)
    assert [c.attackers for c in learned.campaigns] == [[attacker]]


@pytest.mark.parametrize(
    ("sentence", "side", "facing"),
    [
        (
            "Clashes between Iraqi troops and fighters of the Badr Organisation broke out.",
            "Badr",
            True,
        ),
        ("Government soldiers clashed overnight with the Mai-Mai in the hills.", "Mai-Mai", True),
        ("Iraqi troops and fighters of the Badr Organisation stormed the town.", "Badr", False),
    ],
)
def test_a_side_told_facing_another_is_a_cue_of_the_role_ranker(sentence, side, facing):
    """In "clashes between A and B" B stands against A, though "and" joins them as it joins
    allies."""
    start = sentence.index(side)
    cues = text_cues(sentence, 0, start, start + len(side))
    assert ("facing_cue" in cues) is facing
