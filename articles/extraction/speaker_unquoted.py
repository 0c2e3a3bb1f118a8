"""Actors named outside quotation marks: "…," it said / the ministry said refers back to the
side the text named, not to one the quote itself names ("In Moscow, the Russian Foreign Ministry
said it was alarmed. "The military operation in the southeast of Ukraine …," it said": Russia,
not the Ukrainian military of the quote)."""

from __future__ import annotations

import re

from .actors import ActorMatch

_OPENING = "“"
_CLOSING = "”"
_STRAIGHT = '"'


def unquoted(text: str, matches: list[ActorMatch]) -> list[ActorMatch]:
    """`matches` (in text order) without those inside a quotation. The marks
    are counted from the start of the paragraph of the first match, so a quotation is never
    read inside out; only the text the matches span is scanned."""
    if not matches:
        return matches
    position = text.rfind("\n", 0, matches[0].start) + 1
    quoted = False
    kept: list[ActorMatch] = []
    for match in matches:
        for char in text[position : match.start]:
            if char == "\n":
                quoted = False  # a paragraph ends any quotation left open
            elif char == _STRAIGHT:
                quoted = not quoted
            elif char in (_OPENING, _CLOSING):
                quoted = char == _OPENING
        position = max(position, match.start)
        if not quoted:
            kept.append(match)
    return kept


# What follows an actor that speaks: an acronym or apposition, then a reporting verb ("the
# People's Defence Forces (HPG), said", "the Russian Foreign Ministry said", "Hamas denied").
_REPORTING_AFTER = re.compile(
    r"\)?(?:['’]s?\s+[a-z]+)?(?:\s*\([^()\"“”]{1,20}\))?(?:\s*,[^,\"“”]{1,80},)?,?\s+"
    r"(?:(?:also|later|earlier|again)\s+)?"
    r"(?:said|says|denied|denies|claimed|claims|announced|stated|insisted|reported|added)\b"
)
# What precedes an actor that opens its sentence: the paragraph's start or a sentence end, an
# opening phrase ("In Moscow, "), a determiner and up to two words ("The Russian ministry").
_SENTENCE_OPEN = re.compile(
    r"(?:^|\n|[.!?][\"”’]?\s+)"
    # (a dateline: "Mogadishu (AFP) - Somali government forces …")
    r"(?:[A-Z][A-Za-z0-9.,' ]{1,40}(?:\([A-Za-z.]+\))?\s+[-—–]+\s+)?"
    r"(?:In\s+[^,.\"“”\n]{1,40},\s+)?(?:[Tt]he\s+(?:[\w\-]+\s+){0,2})?$"
)


def speaking(text: str, matches: list[ActorMatch]) -> list[ActorMatch]:
    """The `matches` that stand as a speaking subject: followed by a reporting verb, or opening
    their sentence ("The Russian ministry made no mention … It said …")."""
    return [
        m
        for m in matches
        if _REPORTING_AFTER.match(text, m.end)
        or _SENTENCE_OPEN.search(text, max(0, m.start - 60), m.start)
    ]
