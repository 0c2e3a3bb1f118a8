"""When a control observation holds (articles/extraction/control.py): the date the sentence ties
to the event, the day of a claim, and dates carried between reports of the same change."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from places.normalize import name_key

from .control_claims import clause_floor
from .control_patterns import (
    APPOSITIVE_BEFORE_DATE,
    CLAUSE_END,
    DATELINE_AFTER,
    DATELINE_BEFORE,
    DAYS_APART,
    SPEECH_DAY,
)
from .dates import DAY, MONTH, WEEK, DateMention, find_dates

if TYPE_CHECKING:
    from .control import ControlRecord
    from .sentences import Span


_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _apart(base: dt.date, apart: re.Match[str]) -> tuple[dt.date, int]:
    """ "three days after" an event: it was three days before the other date ("before": after);
    "five months after": in the month five months before, to the month."""
    n = apart["n"].lower()
    count = (int(n) if n.isdigit() else _COUNTS[n]) * (-1 if apart["way"].lower() == "after" else 1)
    unit = apart["unit"].lower()
    if unit == "month":
        months = base.year * 12 + base.month - 1 + count
        return dt.date(months // 12, months % 12 + 1, 1), MONTH
    days = count * (7 if unit == "week" else 1)
    return base + dt.timedelta(days=days), WEEK if unit == "week" else DAY


def event_date(
    text: str,
    sentence: Span,
    span: tuple[int, int],
    cue: int | None,
    quotes: list,
    published: dt.date | None,
    claim_day: dt.date | None,
) -> tuple[dt.date | None, int | None, int]:
    """(date, precision, whether the text dates the event itself): a date in the trigger's clause
    (after it up to the clause's end, or just before it), else the day the claim was made ("said
    on Friday it had retaken X"), else the publication day for a claim; None for a report."""
    at, end = span
    # In a quote, "this morning" is the morning of the day it was said.
    quote = next((q for q in quotes if q.start <= at < q.end and q.said_on), None)
    published = quote.said_on if quote is not None else published
    dates: list[DateMention] = [
        d
        for d in find_dates(text, published, sentence.start, sentence.end)
        if not _in_dateline(text, d)
    ]
    if not dates and claim_day is None:
        return None, None, 0
    stop = CLAUSE_END.search(text, end + 1, sentence.end)
    stop_at = stop.start() if stop else sentence.end
    # A reporting verb after the trigger ("…, residents said") does not bound it.
    floor = max(clause_floor(text, sentence, at), cue if cue is not None and cue < at else 0)
    said_day = [d for d in dates if cue is not None and 0 < d.start - cue < 20]
    own = (
        [d for d in dates if end <= d.start < stop_at]
        or [d for d in dates if APPOSITIVE_BEFORE_DATE.fullmatch(text, end, d.start)][:1]
        or [
            d
            for d in dates
            if floor <= d.start and d.end <= at and at - d.end < 60 and d not in said_day
        ]
    )
    apart = DAYS_APART.search(text, max(sentence.start, at - 60), at)
    if apart is not None:
        anchor = [d for d in dates if d.end <= apart.start()]
        base = anchor[-1].date if anchor else claim_day
        if base is not None:
            return (*_apart(base, apart), 2)
    if own:
        # "Troops this morning captured X", quoted with no day of saying: the day of the claim.
        unsaid = any(q.start <= at < q.end and not q.said_on for q in quotes)
        return own[0].date, own[0].precision, 1 if unsaid and SPEECH_DAY.match(own[0].text) else 2
    if cue is not None:
        # "said on Friday it had retaken X": the day of the claim, which another sentence
        # dating the change itself overrides.
        said = said_day or [d for d in dates if -40 < d.start - cue < 0 and cue < at]
        if said:
            return said[0].date, said[0].precision, 1
    if claim_day is not None:
        return claim_day, DAY, 0
    return None, None, 0


def place_date(text: str, at: int, sentence: Span, published: dt.date | None) -> DateMention | None:
    """The date right after a place ("… and Hama on December 5"), if one follows it."""
    dates = find_dates(text, published, at, min(sentence.end, at + 40))
    return next(
        (d for d in dates if re.fullmatch(r"\s+(?:on\s+|in\s+)?", text[at : d.start])), None
    )


def _in_dateline(text: str, date: DateMention) -> bool:
    """ "GOMA, Jan 27 (Reuters) -": the dateline's date is the report's, not the event's."""
    return bool(DATELINE_BEFORE.search(text, max(0, date.start - 80), date.start)) and bool(
        DATELINE_AFTER.match(text, date.end)
    )


_CHANGE = frozenset({"capture", "retake", "withdraw", "lose"})


def _change_key(record: ControlRecord) -> tuple:
    """The change a record tells: its place and side; a withdrawal is told apart from the taking
    (the defenders may leave a day before the town is entered)."""
    return name_key(record.place), record.side, record.event == "withdraw"


def date_claims_by_reports(records: list[ControlRecord]) -> None:
    """A claim or headline the text does not date ("the army said on Thursday it had retaken X",
    "Army retakes X") is about the change another sentence dates ("troops entered X on
    Wednesday"): it takes that date; a claim dated only by its day of saying takes it too."""
    best: dict[tuple, ControlRecord] = {}
    for record in records:
        if record.event in _CHANGE and record.dated:
            key = _change_key(record)
            if key not in best or record.dated > best[key].dated:
                best[key] = record
    for record in records:
        if record.event not in _CHANGE or record.dated == 2:
            continue
        if record.dated == 1 and record.kind != "claimed":
            continue
        other = best.get(_change_key(record))
        if other is not None and other.dated > record.dated:
            record.observed_on, record.date_precision = other.observed_on, other.date_precision
