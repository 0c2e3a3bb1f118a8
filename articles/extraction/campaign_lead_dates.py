"""The last resort for the story's own campaign, named in its headline or lead and dated by
nothing else: the earliest day its first body sentences give for the news ("Columns of pickup
trucks … reached the western suburbs on Saturday afternoon" after "were hunting rebels street by
street on Sunday"; "came under heavy artillery fire at dawn yesterday"), as the gold dates an
offensive with no start in the text by its first reported action. Only days within a week of the
report: an older date in the lead is background ("which the rebels seized in March"). Runs after
the campaigns are merged and folded: a day read off the lead this loosely does not make two
campaigns one (an unnamed push started that day is not thereby the named operation's)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .campaign_report_dates import is_report_date
from .campaign_spans import TAKING
from .campaign_start_owners import main_campaign, named_in_lead
from .campaign_starts import ACTING
from .dates import DAY, NUMBER_WORDS, DateMention, find_dates
from .sentences import Span, sentences

if TYPE_CHECKING:
    from .campaign_record import CampaignRecord, PlaceSpan

# How far before publication the lead's news may lie.
_NEWS_DAYS = dt.timedelta(days=7)
# The body sentences read: the lead and the one after it.
_NEWS_SENTENCES = 2


def date_by_lead_news(
    text: str,
    records: list[CampaignRecord],
    published: dt.date | None,
    places: list[PlaceSpan] | None = None,
) -> None:
    """The main campaign, still undated and named in the headline or lead, takes `lead_news_day`
    of its first body sentences (for a campaign on a place, of those naming it)."""
    if published is None or not records:
        return
    record = main_campaign(text, records, places)
    if record.started_on is not None or not named_in_lead(text, record):
        return
    started = lead_news_day(text, _news_sentences(text, record), published)
    if started:
        record.started_on, record.date_precision = started


def _news_sentences(text: str, record: CampaignRecord) -> list[Span]:
    """The first body sentences, for a named operation; for a campaign on a place, those of them
    naming it ("X was calm on Friday. Insurgents attacked Y on Wednesday": no day of X's news)."""
    lead = sentences(text)[1 : 1 + _NEWS_SENTENCES]
    if record.named:
        return lead
    names = [text[s:e] for s, e in record.target_spans] + record.targets
    return [s for s in lead if any(n and n in text[s.start : s.end] for n in names)]


def lead_news_day(text: str, lead: list[Span], published: dt.date) -> tuple[dt.date, int] | None:
    """The earliest day-precise date in `lead` within `_NEWS_DAYS` before publication that is not
    the dateline's or a report's ("said on Friday"), counted back to the attack a count after it
    tells (`counted_back`)."""
    days = [
        counted_back(text, d, sentence.end)
        for sentence in lead
        for d in find_dates(text, published, sentence.start, sentence.end)
        if d.precision == DAY
        and published - _NEWS_DAYS <= d.date <= published
        and not is_report_date(text, d)
    ]
    return (min(days), DAY) if days else None


# ", a day after the fighters stormed the city", "… on Wednesday afternoon, two days after an
# armoured column captured X": a count of days after the date, then the clause of the earlier act.
_COUNT_AFTER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,\s*(?P<n>an?|one|two|three|four|five|six|\d)"
    r"\s+days?\s+after\s+(?P<clause>[^.;:,]{1,200})",
    re.I,
)
_WORD = re.compile(r"[A-Za-z]+")


def counted_back(text: str, date: DateMention, end: int) -> dt.date:
    """The day of an attack or taking the lead tells as a count of days before its news ("drove
    the insurgents out on Monday, a day after the fighters stormed the town": Sunday), when that
    clause gives no date of its own; else the date itself. The gold dates a campaign by its first
    reported act, and the lead's day is then the news of a later one."""
    count = _COUNT_AFTER.match(text, date.end, end)
    if count is None:
        return date.date
    clause = count.group("clause")
    acts = {word.lower() for word in _WORD.findall(clause)} & (ACTING | TAKING)
    if not acts or find_dates(clause, date.date):
        return date.date
    n = count.group("n").lower()
    return date.date - dt.timedelta(days=int(n) if n.isdigit() else NUMBER_WORDS[n])
