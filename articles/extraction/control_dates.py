"""When a control observation holds (articles/extraction/control.py): the date the sentence ties
to the event, the day of a claim, and dates carried between reports of the same change."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from places.normalize import name_key

from .control_claims import clause_floor
from .control_links import Link, linked_date
from .control_patterns import (
    APPOSITIVE_BEFORE_DATE,
    CLAUSE_END,
    DATELINE_AFTER,
    DATELINE_BEFORE,
    DAYS_APART,
    DAYS_FROM_THE_DATE_BEFORE,
    DAYS_LATER,
    MID_MONTH,
    NEXT_DAY,
    NIGHT_AFTER_APPOSITIVE,
    OVERNIGHT,
    PARTICIPLE_TRIGGER,
    PAST_PERFECT,
    PAST_PERFECT_AND,
    PAST_PERFECT_BEFORE,
    RELATIVE_CLOSED,
    SINCE_BREAK,
    SINCE_WORD,
    SPEECH_DAY,
)
from .dates import DAY, MONTH, WEEK, DateMention, find_dates
from .quotes import SPEECH_VERB_AHEAD, SPEECH_VERBS

if TYPE_CHECKING:
    from .control_record import ControlRecord
    from .sentences import Span


# Between a place and its own date: "… and Hama on December 5", "Bukavu, the capital of South Kivu,
# in February".
# A reporting verb and up to three words before a day: "said on", "told state television on".
SAID_BEFORE_DAY = re.compile(
    SPEECH_VERB_AHEAD + r"\b(?:" + SPEECH_VERBS + r"|denied|denies)\b(?:\s+[\w-]+){0,3}?\s+$", re.I
)
APPOSITIVE_DATE_GAP = re.compile(r"(?:,\s+(?:the\s+)?[^,;]{1,60},)?\s+(?:on\s+|in\s+)?")
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
            [] if claim_day else _days_before(text, sentence, published)
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
    stop = CLAUSE_END.search(text, end + 1, sentence.end)
    stop_at = stop.start() if stop else sentence.end
    # A reporting verb after the trigger ("…, residents said") does not bound it.
    floor = max(clause_floor(text, sentence, at), cue if cue is not None and cue < at else 0)
    said_day = [d for d in dates if cue is not None and 0 < d.start - cue < 20]
    # "attacked at dawn on Thursday along a front of five km, taking A, B and C by nightfall": a
    # participle after a comma tells the same clause's event, whose date may stand further back
    reach = sentence.end if PARTICIPLE_TRIGGER.match(text, max(sentence.start, at - 2)) else 60
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
        said = said_day or [
            d
            for d in dates
            if (-40 < d.start - cue < 0 or _fronted(text, sentence, d))
            and d.end <= cue < at
            and not _in_relative(text, d, sentence.start, cue)
            # "were trapped on Monday after the group said it had taken X": another clause's day
            and not CLAUSE_END.search(text, d.end, cue)
        ]
        if said:
            return said[0].date, said[0].precision, 1
    if claim_day is not None:
        return claim_day, DAY, 0
    return None, None, 0


def _in_relative(text: str, date: DateMention, start: int, at: int) -> bool:
    """Whether the date stands in a relative clause that closes before `at` ("The army, which
    moved in on Sunday, said …"): it dates that clause's verb."""
    return any(
        m.start() < date.start and date.end < m.end()
        for m in RELATIVE_CLOSED.finditer(text, start, at)
    )


def _mid_month(date: DateMention) -> DateMention:
    """ "mid-March": the 15th, to the week (tests/gold/README.md, heldout16 and heldout22)."""
    if date.precision != MONTH or not MID_MONTH.match(date.text):
        return date
    return DateMention(date.start, date.end, date.text, date.date.replace(day=15), WEEK)


def _days_before(text: str, sentence: Span, published: dt.date | None) -> list[DateMention]:
    """The days (not weeks or months) the sentence before gives, without a dateline's."""
    return [
        d
        for d in find_dates(text, published, max(0, sentence.start - 400), sentence.start)
        if not _in_dateline(text, d) and d.precision == DAY
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
        if not _in_dateline(text, d)
        and d.precision == DAY
        and (
            SAID_BEFORE_DAY.search(text, max(previous.start, d.start - 40), d.start)
            or not text[previous.start : d.start].strip(' "“').removesuffix("On").strip()
        )
    }
    return days.pop() if len(days) == 1 else None


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
        if not _in_dateline(text, d)
    ]
    if published is not None:
        for match in OVERNIGHT.finditer(text, sentence.start, sentence.end):
            dates.append(DateMention(*match.span(), match.group(), published, DAY))
    for match in NEXT_DAY.finditer(text, sentence.start, sentence.end):
        # the date before: in the sentence, else in the one before it
        before = [d for d in dates if d.end <= match.start()] or [
            d
            for d in find_dates(text, published, max(0, sentence.start - 400), sentence.start)
            if not _in_dateline(text, d)
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


def _in_dateline(text: str, date: DateMention) -> bool:
    """ "GOMA, Jan 27 (Reuters) -": the dateline's date is the report's, not the event's."""
    return bool(DATELINE_BEFORE.search(text, max(0, date.start - 80), date.start)) and bool(
        DATELINE_AFTER.match(text, date.end)
    )


_CHANGE = frozenset({"capture", "retake", "withdraw", "lose"})
# How long before the day a claim is told the change it is about may lie.
_CLAIM_REACH = dt.timedelta(days=7)


def _change_key(record: ControlRecord) -> tuple:
    """The change a record tells: its place and side; a withdrawal is told apart from the taking
    (the defenders may leave a day before the town is entered)."""
    return name_key(record.place), record.side, record.event == "withdraw"


def date_claims_by_reports(records: list[ControlRecord]) -> None:
    """A claim or headline the text does not date ("the army said on Thursday it had retaken X",
    "Army retakes X") is about the change another sentence dates ("troops entered X on
    Wednesday"): it takes that date; a claim dated only by its day of saying takes it from the
    same claimant ("the army said on Thursday its troops had entered X on Wednesday"), not from
    what others report (the claim is dated by the day it was made)."""
    best: dict[tuple, ControlRecord] = {}
    for record in records:
        if record.event in _CHANGE and record.dated:
            for key in (_change_key(record), (*_change_key(record), record.claimant)):
                if key not in best or record.dated > best[key].dated:
                    best[key] = record
    for record in records:
        if record.event not in _CHANGE or record.dated == 2:
            continue
        if record.dated == 1 and record.kind != "claimed":
            continue
        # a claim dated by the day it was made takes only a date its claimant gives
        key = (*_change_key(record), record.claimant) if record.dated else _change_key(record)
        other = best.get(key)
        if other is not None and other.dated > record.dated:
            record.observed_on, record.date_precision = other.observed_on, other.date_precision


def date_claims_by_changes(text: str, records: list[ControlRecord]) -> None:
    """A party's word that it had left a place, dated only by the day it is told ("Al Shabaab said
    it had pulled out of X", "the army said its troops had withdrawn from X"), is about the
    taking another sentence dates ("troops entered X on Wednesday", or the taker's own claim on
    the day it made it: "troops have taken X, officials said yesterday"): the latest day within
    the week before that a change of the same place to the same holder is dated. (A quote's "We
    left X" keeps the day it is told: over heldout10–26 as often that as the taking's.)"""
    dated = [r for r in records if r.event in _CHANGE and r.dated >= 1 and r.observed_on]
    for record in records:
        if (
            record.kind != "claimed"
            or record.dated
            or record.event != "withdraw"
            or record.observed_on is None
            or not PAST_PERFECT_BEFORE.search(text, max(0, record.start - 50), record.start)
        ):
            continue
        days = [
            r.observed_on
            for r in dated
            if r is not record
            and r.side == record.side
            and name_key(r.place) == name_key(record.place)
            and r.date_precision == DAY
            and dt.timedelta(0) < record.observed_on - r.observed_on <= _CLAIM_REACH
        ]
        if days:
            record.observed_on, record.date_precision = max(days), DAY


def date_headlines(text: str, records: list[ControlRecord], published: dt.date | None) -> None:
    """A change the headline tells ("Rebels take X as army flees", "Army abandons Y") that no
    sentence dates is the news of the day the report is published (run after the changes the
    body dates have lent it theirs)."""
    line = text.split("\n", 1)[0]
    if published is None or ". " in line or line.rstrip().endswith("."):
        return
    for record in records:
        if record.event in _CHANGE and record.observed_on is None and record.end <= len(line):
            record.observed_on, record.date_precision = published, DAY


def date_by_follow_ups(records: list[ControlRecord], follow_ups: list[ControlRecord]) -> None:
    """A change told without its day ("the army said on Thursday it had retaken X") is dated by a
    sentence that follows it and dates the same change without naming the place or the side
    ("troops entered the town on Wednesday", "hundreds of armed men stormed X before dawn on
    Monday"). A party's claim takes only a date the same party gives."""
    for follow in follow_ups:
        for record in records:
            if (
                record.dated == 2
                or record.event not in _CHANGE
                or _change_key(record)[::2] != _change_key(follow)[::2]
                or (follow.side and follow.side != record.side)
                # a sentence naming no side dates only the same kind of event ("stormed X"
                # after "seized X", not a retaking after an earlier capture)
                or (not follow.side and follow.event != record.event)
                or record.start > follow.sentence_start
            ):
                continue
            if record.kind == "claimed" and (
                follow.kind != "claimed" or (follow.claimant or record.claimant) != record.claimant
            ):
                continue
            record.observed_on, record.date_precision = follow.observed_on, follow.date_precision
            record.dated = 2


def sharpen_dates(records: list[ControlRecord]) -> None:
    """A change dated to the week or the month ("overran X a week ago", "a week after they seized
    X") that another sentence dates to the day within that span ("seized X on Dec. 26") takes
    the day."""
    days = [r for r in records if r.dated == 2 and r.date_precision == DAY and r.observed_on]
    for record in records:
        if record.event not in _CHANGE or record.date_precision not in (WEEK, MONTH):
            continue
        for day in days:
            if _change_key(day) != _change_key(record) or not _within(day, record):
                continue
            record.observed_on, record.date_precision = day.observed_on, DAY
            break


def _within(day: ControlRecord, record: ControlRecord) -> bool:
    if record.date_precision == WEEK:
        return abs((day.observed_on - record.observed_on).days) <= 7
    return (day.observed_on.year, day.observed_on.month) == (
        record.observed_on.year,
        record.observed_on.month,
    )


def dates_better(new: ControlRecord, old: ControlRecord) -> bool:
    """Whether `new`, telling the same observation as `old`, dates it better: the text dates the
    change rather than the claim, or gives the day within the week or month `old` gives."""
    if new.dated != old.dated:
        return new.dated > old.dated
    return (
        new.dated == 2
        and new.date_precision == DAY
        and old.date_precision in (WEEK, MONTH)
        and _within(new, old)
    )
