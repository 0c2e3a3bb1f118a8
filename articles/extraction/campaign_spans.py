"""Starts the text gives as a span back from a dated event, read from the parse: "captured X after
two days of fighting" (the capture's day, else the day it was reported, less two days), "X fell
after a three-week siege", "five days into the assault on X", "six days after launching an
offensive". Each gives (the words naming the campaign, the verb, the computed date)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from places.nlp import text_of

from .campaign_lexicon import REPORTING, forms
from .dates import DAY, MONTH, NUMBER_WORDS, WEEK, DateMention

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    DateOf = Callable[[Token], DateMention | None]

# Verbs reporting a place taken: the campaign on it ran for the span before.
TAKING = forms(
    "captured seized took taken overran overrun retook recaptured regained entered stormed fell"
    " fallen"
)
# Verbs reporting a place given up: "pulled out of X after a two-week assault", "had withdrawn
# from X after three days of fighting", "abandoned X after a 55-day siege".
LEAVING = forms("pulled withdrew withdrawn abandoned")
_LEFT_PREPS = forms("out of from")
# What the span is a span of: "two days of fighting", "a three-week siege".
FIGHTING = forms(
    "fighting clashes battle battles siege assault offensive advance push combat shelling "
    "bombardment fight"
)
# What a count "into" runs in: a fight, or an operation as a whole ("three days into a military
# operation", "a week into a ground incursion"). Not for "after": "retook X after a two-day
# operation" is a sweep inside a longer campaign as often as the campaign itself.
INTO_NOUNS = FIGHTING | forms(
    "operation operations incursion campaign counteroffensive counter-offensive onslaught"
)
NUMBERS = {**NUMBER_WORDS, "eleven": 11, "twelve": 12}
_UNITS = {"day": DAY, "days": DAY, "week": WEEK, "weeks": WEEK}
# "three-week siege", "10-day battle", "two day" (the words before the noun of fighting)
_COMPOUND_SPAN = re.compile(
    r"\b(?P<n>\d{1,2}|" + "|".join(NUMBERS) + r")[-\s](?P<unit>day|week)(?:s|-long)?\s+$", re.I
)


# Links from a "when" clause up to the dated event it belongs to.
_CLIMB = frozenset({"advcl", "relcl", "conj", "pobj", "prep", "npadvmod", "nummod"})


def _count(token: Token) -> int | None:
    """The number a "days"/"weeks" token carries: "two days", "a week", "10 days"."""
    for child in token.children:
        if child.dep_ in ("nummod", "det", "quantmod") or child.tag_ == "CD":
            word = child.lower_
            if word.isdigit() and int(word) < 100:
                return int(word)
            if word in NUMBERS:
                return NUMBERS[word]
    return None


def _back(base: DateMention, n: int, unit: int) -> DateMention:
    days = n * (7 if unit == WEEK else 1)
    if base.precision == MONTH and abs(days) < 28:
        return base  # "retook X in November after a week-long advance": November
    precision = max(base.precision, unit)
    return DateMention(
        base.start, base.end, base.text, base.date - dt.timedelta(days=days), precision
    )


def _span_of(after: Token) -> tuple[int, int] | None:
    """(n, unit) of the span an "after"/"into" phrase gives: "after two days of fighting", "after
    a three-week siege", "five days into"."""
    for obj in (c for c in after.children if c.dep_ in ("pobj", "npadvmod")):
        unit = _UNITS.get(obj.lower_)
        if unit is not None:
            fights = any(
                g.lower_ in FIGHTING
                for c in obj.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
            )
            n = _count(obj)
            if n is not None and (fights or after.lower_ == "into"):
                return n, unit
        elif obj.lower_ in FIGHTING and obj.dep_ == "pobj":
            doc = obj.doc
            before = text_of(doc)[doc[obj.left_edge.i].idx : obj.idx]
            found = _COMPOUND_SPAN.search(before)
            if found is not None:
                word = found.group("n").lower()
                n = int(word) if word.isdigit() else NUMBERS[word]
                return n, _UNITS[found.group("unit").lower()]
    return None


def _base_date(verb: Token, date_of: DateOf, published: dt.date, said_on: DateOf) -> DateMention:
    """The event's own date, else the day a governing reporting verb gives, else publication."""
    own = date_of(verb)
    if own is not None:
        return own
    for ancestor in verb.ancestors:
        if ancestor.lower_ in REPORTING:
            said = said_on(ancestor)
            if said is not None:
                return said
            break
    return DateMention(verb.idx, verb.idx, "", published, DAY)


def taken_after(verb: Token, date_of: DateOf, published: dt.date, said_on: DateOf):
    """ "captured Bentiu after two days of fighting": (the place's words, date) or None."""
    leaving = verb.lower_ in LEAVING
    if not (verb.lower_ in TAKING or leaving) or not verb.tag_.startswith("VB"):
        return None
    for after in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "after"):
        span = _span_of(after)
        if span is None:
            continue
        places = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
        if verb.lower_ in ("fell", "fallen"):
            places = [c for c in places if c.dep_ == "nsubj"]
        elif leaving:  # the place left, not the side leaving it
            places = [
                c
                for c in verb.children
                if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in _LEFT_PREPS)
            ]
        if places:
            return places, _back(_base_date(verb, date_of, published, said_on), *span)
    return None


def days_into(token: Token, date_of: DateOf, published: dt.date, said_on: DateOf):
    """ "five days into the assault on X, troops reached …": (the campaign noun, date) or None. The
    parse hangs "into" on the count ("days" → into) or the count on "into"."""
    unit = _UNITS.get(token.lower_)
    into = token if token.lower_ == "into" else None
    if unit is not None:
        into = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "into"), None)
    if into is None or into.dep_ != "prep":
        return None
    nouns = [c for c in into.children if c.dep_ == "pobj" and c.lower_ in INTO_NOUNS]
    if not nouns:
        return None
    n = _count(token) if unit is not None else None
    span = (n, unit) if n is not None else _span_of(into)
    if span is None:
        return None
    verb = token.head if unit is not None else into.head
    # "drove the militants out of X on Friday, three days into a military operation in the
    # province": the event counted from is on the operation's place too
    event = [c for c in verb.children if c.dep_ in ("dobj", "prep") and c.i < token.i]
    return nouns + event, _back(_base_date(verb, date_of, published, said_on), *span)


def offset_after(verb: Token, date_of: DateOf) -> DateMention | None:
    """ "captured X on April 11, six days after launching an offensive": the date of the event the
    offset counts from, less the offset (None when that event is undated)."""
    after = verb.head
    if after.lower_ not in ("after", "before") or verb.dep_ != "pcomp":
        return None
    span = _span_of_offset(after)
    if span is None:
        return None
    event = after.head
    base = date_of(event)
    for _ in range(4):
        # "captured X on April 11, when they overran …, six days after launching …": the date of
        # the event the "when" clause is part of.
        if base is not None or event.dep_ not in _CLIMB or event.head.i == event.i:
            break
        event = event.head
        base = date_of(event)
    if base is None:
        return None
    n, unit = span
    return _back(base, n if after.lower_ == "after" else -n, unit)


def _span_of_offset(after: Token) -> tuple[int, int] | None:
    for child in after.children:
        unit = _UNITS.get(child.lower_)
        if child.dep_ == "npadvmod" and unit is not None:
            n = _count(child)
            if n is not None:
                return n, unit
    return None
