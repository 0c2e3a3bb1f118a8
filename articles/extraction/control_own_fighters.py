"""The claimant's own fighters (articles/extraction/control_doers.py): when a party tells that
fighters of its own kind took or hold a place, named by a common noun only ("He said the rebels
still held X", a rebel spokesman speaking; "Military officials said troops had retaken X"), the
doer is the party telling it, not the armed group or state the article names most."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .control_patterns import OBSERVER_KINDS, STATE_KINDS
from .control_places import is_actor
from .control_sides import qualified

if TYPE_CHECKING:
    from .actor_dictionary import ActorMatch

# A common noun for fighters as the subject just before the trigger, with the adverbs and
# auxiliaries a report puts between them ("the rebels still held", "troops had also retaken").
OWN_GENERIC = re.compile(
    r"\b(?:the\s+)?(?:(?P<armed>rebels|insurgents|militants|jihadists|guerrillas|fighters|"
    r"separatists|militiamen|mujahideen)|(?P<state>army|military|troops|soldiers|"
    r"government\s+(?:forces|troops|soldiers)))\s+"
    r"(?:(?:still|also|now|had|have|has|were|was|are|is|been|[a-z]+ly)\s+){0,3}$",
    re.I,
)
# What may stand before that subject: a clause opening ("said that", "..., "), so that "Federal
# troops" or "Kurdish fighters" (whose fighters the word before tells) are left alone.
OPENING = re.compile(r"(?:\b(?:that|said|says|claimed|added|insisted)\s+|[,;:\"“]\s*)$", re.I)


def claimants_own(
    text: str,
    where: tuple[int, int],
    claimant: str | None,
    actors: list[ActorMatch],
    doer: ActorMatch | None,
) -> ActorMatch | None:
    """The claimant's actor when the subject before the trigger at `where[0]` (clause from
    `where[1]`) is a common noun for fighters of the claimant's camp (an armed group's for
    "rebels", a state's for "troops"), not qualified by a name ("Houthi rebels") and with no
    actor named in the subject itself (`doer` before it); else None."""
    at, floor = where
    if claimant is None:
        return None
    generic = OWN_GENERIC.search(text, max(floor, at - 50), at)
    if (
        generic is None
        or (generic.start() > floor and not OPENING.search(text, floor, generic.start()))
        or is_actor(actors, *generic.span())
        or qualified(text, generic.start(), floor)
        or (doer is not None and doer.end > generic.start())
    ):
        return None
    own = next((a for a in actors if a.actor == claimant), None)
    if own is None or own.kind in OBSERVER_KINDS:
        return None
    return own if (own.kind in STATE_KINDS) == bool(generic["state"]) else None
