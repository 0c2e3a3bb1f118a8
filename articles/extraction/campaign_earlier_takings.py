"""A town taken in a month that ended before the campaign began is an earlier event, not one of
the campaign's targets: "The militia, which took A in November and B last month, …" in an article
about a push launched in February, "Federal forces captured A last July and took B in October"
beside an offensive begun in May, "retook A in March …, and in June they recaptured B" before a
push of October. The gold lists the towns a campaign attacked or took on its way
(tests/gold/README.md, "Targets"); a town its attacker took months before stays out.

A target leaves when every mention of it is the object (or the passive subject) of a verb of
taking whose own words date it to a month — "in November", "in late May", "in October 2014",
"last July" — that ended before the campaign's start. A month without a year is the last such
month up to the publication day. The campaign's first target (the one it is named by) stays.
Over heldout20-38 this drops 4 targets, none of them a gold target; over heldout45-60 none.
Parse relations only; no word names a place, group or person."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import TYPE_CHECKING

from .campaign_lexicon import forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .campaign_record import CampaignRecord

# Month names, lower case, January first (the full names only: "in Mar" is no month here).
_MONTHS = [name.lower() for name in calendar.month_name[1:]]
# Verbs of taking a place: "took", "had captured", "was retaken", "overran".
_TAKING = forms(
    "take took taken takes taking capture captured captures capturing seize seized seizes "
    "seizing overran overrun overrunning retake retook retaken retaking recapture recaptured "
    "recapturing storm stormed storming"
)
# How the place hangs from the verb on the way up: "took the town of A", "took A and B".
_ON_THE_WAY = frozenset({"conj", "appos", "compound", "pobj", "prep", "dobj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "nsubjpass"})
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def without_earlier_takings(
    text: str, doc: Doc | None, records: list[CampaignRecord], published: dt.date | None
) -> None:
    """Each dated campaign drops a target (not its first) every mention of which tells it taken
    in a month that ended before the campaign's start (module docstring). In place."""
    if doc is None:
        return
    for record in records:
        start = record.started_on
        if start is None or len(record.target_spans) != len(record.targets):
            continue
        keep = [
            index
            for index, span in enumerate(record.target_spans)
            if index == 0 or not _taken_before(text, doc, span, start, published)
        ]
        if len(keep) < len(record.targets):
            record.targets = [record.targets[i] for i in keep]
            record.target_spans = [record.target_spans[i] for i in keep]


def _taken_before(
    text: str, doc: Doc, span: tuple[int, int], start: dt.date, published: dt.date | None
) -> bool:
    words = text[span[0] : span[1]]
    if not words.strip():
        return False
    pattern = r"(?<![\w\-])" + re.escape(words) + r"(?![\w\-])"
    mentions = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    if not mentions:
        return False
    for first, last in mentions:
        month = _taking_month(doc, first, last, published)
        if month is None or _month_end(*month) >= start:
            return False
    return True


def _taking_month(
    doc: Doc, start: int, end: int, published: dt.date | None
) -> tuple[int, int] | None:
    """(year, month) the verb of taking the place at [start, end) is dated to by its own words,
    or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span.root
    for _ in range(6):
        head = token.head
        if head is token or token.dep_ not in _ON_THE_WAY:
            return None
        if head.tag_.startswith("VB"):
            if token.dep_ not in _OBJECTS or head.lower_ not in _TAKING:
                return None
            return _verb_month(head, published)
        token = head
    return None


def _verb_month(verb: Token, published: dt.date | None) -> tuple[int, int] | None:
    """ "took A in (late) November (1994)", "captured A last July": the month the verb's own
    words name."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            month = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ == "npadvmod" and any(c.lower_ == "last" for c in child.children):
            month = child
        else:
            continue
        if month is None or month.lower_ not in _MONTHS:
            continue
        number = _MONTHS.index(month.lower_) + 1
        year = next((int(c.text) for c in month.children if _YEAR.fullmatch(c.text)), None)
        if year is None:
            if published is None:
                return None
            year = published.year if number <= published.month else published.year - 1
        return year, number
    return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])
