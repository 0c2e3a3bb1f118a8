"""The event and date of one trigger's observation (articles/extraction/control.py): "since"
for holds and sieges, the date the trigger's clause gives, else the day of the claim or of the
report (control_dates.py, control_day_before.py)."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from .control_date_patterns import (
    SINCE_DATED,
    SINCE_YEAR,
)
from .control_dates import event_date, since_date
from .control_day_before import told_day_before, undated
from .control_links import clause_link
from .control_patterns import (
    PRESENT_HOLDS,
    SINCE,
)
from .control_state_triggers import TIME_INSIDE

# A sentence opening with a pronoun speaker and its verb, with no day of its own.
PRONOUN_SAYS = re.compile(
    r"\W*(?:It|He|She|They)\s+(?:(?:also|later|further)\s+)?"
    r"(?:said|says|added|claimed|insisted|announced|told\s+[\w-]+)\b"
)

if TYPE_CHECKING:
    from .control import _Context
    from .control_triggers import Trigger
    from .sentences import Span


def trigger_date(
    text: str,
    sentence: Span,
    context: _Context,
    trigger: Trigger,
    match: re.Match[str],
    kind: str,
    cue: int | None,
) -> tuple[str, dt.date | None, int | None, int]:
    """(event, date, precision, how it was dated: `ControlRecord.dated`) of the trigger."""
    at, end = match.span()
    quote = next((q for q in context.quotes if q.start <= at < q.end and q.said_on), None)
    said_on = quote.said_on if quote is not None else context.published  # "…," X said on Monday
    if quote is None and (
        any(q.start <= at < q.end for q in context.quotes)
        # "It said its forces still held X", "He added …": the speaker of the sentence before
        # goes on, on the day it spoke
        or PRONOUN_SAYS.match(text, sentence.start, at)
    ):
        opening, before = _quote_opening(context, sentence, at)
        said_on = told_day_before(text, opening, before, said_on) or said_on
    claim_day = said_on if kind == "claimed" and trigger.dated_by_claim else None
    if trigger.name in PRESENT_HOLDS and not SINCE.match(text, end, sentence.end):
        # "the RSF still holds X", "X remains under our control": true on the day it is told
        # ("held by Y since 2014" tells since when, not as of when)
        claim_day = said_on
    if trigger.name in SINCE_DATED:
        began = since_date(text, end, sentence, context.published)
        if began is not None:
            # "held by Y since May", "which the group has held since June": taken then; "has
            # laid siege to X since late last month": encircled then
            event = "encircle" if trigger.event == "encircle" else "capture"
            return event, began.date, began.precision, 2
        if trigger.name == "held-since":
            # "have held X since 2014": held, since a year; "since they stormed in": none
            return ("hold" if SINCE_YEAR.match(text, end, sentence.end) else ""), None, None, 0
    link = clause_link(context.doc, at, sentence)
    # "pulled back on Sunday from X": the time inside the trigger dates it
    inside = TIME_INSIDE.search(text, at, end) if trigger.event == "withdraw" else None
    date, precision, dated = event_date(
        text,
        sentence,
        (at, inside.start() if inside else end),
        cue,
        context.quotes,
        context.published,
        claim_day,
        link,
    )
    if date is None:
        date, precision = undated(
            text, (sentence, context.previous), (trigger.event, at, end), said_on, context.published
        )
    return trigger.event, date, precision, dated


def _quote_opening(context: _Context, sentence: Span, at: int) -> tuple[Span, Span | None]:
    """The sentence the quote around `at` opens in and the one before it: a quote of several
    sentences ('"We held. X is safe," the statement said') was said on the day the sentence
    before its first gives, not its own first sentence; the trigger's sentence and the one before
    for anything else."""
    quote = next((q for q in context.quotes if q.start <= at < q.end), None)
    if quote is None or quote.start >= sentence.start or not context.sentences:
        return sentence, context.previous
    index = bisect_right(context.sentences, quote.start, key=lambda s: s.start) - 1
    if index < 0:
        return sentence, context.previous
    return context.sentences[index], context.sentences[index - 1] if index else None
