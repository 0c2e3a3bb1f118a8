"""When a campaign started (a date tied to a verb of starting, a day count, a duration; the last two
read in campaign_elapsed_starts). When it ended (a reported capture, withdrawal or halt) is
campaign_end_dates'; which dates are the report's rather than the start's,
campaign_report_dates'."""

from __future__ import annotations

import datetime as dt
import re

from .campaign_elapsed_starts import day_count_start, duration_start
from .campaign_parse import Reading
from .campaign_report_dates import is_dateline, is_report_date
from .campaign_since_holds import since_dates_a_hold
from .dates import NUMBER_WORDS, DateMention, find_dates, middle_of_month
from .sentences import Span

_START_VERB = re.compile(
    r"(?=[bslkgocrae])\b(?:began|begun|started|start|launched|launching|kicked\s+off"
    r"|got\s+under\s*way|broke\s+out|broken\s+out|"
    r"opened|commenced|resumed|erupted|announced|since)\b",
    re.I,
)


def parse_start(
    text: str, reading: Reading | None, published: dt.date | None
) -> tuple[dt.date, int] | None:
    """The date the parse ties to the trigger or the verb launching it ("erupted in early
    February", "launched … two weeks ago"), unless it is the day of a report."""
    if reading is None:
        return None
    found = start_date_of(text, reading, published)
    if found is None or is_report_date(text, found):
        return None
    found = told_start(text, found)
    return found.date, found.precision


_OFFSET = re.compile(
    r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day"
    r"|week)s?\s+"
    r"(?P<dir>after|before)\s+(?:[\w'’\-]+\s+){0,6}?$",
    re.I,
)


# "…, launched a day earlier", "which began two weeks before"
_EARLIER = re.compile(
    r"\s+(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week)s?"
    r"\s+(?:earlier|before)\b",
    re.I,
)


def _shifted(text: str, date, verbs: list[re.Match[str]], sentence: Span) -> tuple[dt.date, int]:
    """ "said on Wednesday …, a day after Baku launched …": the start is the date moved by the
    offset that introduces the start verb's clause (when the date itself is outside that clause)."""
    for verb in verbs:
        earlier = _EARLIER.match(text, verb.end(), sentence.end)
        if earlier is not None and not (verb.end() <= date.start < earlier.end()):
            # "captured Tal Rifaat on Dec. 1 in an operation …, launched a day earlier": the date
            # moved back by the offset that follows the start verb.
            count = earlier.group("n").lower()
            n = int(count) if count.isdigit() else NUMBER_WORDS[count]
            week = earlier.group("unit").lower() == "week"
            precision = max(date.precision, 2) if week else date.precision
            return date.date - dt.timedelta(days=n * (7 if week else 1)), precision
        head = max(sentence.start, verb.start() - 90)
        offset = _OFFSET.search(text, head, verb.start())
        if offset is None or date.start > offset.start():
            continue
        count = offset.group("n").lower()
        n = int(count) if count.isdigit() else NUMBER_WORDS[count]
        days = n * (7 if offset.group("unit").lower() == "week" else 1)
        sign = -1 if offset.group("dir").lower() == "after" else 1
        precision = (
            date.precision if offset.group("unit").lower() == "day" else max(date.precision, 2)
        )
        return date.date + dt.timedelta(days=sign * days), precision
    return date.date, date.precision


# Verbs that say when the campaign itself started ("The attack began before dawn on Tuesday"), and
# "since" right before a date ("have besieged the garrison … since March 3").
_STRONG_START = re.compile(
    r"\b(?:began|begun|started|launched|kicked\s+off|got\s+under\s*way|commenced|erupted)\b"
    r"|\bsince\s+(?=\S)",
    re.I,
)
NEAR_VERB = 60  # characters between a start verb and its date
# A holding verb a few words before "since": "a port town the militants have held since last
# August", "which gangs have largely controlled since late October", "who had lived there since
# 2012" date a hold or a stay, not a start.
_HOLDING_BEFORE = re.compile(
    r"\b(?:held|hold|holds|holding|controlled|controls|occupied|ruled|governed|lived|stayed"
    r"|remained|based|stationed)"
    r"(?:\s+[\w'’,-]+){0,4}?\s+$",
    re.I,
)


# The same told by a noun: "the town is in our hands since this afternoon", "had been in rebel
# hands since August". ("under rebel control since" reads the same, but dating those campaigns by
# their first action instead merged separate fronts taken the same day in heldout24.)
_HELD_BEFORE = re.compile(r"\bin\s+(?:[\w'’-]+\s+){0,3}hands\s+$", re.I)


