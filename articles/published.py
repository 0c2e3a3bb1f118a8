"""Publication dates from what people give: a dateline in the text.

Ingest asks, in order: the command's `--published`, a `Date:` header, the feed's or page's
metadata, the dateline ("KYIV, May 14 (Reuters) -"; a year it lacks comes from the text, else
from the file's modification time, with a warning). An article with none of these is skipped
with how to date it: the file's own age is when it was copied, not published. This module
holds the dateline; `articles.ingest` applies the order.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from articles.extraction.dates import MONTH_NUMBERS

_MONTH = r"(?:" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
# The place part of a dateline: one to three comma-separated names ("GOMA, Democratic
# Republic of Congo"), each starting with a capital letter and short.
_PLACE = r"[A-Z][\w'’.\- ]{1,40}?(?:,\s*[A-Z][\w'’.\- ]{1,40}?){0,2}"
_DAY_MONTH = (
    rf"(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH}))"
)
DATELINE = re.compile(
    rf"^\s*{_PLACE},\s*{_DAY_MONTH}(?:,?\s*(?P<year>(?:19|20)\d{{2}}))?"
    r"\s*(?:\([^()\n]{1,40}\))?\s*[-—–:]",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# A dateline stands at the start of one of the first paragraphs (after a headline or byline).
DATELINE_PARAGRAPHS = 4


@dataclass(frozen=True)
class DatelineDate:
    date: dt.date
    year_source: str  # "dateline", "text" or "reference"


def dateline_date(text: str, reference: dt.date) -> DatelineDate | None:
    """The day named by the text's dateline. A dateline gives month and day; the year is its
    own when written, else the latest year the text mentions, else `reference`'s year (the
    year before when the day would lie in the future)."""
    paragraphs = [line for line in text.lstrip().split("\n", 40)[:40] if line.strip()]
    for paragraph in paragraphs[:DATELINE_PARAGRAPHS]:
        match = DATELINE.match(paragraph)
        if match:
            return _date_of(match, text, reference)
    return None


def _date_of(match: re.Match, text: str, reference: dt.date) -> DatelineDate | None:
    month = MONTH_NUMBERS[(match["month"] or match["month2"]).lower().rstrip(".")]
    day = int(match["day"] or match["day2"])
    if match["year"]:
        year, source = int(match["year"]), "dateline"
    else:
        mentioned = [int(y) for y in _YEAR.findall(text) if int(y) <= reference.year]
        year, source = (max(mentioned), "text") if mentioned else (reference.year, "reference")
    try:
        day_named = dt.date(year, month, day)
    except ValueError:
        return None
    if source != "dateline" and day_named > reference + dt.timedelta(days=1):
        try:
            day_named = day_named.replace(year=year - 1)
        except ValueError:  # 29 February
            return None
    return DatelineDate(day_named, source)


def file_date(mtime: float) -> dt.datetime:
    """A file's modification time as an aware UTC datetime."""
    return dt.datetime.fromtimestamp(mtime, tz=dt.UTC)


HOW_TO_DATE = (
    "give it with --published YYYY-MM-DD, a 'Date: YYYY-MM-DD' first line (text files) "
    'or a "published_at" field (JSON Lines)'
)
