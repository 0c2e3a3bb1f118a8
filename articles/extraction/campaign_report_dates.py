"""Dates that are the report's, not an event's: the dateline's ("YAOUNDE, May 15 (Reuters) - …") and
one a reporting verb governs ("the military said on Wednesday it had launched …"). The start steps
(campaign_dates, campaign_starts, campaign_first_acts) skip them; kept in a module of their own so
campaign_dates stays one step of a readable size."""

from __future__ import annotations

import re

_REPORTED_ON = re.compile(
    r"\b(?:said|says|told|announced|reported|added|stated|confirmed|claimed)"
    r"(?:\s+[\w'’]+){0,2}?\s+$"
)
# "YAOUNDE, May 15 (Reuters) - …": the dateline's date is the report's.
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Z'’ .\-]{1,40}(?:,\s+[A-Z][A-Za-z .]{1,30})?,\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{2,40}\)\s*)?[-—–]")


def is_report_date(text: str, date) -> bool:
    """ "the military said on Wednesday it had launched …": the day of the report, not of the" "
    start."""
    return _REPORTED_ON.search(
        text, max(0, date.start - 30), date.start
    ) is not None or is_dateline(text, date)


def is_dateline(text: str, date) -> bool:
    return (
        _DATELINE_AFTER.match(text, date.end) is not None
        and _DATELINE_BEFORE.search(text, max(0, date.start - 80), date.start) is not None
    )