# A whole war, a crisis, protests or a fire as the subject of a verb of starting: "as a conflict
# that began on September 9 spread", "The crisis began last Thursday", "since the protests began in
# April", "the blaze, which began late on Wednesday". Its start is not a campaign's (in the error
# folders 2 of 19 such dates were a campaign's start). Not "the fighting" or "the clashes", nor a
# revolt or uprising: they begin the campaign's own battle, or are the campaign, about as often as
# not.
_WIDER_SUBJECT = re.compile(
    r"\b(?:wars?|conflicts?|crisis|unrest|protests|demonstrations|blaze)"
    r"(?:\s*,?\s+(?:which|that)\b[^,.;]{0,40}?)?,?"
    r"\s+(?:had\s+|has\s+)?$",
    re.I,
)


# A start of leaving, not of fighting: "families began leaving the besieged town on Monday under a
# deal that ends three months of fighting", "residents began returning on Sunday", "troops have
# begun pulling back", "started to withdraw". It dates a departure, a return or an end.
DEPARTING_AFTER = re.compile(
    r"\s+(?:to\s+)?(?:leav|pull|withdr|evacuat|flee|fled|return|retreat|trickl|head(?:ing)?\s+home"
    r"|go(?:ing)?\s+home)\w*\b",
    re.I,
)


def start_verbs(pattern: re.Pattern[str], text: str, sentence: Span) -> list[re.Match[str]]:
    """The pattern's verbs of starting in the sentence, without a "since" that dates a hold,
    without a verb whose subject is a wider war or unrest and without a start of leaving."""
    return [
        v
        for v in pattern.finditer(text, sentence.start, sentence.end)
        if (v.group().strip().lower() != "since" or not _dates_a_hold(text, sentence, v.start()))
        and _WIDER_SUBJECT.search(text, max(sentence.start, v.start() - 60), v.start()) is None
        and DEPARTING_AFTER.match(text, v.end()) is None
    ]


def _dates_a_hold(text: str, sentence: Span, since: int) -> bool:
    head = max(sentence.start, since - 50)
    return (
        _HOLDING_BEFORE.search(text, head, since) is not None
        or _HELD_BEFORE.search(text, head, since) is not None
        or since_dates_a_hold(text, since)
    )


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)


def told_start(text: str, date: DateMention) -> DateMention:
    """ "began in mid-June": the 15th to the week (`middle_of_month`); "since mid-May" stays the
    month, as the older folders date a fight going on since then."""
    if _SINCE_BEFORE.search(text, max(0, date.start - 8), date.start):
        return date
    return middle_of_month(date)


def strong_start_date(text: str, window: list[Span], published: dt.date):
    """The first date in the window right next to a verb of starting (or right after "since") that
    is not the date of a report; None when there is none."""
    for sentence in window:
        verbs = start_verbs(_STRONG_START, text, sentence)
        if not verbs:
            continue
        dates = [
            d
            for d in find_dates(text, published, sentence.start, sentence.end)
            if not is_report_date(text, d)
        ]
        near = [
            (
                min(
                    abs(d.start - v.end()) if d.start >= v.end() else abs(v.start() - d.end)
                    for v in verbs
                ),
                d,
            )
            for d in dates
        ]
        near = [(distance, d) for distance, d in near if distance <= NEAR_VERB]
        if near:
            best = told_start(text, min(near, key=lambda pair: pair[0])[1])
            return _shifted(text, best, verbs, sentence)
    return None


def start_date(
    text: str, window: list[Span], published: dt.date | None
) -> tuple[dt.date, int] | None:
    """The campaign's start: the date nearest a start verb in the first sentence of the window that
    has both; when that date is the report's ("said on Wednesday it had launched …") or far from the
    verb, a date right next to a verb of starting elsewhere in the window wins ("… began moving on
    Monday")."""
    found = _first_start_date(text, window, published)
    if found is None or published is None or found[1] is None:
        return found[0] if found else None
    better = strong_start_date(text, window, published)
    return better or found[0]


_RELATIVE = re.compile(r",\s+(?:which|who|whom|where)\s")

