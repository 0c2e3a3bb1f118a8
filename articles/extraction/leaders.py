"""An armed group named by its leader: "rebels loyal to former vice president Riek Machar",
"forces loyal to Khalifa Haftar", "Haftar's fighters". The leaders are data
(`data/leaders.json`, leader -> curated actor); the phrasings are the patterns below, and none
names a person or a group."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .actor_dictionary import ActorDictionary, ActorMatch

LEADERS_FILE = Path(__file__).parent / "data" / "leaders.json"

# Who fights for a leader, and how the press ties them to him.
FOLLOWER_NOUNS = (
    "rebels|forces|fighters|troops|militiamen|militias?|gunmen|soldiers|men|loyalists|"
    "supporters|units"
)
# "loyal to (the) (former vice president) <Leader>": up to five lower-case words of office.
_LOYAL_TO = r"\b(?i:{nouns})\s+(?:loyal\s+to|led\s+by|commanded\s+by|allied\s+to)\s+(?:the\s+)?" + (
    r"(?:[a-z][\w\-]*\s+){{0,5}}(?P<leader>{leaders})\b"
)
# "<Leader>'s forces", "Machar's rebels"
_POSSESSIVE = r"\b(?P<owner>{leaders})['’]s\s+(?:{nouns})\b"


@lru_cache(maxsize=1)
def leaders() -> dict[str, str]:
    data = json.loads(LEADERS_FILE.read_text(encoding="utf-8"))
    return {name: actor for name, actor in data.items() if not name.startswith("_")}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    names = "|".join(map(re.escape, sorted(leaders(), key=len, reverse=True)))
    return re.compile(
        _LOYAL_TO.format(nouns=FOLLOWER_NOUNS, leaders=names)
        + "|"
        + _POSSESSIVE.format(nouns=FOLLOWER_NOUNS, leaders=names)
    )


def led_groups(
    text: str, matches: list[ActorMatch], dictionary: ActorDictionary
) -> list[ActorMatch]:
    """The matches plus a mention of the group for each follower phrase ("rebels loyal to Riek
    Machar" -> the SPLM-IO), where no other actor is matched already and the dictionary knows the
    group."""
    table = leaders()
    if not table or not any(name in text for name in table):
        return matches
    added = []
    for found in _pattern().finditer(text):
        actor = table[found.group("leader") or found.group("owner")]
        if actor not in dictionary.actors:
            continue
        start, end = found.span()
        if any(m.start < end and start < m.end for m in matches):
            continue
        added.append(ActorMatch(start, end, found.group(), actor, dictionary.kind_of(actor)))
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.start)
