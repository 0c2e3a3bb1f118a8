"""Who a bare "they" or "it" that opens a change's clause is, when the sentence before names its
subject by a common noun, not an actor (articles/extraction/control_doers.py): "Regime troops
seized A on Wednesday. They had taken B on Tuesday" (the state whose ground it is), "The rebels'
advance began in February. Last week they took B" (the one armed group the article names). No
rule names a place, a person or a group."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .control_patterns import OBSERVER_KINDS, STATE_KINDS
from .control_places import is_actor
from .control_sides import home_state, main_actor, state_side_forces
from .states import state_of_forces

if TYPE_CHECKING:
    from .actor_dictionary import ActorMatch
    from .control import _Context

# The clause's subject is the pronoun alone, after a time at most: "They took X", "Last week they
# took X", "By Sunday night they had taken X", "It occupied X".
BARE_PRONOUN = re.compile(
    r"\W*(?:(?:last|this|on|by|in|within|later|earlier|then|after\s+that)\b[^,.;\"“”]{0,30}?"
    r",?\s+)?(?:they|it)\s+(?:(?:had|have|has|also|then|later|quickly|soon|swiftly)\s+)*",
    re.I,
)
# The subject that opens the sentence before, as a camp's common noun ("Regime troops", "the
# rebels' advance", "Government forces, backed by …"), after a dateline or a time at most.
OPENING_CAMP = re.compile(
    r"(?:[^.]{0,80}?\)\s*[-\u2013\u2014]+\s*)?\W*(?:(?:on|by|in|last|early|late)\b[^,]{0,25},\s*)?"
    r"(?:the\s+)?(?:"
    r"(?P<armed>(?:rebel|insurgent|guerrilla|militia|separatist)\s+(?:forces|fighters|units|"
    r"columns|troops)|rebels|insurgents|militants|guerrillas|jihadists|separatists|"
    r"militiamen|mujahideen)|"
    r"(?P<state>(?:government|regime|army|federal|state|loyalist)\s+(?:forces|troops|soldiers|"
    r"units|columns)|(?:the\s+)?(?:army|troops|soldiers)))(?:['\u2019]s?)?\b",
    re.I,
)


def camp_before(text: str, context: _Context, where: tuple[int, int]) -> ActorMatch | None:
    """The side a bare pronoun subject (clause from `where[1]` to the trigger at `where[0]`)
    stands for when the sentence before opens on a camp's common noun: the state whose ground it
    is for troops, the article's main armed group for rebels; None otherwise."""
    at, floor = where
    previous = context.previous
    if previous is None or not BARE_PRONOUN.fullmatch(text, floor, at):
        return None
    opening = OPENING_CAMP.match(text, previous.start, previous.end)
    if opening is None:
        return None
    if is_actor(context.actors, *opening.span("armed" if opening["armed"] else "state")):
        return None  # a named actor: `previous_subject` reads it
    if opening["state"]:
        return home_state(context.actors, context.homes) or main_actor(context.actors)
    return sole_armed_group(context.actors)


def sole_armed_group(actors: list[ActorMatch]) -> ActorMatch | None:
    """The one armed group the article names (not a state, a state's forces, a multinational
    force or an observer); None where it names two ("the rebels" among the EPRDF and the EPLF
    is a guess)."""
    states_own = state_of_forces().keys() | state_side_forces()
    groups = [
        a
        for a in actors
        if a.kind not in STATE_KINDS | OBSERVER_KINDS and a.actor not in states_own
    ]
    return groups[0] if len({a.actor for a in groups}) == 1 else None
