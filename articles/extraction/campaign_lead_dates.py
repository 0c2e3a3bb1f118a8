"""The last resort for the story's own campaign, named in its headline or lead and dated by
nothing else: the earliest day its first body sentences give for the news ("Columns of pickup
trucks … reached the western suburbs on Saturday afternoon" after "were hunting rebels street by
street on Sunday"; "came under heavy artillery fire at dawn yesterday"), as the gold dates an
offensive with no start in the text by its first reported action. Only days within a week of the
report: an older date in the lead is background ("which the rebels seized in March")."""

from __future__ import annotations

import datetime as dt

from .campaign_report_dates import is_report_date
from .dates import DAY, find_dates
from .sentences import Span

# How far before publication the lead's news may lie.
_NEWS_DAYS = dt.timedelta(days=7)


def lead_news_day(text: str, lead: list[Span], published: dt.date) -> tuple[dt.date, int] | None:
    """The earliest day-precise date in `lead` within `_NEWS_DAYS` before publication that is not
    the dateline's or a report's ("said on Friday")."""
    days = [
        d.date
        for sentence in lead
        for d in find_dates(text, published, sentence.start, sentence.end)
        if d.precision == DAY
        and published - _NEWS_DAYS <= d.date <= published
        and not is_report_date(text, d)
    ]
    return (min(days), DAY) if days else None
