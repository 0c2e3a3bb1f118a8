"""Attackers an article names only by their state's adjective before the campaign noun: "Indian
troops have withdrawn from Walong after two days of heavy Chinese attacks", "Villagers fled as the
Azerbaijani assault on Jermuk entered its second day". Wire copy written from the defender's side
often names the attacker this way alone, with its troops ("Chinese forces") elsewhere in the
story; the word "Chinese" before "attacks" is no actor mention, so no other step reads it.

Only a campaign no other step gave an attacker, only where the sentence that tells it (or names one
of its targets) gives the adjective of exactly one state before a noun of attacking (not of a
defence: "counter-attack"), and only a state the article names as a side elsewhere."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .states import demonym_index

if TYPE_CHECKING:
    from .actor_dictionary import ActorMatch
    from .campaign_record import CampaignRecord
    from .sentences import Span

# Nouns of an attack the attacker makes; the words allowed between the adjective and the noun.
_ATTACK_NOUNS = r"(?:assaults?|attacks?|offensives?|onslaught|advance|push|thrust|invasion)"
_BETWEEN = r"(?:(?:ground|military|army|armoured|armored|infantry|tank|new|renewed|main|final|"
_BETWEEN += r"surprise|full-scale|all-out|[a-z]+-pronged|[a-z]+-day)\s+){0,2}"


@functools.cache
def _attack_by_demonym() -> re.Pattern:
    """ "Chinese attacks", "the Azerbaijani ground offensive": the adjective is group "dem"."""
    demonyms = sorted(demonym_index(), key=len, reverse=True)
    names = "|".join(re.escape(d) for d in demonyms)
    return re.compile(rf"(?<![\w-])(?P<dem>{names})\s+{_BETWEEN}{_ATTACK_NOUNS}\b(?!-)")


def _told_sentences(sentences: list[Span], record: CampaignRecord) -> list[Span]:
    """The sentence that tells the campaign and those that name its targets."""
    starts = [record.sentence_start] + [start for start, _ in record.target_spans]
    return [s for s in sentences if any(s.start <= at < s.end for at in starts)]


def demonym_attackers(
    text: str, sentences: list[Span], actors: list[ActorMatch], records: list[CampaignRecord]
) -> None:
    """Give each campaign without attackers the one state whose adjective stands before a noun of
    attacking in its sentences (module docstring), when the article names that state as a side."""
    named = {m.actor for m in actors}
    states = demonym_index()
    pattern = _attack_by_demonym()
    for record in records:
        if record.attackers:
            continue
        found = {
            states[m.group("dem")]
            for s in _told_sentences(sentences, record)
            for m in pattern.finditer(text, s.start, s.end)
        }
        if len(found) != 1:
            continue
        state = found.pop()
        if state in named and state not in record.opponents:
            record.attackers.append(state)
