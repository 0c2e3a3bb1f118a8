"""The state whose unit an officer's role names: "a Marine battalion commander" after "U.S.
Marines took the bridges", "Eighth Army spokesman" after "the U.S. Eighth Army", "company
commander of the paratroops" after "French paratroops". Wire copy names a foreign expeditionary
force's units once with their state and then bare, so the bare unit in the role is that state's,
not the article's home state whose army the story is also about (officials.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from .states import countries

# Unit words in a role that wire copy qualifies with the state they belong to: a named formation
# ("Eighth Army", "1st Infantry Division") or a service branch a state sends abroad ("Marine",
# "Royal Marines", "paratroops", "Legion"), tried in that order ("First Marine Division" is
# named "U.S. Marines" as often as by its own name).
_ROLE_UNITS = (
    re.compile(
        r"\b(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))\s+(?:[A-Z][a-z]+\s+)?"
        r"(?:Army|Corps|Division|Regiment|Brigade|Fleet)\b"
    ),
    re.compile(r"\b(?:Royal\s+)?Marines?\b|\bparatroop(?:s|ers?)\b|\bLegion(?:naires?)?\b"),
)
# How many capitalised words may stand between the state and the unit: "U.S. Seventh Infantry
# Division", "American Marines", "the U.S. 1st Infantry Division's".
_BETWEEN = r"(?:\s+(?:[A-Z][\w\-]*|\d+(?:st|nd|rd|th)))*?"


@lru_cache(maxsize=1)
def _state_words() -> tuple[str, dict[str, str]]:
    """A regular expression alternative of every state name and demonym (an acronym also with
    dots, "U.S."), and each -> its state."""
    state_of: dict[str, str] = {}
    for country in countries():
        for word in [country["name"], *country.get("names", []), *country.get("demonyms", [])]:
            state_of[word] = country["name"]
            if word.isupper() and 2 <= len(word) <= 3:
                state_of[".".join(word) + "."] = country["name"]
    words = sorted(state_of, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words), state_of


def _unit_pattern(unit: str) -> re.Pattern[str]:
    """The role's unit as the text names it with a state before it ("Marine" as "U.S. Marines",
    "paratroops" as "French paratroopers")."""
    words = [re.escape(w) for w in unit.split()]
    last = unit.split()[-1].lower()
    if last.startswith("marine"):
        words[-1] = "Marines?"
    elif not last[0].isupper() or last.startswith("legion"):
        words[-1] = "(?i:" + re.escape(last[:6]) + r")\w*"
    alternatives, _ = _state_words()
    return re.compile(
        r"(?<![\w.])(?P<state>"
        + alternatives
        + r")"
        + _BETWEEN
        + r"\s+"
        + r"\s+".join(words)
        + r"\b"
    )


def unit_state(text: str, role: str, states: dict[str, str]) -> str | None:
    """The state the text names with a unit the role names, when it is one of `states` and the
    text names no other state with that unit."""
    _, state_of = _state_words()
    for role_units in _ROLE_UNITS:
        for unit in role_units.finditer(role):
            named = {state_of[m["state"]] for m in _unit_pattern(unit.group()).finditer(text)}
            named &= set(states)
            if len(named) == 1:  # (two states' marines: the unit says nothing of whose he is)
                return named.pop()
    return None
