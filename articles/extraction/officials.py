"""Officials whose role names no actor speak for the article's state: government members for the
state, army officers for its forces (tests/gold/README.md, heldout7 conventions)."""

from __future__ import annotations

import re

from .actors import ActorMatch
from .statements import StatementRecord

# Officials whose role names no actor speak for the article's state (tests/gold/README.md, heldout7
# conventions): government members for the state, army officers for its forces.
_GOVERNMENT_ROLE = re.compile(
    r"\b(?:minister|ministry|president|presidential|presidency|premier|chancellor|"
    r"government|secretary|cabinet)\b",
    re.I,
)


_FORCES_ROLE = re.compile(
    r"\b(?:army|military|armed\s+forces|federal\s+(?:forces|troops)|government\s+"
    r"(?:forces|troops)|defence\s+forces|defense\s+forces)\b",
    re.I,
)


_COMMAND_ROLE = re.compile(
    r"\b(?:commander|spokes(?:man|woman|person)|officer|general|chief|head|colonel)\b", re.I
)


_NOT_OFFICIAL = re.compile(
    r"\b(?:former|ex|opposition|rebels?|shadow|regional|provincial|local|state|analysts?|"
    r"experts?|researchers?|professor|journalists?|diplomats?|candidate|administration|governor|mayor|"
    r"town['’]s|city['’]s|village['’]s|district|municipal|(?:a|another|one)\s+(?:\w+\s+)?country)\b",
    re.I,
)


# "Somaliland's information minister": a possessive name before the role that is no known state.
_POSSESSIVE_LEAD = re.compile(r"^(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)['’]s\s")


def official_actors(
    statements: list[StatementRecord],
    actors: list[ActorMatch],
    states: dict[str, str],
    forces: dict[str, str],
) -> list[str]:
    """Give a government member ("Defence Minister Kemal Yavuz", "head of the Government
    Communication Service") the article's state, and an army officer whose role names no group
    ("commander of army operations in the Northwest", "commander of federal forces") the article's
    forces, when the role names no actor. The article's state is that of the first state or state's
    forces it names. `states`: country name -> its forces actor name; `forces`: forces actor name ->
    country. Returns the names given that are not among the article's actors (the caller may need to
    create them)."""
    if not any(
        s.actor is None
        and s.role
        and (_GOVERNMENT_ROLE.search(s.role) or _FORCES_ROLE.search(s.role))
        for s in statements
    ):
        return []  # (checked first: finding the article's state walks all its actors)
    home: str | None = None
    home_forces: str | None = None
    for match in actors:
        if match.kind != "state":
            continue
        country = match.actor if match.actor in states else forces.get(match.actor)
        if country is None:
            continue
        if home is None:
            home = country
        if home_forces is None and match.actor in forces and forces[match.actor] == home:
            home_forces = match.actor
    if home is None:
        return []
    named = {m.actor for m in actors}
    given: list[str] = []
    for statement in statements:
        role = statement.role
        if statement.actor is not None or not role or _NOT_OFFICIAL.search(role):
            continue
        lead = _POSSESSIVE_LEAD.match(role)
        if lead and lead.group("name") not in states:
            continue  # someone else's minister
        if _GOVERNMENT_ROLE.search(role):  # "head of Mali's military government": the state
            statement.actor = lead.group("name") if lead else home
        elif _FORCES_ROLE.search(role) and _COMMAND_ROLE.search(role):
            statement.actor = home_forces or home
        else:
            continue
        if statement.actor not in named:
            given.append(statement.actor)
    return given
