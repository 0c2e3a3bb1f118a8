"""Who attacks, read from the parse: the agent of the campaign's trigger, never its backer or the side
it is fought against (articles/extraction/campaign_parse.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract

MONDAY = dt.date(2024, 6, 17)


def _attackers(text: str, dictionary) -> dict[str, list[str]]:
    return {c.name: c.attackers for c in extract(text, published=MONDAY, dictionary=dictionary).campaigns}


@pytest.mark.parametrize("text", [
    # pattern "assault", passive agent of "led"
    "The assault on Mirebalais, which began before dawn on Monday, is led by Viv Ansanm, police said.",
    # pattern "offensive", passive agent of the governing "launched"
    "The offensive on Mirebalais was launched on Monday by Viv Ansanm, a coalition of armed gangs, police said.",
])
def test_the_side_named_by_a_passive_by_attacks(dictionary, text):
    assert _attackers(text, dictionary) == {"Mirebalais offensive": ["Viv Ansanm"]}


@pytest.mark.parametrize("text", [
    "The US-backed Syrian Democratic Forces said on Friday they had resumed their assault on Baghuz.",
    "Commanders of the US-supported Syrian Democratic Forces said they had launched a push on Baghuz.",
])
def test_a_backer_named_inside_the_attackers_phrase_is_not_an_attacker(dictionary, text):
    assert _attackers(text, dictionary) == {"Baghuz offensive": ["Syrian Democratic Forces"]}


@pytest.mark.parametrize(("text", "attacker"), [
    # pattern "offensive": the subject of a governing "launched"
    ("Residents said M23 rebels launched their first assault on Kanyabayonga two weeks ago.", "M23"),
    # pattern "push": a possessive names the side
    ("Officials in Kabul said the Taliban's push on Kunduz had stalled after heavy fighting.", "Taliban"),
])
def test_the_subject_or_possessor_of_the_trigger_attacks(dictionary, text, attacker):
    attackers = _attackers(text, dictionary)
    assert list(attackers.values()) == [[attacker]]


@pytest.mark.parametrize("text", [
    "Afghan troops launched an offensive to retake Kunduz from the Taliban on Monday, officials said.",
    "Government forces pushed to retake Marib from the Houthis, military sources said on Monday.",
])
def test_the_side_a_place_is_retaken_from_is_never_an_attacker(dictionary, text):
    for attackers in _attackers(text, dictionary).values():
        assert "Taliban" not in attackers and "Houthis" not in attackers
