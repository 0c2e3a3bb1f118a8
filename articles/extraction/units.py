"""Whom the spokesmen and soldiers of a military unit speak for (tests/gold/README.md: army
officers and spokespeople speak for the state's forces).

A formation the article names with its state ("Ukraine's Khortytsia group of forces denied …",
"Ukrainian forces have withdrawn …, the Khortytsia group of forces said") belongs to that state's
forces, and its spokesman ("a spokesman for the group", "a spokesperson for the Khortytsia group")
speaks for them. A soldier or officer of a unit the text does not tie to a state ("a soldier of the
72nd Mechanized Brigade", "a deputy battalion commander") speaks for the side of the unit speaker
quoted before him: reporters interview the soldiers of the side whose command they quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import ActorMatch, window
from .sentences import split_sentences
from .statements import StatementRecord
from .states import demonym_index

# Names of a formation above the brigade, written after its own name ("the Khortytsia group of
# forces", "the Tavria operational-strategic group").
FORMATION_NOUNS = (
    "group of forces",
    "group of troops",
    "operational-strategic group",
    "operational group",
)
_FORMATION = re.compile(
    r"\b(?P<name>[A-Z][\w'’\-]+)\s+(?:" + "|".join(map(re.escape, FORMATION_NOUNS)) + r")\b"
)
# "a spokesman for the group", "spokesperson for the Khortytsia group" (not "the group of")
_GROUP_ROLE = re.compile(r"\b(?:for|of)\s+the\s+(?:(?P<name>[A-Z][\w'’\-]+)\s+)?group\b(?!\s+of)")
# A rank or soldier's noun with a unit ("a soldier of the 72nd Mechanized Brigade", "a junior
# sergeant of a brigade", "a deputy battalion commander", "a platoon leader").
_UNIT_MEMBER = re.compile(
    r"\b(?:(?:soldier|sergeant|corporal|private|officer|commander|fighter|gunner|medic|marine|"
    r"paratrooper|lieutenant|captain|major|colonel|drone\s+operator)s?\b.*\b(?:brigade|battalion|"
    r"regiment|platoon|company|squad|unit)|(?:brigade|battalion|regiment|platoon|company|squad)\s+"
    r"(?:commander|officer|leader|soldier|medic))\b",
    re.I,
)


@dataclass
class Formation:
    start: int
    name: str
    side: str


def _sentence_of(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end == -1 else end
    for sentence in split_sentences(text, start, end):
        if sentence.start <= at < sentence.end:
            return sentence.start, sentence.end
    return start, end


def _side_in_sentence(
    text: str, at: int, actors: list[ActorMatch], states: dict[str, str]
) -> str | None:
    """The state (its forces' actor) named in the formation's sentence, nearest to it: an actor
    match ("Ukraine's", "Ukrainian forces"), else a demonym ("which commands Ukrainian units")."""
    start, end = _sentence_of(text, at)
    found = [(abs(m.start - at), m.actor) for m in window(actors, start, end) if m.kind == "state"]
    for demonym, country in demonym_index().items():
        for hit in re.finditer(r"\b" + re.escape(demonym) + r"\b", text[start:end]):
            found.append((abs(start + hit.start() - at), states.get(country, country)))
    return min(found)[1] if found else None


def formations(text: str, actors: list[ActorMatch], states: dict[str, str]) -> list[Formation]:
    """The formations the text names whose state it says, in text order."""
    found = []
    for match in _FORMATION.finditer(text):
        side = _side_in_sentence(text, match.start(), actors, states)
        if side is not None:
            found.append(Formation(match.start(), match.group("name"), side))
    return found


def _formation_side(statement: StatementRecord, named: list[Formation]) -> str | None:
    role = _GROUP_ROLE.search(statement.role)
    if role is None:
        return None
    before = [f for f in named if f.start < statement.start]
    if role.group("name"):
        before = [f for f in before if f.name == role.group("name")]
    return before[-1].side if before else None


def unit_sides(
    text: str, statements: list[StatementRecord], actors: list[ActorMatch], states: dict[str, str]
) -> None:
    """Give a formation's spokesman its state's forces, and a unit's soldier the side of the unit
    speaker quoted before him; statements with a side already are left alone."""
    if not any(s.actor is None and s.role for s in statements):
        return
    named: list[Formation] | None = None
    last_unit_side: str | None = None
    for statement in statements:
        if statement.actor is not None or not statement.role:
            continue
        if _GROUP_ROLE.search(statement.role):
            named = formations(text, actors, states) if named is None else named
            statement.actor = _formation_side(statement, named)
        elif _UNIT_MEMBER.search(statement.role):
            statement.actor = last_unit_side
        last_unit_side = statement.actor or last_unit_side
