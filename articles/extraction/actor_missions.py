"""A body's troops are its mission's: in a story that names the African Union Mission in Somalia,
"AU troops", "African Union forces" and "the AU force" are that mission, not the African Union
itself, which the text names acting only as a body ("the chairman of the African Union"). Which
missions belong to which body is the dictionary's `parent` data; which bodies field troops only
through their missions is `data/mission_bodies.json` (not the United Nations: the gold lists it
beside its missions, since its officials speak for it)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from .actor_dictionary import ActorDictionary, ActorMatch

# The body's name used of its men or their posts: "AU troops", "the African Union force", "an AU
# base", "African Union and Somali troops" (the body shares the noun after "and").
_OF_ITS_MEN = re.compile(
    r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:-led\s+)?(?:troops|forces|soldiers|force|mission|"
    r"peacekeepers|peacekeeping|contingents?|bases?|convoys?|positions|units|commanders?)\b"
)

_BODIES = frozenset(
    json.loads(
        (Path(__file__).resolve().parent / "data" / "mission_bodies.json").read_text(
            encoding="utf-8"
        )
    )["bodies"]
)


def missions_for_bodies(
    text: str, matches: list[ActorMatch], dictionary: ActorDictionary
) -> list[ActorMatch]:
    """The mentions with a body's troops read as the one mission of it the article names."""
    children: dict[str, set[str]] = {}
    for m in matches:
        entry = dictionary.actors.get(m.actor)
        if entry is not None and entry.parent in _BODIES:
            children.setdefault(entry.parent, set()).add(m.actor)
    if not children:
        return matches
    out = []
    for m in matches:
        missions = children.get(m.actor)
        if missions and len(missions) == 1 and _OF_ITS_MEN.match(text, m.end):
            mission = next(iter(missions))
            out.append(ActorMatch(m.start, m.end, m.text, mission, dictionary.kind_of(mission)))
        else:
            out.append(m)
    return out
