"""Days a control observation takes from the sentence before its own
(articles/extraction/control.py): the day a quote was said, and the day a story goes on; and the
dateline, whose date is the report's (split from control_dates.py)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .control_date_patterns import (
    DATELINE_AFTER,
    DATELINE_BEFORE,
    PERFECT,
)
from .control_patterns import (
    CHANGE_EVENTS,
)
from .dates import DAY, DateMention, find_dates
from .quotes import SPEECH_VERB_AHEAD, SPEECH_VERBS

if TYPE_CHECKING:
    from .sentences import Span


# A reporting verb and up to three words before a day: "said on", "told state television on".
SAID_BEFORE_DAY = re.compile(
    SPEECH_VERB_AHEAD + r"\b(?:" + SPEECH_VERBS + r"|denied|denies)\b(?:\s+[\w-]+){0,3}?\s+$", re.I
)


# A day just before its reporting verb: "The ministry on Thursday rejected the claim", "the
# spokesman on Sunday denied it".
SAID_AFTER_DAY = re.compile(
    r"\s*(?:(?:also|again|later|flatly)\s+)?"
    + SPEECH_VERB_AHEAD
    + r"\b(?:"
    + SPEECH_VERBS
    + r"|rejected|dismissed)\b",
    re.I,
)
# A sentence opening with where the words were said: "In an audio message shared on WhatsApp on
# Wednesday, a man … denied …", "At a news conference in X on Sunday, the spokesman said …".
SPEECH_SETTING = re.compile(
    r"\W*(?:In|At|During)\s+(?:an?|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:message|statement|broadcast|video|interview|briefing|news\s+conference|"
    r"press\s+conference|communiqu[eé]|post|address|speech)\b[^,;]*$"
)


# A bare year ("that Y took in 1993"): another time than the day before's, though no date.
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def days_before(text: str, sentence: Span, published: dt.date | None) -> list[DateMention]:
    """The days (not weeks or months) the 400 characters before the sentence give, without a
    dateline's."""
    return [
        d
        for d in find_dates(text, published, max(0, sentence.start - 400), sentence.start)
        if not in_dateline(text, d) and d.precision == DAY
    ]


def told_day_before(
    text: str, sentence: Span, previous: Span | None, published: dt.date | None
) -> dt.date | None:
    """The day a quote with no day of its own was said: the one day of saying the sentence before
    it in the same paragraph gives, opening it ("On Sunday a spokesman denied it had fallen. "X
    is still ours," he said") or after its reporting verb ("told state television on Sunday"),
    without a dateline's; None for none, two or more."""
    if previous is None or published is None or "\n" in text[previous.end : sentence.start]:
        return None
    days = {
        d.date
        for d in find_dates(text, published, previous.start, previous.end)
        if not in_dateline(text, d)
        and d.precision == DAY
        and (
            SAID_BEFORE_DAY.search(text, max(previous.start, d.start - 40), d.start)
            or not text[previous.start : d.start].strip(' "“').removesuffix("On").strip()
            or SAID_AFTER_DAY.match(text, d.end)
            or SPEECH_SETTING.match(text, previous.start, d.start)
        )
    }
    return days.pop() if len(days) == 1 else None


def undated(
    text: str,
    sentences: tuple[Span, Span | None],
    told: tuple[str, int, int],
    said_on: dt.date | None,
    published: dt.date | None,
) -> tuple[dt.date | None, int | None]:
    """(date, precision) of a trigger its sentence does not date (`told`: the event and where its
    trigger starts and ends; `sentences`: its sentence and the one before)."""
    event, at, end = told
    sentence, previous = sentences
    if event in CHANGE_EVENTS and PERFECT.search(text, max(sentence.start, at - 16), end):
        # "Russian forces have captured most of X": by the day of the report
        return published, DAY
    if event == "encircle" and said_on is not None:
        # "are besieging X", "has been encircling X": a siege the text does not date holds on
        # the day it is told
        return said_on, DAY
    if event in CHANGE_EVENTS:
        # "The second front opened on Sunday, when fighters crossed the border. They seized X":
        # the story goes on on the one day the sentence before gives
        day = _story_day(text, sentence, previous, published)
        if day is not None:
            return day, DAY
    return None, None


def _story_day(
    text: str, sentence: Span, previous: Span | None, published: dt.date | None
) -> dt.date | None:
    """The one date the sentence before gives, in the same paragraph, when it is a day and the
    sentence gives none (a date it gives that dates nothing is left so: "districts that Y took
    in 1993")."""
    if previous is None or published is None or "\n" in text[previous.end : sentence.start]:
        return None
    if YEAR.search(text, sentence.start, sentence.end) or find_dates(
        text, published, sentence.start, sentence.end
    ):
        return None
    dates = [
        d
        for d in find_dates(text, published, previous.start, previous.end)
        if not in_dateline(text, d)
    ]
    if len({d.date for d in dates}) != 1 or any(d.precision != DAY for d in dates):
        return None
    return dates[0].date


def in_dateline(text: str, date: DateMention) -> bool:
    """ "GOMA, Jan 27 (Reuters) -": the dateline's date is the report's, not the event's."""
    return bool(DATELINE_BEFORE.search(text, max(0, date.start - 80), date.start)) and bool(
        DATELINE_AFTER.match(text, date.end)
    )
