"""The side an unnamed military source speaks for when his role holds only a generic force word
("a military source", "the military spokesman"): a group whose denial or claim opens his
paragraph ("The Huthis denied losing the port. Saba, the news agency run by the rebels, quoted
a military source as saying …") over the article's army."""

from __future__ import annotations

import re

from .actor_dictionary import ActorMatch, window

GENERIC_FORCE_WORDS = frozenset({"army", "military", "junta"})  # "the army" resolved by the article

# "The Huthis denied", "The Huthi movement, which calls itself Ansarallah, denied", "… said"
_SPEAKS = re.compile(
    r"(?:\s+[a-z]+)?(?:,\s+[^.,;\n]{1,80},)?\s+(?:denied|said|says|claimed|claims|insisted|"
    r"rejected|dismissed)\b"
)
_SIDE_KINDS = ("armed_group", "coalition")


def generic_only(actors: list[ActorMatch], spans: list[tuple[int, int]]) -> bool:
    """True when the role's actor matches are all generic force words ("military")."""
    inside = [m for s, e in spans for m in actors if m.start >= s and m.end <= e]
    return bool(inside) and all(m.text.lower() in GENERIC_FORCE_WORDS for m in inside)


def speaking_group(text: str, start: int, nearby: list[ActorMatch]) -> str | None:
    """The armed group that opens the paragraph around `start` as the subject of a denial or
    claim, if any."""
    paragraph = text.rfind("\n", 0, start) + 1
    for match in window(nearby, paragraph, start):
        if text[paragraph : match.start].strip() not in ("", "The", "the"):
            return None  # only the paragraph's opening subject
        if match.kind in _SIDE_KINDS and _SPEAKS.match(text, match.end):
            return match.actor
        return None
    return None
