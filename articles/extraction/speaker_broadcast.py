"""Statements of a body with no person, settled from how the text names the body.

A state's radio, television or news agency quoted with no speaker speaks for the state
(tests/gold/README.md, heldout23: "a state's news agency speaks for the state with no speaker"):
"Baghdad radio said …", "Radio Uganda said: "…"", "Burmese state radio in Rangoon said …" and,
in the next paragraph, ""…," the broadcast said". A UN mission speaking as a body ("The UN
mission in Mali, MINUSMA, condemned the attack, saying "…"") speaks for the United Nations, as
UN agencies and offices do, and so do its spokespeople (speaker_un.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from .actors import ActorMatch, window
from .official_homes import capital_lead, state_of_name
from .statements import StatementRecord
from .states import countries, demonym_index, state_of_capital

_MEDIA = r"(?:radio|television|tv|news\s+agency|broadcaster)"
# What may stand between the state's word and the medium: "Baghdad radio", "Iraq's state
# television", "Burmese state-run radio", "the official Sudan News Agency".
_MEDIA_KIND = r"(?:(?:state|state-run|official|government|government-run|national|military)\s+)?"
# "Radio Uganda", "Radio Biafra": the medium named after the state or the body.
_RADIO_OF = re.compile(r"\b(?:Radio|Television)\s+$")
# A generic source that stands for a broadcaster or a body named before: ""…," the radio said",
# ""…," the broadcast said", ""…," the agency said", "it said".
_GENERIC_MEDIA_SOURCE = re.compile(
    r"\b(?:it|the\s+(?:[\w\-]+\s+){0,2}?(?:radio|broadcast|station|agency|communiqu[eé]|"
    r"statement|announcement|bulletin))\s+(?:\w+\s+){0,2}?(?:said|says|added|announced|stated|"
    r"claimed|declared)\b",
    re.I,
)
# "In Tripoli, the official news agency JANA …": an official medium in a capital's sentence.
_OFFICIAL_MEDIUM = re.compile(
    r"\b(?:state|state-run|official|government)\s+" + _MEDIA + r"\b", re.I
)
# A UN body as the text names it: "UN mission", "U.N. peacekeeping force", "United Nations …".
_UN_WORDS = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations)(?:['’]s)?\s")
_UNITED_NATIONS = "United Nations"
# A speaker name that is a medium's: "Radio Uganda", "Radio Mogadishu".
_MEDIUM_NAME = re.compile(r"^(?:Radio|Television)\s+[A-Z]")


@lru_cache(maxsize=1)
def _state_medium() -> re.Pattern[str]:
    """ "<state word> [state] radio" (a state's name, capital or demonym before a medium) or
    "Radio <state word>"."""
    names = "|".join(map(re.escape, sorted(_state_index(), key=len, reverse=True)))
    return re.compile(
        rf"\b(?:(?P<word>{names})(?:['’]s)?\s+{_MEDIA_KIND}{_MEDIA}|"
        rf"(?-i:Radio|Television)\s+(?P<after>{names}))\b",
        re.I,
    )


def _broadcaster_in(text: str, start: int, end: int, actors: list[ActorMatch]) -> str | None:
    """The last state or body whose medium [start, end) names."""
    found: list[tuple[int, str]] = []
    for match in _state_medium().finditer(text, start, end):
        word = match.group("word") or match.group("after")
        if word[0].isupper():
            found.append((match.start(), _state_index()[word.casefold()]))
    for match in window(actors, start, end):
        if match.kind != "outlet" and _RADIO_OF.search(text, max(0, match.start - 12), match.start):
            found.append((match.start, match.actor))
    return max(found)[1] if found else None


@lru_cache(maxsize=1)
def _state_index() -> dict[str, str]:
    words = {**state_of_capital(), **state_of_name(), **demonym_index()}
    return {word.casefold(): state for word, state in words.items()}


def _capital_medium(text: str, start: int, end: int) -> str | None:
    """ "In Tripoli, the official news agency JANA denied …": the capital's state."""
    lead = capital_lead().search(text, start, end)
    if lead and _OFFICIAL_MEDIUM.search(text, lead.end(), end):
        return state_of_capital()[lead.group("capital")]
    return None


def _paragraph_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _broadcast_side(text: str, statement: StatementRecord, actors: list[ActorMatch]) -> str | None:
    """The state or body whose medium the quote's sentence names, or, when the attribution is a
    generic source ("the radio said"), whose medium its paragraph or the one before names."""
    before = (statement.sentence_start, statement.start)
    after = (statement.end, statement.sentence_end)
    for start, end in (before, after):
        side = _broadcaster_in(text, start, end, actors) or _capital_medium(text, start, end)
        if side is not None:
            return side
    generic = _GENERIC_MEDIA_SOURCE.search(
        text, statement.end, statement.sentence_end + 1
    ) or _GENERIC_MEDIA_SOURCE.search(text, statement.sentence_start, statement.start)
    if not generic:
        return None
    paragraph = _paragraph_start(text, statement.start)
    previous = _paragraph_start(text, max(0, paragraph - 2)) if paragraph > 1 else paragraph
    for start in (paragraph, previous):
        end = statement.start if start == paragraph else paragraph
        side = _broadcaster_in(text, start, end, actors) or _capital_medium(text, start, end)
        if side is not None:
            return side
    return None


# "The UN mission in Mali, MINUSMA", "the U.N. peacekeeping force, UNFICYP": the words before a
# mission's own name that call it a UN one.
_UN_APPOSED = re.compile(
    r"\b(?:UN|U\.N\.|United\s+Nations)\s+(?:[\w\-]+\s+){0,2}?(?:mission|force)"
    r"(?:\s+in\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})?\s*,\s*(?:the\s+)?$"
)


def _un_body(text: str, statement: StatementRecord, actors: list[ActorMatch]) -> bool:
    """The statement's actor is a mission or force the text calls a UN one before the quote ("The
    UN mission in Mali, MINUSMA", "the United Nations mission in South Sudan", "The United Nations
    Protection Force (UNPROFOR)")."""
    if statement.actor == _UNITED_NATIONS:
        return False
    return any(
        _UN_WORDS.match(m.text + " ") or _UN_APPOSED.search(text[max(0, m.start - 40) : m.start])
        for m in window(actors, max(0, statement.start - 2000), statement.start)
        if m.actor == statement.actor
    )


def body_statements(text: str, statements: list[StatementRecord], actors: list[ActorMatch]) -> None:
    """Give a quote credited to no person the state whose radio or agency it comes from; a UN
    mission speaking as a body the United Nations."""
    if not countries():
        return
    for statement in statements:
        if _MEDIUM_NAME.match(statement.speaker or "") and not statement.role:
            statement.speaker = ""  # "Radio Uganda said: "…"": a medium, not a person
        if statement.speaker or statement.role:
            continue
        if statement.actor is None:
            statement.actor = _broadcast_side(text, statement, actors)
        elif _un_body(text, statement, actors):
            statement.actor = _UNITED_NATIONS
