"""A quote a state's office issued, with no person: "The Interior Ministry said in a statement …
"…," the ministry said", "The General Staff said … "…," the statement said", "the high command
said in Communique No. 2". The office names no actor the dictionary knows, so the group step
leaves the quote without a side; here the office is lent to the quote as its role while the
officials' step reads whose office it is (the state by its demonym, the article's state, its
forces for a command), then taken away again: the gold gives an organisation quoted without a
person no role (tests/gold/README.md)."""

from __future__ import annotations

import re

from .speaker_groups import generic_source, paragraph_bounds, previous_paragraph_end
from .statements import StatementRecord

# A state's office: a ministry, the general staff, a command, the Office of the Commander-in-Chief.
_OFFICE = (
    r"(?:[Mm]inistry(?:\s+of\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?|[Gg]eneral\s+[Ss]taff|"
    r"(?:[Hh]igh\s+|[Mm]ilitary\s+|[Aa]rmy\s+)?[Cc]ommand|"
    r"Office\s+of\s+the\s+[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*){0,4}|"
    # "The government condemned the attack, saying "…"": the state speaking, named by no actor
    r"(?<=[Tt]he\s)[Gg]overnment)"
)
# The office as the subject of a sentence's reporting verb ("The Macedonian interior ministry said
# in a statement", "… after two nights of fighting, the Iraqi high command said today", ""…," the
# ministry said").
_ISSUER = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?,][\"”’]\s)|(?<=,\s))(?:In\s+[^,.\"“”]{1,80},\s+)?(?:[Tt]he\s+)?"
    r"(?P<office>(?:[A-Z][\w\-]*\s+|[a-z\-]+\s+){0,3}?" + _OFFICE + r")"
    r"(?:\s+in\s+[A-Z][\w\-]+)?,?\s+(?:said|says|announced|stated|denied|claimed|reported|"
    r"condemned)\b"
)
# A generic source that is itself an office ("the ministry said", "the high command said").
_OFFICE_NOUNS = frozenset({"ministry", "command", "government"})
# How far back the office may have been named (a few paragraphs of a wire story).
_REACH = 1500


def _issuer_in(text: str, start: int, end: int, noun: str) -> str | None:
    """The last office in [start, end) that issues what it says; of the source's kind when the
    source is an office itself ("the ministry said" is the ministry named before)."""
    found = [
        m.group("office")
        for m in _ISSUER.finditer(text[start:end])
        if noun not in _OFFICE_NOUNS or noun in m.group("office").casefold()
    ]
    return found[-1] if found else None


def issuing_office(text: str, statement: StatementRecord) -> str | None:
    """The office that issued a quote credited only to "the statement", "the ministry", "the
    command" …: the last named before it in its paragraph or the one before (for an office as
    the source, within a few paragraphs), else the office its own sentence names."""
    source = generic_source(text, statement)
    if source is None:
        return None
    noun = (source.group("noun") or source.group("noun_after") or "").casefold()
    start = paragraph_bounds(text, statement.start)[0]
    previous = previous_paragraph_end(text, start)
    if noun in _OFFICE_NOUNS:
        start = max(0, statement.start - _REACH)
    elif previous > 0:
        start = paragraph_bounds(text, previous - 1)[0]
    return _issuer_in(text, start, statement.start, noun) or _issuer_in(
        text, statement.sentence_start, statement.sentence_end, noun
    )


def lend_offices(text: str, statements: list[StatementRecord]) -> list[StatementRecord]:
    """Give each quote with no speaker, role or side the office that issued it as its role, read
    as the office's spokesman's by the officials' step; returns those lent one
    (take_offices_back() clears them)."""
    lent = []
    for statement in statements:
        if statement.speaker or statement.role or statement.actor is not None:
            continue
        office = issuing_office(text, statement)
        if office:
            statement.role = f"{office} spokesman"
            lent.append(statement)
    return lent


def take_offices_back(lent: list[StatementRecord]) -> None:
    """An organisation quoted without a person has no role (tests/gold/README.md)."""
    for statement in lent:
        statement.role = ""
