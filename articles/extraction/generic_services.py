"""A state's police or national guard named without the state: "the National Guard", "the
National Police", "troops and police stormed the district". In wire copy these are the forces of
the country the story is about, as an unqualified "the army" is (state_actors.generic_army); the
dictionary cannot hold them, since every such state has its own."""

from __future__ import annotations

import re

from .actor_dictionary import ActorDictionary, ActorMatch, window
from .states import NATIONAL_GUARDS, POLICE

# Capitalised: the institution ("the National Guard withdrew"), not "a national guard of
# volunteers"; "National Guard of Ukraine" is a name the dictionary already knows.
_GUARD = re.compile(r"\b(?:[Tt]he\s+)?(National\s+Guard)\b(?!\s+of\b)")
_NATIONAL_POLICE = re.compile(r"\b[Tt]he\s+(National\s+Police)\b(?!\s+of\b)")
# Police fighting beside the army or as a unit: "troops and police stormed", "police and
# soldiers", "police commandos", "special forces police". Not the police as a place or a role
# ("police stations", "a police officer", "police chief").
_POLICE_ACTING = re.compile(
    r"\b(?:troops|soldiers|army|military|marines|forces)\s+and\s+(?:riot\s+|national\s+)?"
    r"(police)\b(?!\s+(?:stations?|posts?|officers?|chiefs?|headquarters|barracks)\b)"
    r"|\b(police)\s+and\s+(?:troops|soldiers|(?:the\s+)?army|(?:the\s+)?military|marines)\b"
    r"|\b(police)\s+(?:commandos|special\s+forces)\b"
    r"|\bspecial\s+(?:forces|operations)\s+(police)\b",
    re.I,
)


def generic_services(
    text: str,
    matches: list[ActorMatch],
    dictionary: ActorDictionary,
    first_country: str | None,
    home: str | None,
) -> list[ActorMatch]:
    """Add the police or national guard of the story's state (the first country the text names,
    else the one its places are in) where the text names it without its state and no other actor
    covers the words."""
    first = dictionary.aliases.get(first_country) if first_country else None
    countries = [c for c in (first[0] if first else None, home) if c]
    guard = next((NATIONAL_GUARDS[c] for c in countries if c in NATIONAL_GUARDS), None)
    police = next((POLICE[c] for c in countries if c in POLICE), None)
    added: list[ActorMatch] = []
    for pattern, actor in ((_GUARD, guard), (_NATIONAL_POLICE, police), (_POLICE_ACTING, police)):
        if actor is None:
            continue
        for found in pattern.finditer(text):
            group = next(g for g in range(1, (pattern.groups or 0) + 1) if found.group(g))
            start, end = found.span(group)
            if any(
                m.start < end and start < m.end for m in window(matches, max(0, start - 80), end)
            ):
                continue  # part of a name already matched ("Colombia's National Police")
            added.append(ActorMatch(start, end, text[start:end], actor, "state"))
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.start)
