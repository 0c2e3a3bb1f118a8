"""Starts told as time elapsed rather than as a date: "had been fighting their way towards X for
about two weeks" (that long before publication), "as their assault entered its fourth day on
Monday" (that many days before the date the sentence gives). campaign_dates reads a day count in
each sentence first, a duration in one with no verb of starting; kept apart so that module stays
one step of a readable size."""

from __future__ import annotations

import datetime as dt
import re

from .campaign_report_dates import is_dateline
from .dates import NUMBER_WORDS, find_dates
from .sentences import Span

# "troops had been fighting their way towards Shusha for about two weeks": started that long ago.
_DURATION = re.compile(
    r"\b(?:has|have|had)\s+been\s+[a-z]+ing\b[^.;:]{0,80}?\bfor\s+(?:about|around|nearly|almost|"
    r"more\s+than|over|some|at\s+least\s+)?\s*(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s+(?P<unit>day|week|month|fortnight)s?\b",
    re.I,
)


def duration_start(text: str, sentence: Span, published: dt.date) -> tuple[dt.date, int] | None:
    match = _DURATION.search(text, sentence.start, sentence.end)
    if match is None:
        return None
    count = match.group("n").lower()
    n = int(count) if count.isdigit() else NUMBER_WORDS[count]
    unit = match.group("unit").lower()
    if unit == "day":
        return published - dt.timedelta(days=n), 1
    if unit in ("week", "fortnight"):  # "for a fortnight": two weeks
        return published - dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1)), 2
    month_index = published.year * 12 + published.month - 1 - n
    return dt.date(month_index // 12, month_index % 12 + 1, 1), 3


# "as their assault … entered its fourth day on Monday", "on Monday, the third day of a ground
# assault", "exchanged fire for a fourth day on Saturday": started that many days before the date
# the sentence gives (else the publication date).
_DAY_COUNT = re.compile(
    r"\b(?:entered|enters|entering|into|in|on|was|is|marked|for)\s+(?:its|their|the|a)\s+"
    r"(?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"\s+(?:straight\s+|consecutive\s+)?day\b|,\s+the\s+(?P<n2>second|third|fourth|fifth|sixth"
    r"|seventh|"
    r"eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+day\s+of\b",
    re.I,
)
_ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


def day_count_start(text: str, sentence: Span, published: dt.date) -> tuple[dt.date, int] | None:
    if " day" not in text[sentence.start : sentence.end]:
        return None
    match = _DAY_COUNT.search(text, sentence.start, sentence.end)
    if match is None:
        return None
    word = (match.group("n") or match.group("n2")).lower()
    n = _ORDINALS[word] if word in _ORDINALS else int(word[:-2])
    dates = [
        d
        for d in find_dates(text, published, sentence.start, sentence.end)
        if d.precision == 1 and not is_dateline(text, d)
    ]
    base = min(dates, key=lambda d: abs(d.start - match.start())).date if dates else published
    return base - dt.timedelta(days=n - 1), 1
