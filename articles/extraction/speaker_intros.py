"""A speaker introduced by a role in the sentence before the one that names him: "An Army
spokesman said the operation would go on. "…," said Major X." — "A nun at the convent, reached
by telephone, said the sisters had stayed. "…," said Sister Y." The named speaker, whose own
attribution gives no role or only a rank, takes the role of the unnamed one introduced just
before in the same paragraph, also in a reporting clause (", a Chadian officer in N'Djamena
said.") or by a possessive ("Pakistan's military spokesman in Rawalpindi gave a different
account."), and the actor that role names, if any; one with a rank alone, the role the paragraph
before introduced when it holds no quote (", an Indian military spokesman said Friday. / Col. X
told reporters …")."""

from __future__ import annotations

import re

from .actors import ActorMatch, window
from .quotes import SPEECH_VERBS
from .speaker_words import ROLE_NOUNS
from .statements import StatementRecord

# A rank or title alone ("Major", "Lt. Col.", "Chief"): no role of its own.
_RANK_ONLY = re.compile(
    r"^(?:(?:lt|lieut|lieutenant|maj|major|brig|brigadier|col|colonel|gen|general|capt|captain|"
    r"cmdr|commander|comr|chief|supt|sgt|sergeant|rear|vice|adm|admiral|air|marshal|field|dr|"
    r"sister|brother|father|sheikh|mullah)\.?(?:\s+|-|$))+$",
    re.I,
)
# "Pakistan's military spokesman in Rawalpindi gave a different account": a role introduced by a
# possessive; it must name a person ("Ukraine's general staff said" does not).
_POSSESSIVE = re.compile(r"[A-Z][\w\-]+['’]s\s")
# "An Army spokesman said", "A nun at the Mar Taqla convent, reached by telephone, said", "In
# Miami, a spokesman for the rebel alliance gave a different account": an unnamed person
# introduced by a role as a sentence's subject (no name in apposition after it).
_INTRO = re.compile(
    r"(?:^|[.!?][\"”’]?\s+|,\s+)(?:In\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?,\s+)?"
    r"(?:(?:[Aa]n?|[Oo]ne)\s+|(?=" + _POSSESSIVE.pattern + r"))"
    r"(?P<role>[^,.;:\"“”]{3,120}?)"
    r"(?:,\s+(?:who|reached|contacted|speaking|interviewed)\b[^\"“”]{1,120}?,)?\s+(?:also\s+)?"
    r"(?:" + SPEECH_VERBS + r"|gave|disputed|rejected)\b",
    re.M,
)
# What the role phrase must not be: a person's account ("a woman who …" is cut before it), an
# unnamed group ("a group of residents"), a document or a medium, or a part of a group ("one of
# his former commanders").
_NOT_A_PERSON = re.compile(
    r"^(?:group|number|statement|report|communiqu|message|video|letter|source|few|lot|day|week"
    r"|of\b)",
    re.I,
)


_QUOTE_MARK = re.compile(r"[\"“”]")

# "A man who gave his name as X said": the named speaker's own clause, no role.
_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.I)


def _intro_before(text: str, statement: StatementRecord) -> tuple[str, int, int] | None:
    """The last role introducing an unnamed person in the quote's paragraph before the quote, else
    in the paragraph before ("…, an Indian military spokesman said Friday. / Col. X told
    reporters … "…," he said")."""
    paragraph = text.rfind("\n", 0, statement.start) + 1
    found = _intros(text, paragraph, statement.start)
    if not found and paragraph > 1 and statement.role:
        # A rank alone ("Col. X told reporters …") may take the role the paragraph before gave,
        # when no quote there was his who was introduced so.
        before = text.rfind("\n", 0, paragraph - 1) + 1
        if not _QUOTE_MARK.search(text, before, paragraph - 1):
            found = _intros(text, before, paragraph - 1)
    if not found:
        return None
    role_start, role_end = found[-1].span("role")
    return text[role_start:role_end], role_start, role_end


def _intros(text: str, start: int, end: int) -> list[re.Match[str]]:
    return [
        m
        for m in _INTRO.finditer(text, start, end)
        if not _NOT_A_PERSON.match(m.group("role"))
        and not _CLAUSE.search(m.group("role"))
        and (not _POSSESSIVE.match(m.group("role")) or ROLE_NOUNS.search(m.group("role")))
    ]


def introduced_roles(
    text: str, statements: list[StatementRecord], actors: list[ActorMatch]
) -> None:
    """Give a named speaker whose role is empty or a rank alone the role introduced just before
    his quote in its paragraph, and the actor named in it; his later quotes with no role of their
    own keep both."""
    given: dict[str, tuple[str, str | None]] = {}
    for statement in statements:
        if not statement.speaker or (statement.role and not _RANK_ONLY.match(statement.role)):
            continue
        if statement.speaker in given:
            statement.role = given[statement.speaker][0]
            statement.actor = statement.actor or given[statement.speaker][1]
            continue
        intro = _intro_before(text, statement)
        if intro is None:
            continue
        role, start, end = intro
        named = [m for m in window(actors, start, end) if m.kind != "outlet"]
        statement.role = role
        if statement.actor is None and named:
            statement.actor = named[-1].actor
        given[statement.speaker] = (statement.role, statement.actor)
