"""When a change told in a subordinate clause happened (articles/extraction/control_dates.py): the
clause's link to the clause it depends on, read from the dependency parse, and how far apart the
two are. "The offensive began in late February, when its fighters overran X" (the same time);
"France intervened on Jan. 11, a day after the insurgents and their allies … captured X" (a day
before); "the ministry said late on Sunday …, hours after the enemy said it had taken X" (the same
day); "weeks after seizing X" (too vague to date). No rule names a place, a person or a group."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from places.nlp import text_of

from .dates import DAY, MONTH, WEEK, DateMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .sentences import Span

# The words that tie a clause's time to the clause it depends on, and which way: the linked clause
# happened that long before ("after") or after ("before") the other, or at its time ("when").
LINK_WAYS = {"when": 0, "as": 0, "after": -1, "before": 1}
# The distance said before the link word: "a day after", "three weeks before", "hours after".
_COUNT = r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+"
DISTANCE = re.compile(
    r"(?:(?P<n>" + _COUNT + r")\s+(?P<unit>day|week|month)s?|(?P<same>hours|minutes|moments|"
    r"shortly|soon|just|only\s+hours|a\s+few\s+hours|(?:the\s+)?same\s+day)|"
    r"(?P<vague>days|weeks|months|years|several\s+\w+|a\s+few\s+(?:days|weeks|months)))"
    r"\s+$",
    re.I,
)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBERS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10}
# How far up the tree a trigger's clause is followed: "captured" → "said" (what was said) →
# "said … hours after" (the link).
_CLIMB = frozenset({"ccomp", "xcomp", "conj", "pcomp"})
# Words of a trigger that lean on its head word (the parse has no part-of-speech tags).
_WORDS_OF_A_HEAD = frozenset({"aux", "auxpass", "neg", "det", "amod", "advmod", "prt"})


@dataclass(frozen=True)
class Link:
    way: int  # -1 the clause happened before the other, 1 after, 0 at its time
    distance: str  # the words before the link word ("a day", "hours", "")
    start: int  # where the linked clause starts and ends (characters)
    end: int


def _token_at(doc: Doc, at: int) -> Token | None:
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _mark(token: Token) -> Token | None:
    """The link word of the clause `token` heads: a subordinator ("after they took", "when they
    took") or the preposition it is the object of ("after overrunning", "a day after the fall")."""
    for child in token.children:
        if child.dep_ in ("mark", "advmod") and child.i < token.i and child.lower_ in LINK_WAYS:
            return child
    if token.dep_ in ("pcomp", "pobj") and token.head.lower_ in LINK_WAYS:
        return token.head
    return None


def clause_link(doc: Doc | None, at: int, sentence: Span) -> Link | None:
    """The link of the clause of the trigger at `at` to the clause it depends on, if the parse
    gives one within the sentence."""
    token = _token_at(doc, at) if doc is not None else None
    if token is None:
        return None
    while token.dep_ in _WORDS_OF_A_HEAD and token.head is not token:
        token = token.head  # "had taken" → "taken"; "the capture of" → "capture"
    for _ in range(4):
        mark = _mark(token)
        if mark is not None:
            tokens = list(token.subtree)
            start = min(tokens[0].idx, mark.idx)
            end = tokens[-1].idx + len(tokens[-1])
            if not (sentence.start <= start and end <= sentence.end):
                return None
            before = text_of(doc)[max(sentence.start, mark.idx - 30) : mark.idx]
            distance = DISTANCE.search(before)
            return Link(
                LINK_WAYS[mark.lower_],
                distance.group().strip() if distance else "",
                distance.start() + max(sentence.start, mark.idx - 30) if distance else start,
                end,
            )
        if token.dep_ not in _CLIMB or token.head is token:
            return None
        token = token.head
    return None


def linked_date(
    link: Link, dates: list[DateMention], fallback: dt.date | None
) -> tuple[dt.date | None, int | None] | None:
    """The date of the linked clause: the other clause's date (the last one before the link,
    else `fallback`, the day the text speaks from) moved by the distance; (None, None) for a
    distance too vague to date ("weeks after"); None when the link dates nothing."""
    distance = DISTANCE.fullmatch(link.distance + " ") if link.distance else None
    if distance is not None and distance["vague"]:
        return None, None
    anchor = [d for d in dates if d.end <= link.start]
    if link.way == 0 or (distance is not None and distance["same"]):
        if not anchor:
            return None  # "when they took X": only a date of the other clause tells
        return anchor[-1].date, anchor[-1].precision
    if distance is None:
        return None  # "after they took X" says only that it came first
    base = anchor[-1].date if anchor else fallback
    if base is None:
        return None
    n = distance["n"].lower()
    count = (int(n) if n.isdigit() else _NUMBERS.get(n, 1)) * link.way
    unit = distance["unit"].lower()
    if unit == "month":
        months = base.year * 12 + base.month - 1 + count
        return dt.date(months // 12, months % 12 + 1, 1), MONTH
    return base + dt.timedelta(days=count * (7 if unit == "week" else 1)), (
        WEEK if unit == "week" else DAY
    )
