"""Start statements told by a verb going on "since" a date: a siege or a push on a place ("have
besieged X since late June", "X has been cut off since late June", "who have pushed west along the
coast road towards X since June"), an attempt on it ("have tried to take X again and again since
early September") and a defence holding out against it ("a defence that had held out against
Russian assaults since March").
campaign_starts.py makes them statements of the siege rank."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .campaign_lexicon import CLAUSES, forms
from .dates import DAY, MONTH, DateMention, find_dates

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

# Verbs of a campaign that goes on: "have besieged Taloqan since late June", "Misrata has been
# surrounded … since March". Not "held": "held by the militants since August" dates the defence.
SIEGE_VERBS = forms(
    "besieged besieging encircled encircling surrounded surrounding blockaded blockading "
    "pressing pressed attacking attacked shelling shelled assaulting assaulted blocked blocking "
    "battled battling fought fighting pushed pushing advanced advancing raided raiding pounded "
    "pounding ringed ringing cordoned cordoning"
)
# "Cut off" is a siege told by a verb and its particle: "Maglaj has been cut off since late June",
# "the city, cut off by road since mid-August".
_CUT = forms("cut cutting")
# Verbs of a defence that holds out against the campaign: "had held out against assaults since".
HOLDING_OUT = forms("held holding hold holds")
# Verbs of trying: with "since", an attempt on the place their clause names goes on since then
# ("have tried to take X again and again since early September", "have been trying since August
# to reach the town of X").
TRYING = forms("tried trying try sought seeking attempted attempting")


def since_reading(
    verb: Token, since_of: Callable[[Token], DateMention | None]
) -> tuple[DateMention, tuple[int, int]] | None:
    """(the "since" date, the words naming the place) of a siege, push, attempt or defence verb;
    `since_of` gives a token's "since" date modifier."""
    if holding_out(verb):
        # "a defence that had held out against Russian assaults since March": the assaults
        # began then
        date = since_of(verb)
        return (date, span([verb])) if date is not None else None
    if verb.lower_ in TRYING:
        # "have tried to take X again and again since early September"
        goal = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if goal is None:
            return None
        date = since_of(verb) or since_of(goal)
        scope = siege_scope(goal)
    elif verb.lower_ in SIEGE_VERBS or cut_off(verb):
        date, scope = since_of(verb), siege_scope(verb)
    else:
        return None
    return (date, scope) if date is not None and scope is not None else None


def cut_off(verb: Token) -> bool:
    """ "has been cut off since late June": a siege told by "cut" and its particle "off"."""
    return verb.lower_ in _CUT and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def holding_out(verb: Token) -> bool:
    """ "held out against assaults", "has been holding out against the siege": a defence told
    against a campaign."""
    return (
        verb.lower_ in HOLDING_OUT
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children)
    )


# (a dot before a number is an abbreviated month's: "on Feb. 3")
_WHEN_AFTER = re.compile(r",\s+when\b(?:[^.;]|\.(?=\s*\d))*")


def day_when(text: str, date: DateMention, published: dt.date) -> DateMention:
    """ "since July, when it overran a base in X on July 14": the day the "when" clause gives in
    that month, rather than the month."""
    if date.precision != MONTH:
        return date
    clause = _WHEN_AFTER.match(text, date.end)
    if clause is None:
        return date
    days = [
        d
        for d in find_dates(text, published, clause.start(), clause.end())
        if d.precision == DAY and (d.date.year, d.date.month) == (date.date.year, date.date.month)
    ]
    return days[0] if days else date


# Where a siege or push verb names its place: "on/around/toward X", "into X", "through X",
# "along the coast road towards X".
_SIEGE_PREPS = forms("on around toward towards into through along")


def siege_scope(verb: Token) -> tuple[int, int] | None:
    """The place a siege verb is on: its object, its passive subject, "on/around X" — without the
    places that locate it ("the village of X, south of Y")."""
    tokens = [
        t
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in _SIEGE_PREPS)
        for t in phrase_tokens(c)
    ]
    return span(tokens) if tokens else None


def span(tokens) -> tuple[int, int]:
    tokens = list(tokens)
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def phrase_tokens(token: Token) -> list[Token]:
    """The token and what hangs from it, without clauses ("that began …", "when troops …")."""
    found, stack = [], [token]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(c for c in current.children if c.dep_ not in CLAUSES)
    return found
