"""The state whose unit an officer's role names: "a Marine battalion commander" after "U.S.
Marines took the bridges", "Eighth Army spokesman" after "the U.S. Eighth Army", "company
commander of the paratroops" after "French paratroops". Wire copy names a foreign expeditionary
force's units once with their state and then bare, so the bare unit in the role is that state's,
not the article's home state whose army the story is also about (officials.py)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

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
    return _known_formation_state(text, role, states)


FORMATIONS_FILE = Path(__file__).resolve().parent / "data" / "formation_states.json"


@lru_cache(maxsize=1)
def _formations() -> dict[str, list[str]]:
    data = json.loads(FORMATIONS_FILE.read_text(encoding="utf-8"))
    return {name: fielded for name, fielded in data.items() if not name.startswith("_")}


def known_formations(role: str) -> list[list[str]]:
    """The states that fielded each formation of data/formation_states.json the role names."""
    return [f for name, f in _formations().items() if re.search(rf"\b{re.escape(name)}\b", role)]


def _known_formation_state(text: str, role: str, states: dict[str, str]) -> str | None:
    """The state of a formation the role names that the text never names with a state ("an
    Eighth Army spokesman" in a story of "American troops"): the first state that fielded one so
    named (data/formation_states.json) that the text names by name or demonym."""
    fielded = known_formations(role)
    if not fielded:
        return None
    alternatives, state_of = _state_words()
    named = {state_of[m.group()] for m in re.finditer(rf"(?<![\w.])(?:{alternatives})(?!\w)", text)}
    return next((s for s in fielded[0] if s in named and s in states), None)
