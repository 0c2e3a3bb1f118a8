"""A role that names its side by initials the text never spells out as an alias: "a BRA
spokesman" after "the Bougainville Revolutionary Army", "an AA spokesman" after "the Arakan Army",
"PCAPA spokesman" after "the People's Committee Against Police Atrocities" speak for that actor
(speaker_side.py). Only an actor the article named before the speaker counts, and only when its
initials are the whole capitalised word."""

from __future__ import annotations

import re

from .actors import ActorMatch

# A word of capitals alone: "BRA", "AA", "PCAPA" (not "U.N.", not "Col").
_INITIALS = re.compile(r"\b[A-Z]{2,6}\b")
# A qualifier the table adds to tell groups of one name apart: "National Liberation Army
# (Macedonia)".
_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")


def initials(name: str) -> str:
    """The capitals that open the words of a name, the small words ("of", "the") left out:
    "People's Committee Against Police Atrocities" -> "PCAPA"."""
    words = re.split(r"[\s\-–]+", _QUALIFIER.sub("", name))
    return "".join(w[0] for w in words if w and w[0].isupper())


def actor_by_initials(role: str, before: list[ActorMatch]) -> str | None:
    """The nearest actor named before whose initials are a capitals word of the role."""
    words = set(_INITIALS.findall(role))
    if not words:
        return None
    for match in reversed(before):
        if match.kind != "outlet" and initials(match.actor) in words:
            return match.actor
    return None
