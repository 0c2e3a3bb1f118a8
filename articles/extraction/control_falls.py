"""Which bare falls ("X fell on Tuesday", control_triggers.py's fell-bare) tell a taking by the
side control.py reads for them (the speaker's, or the sentence's acting side's). A fall with no
taker is told as often by the side that lost the place as by the one that took it; the loser is
plain when it is the state whose ground the place is on ("Lachin fell on Monday, the Azerbaijani
ministry said"), and then the side read is no taker. No rule names a place, a person or a
group."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .states import FORCES, countries

if TYPE_CHECKING:
    from .control_places import Place

# The fallen place is the subject, not a name in a phrase before the verb ("A, on the road to B,
# fell": A).
_IN_A_PHRASE = re.compile(r"\b(?:to|of|in|from|near|on|at|with|towards?)\s+(?:the\s+)?$", re.I)


def falls_a_taking(text: str, place: Place, near: bool, side: str | None) -> bool:
    """A bare fall of the place just before it ("X fell", "X, the capital, fell"), by a side read
    that is not the place's own state."""
    return (
        near
        and not _IN_A_PHRASE.search(text, max(0, place.start - 12), place.start)
        and not lost_by_its_own_state(side or "", place.country)
    )


def lost_by_its_own_state(side: str, iso: str | None) -> bool:
    """The side read is the place's own state or its forces."""
    if not iso or not side:
        return False
    name = _state_names().get(iso)
    return name is not None and side in {name, FORCES.get(name, name)}


@cache
def _state_names() -> dict[str, str]:
    return {c["iso"]: c["name"] for c in countries()}
