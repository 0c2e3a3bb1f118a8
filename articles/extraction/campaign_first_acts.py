"""A campaign's first dated action told in so many words ("the insurgents first raided the town on
April 3 and again on Wednesday", "the rebels first attacked the city on the night of June 6"): the
day the campaign began, where the stages took a later action or the report's day. The writer's
"first" marks the start of the push the article tells; a first action far before the start the
stages found tells an earlier phase ("first attacked the port in October 2017", three years before
this offensive), which this step leaves alone."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .campaign_lexicon import forms
from .campaign_report_dates import is_report_date
from .campaign_since import phrase_tokens, span
from .campaign_start_owners import names_record
from .campaign_starts import (
    _ACTION_PREPS,
    ACTING,
    FIGHT,
    SINCE,
    START,
    StartStatement,
    start_statements,
)
from .dates import DateMention, find_dates

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .campaign_record import CampaignRecord

# Adverbs that mark an action as the campaign's opening one.
_FIRST = forms("first initially")
# How far before the start found the first action may lie and still open the same push.
_REACH = dt.timedelta(days=31)


def first_acts(
    text: str, doc: Doc | None, records: list[CampaignRecord], published: dt.date | None
) -> None:
    """Each dated campaign takes the day of a "first" action on one of its places that falls
    before its start, within `_REACH` of it."""
    dated = [r for r in records if r.started_on is not None]
    if doc is None or published is None or not dated:
        return
    if not any(t.lower_ in _FIRST for t in doc):  # (most articles tell no first action)
        return
    actions = sorted(
        (a for a in (_opening_act(text, verb, published) for verb in doc) if a is not None),
        key=lambda a: a[1].date,
    )
    for record in dated:
        for scope, date in actions:
            if not names_record(text, record, scope):
                continue
            if record.started_on - _REACH <= date.date < record.started_on:
                record.started_on, record.date_precision = date.date, date.precision
            break


def _opening_act(
    text: str, verb: Token, published: dt.date
) -> tuple[tuple[int, int], DateMention] | None:
    """An opening action's place words and date: "first raided X on April 3"."""
    if verb.lower_ not in ACTING or not verb.tag_.startswith("VB") or not _opening(verb):
        return None
    words = [
        t
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in _ACTION_PREPS)
        for t in phrase_tokens(c)
    ]
    date = _earliest(text, verb, published) if words else None
    return None if date is None else (span(words), date)


def _opening(verb: Token) -> bool:
    """ "first raided", "had initially stormed": the verb's own adverb marks the opening action."""
    return any(c.dep_ == "advmod" and c.lower_ in _FIRST for c in verb.children)


def _earliest(text: str, verb: Token, published: dt.date) -> DateMention | None:
    """The earliest date after the verb in its own words: "first raided X, also spelt Y, on April 3
    and again on Wednesday" (the parse may hang the first date on the aside and give the verb the
    repeat's), not in a clause with a subject of its own ("as the group has stepped up assaults
    since mid-March")."""
    dates = []
    for child in verb.children:
        if child.i < verb.i or _own_clause(child):
            continue
        start, end = child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
        found = find_dates(text, published, start, end)
        dates += [d for d in found if not is_report_date(text, d)]
    return min(dates, key=lambda d: d.date, default=None)


def _own_clause(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


# How far before the start found the outbreak of fighting on the campaign's town may lie.
_FIGHT_REACH = dt.timedelta(days=92)


def fights_before(
    text: str, doc: Doc | None, records: list[CampaignRecord], published: dt.date | None
) -> None:
    """A campaign no start statement dates takes the outbreak of fighting its sentence places on
    the campaign's town, when that comes before the date the stages found: "overran the last base
    in X on Sunday, after fighting that began in August", "have been pushing towards X since the
    fighting broke out on September 27"."""
    dated = [r for r in records if r.started_on is not None]
    if doc is None or published is None or not dated:
        return
    statements = start_statements(text, doc, published)
    fights = sorted((s for s in statements if s.rank == FIGHT), key=lambda s: s.date.date)
    for record in dated:
        if _told_start(text, record, statements):
            continue
        for fight in fights:
            sentence = (fight.verb.sent.start_char, fight.verb.sent.end_char)
            # (the sentence names this campaign alone: "Fighting for the town began in mid-March
            # … in the Donbas" dates the town's fight, not the wider push)
            named = [r for r in records if names_record(text, r, sentence)]
            if named == [record] and (
                record.started_on - _FIGHT_REACH <= fight.date.date < record.started_on
            ):
                record.started_on, record.date_precision = fight.date.date, fight.date.precision
                break


def _told_start(text: str, record: CampaignRecord, statements: list[StartStatement]) -> bool:
    """A start told in so many words: a statement naming the campaign, or a campaign noun's start
    on the very date the stages found ("The army's counter-offensive began on Friday")."""
    return any(
        (s.rank in (START, SINCE) and names_record(text, record, s.scope))
        or (s.rank == START and s.date.date == record.started_on)
        for s in statements
    )
