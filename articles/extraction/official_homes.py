"""The article's own state, which officials whose role and paragraph name no other speak for:
the state its headline names, the one its dateline files it from, the first state or state's forces
it names (officials.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from .actors import ActorMatch, names_a_river
from .states import (
    AMBIGUOUS_NAMES,
    POLICE,
    capitals_pattern,
    countries,
    demonym_index,
    state_of_capital,
)

# The unnamed state speaking: "The government said in a statement that …", "The government
# condemned the attack, saying". A regex body for the statement steps that look for it.
GOVERNMENT_SPEAKS = (
    r"[Tt]he\s+government\s+(?:said|says|announced|stated|denied|claimed|condemned)\b"
)


def home_state(
    actors: list[ActorMatch],
    states: dict[str, str],
    forces: dict[str, str],
    filed_in: str | None = None,
) -> tuple[str | None, str | None]:
    """(the article's state, its forces as the article names them): the state the dateline files
    the story from (`filed_in`), else the first state or state's forces the article names; and the
    first forces of that state it names."""
    home: str | None = filed_in
    home_forces: str | None = None
    for match in actors:
        if match.kind != "state":
            continue
        country = (
            match.actor
            if match.actor in states
            else forces.get(match.actor) or _POLICE_STATE.get(match.actor)
        )
        if country is None:
            continue
        if home is None:
            home = country
        if home_forces is None and match.actor in forces and forces[match.actor] == home:
            home_forces = match.actor
    return home, home_forces


_POLICE_STATE = {police: country for country, police in POLICE.items()}


@lru_cache(maxsize=1)
def _places_of_states() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every country's names and capital -> the state, and a pattern finding them."""
    state_of = {**state_of_capital(), **state_of_name()}
    names = sorted(set(state_of) - AMBIGUOUS_NAMES, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b"), state_of


@lru_cache(maxsize=1)
def _state_words() -> tuple[re.Pattern[str], dict[str, str]]:
    state_of = {**state_of_capital(), **state_of_name(), **demonym_index()}
    names = sorted(set(state_of) - AMBIGUOUS_NAMES, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b"), state_of


def state_word_in(phrase: str) -> str | None:
    """The first state a phrase names by its name, capital or demonym ("the Eritrean information
    ministry", "the Department of National Defence in Ottawa")."""
    pattern, state_of = _state_words()
    found = pattern.search(phrase)
    return state_of[found.group()] if found else None


def headline_state(text: str) -> str | None:
    """The first state the article's first line (its headline) names, by its name, capital or
    demonym ("Chad rebels pull out of N'Djamena", "Liberian rebel group seizes port")."""
    end = text.find("\n")
    if not 0 < end <= 300 or text[:end].rstrip().endswith("."):
        return None  # no headline: a first paragraph
    pattern, state_of = _state_words()
    named = _AMBIGUOUS_SUBJECT.search(text, 0, end)
    for found in pattern.finditer(text, 0, end):
        if named is not None and named.start() < found.start():
            break
        if _NOT_THE_STATE.match(text, found.end()) or names_a_river(text, *found.span()):
            continue  # "Biafrans fall back towards the Niger"
        if found.group() in state_of_capital() and _CITY_OWNS.match(text, found.end()):
            continue  # "Tripoli's Bab al-Tabbaneh": the city (a name two states' capitals share)
        return state_of[found.group()]
    return state_of_name().get(named.group("name")) if named is not None else None


# "Chad says troops beat back Libyan counterattacks": a name that may be a person's ("Chad",
# "Jordan") is the state when it speaks or owns something in the headline.
_AMBIGUOUS_SUBJECT = re.compile(
    r"\b(?P<name>"
    + "|".join(sorted(AMBIGUOUS_NAMES))
    + r")(?=['’]s\s|\s+(?:says?|said|claims?|denies|accuses|rejects|warns|troops|forces|army|"
    r"rebels|government)\b)"
)


# "Indian Ocean", "Armenian town of Kessab", "Biafra's Niger river port": a name or a place the
# demonym or name qualifies, not a state. "Libyan-backed rebels": a backer, not the side the
# headline speaks from.
_NOT_THE_STATE = re.compile(
    r" (?:[A-Z][a-z]|(?:town|city|village|port|border|coast|region|province|enclave|river|"
    r"bridge|delta|valley|frontier|boundary)s?\b)"
    r"|-(?:backed|supported|allied|armed|trained|sponsored)\b"
)


# A capital owning a named part of it: "Army seizes militant bastion in Tripoli's Bab al-Tabbaneh".
_CITY_OWNS = re.compile(r"['’]s\s+[A-Z]")


def first_place_state(text: str) -> str | None:
    """The first country (or capital) the text names, as a place or not ("fighting in Libya",
    "Tripoli (AFP) -"): the article's state when no state acts in it by name."""
    pattern, state_of = _places_of_states()
    found = pattern.search(text)
    return state_of[found.group()] if found else None


# "N'DJAMENA (AFP) -", "Kabul (AFP) -", "MONROVIA, July 29 (Reuters) -", "KIEV, Ukraine (AP) —",
# "NEW DELHI, July 4.": a line that opens with the city the story was filed from.
_DATELINE = re.compile(
    r"(?P<city>[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,3})"
    r"(?:,\s+(?P<where>[A-Z][\w'’.\- ]{1,40}?))??"
    r"(?:(?P<date>,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})\.?)?\s*(?P<agency>\([^()\n]{2,40}\)\s*)?"
    r"(?:[-—–]|(?<=\.)\s)"
)


@lru_cache(maxsize=1)
def _capital_states() -> dict[str, str]:
    return {capital.casefold(): state for capital, state in state_of_capital().items()}


def dateline_state(text: str) -> str | None:
    """The state the article's dateline files it from: the country it names ("PEMBA, Mozambique
    -") or whose capital it opens with ("N'Djamena (AFP) -"). Officials quoted in a story filed
    from a capital are, unless their role or paragraph says otherwise, that state's."""
    line_start = 0
    while line_start != -1 and line_start < 1500:
        found = _DATELINE.match(text, line_start)
        if found and (
            found.group("agency")
            or found.group("date")
            # (not a headline's initial: "C. Africa rebels seize …")
            or (found.group("city").isupper() and len(found.group("city").rstrip(".")) > 1)
        ):
            where = found.group("where")
            if where and where in state_of_name():
                return state_of_name()[where]
            state = _capital_states().get(found.group("city").casefold())
            # "NAIROBI (Reuters) - Tigrayan forces …": a story filed from a neighbour's capital
            # that never names the neighbour again is not about it.
            pattern, state_of = _state_words()
            named = {state_of[m.group()] for m in pattern.finditer(text, found.end())}
            return state if state in named else None
        line_start = text.find("\n", line_start) + 1 or -1
    return None


@lru_cache(maxsize=1)
def capital_lead() -> re.Pattern[str]:
    """ "In Paris, …" at a sentence's start."""
    return re.compile(r"In\s+(?P<capital>" + capitals_pattern() + r"),")


@lru_cache(maxsize=1)
def capital_subject() -> re.Pattern[str]:
    """ "Yerevan denied …", "Moscow says …": a capital as a sentence's subject."""
    return re.compile(
        r"(?:^|(?<=[.!?]\s))(?P<capital>" + capitals_pattern() + r")\s+[a-z]+(?:ed|s)\b"
    )


@lru_cache(maxsize=1)
def state_of_name() -> dict[str, str]:
    """Every name of a state ("DR Congo", "Congo") -> the state."""
    return {n: c["name"] for c in countries() for n in [c["name"], *c.get("names", [])]}
