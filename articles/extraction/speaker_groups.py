"""Statements of a group without a person: "ISWAP said in a statement … "…," the statement
said", "Hezbollah denied losing the village. In a statement, the group said "…"". The quote's
attribution names only a generic source (the statement, the group, its radio, "it"); the group is
the actor that opens a sentence of the paragraph, or of the paragraph before when the quote opens
its own."""

from __future__ import annotations

import re

from .actors import ActorMatch, window
from .statements import StatementRecord

# The source words of a quote attributed to no person: "the statement said", "the group said",
# "the rebels' Al-Masirah television said", "it condemned …, saying".
_GENERIC_SOURCE = re.compile(
    r"\b(?:it|the\s+(?:\w+\s+)?(?:statement|group|movement|militants|rebels|insurgents|"
    r"jihadists|organi[sz]ation|observatory|monitor|agency|alliance|coalition|faction|militia|"
    r"cartel|gang|government)|(?:its|their|the\s+group['’]s|the\s+rebels['’])\s+(?:[\w\-]+\s+)"
    r"{0,2}(?:radio|television|channel|agency|outlet|statement|website))\s+(?:\w+\s+){0,3}?"
    r"(?:said|says|added|denied|claimed|condemned|stated|announced|wrote|saying)\b",
    re.I,
)

# What may stand before a sentence's subject: the paragraph's start or a sentence end, then an
# opening phrase ("In a statement carried by the group's Amaq news agency, "), and a description
# of the actor ("The Islamist group Ansar Dine", "The UN human rights office").
_SENTENCE_LEAD = re.compile(
    r"(?:^|[.!?][\"”’]?\s+)(?:In\s+[^,.\"“”]{1,80},\s+)?(?:The\s+(?:[\w\-]+\s+){0,2})?$"
)
# A spokesperson the text names with no organisation: ""…," said spokeswoman X" after "The UN
# human rights office said …" speaks for the actor that opens the paragraph.
_BARE_SPOKESPERSON = re.compile(r"^(?:an?\s+|the\s+)?spokes(?:man|woman|person)$", re.I)

_QUOTE_MARKS = "\"“”'‘’ \t"


def _paragraph(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end == -1 else end


def _previous_paragraph_end(text: str, start: int) -> int:
    """Where the last non-blank paragraph before `start` ends (0 if none); walks back over the
    blank lines only, never copying the text before (long articles)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _opening_actor(text: str, start: int, end: int, actors: list[ActorMatch]) -> str | None:
    """The first actor in [start, end) that opens a sentence (its subject), outlets aside."""
    for match in window(actors, start, end):
        if match.kind != "outlet":
            lead = text[start : match.start]
            # A cut lead must not read as the paragraph's start.
            lead = lead if len(lead) <= 100 else "…" + lead[-100:]
            if _SENTENCE_LEAD.search(lead):
                return match.actor
    return None


def _sentence_around(text: str, statement: StatementRecord) -> str:
    """The statement's sentence without the quoted words."""
    return (
        text[statement.sentence_start : statement.start]
        + " "
        + text[statement.end : statement.sentence_end]
    )


def group_statements(
    text: str, statements: list[StatementRecord], actors: list[ActorMatch]
) -> None:
    """Give a statement attributed to a generic source ("the statement said"), or to a
    spokesperson named with no organisation, the group that speaks in its paragraph."""
    for statement in statements:
        if statement.actor is not None:
            continue
        if not _BARE_SPOKESPERSON.match(statement.role or "") and (
            statement.speaker
            or statement.role
            or not _GENERIC_SOURCE.search(_sentence_around(text, statement))
        ):
            continue
        start = _paragraph(text, statement.start)[0]
        actor = _opening_actor(text, start, statement.start, actors)
        if actor is None and not text[start : statement.start].strip(_QUOTE_MARKS):
            previous = _previous_paragraph_end(text, start)
            if previous > 0:
                actor = _opening_actor(text, _paragraph(text, previous - 1)[0], previous, actors)
        statement.actor = actor
