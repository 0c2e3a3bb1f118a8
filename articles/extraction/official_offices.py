"""An office a role names by its kind alone ("a ministry spokesman", "an embassy spokesman", "a
department spokesman", "a spokesman for the ministry in Pristina"): the state whose office of that
kind the text named last before ("the Serbian interior ministry said …", "The U.S. Embassy said
…", "the State Department said …"), not the article's own state. An embassy speaks for the state
that sends it, not the one it sits in (tests/gold/README.md, "Whom a statement speaks for")."""

from __future__ import annotations

import re

from .actors import ActorMatch, window
from .official_homes import state_of_name
from .statements import StatementRecord
from .states import demonym_index, state_of_capital

_LOOK_BACK = 3000  # characters searched before the statement for the office it refers to
# "a defence ministry spokesman", "an embassy official", "spokesman for the ministry in X"
_OFFICE_ROLE = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:(?:spokes(?:man|woman|person)|officials?|representatives?)\s+"
    r"(?:for|of|at|with)\s+the\s+)?(?:(?P<kind>[a-z\-]+)\s+)?(?P<office>ministry|embassy|"
    r"department)\b",
    re.I,
)
# "Russia's defence ministry said …", "the Russian Defence Ministry": a ministry and its state.
_MINISTRY_NAMED = re.compile(
    r"\b(?P<owner>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)??)(?:['’]s)?\s+(?:[A-Za-z\-]+\s+){0,2}?"
    r"[Mm]inistry\b"
)
_MINISTRY_IN = re.compile(r"\b[Mm]inistry\s+in\s+(?P<capital>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)")
# What follows a state's name when it owns the office: "U.S. Embassy", "Britain's embassy",
# "the French foreign affairs department"
_OWNED = {
    office: re.compile(rf"(?:['’]s?)?\s+(?:[A-Za-z\-]+\s+){{0,2}}?{office}\b", re.I)
    for office in ("embassy", "department")
}


def office_state(text: str, statement: StatementRecord, actors: list[ActorMatch]) -> str | None:
    """The state of the office the statement's role names by its kind alone, if the text named
    one before (of the same kind when both say: a "foreign ministry spokesman" is not the
    defence ministry's)."""
    role = _OFFICE_ROLE.match(statement.role)
    if not role:
        return None
    office = role.group("office").lower()
    if office == "ministry":
        return _ministry_state(text, statement.start, (role.group("kind") or "").lower())
    # An embassy or a department: the state named with it ("The U.S. Embassy said"), or whose
    # alias is the department itself ("the State Department").
    owned = _OWNED[office]
    for match in reversed(window(actors, max(0, statement.start - _LOOK_BACK), statement.start)):
        if match.kind != "state":
            continue
        if match.text.lower().endswith(office) or owned.match(text, match.end):
            return match.actor
    return None


def _ministry_state(text: str, before: int, kind: str) -> str | None:
    """The state of the last ministry the text named before `before`: its owner's name or
    demonym, or the capital it is placed in ("The Defense Ministry in Tbilisi denied it")."""
    start = max(0, before - _LOOK_BACK)
    placed = list(_MINISTRY_IN.finditer(text, start, before))
    placed = [m for m in placed if m.group("capital") in state_of_capital()]
    for found in reversed(list(_MINISTRY_NAMED.finditer(text, start, before))):
        if placed and placed[-1].start() > found.start():
            return state_of_capital()[placed[-1].group("capital")]
        named = found.group(0).split()
        named_kind = named[-2].lower() if len(named) > 1 else ""
        if kind and named_kind and named_kind != kind and named_kind != found.group("owner"):
            continue
        owner = found.group("owner")
        state = state_of_name().get(owner) or demonym_index().get(owner)
        if state:
            return state
    return state_of_capital()[placed[-1].group("capital")] if placed else None
