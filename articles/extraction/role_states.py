"""The state or side an official's role names itself, where the role's words are no actor match:
a state by its name ("spokesman for Georgia's Interior Ministry", "UK Defence Secretary"), or by
the adjective the article uses for that side's forces or government ("Abkhaz forces … the Abkhaz
defence minister", "the Palestinian Authority … a Palestinian Cabinet minister")."""

from __future__ import annotations

import re
from functools import lru_cache

from .actor_dictionary import ActorMatch, window
from .states import AMBIGUOUS_NAMES, countries


@lru_cache(maxsize=1)
def _state_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every name of a country -> the country; a name that is also something else ("Georgia",
    "Jordan") only as a possessive ("Georgia's interior ministry")."""
    state_of = {n: c["name"] for c in countries() for n in [c["name"], *c.get("names", [])]}
    plain = sorted(set(state_of) - AMBIGUOUS_NAMES, key=len, reverse=True)
    ambiguous = sorted(AMBIGUOUS_NAMES & set(state_of), key=len, reverse=True)
    alternatives = [re.escape(n) for n in plain]
    alternatives += [re.escape(n) + r"(?=['’]s\b)" for n in ambiguous]
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b"), state_of


def role_named_state(role: str, states: dict[str, str]) -> str | None:
    """The first state the role names by one of its names, when it is one of `states`."""
    pattern, state_of = _state_names()
    for found in pattern.finditer(role):
        country = state_of[found.group()]
        if country in states:
            return country
    return None


# "Abkhaz defence minister", "Palestinian Cabinet minister": a role opening with an adjective.
_ADJECTIVE_LEAD = re.compile(r"^(?:the\s+|an?\s+)?(?P<word>[A-Z][a-z]+)\s+[A-Za-z]")


def described_side(
    role: str, start: int, actors: list[ActorMatch], forces: dict[str, str], government: bool
) -> str | None:
    """The side whose mention the article opens with the role's leading adjective, nearest
    before `start` (else the first after): "Abkhaz units …" makes "the Abkhaz defence minister"
    speak for Abkhazia. A government member speaks for the state of forces so named."""
    lead = _ADJECTIVE_LEAD.match(role)
    if lead is None:
        return None
    word = lead.group("word") + " "
    named = [m for m in actors if m.kind != "outlet" and m.text.startswith(word)]
    if not named:
        return None
    before = window(named, 0, start)
    actor = (before[-1] if before else named[0]).actor
    return forces.get(actor, actor) if government else actor


# An officer or soldier by his rank or post, not a government member.
_SERVICE_MEMBER = re.compile(
    r"\b(?:officer|soldier|commander|lieutenant|captain|major|colonel|sergeant|corporal|"
    r"general|pilot|gunner|fighter)s?\b",
    re.I,
)
_FORCE_WORDS = re.compile(r"\s+(?:army|armed\s+forces|forces|troops|soldiers|units)$", re.I)


def forces_named_like(
    role: str, actor: str, role_actors: list[ActorMatch], nearby: list[ActorMatch]
) -> str | None:
    """The forces actor the article names with the words the role names `actor`, a state, by:
    "a Bosnian Serb officer" after "Bosnian Serb forces" speaks for the Army of Republika Srpska,
    not the republic, whose forces the country list does not give (states.FORCES)."""
    if not _SERVICE_MEMBER.search(role):
        return None
    words = {m.text.casefold() for m in role_actors if m.actor == actor and m.kind == "state"}
    for m in nearby:
        if m.actor == actor or m.kind in ("state", "outlet"):
            continue
        head = _FORCE_WORDS.sub("", m.text)
        if head != m.text and head.casefold() in words:
            return m.actor
    return None
