"""A speaker introduced by a role in the sentence before the one that names him: "An Army
spokesman said the operation would go on. "…," said Major X." — "A nun at the convent, reached
by telephone, said the sisters had stayed. "…," said Sister Y." The named speaker, whose own
attribution gives no role or only a rank, takes the role of the unnamed one introduced just
before in the same paragraph, and the actor that role names, if any."""

from __future__ import annotations

import re

from .actors import ActorMatch, window
from .quotes import SPEECH_VERBS
from .statements import StatementRecord

# A rank or title alone ("Major", "Lt. Col.", "Chief"): no role of its own.
_RANK_ONLY = re.compile(
    r"^(?:(?:lt|lieut|lieutenant|maj|major|brig|brigadier|col|colonel|gen|general|capt|captain|"
    r"cmdr|commander|comr|chief|supt|sgt|sergeant|rear|vice|adm|admiral|air|marshal|field|dr|"
    r"sister|brother|father|sheikh|mullah)\.?(?:\s+|-|$))+$",
    re.I,
)
# "An Army spokesman said", "A nun at the Mar Taqla convent, reached by telephone, said", "In
# Miami, a spokesman for the rebel alliance gave a different account": an unnamed person
# introduced by a role as a sentence's subject (no name in apposition after it).
_INTRO = re.compile(
    r"(?:^|[.!?][\"”’]?\s+)(?:In\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?,\s+)?(?:[Aa]n?|[Oo]ne)\s+"
    r"(?P<role>[^,.;:\"“”]{3,120}?)"
    r"(?:,\s+(?:who|reached|contacted|speaking|interviewed)\b[^\"“”]{1,120}?,)?\s+(?:also\s+)?"
    r"(?:" + SPEECH_VERBS + r"|gave|disputed|rejected)\b",
    re.M,
)
# What the role phrase must not be: a person's account ("a woman who …" is cut before it), an
# unnamed group ("a group of residents"), a document or a medium.
_NOT_A_PERSON = re.compile(
    r"^(?:group|number|statement|report|communiqu|message|video|letter|source|few|lot|day|week)",
    re.I,
)


# "A man who gave his name as X said": the named speaker's own clause, no role.
_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.I)


def _intro_before(text: str, statement: StatementRecord) -> tuple[str, int, int] | None:
    """The last role introducing an unnamed person in the quote's paragraph before the quote."""
    paragraph = text.rfind("\n", 0, statement.start) + 1
    found = [
        m
        for m in _INTRO.finditer(text, paragraph, statement.start)
        if not _NOT_A_PERSON.match(m.group("role")) and not _CLAUSE.search(m.group("role"))
    ]
    if not found:
        return None
    role_start, role_end = found[-1].span("role")
    return text[role_start:role_end], role_start, role_end


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