# "its largest offensive since the war began 17 months ago", "since the conflict broke out in
# 1988": the outbreak of the wider war times the campaign; it is not its start.
_WAR_SINCE = re.compile(
    r"\bsince\s+the\s+(?:[\w'’-]+\s+)?(?:war|conflict|uprising|insurgency|rebellion|revolution"
    r"|crisis|unrest|protests|demonstrations)\b"
    r"[^.;,]{0,80}?\b(?:began|started|broke\s+out|erupted)\b[^.;,]*",
    re.I,
)


def _not_the_war(text: str, sentence: Span, dates: list[DateMention]) -> list[DateMention]:
    wars = [m.span() for m in _WAR_SINCE.finditer(text, sentence.start, sentence.end)]
    return [d for d in dates if not any(start <= d.start < end for start, end in wars)]


def _offset_before_start(
    text: str, verbs: list[re.Match[str]], sentence: Span, published: dt.date
) -> tuple[dt.date, int] | None:
    """ "… on Saturday, two weeks after they began a push south": with no date in the sentence, that
    long before the report (the week for weeks, the day for days)."""
    for verb in verbs:
        if verb.group().lower() not in (
            "began",
            "begun",
            "started",
            "launched",
            "opened",
            "commenced",
        ):
            continue
        offset = _OFFSET.search(text, max(sentence.start, verb.start() - 90), verb.start())
        if offset is None or offset.group("dir").lower() != "after":
            continue
        count = offset.group("n").lower()
        n = int(count) if count.isdigit() else NUMBER_WORDS[count]
        week = offset.group("unit").lower() == "week"
        return published - dt.timedelta(days=n * (7 if week else 1)), 2 if week else 1
    return None


def _in_relative(text: str, start: int, date_start: int) -> bool:
    """A relative clause opens between `start` and the date and is not closed by a comma before it
    (", which they call Operation Hilaac, last month": the date is the main clause's)."""
    relative = _RELATIVE.search(text, start, date_start)
    return relative is not None and "," not in text[relative.end() : date_start]


def _first_start_date(text: str, window: list[Span], published: dt.date | None):
    """(date, the date mention it came from, or None when no single mention was used unshifted)."""
    if published is None:
        return None
    for index, sentence in enumerate(window):
        counted = day_count_start(text, sentence, published)
        if counted:
            return counted, None
        verbs = start_verbs(_START_VERB, text, sentence)
        if not verbs:
            lasting = duration_start(text, sentence, published)
            if lasting:
                return lasting, None
            continue
        dates = [
            d
            for d in find_dates(text, published, sentence.start, sentence.end)
            if not is_dateline(text, d)
        ]
        dates = _not_the_war(text, sentence, dates)
        if dates and ", wh" in text[sentence.start : sentence.end]:
            # "… to retake Saraqib, which opposition fighters recaptured last week": a date in a
            # relative clause after the start verb dates another event.
            dates = [
                d
                for d in dates
                if not any(
                    v.end() <= d.start and _in_relative(text, v.end(), d.start) for v in verbs
                )
            ]
        if dates:
            # The date closest to the start verb.
            distance = {id(d): min(abs(d.start - v.end()) for v in verbs) for d in dates}
            nearest = min(dates, key=lambda d: distance[id(d)])
            best = told_start(text, nearest)
            shifted = _shifted(text, best, verbs, sentence)
            doubtful = shifted == (best.date, best.precision) and (
                is_report_date(text, best) or distance[id(nearest)] > NEAR_VERB
            )
            return shifted, (best if doubtful else None)
        ago = _offset_before_start(text, verbs, sentence, published)
        if ago:
            return ago, None
        following = window[index + 1] if index + 1 < len(window) else None
        if following is not None and following.start >= sentence.end:
            # "X has launched an offensive on Y. Its fighters attacked … on Friday."
            dates = find_dates(text, published, following.start, following.end)
            if dates:
                # "… said on Sunday that Operation Spring Shield had been under way since Thursday":
                # a date that sentence ties to a start, not its first.
                strong = strong_start_date(text, [following], published) if len(dates) > 1 else None
                return (strong or (dates[0].date, dates[0].precision)), None
    return None


_YEAR_AFTER = re.compile(r"\s+(?:last|this)\s+year\b")


def start_date_of(text: str, reading: Reading, published: dt.date | None) -> DateMention | None:
    """The first date inside a date modifier of the trigger or of the verb that launched it."""
    for start, end in reading.date_phrases:
        # "began in August last year": the parse may hang "last year" beside the month's phrase.
        year = _YEAR_AFTER.match(text, end)
        dates = find_dates(text, published, start, year.end() if year else end)
        if dates:
            return dates[0]
    return None
