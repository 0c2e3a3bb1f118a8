"""When a control observation holds (articles/extraction/control.py): the date the sentence ties
to the event and the day of a claim (dates carried between reports of the same change:
control_date_carry.py)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .control_claims import clause_floor
from .control_date_patterns import (
    AND_PARTICIPLE_TRIGGER,
    APPOSITIVE_BEFORE_DATE,
    CLAUSE_END,
    DAYS_APART,
    DAYS_FROM_THE_DATE_BEFORE,
    DAYS_LATER,
    LATE_LAST_YEAR,
    LAUNCHED_BEFORE,
    MID_MONTH,
    NEXT_DAY,
    NIGHT_AFTER_APPOSITIVE,
    OVERNIGHT,
    PARTICIPLE_TRIGGER,
    PAST_PERFECT,
    PAST_PERFECT_AND,
    RELATIVE_CLOSED,
    SINCE_BREAK,
    SINCE_WORD,
    SPEECH_DAY,
)
from .control_day_before import days_before, in_dateline
from .control_links import Link, linked_date
from .dates import DAY, MONTH, WEEK, DateMention, find_dates, middle_of_month

if TYPE_CHECKING:
    from .sentences import Span


TIED_AFTER = re.compile(r"\b(?:after|when|before|following)\b", re.I)
# Between a place and its own date: "… and Hama on December 5", "Bukavu, the capital of South Kivu,
# in February".
APPOSITIVE_DATE_GAP = re.compile(r"(?:,\s+(?:the\s+)?[^,;]{1,60},)?\s+(?:on\s+|in\s+)?")
# "X, known to Armenians as Y, on Saturday", "X, also spelt Y, on April 3": another name of the
# place, which opens no clause (its "as" joins none) between the trigger and the date.
NAMING_APPOSITIVE = re.compile(
    r",\s+(?:also\s+)?(?:known(?:\s+locally|\s+to\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s+as|spelt|"
    r"spelled|written|called)\s+[^,;.]{1,40},",
    re.I,
)
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


def _counted(
    text: str,
    sentence: Span,
    where: tuple[int, int, int],
    dates: list[DateMention],
    own: list[DateMention],
    apart: re.Match[str] | None,
    days: tuple[dt.date | None, dt.date | None],
) -> tuple[dt.date, int] | None:
    """A date counted from another: "three days after they took X" (`apart`, before the trigger
    at `where` = (trigger start, end, clause end)), "took X five days later"; `days` = (the day of
    the claim, the day the text speaks of)."""
    at, end, stop_at = where
    claim_day, published = days
    if apart is not None:
        # the date before in the sentence, else the day of the claim, else the last day the
        # sentence before gives ("The attack on X came two days after the insurgents took Y")
        anchor = [d for d in dates if d.end <= apart.start()] or (
            [] if claim_day else days_before(text, sentence, published)
        )
        base = anchor[-1].date if anchor else claim_day
        if base is not None:
            return _apart(base, apart)
    later = DAYS_LATER.search(text, end, stop_at)
    anchor = [d for d in dates if d.end <= at and d.precision == DAY]
    if later is not None and anchor and not [d for d in own if end <= d.start < later.start()]:
        # "seized A on October 26 and took B five days later", "within two days": from the date
        # before the trigger
        return _later(anchor[-1].date, later)
    return None


def _later(base: dt.date, later: re.Match[str]) -> tuple[dt.date, int]:
    """ "five days later", "a week later", "within two days": that long after `base`."""
    n = (later["n"] or later["n2"]).lower()
    count = int(n) if n.isdigit() else _COUNTS[n]
    if (later["unit"] or later["unit2"]).lower() == "week":
        return base + dt.timedelta(days=7 * count), WEEK
    return base + dt.timedelta(days=count), DAY


def event_date(
    text: str,
    sentence: Span,
    span: tuple[int, int],
    cue: int | None,
    quotes: list,
    published: dt.date | None,
    claim_day: dt.date | None,
    link: Link | None = None,
) -> tuple[dt.date | None, int | None, int]:
    """(date, precision, whether the text dates the event itself): a date in the trigger's clause
    (after it up to the clause's end, or just before it), else the day the claim was made ("said
    on Friday it had retaken X"), else the publication day for a claim; None for a report."""
    at, end = span
    # In a quote, "this morning" is the morning of the day it was said.
    quote = next((q for q in quotes if q.start <= at < q.end and q.said_on), None)
    published = quote.said_on if quote is not None else published
    dates = _dates_in(text, sentence, published)
    apart = DAYS_APART.search(text, max(sentence.start, at - 60), at)
    if not dates and claim_day is None and apart is None:
        return None, None, 0
    stop = _clause_end(text, end, sentence)
    stop_at = stop.start() if stop else sentence.end
    # A reporting verb after the trigger ("…, residents said") does not bound it.
    floor = max(clause_floor(text, sentence, at), cue if cue is not None and cue < at else 0)
    said_day = [d for d in dates if cue is not None and 0 < d.start - cue < 20]
    # "attacked at dawn on Thursday along a front of five km, taking A, B and C by nightfall": a
    # participle after a comma tells the same clause's event, whose date may stand further back
    participle = PARTICIPLE_TRIGGER.match(
        text, max(sentence.start, at - 2)
    ) or AND_PARTICIPLE_TRIGGER.match(text, max(sentence.start, at - 6))
    reach = sentence.end if participle else 60
    own = (
        [
            d
            for d in dates
            if end <= d.start < stop_at
            and d not in said_day  # "…, officials said Monday": the day of saying
            # "…, a claim the army dismissed the next day": the day after of another verb
            and not (NEXT_DAY.fullmatch(d.text) and "," in text[end : d.start])
        ]
        or [d for d in dates if APPOSITIVE_BEFORE_DATE.fullmatch(text, end, d.start)][:1]
        or [
            d
            for d in reversed(dates)  # the nearest first ("took A in June, and in October B")
            if floor <= d.start
            and d.end <= at
            and at - d.end < reach
            and d not in said_day
            and not _in_relative(text, d, floor, at)
            and not _launch_day(text, d, (floor, at), participle)
        ]
    )
    counted = _counted(
        text, sentence, (at, end, stop_at), dates, own, apart, (claim_day, published)
    )
    if counted is not None:
        return (*counted, 2)
    after = [d for d in own if d.start >= end]
    linked = None if after or link is None else linked_date(link, dates, claim_day or published)
    if linked is not None and (linked[0] is not None or claim_day is None):
        # "began in late February, when its fighters overran X", "a month after … seized X"
        return linked[0], linked[1], 2 if linked[0] else 0
    if own:
        # "Troops this morning captured X", quoted with no day of saying: the day of the claim.
        unsaid = any(q.start <= at < q.end and not q.said_on for q in quotes)
        return own[0].date, own[0].precision, 1 if unsaid and SPEECH_DAY.match(own[0].text) else 2
    if cue is not None:
        # "said on Friday it had retaken X": the day of the claim, which another sentence
        # dating the change itself overrides.
        said = said_day or _said_before(text, sentence, dates, cue, at)
        if said:
            return said[0].date, said[0].precision, 1
    if claim_day is not None:
        return claim_day, DAY, 0
    return None, None, 0


def _said_before(
    text: str, sentence: Span, dates: list[DateMention], cue: int, at: int
) -> list[DateMention]:
    """The dates of the reporting verb before the trigger ("said on Friday it had retaken X")."""
    return [
        d
        for d in dates
        if (-40 < d.start - cue < 0 or _fronted(text, sentence, d))
        and d.end <= cue < at
        and not _in_relative(text, d, sentence.start, cue)
        # "were trapped on Monday after the group said it had taken X": another clause's day
        and not CLAUSE_END.search(text, d.end, cue)
    ]


def _launch_day(text: str, date: DateMention, span: tuple[int, int], participle: object) -> bool:
    """Whether a date before the trigger is an offensive's start set off by a comma ("Since
    launching its offensive on Nov. 13, the group has taken X"); "began the assault on Monday and
    took X" or "launched an offensive on Monday, seizing X" tell the change that day."""
    floor, at = span
    return (
        not participle
        and "," in text[date.end : at]
        # "began in late May, after the fall of X": the start dates the change it came after
        and not TIED_AFTER.search(text, date.end, at)
        and bool(LAUNCHED_BEFORE.search(text, max(floor, date.start - 40), date.start))
    )


def _clause_end(text: str, end: int, sentence: Span) -> re.Match[str] | None:
    """Where the trigger's clause ends after `end`, past another name of its place."""
    naming = NAMING_APPOSITIVE.search(text, end, min(sentence.end, end + 120))
    if naming is not None and not CLAUSE_END.search(text, end + 1, naming.start()):
        return CLAUSE_END.search(text, naming.end(), sentence.end)
    return CLAUSE_END.search(text, end + 1, sentence.end)


def _in_relative(text: str, date: DateMention, start: int, at: int) -> bool:
    """Whether the date stands in a relative clause that closes before `at` ("The army, which
    moved in on Sunday, said …"): it dates that clause's verb."""
    return any(
        m.start() < date.start and date.end < m.end()
        for m in RELATIVE_CLOSED.finditer(text, start, at)
    )


def _mid_month(date: DateMention) -> DateMention:
    """ "mid-March": the 15th, to the week (tests/gold/README.md, heldout16 and heldout22); control
    reads "mid-" alone, not "the middle of" as a campaign's start does."""
    return middle_of_month(date, MID_MONTH)


def _fronted(text: str, sentence: Span, date: DateMention) -> bool:
    """ "Earlier this month, the ministry also claimed …": a date that opens the sentence dates
    its clause."""
    return not text[sentence.start : date.start].strip(' "“') and text.startswith(",", date.end)


def _dates_in(text: str, sentence: Span, published: dt.date | None) -> list[DateMention]:
    """The sentence's dates without a dateline's; "overnight" is the night before the day the
    text speaks of, which is that day's date; "the next day" the day after the date before it."""
    dates = [
        _mid_month(d)
        for d in find_dates(text, published, sentence.start, sentence.end)
        if not in_dateline(text, d)
    ]
    if published is not None:
        for match in OVERNIGHT.finditer(text, sentence.start, sentence.end):
            dates.append(DateMention(*match.span(), match.group(), published, DAY))
        for match in LATE_LAST_YEAR.finditer(text, sentence.start, sentence.end):
            december = dt.date(published.year - 1, 12, 1)
            dates.append(DateMention(*match.span(), match.group(), december, MONTH))
    for match in NEXT_DAY.finditer(text, sentence.start, sentence.end):
        # the date before: in the sentence, else in the one before it
        before = [d for d in dates if d.end <= match.start()] or [
            d
            for d in find_dates(text, published, max(0, sentence.start - 400), sentence.start)
            if not in_dateline(text, d)
        ]
        days, month = list(DAYS_FROM_THE_DATE_BEFORE.values())[
            next(int(k[1:]) for k, v in match.groupdict().items() if v)
        ]
        if not before or (before[-1].precision != DAY and not month):
            continue
        day = before[-1].date + dt.timedelta(days=days)
        precision = MONTH if month else DAY
        if month:
            day = day.replace(day=1)
        dates.append(DateMention(*match.span(), match.group(), day, precision))
    return sorted(dates, key=lambda d: d.start)


def night_before(
    text: str,
    told: tuple[str, int, int],
    sentence: Span,
    date: dt.date | None,
    precision: int | None,
) -> dt.date | None:
    """A withdrawal told "overnight" in its clause ("withdrew from X overnight, before the
    rebels entered on Sunday", "said it had pulled out of A and B overnight") came in the night
    before the day the text speaks of: that day's eve (tests/gold/README.md, heldout15 and
    heldout17); so did any change told in the past perfect ("claimed its fighters had overrun X
    overnight", "said it had repelled an attack on X overnight"). `told` is the event and where
    its trigger starts and ends; a taking told "overnight" in the simple past keeps the day (the
    town is held that morning: "The Taliban retook X overnight, a resident said")."""
    event, at, end = told
    if date is None or precision != DAY:
        return date
    if (
        event != "withdraw"
        and not PAST_PERFECT.search(text, max(sentence.start, at - 30), at)
        # "said units had 'destroyed the groups' and retaken X overnight": one "had" for both
        and not PAST_PERFECT_AND.search(text, max(sentence.start, at - 120), at)
    ):
        return date
    # The clause runs to its first comma, or past one appositive on the place ("had retaken
    # the town of X, on the highway to Y, overnight"); "after overnight fighting" is the night
    # the change came in too.
    stop = min((i for i in (text.find(",", end), text.find(";", end)) if i != -1), default=-1)
    stop = sentence.end if stop == -1 else min(stop, sentence.end)
    if OVERNIGHT.search(text, end, stop) or NIGHT_AFTER_APPOSITIVE.match(text, stop):
        return date - dt.timedelta(days=1)
    return date


def place_date(text: str, at: int, sentence: Span, published: dt.date | None) -> DateMention | None:
    """The date right after a place ("… and Hama on December 5"), if one follows it."""
    dates = find_dates(text, published, at, min(sentence.end, at + 100))
    return next(
        (
            _mid_month(d)
            for d in dates
            # "… and Hama on December 5", "Bukavu, the capital of South Kivu, in February"
            if re.fullmatch(
                r"(?:,\s+(?:the\s+)?[^,;]{1,60},)?\s+(?:on\s+|in\s+)?", text[at : d.start]
            )
            and not re.match(r"(?:since|until|by|from)\b", d.text, re.I)  # "since March 2022"
        ),
        None,
    )


def since_date(
    text: str, end: int, sentence: Span, published: dt.date | None
) -> DateMention | None:
    """The date a state began, after the trigger ending at `end`: "held X since June", "has laid
    siege to X since late last month" (a year alone, "since 2014", is no date)."""
    since = SINCE_WORD.search(text, end, min(sentence.end, end + 140))
    if (
        since is None
        or SINCE_BREAK.search(text[end : since.start()])
        or find_dates(text, published, end, since.start())  # "in October …, and since …"
    ):
        return None
    return next(
        (
            _mid_month(d)
            for d in find_dates(text, published, since.start(), sentence.end)
            if d.start <= since.end() + 8
        ),
        None,
    )
