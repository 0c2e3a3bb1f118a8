"""The day a party's undated word of a change is about (articles/extraction/control.py): "Our
forces entered X," a spokesman said, or "the rebels said they had pulled out of X", told with no
day of its own, is about the change another sentence of the report dates: "troops crossed the
river at dawn on Thursday and fought around X", "rebels seized X on Sunday". tests/gold/README.md
("Control observations"): a claim with no date of its own takes the day it is claimed only when the
text does not date the change; the report's other sentences on the same place do.

Run after control_date_carry.py, which lends dates between the observations the rules read; this
reads the sentences no trigger turned into an observation ("attacked several towns on Saturday,
briefly entering X")."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .control_trigger_type import words
from .dates import DAY, find_dates
from .sentences import enclosing

if TYPE_CHECKING:
    from .control_record import ControlRecord
    from .sentences import Span

_CHANGES = frozenset({"capture", "retake", "withdraw", "lose"})
# How long before the report the change a claim is about may lie.
_REACH = dt.timedelta(days=7)
# A sentence that tells fighting over or a move on the place (not "the town's mayor said on
# Tuesday", "denied heavy losses"): the date it gives is the change's.
_ACTION = re.compile(
    r"\b(?:attack|enter|seiz|captur|took|taken|taking|fell|fall|withdr|pull|left|leav|storm|"
    r"overr|cross|push|clear|regain|retook|retak|recaptur|liberat|abandon|fled|flee|drove|"
    r"driv|occup|swept|sweep|assault|struck|launch|completed)\w*",
    re.I,
)
# "said on Monday", "announced Tuesday": the day of another claim, not of the change.
_SAID_BEFORE = re.compile(
    words(
        r"said",
        r"says",
        r"announced",
        r"claimed",
        r"told",
        r"reported",
        r"confirmed",
        r"denied",
        r"statement",
        r"acknowledged",
        r"insisted",
    )
    + r"[^,.]{0,12}$",
    re.I,
)


def _undated_changes(records: list[ControlRecord], published: dt.date) -> list[ControlRecord]:
    """A change, claimed or reported ("Army abandons X"), dated only by the day of the report."""
    return [
        r
        for r in records
        if r.dated == 0
        and r.event in _CHANGES
        and r.observed_on == published
        and r.place_text
        and r.start >= 0
    ]


def _change_days(text: str, sentence: Span, published: dt.date) -> list[dt.date]:
    """The days within the week before the report that a sentence telling an action gives."""
    if not _ACTION.search(text, sentence.start, sentence.end):
        return []
    return [
        d.date
        for d in find_dates(text, published, sentence.start, sentence.end)
        if d.precision == DAY
        and dt.timedelta(0) < published - d.date <= _REACH
        and not _SAID_BEFORE.search(text, max(sentence.start, d.start - 25), d.start)
    ]


def date_claims_by_sentences(
    text: str, sentences: list[Span], records: list[ControlRecord], published: dt.date | None
) -> None:
    """A claim dated only by the report's day takes the latest day in the week before it that
    another sentence naming the same place gives an action there. One scan of the text for all
    such places; the headline (the first line) dates nothing."""
    if published is None or not sentences:
        return
    claims = _undated_changes(records, published)
    if not claims:
        return
    names = sorted({r.place_text for r in claims}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(n) for n in names))
    headline = text.find("\n")
    days: dict[Span, list[dt.date]] = {}  # sentence -> its action days
    seen: dict[str, set[Span]] = {}  # place words -> sentences naming them
    for hit in pattern.finditer(text, max(headline, 0)):
        sentence = enclosing(sentences, hit.start())
        if sentence is not None and hit.end() <= sentence.end:
            seen.setdefault(hit.group(), set()).add(sentence)
    for record in claims:
        found = []
        for sentence in seen.get(record.place_text, ()):
            if sentence.start == record.sentence_start:
                continue  # its own sentence gave it no date
            if sentence not in days:
                days[sentence] = _change_days(text, sentence, published)
            found += days[sentence]
        if found:
            record.observed_on, record.date_precision = max(found), DAY
