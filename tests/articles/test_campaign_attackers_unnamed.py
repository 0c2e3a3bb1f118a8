"""A campaign without attackers whose sentence speaks of unnamed troops gets the side the article's
bare "the army" stands for (articles/extraction/campaign_attackers_unnamed.py); a side named after
"on <weekday> as …" starts a new clause and is no opponent (campaign_sides._OPPONENT_CUE)."""

from __future__ import annotations

import pytest

from articles.extraction.actor_dictionary import ActorMatch
from articles.extraction.campaign_attackers_unnamed import unnamed_attackers
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction.campaign_sides import opponents
from articles.extraction.sentences import Span

ARMY = "Example Armed Forces"


def _army_mentions(text: str, actor: str = ARMY) -> list[ActorMatch]:
    """The actor dictionary's reading of each bare "army" in `text` (actors.py)."""
    found, start = [], text.find("army")
    while start >= 0:
        found.append(ActorMatch(start, start + 4, "army", actor, "state"))
        start = text.find("army", start + 1)
    return found


def _one_campaign(text: str, target: str) -> tuple[list[Span], CampaignRecord]:
    first = text.index("\n")
    sentences = [Span(0, first), Span(first + 1, len(text))]
    at = text.index(target)
    record = CampaignRecord(name=f"{target} offensive", named=False)
    record.targets, record.target_spans = [target], [(at, at + len(target))]
    return sentences, record


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Troops sweep into Kasala as manhunt widens\n"
            "The army said on Monday it would stay in the town until the gunmen were caught.",
            "Kasala",
        ),
        (
            "Soldiers comb the hills around Tarlo after convoy ambush\n"
            "An army spokesman said the search would go on until every village had been visited.",
            "Tarlo",
        ),
    ],
)
def test_unnamed_troops_are_the_army_the_article_means(text, target):
    sentences, record = _one_campaign(text, target)
    unnamed_attackers(text, sentences, _army_mentions(text), [record])
    assert record.attackers == [ARMY]


def test_a_named_side_in_the_sentence_keeps_the_campaign_sideless():
    text = (
        "Rebels of the Front overrun Kasala as troops flee\n"
        "The army said on Monday it had withdrawn from the town."
    )
    sentences, record = _one_campaign(text, "Kasala")
    actors = [
        ActorMatch(text.index("Front"), text.index("Front") + 5, "Front", "Front", "armed_group")
    ]
    actors += _army_mentions(text)
    unnamed_attackers(text, sentences, sorted(actors, key=lambda m: m.start), [record])
    assert record.attackers == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Troops cling to the centre of Kasala as insurgent units push in\n"
            "The army said on Monday that supplies were reaching the town by air.",
            "Kasala",
        ),
        (
            "Guerrillas say they hold Tarlo as soldiers pull back\n"
            "An army spokesman denied that the town had fallen.",
            "Tarlo",
        ),
    ],
)
def test_troops_told_defending_are_not_made_the_attackers(text, target):
    sentences, record = _one_campaign(text, target)
    unnamed_attackers(text, sentences, _army_mentions(text), [record])
    assert record.attackers == []


def test_an_army_word_standing_for_two_sides_names_none():
    text = (
        "Troops sweep into Kasala as manhunt widens\n"
        "The army said it would stay; the neighbouring army said it had closed the border."
    )
    sentences, record = _one_campaign(text, "Kasala")
    mentions = _army_mentions(text)
    mentions[1] = ActorMatch(mentions[1].start, mentions[1].end, "army", "Other Army", "state")
    unnamed_attackers(text, sentences, mentions, [record])
    assert record.attackers == []


def _opponents_of(text: str, side: str) -> list[str]:
    at = text.index(side)
    actors = [ActorMatch(at, at + len(side), side, side, "state")]
    return opponents(text, Span(0, len(text)), 0, actors, [])


@pytest.mark.parametrize(
    "text",
    [
        "Shelling of the village of Kalinovo intensified on Saturday as Ruritanian security"
        " forces closed in on rebels dug in near the capital, officials said.",
        "Bombardment of the town of Kalinovo resumed on Sunday when Ruritanian security"
        " forces moved up tanks and artillery, witnesses said.",
    ],
)
def test_a_side_after_on_a_weekday_as_is_no_opponent(text):
    assert _opponents_of(text, "Ruritanian security forces") == []


@pytest.mark.parametrize(
    "text",
    [
        "The army launched an offensive against the Ruritanian rebels on Tuesday.",
        "Troops pushed on to retake the town from Ruritanian rebels, officials said.",
    ],
)
def test_a_side_the_campaign_is_against_is_still_an_opponent(text):
    assert _opponents_of(text, "Ruritanian rebels") == ["Ruritanian rebels"]
