"""A peacekeeping or aid mission's spokesman ("a spokeswoman for the mission in Goma", "a
spokesman for the mission in Bamako"): the mission the text named by apposition to the word before
("The U.N. mission, MONUSCO, said …", "The UN mission in Sudan, UNMIS, condemned …"), not the body
that runs it (an AU or West African force; a UN mission's people then speak for the United
Nations, as the gold gives them: speaker_un.py)."""

from __future__ import annotations

import re

from .actors import ActorMatch

# (the definite "the mission" points back to the one named; a bare "mission spokesman" is left to
# the body the text names, as older folders annotate it)
# "spokesman for the AU force" after "the African Union force, AMISOM,": the force, not the body
# the role names.
_MISSION_ROLE = re.compile(
    r"\b(?:for|of|with)\s+the\s+(?:(?:[A-Z]\.?){2,4}\s+)?(?:[Mm]ission|[Ff]orce)\b"
)
# "mission, MONUSCO", "mission in Sudan, UNMIS", "peacekeeping mission, the MINUSMA": what may
# stand between the word and the mission's own name.
_APPOSED = re.compile(
    r"\b(?:mission|force)"
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})?\s*[,(–—-]\s*"
    r"(?:the\s+)?$"
)
# How far before the speaker the mission may have been named.
_REACH = 3000


def named_mission(role: str, start: int, text: str, earlier: list[ActorMatch]) -> str | None:
    """The mission actor named in apposition to "mission" before `start`, for a mission's
    spokesman; else None."""
    if not text or not _MISSION_ROLE.search(role):
        return None
    for match in reversed(earlier):
        if match.end > start:
            continue
        if match.start < start - _REACH:
            break
        if match.kind in ("organisation", "coalition") and _APPOSED.search(
            text, max(0, match.start - 60), match.start
        ):
            return match.actor
    return None
