"""A role that closes on a phrase of an actor's name: "spokesman for the transitional council"
after "the National Transitional Council", "a spokeswoman for the military police" after "Rio's
Military Police" (speaker_side.py)."""

from __future__ import annotations

import re

from .actors import ActorMatch

# "spokesman for the transitional council", "a spokeswoman for the military police", "a spokesman
# for the Islamic courts": a phrase of two or three words, the last lower-case, that stands inside
# the name of an actor named before ("the National Transitional Council", "Rio's Military
# Police"), a place after it aside.
_PHRASE = re.compile(
    r"\b(?:for|of|with|in|at)\s+the\s+(?P<phrase>(?:[A-Za-z][a-z\-]*\s+){1,2}[a-z]+)"
    r"(?:\s+in\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})?$"
)


# "Kenyan officer with the regional force": an officer the role gives a state speaks for it
# (officials.py), not for the force he serves in.
_PEOPLE_LED = re.compile(r"^(?:an?\s+|the\s+)?[A-Z]")


def actor_by_phrase(role: str, position: int, actors: list[ActorMatch]) -> str | None:
    """The last actor before `position` whose name holds the role's closing phrase word for
    word ("spokesman for the transitional council" -> the National Transitional Council)."""
    match = _PHRASE.search(role)
    if not match or _PEOPLE_LED.match(role):
        return None
    words = match.group("phrase").split()
    phrase = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.I)
    for candidate in reversed([m for m in actors if m.end <= position]):
        if candidate.kind != "outlet" and phrase.search(candidate.actor):
            return candidate.actor
    return None
