"""A war between states is told by the states (tests/gold/README.md, "Actors", and the choices
heldout51, 53 and 54 settled): where every side the article's campaigns and control reports give
is a state or a state's forces, no other armed group is named, and two states are sides told
fighting each other, each forces actor becomes its state everywhere, in the actor mentions,
statements (an army spokesman speaks for the state), campaign sides and control reports
("Moroccan troops retook Hassi Beida after Algerian forces withdrew" is Morocco's retaking from
Algeria). In a civil war or a counter-insurgency one side is no state, and the forces stay.

Run on the finished extraction, after actor_periods: the steps before read the forces' names, and
an army of a period (the South African Defence Force in 1984) keeps the name of its day."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from .actor_renaming import rename_control, rename_sides
from .states import countries, period_names, state_of_forces

if TYPE_CHECKING:
    from .actor_dictionary import ActorDictionary
    from .records import Extraction


@functools.cache
def _state_names() -> frozenset[str]:
    return frozenset(c["name"] for c in countries())


def _side_names(extraction: Extraction) -> set[str]:
    """Every side the campaigns and control reports give (attackers, their allies and opponents,
    holders and leavers)."""
    sides: set[str] = set()
    for campaign in extraction.campaigns:
        sides.update(campaign.attackers, campaign.allies, campaign.opponents)
    for report in extraction.control:
        sides.add(report.side)
        if report.leaver:
            sides.add(report.leaver)
    return sides


def _state(side: str) -> str | None:
    """The state a side is, or whose forces it is; None for any other party."""
    return side if side in _state_names() else state_of_forces().get(side)


def _forces_of(extraction: Extraction, published: dt.date | None) -> set[str]:
    """The states whose forces hold, take or leave places or wage campaigns, also under a
    period's name that is the state's ("Ugandan troops" in 1979 are Uganda). Forces only named
    may be allies ("Kenyan troops … and Ethiopian forces … are also fighting the group")."""
    state_of = state_of_forces()
    forces = set(state_of)
    forces.update(
        then
        for current, then in (period_names(published) if published else {}).items()
        if current in state_of and then in _state_names()
    )
    return {_state(name) for name in _side_names(extraction) & forces}


# A party the text calls by an irregular's noun ("the militants lost Tikrit", "rebels of the
# Simba", "the mutineers") fights in the story: no war of states alone, though it goes unnamed.
_IRREGULARS = re.compile(
    r"\b(?:rebels?|insurgents?|militants?|jihadists?|separatists?|mutineers?|militiam[ae]n|"
    r"militias?|guerrillas?)\b",
    re.I,
)
_TAKINGS = frozenset({"capture", "retake"})


def _allies(extraction: Extraction) -> set[frozenset[str]]:
    """Pairs of states that wage one campaign together ("Rwandan and Mozambican troops have
    recaptured Mocimboa da Praia"): no war between them."""
    pairs: set[frozenset[str]] = set()
    for campaign in extraction.campaigns:
        states = {_state(name) for name in (*campaign.attackers, *campaign.allies)} - {None}
        pairs.update(frozenset((a, b)) for a in states for b in states if a != b)
    return pairs


def _enemies(extraction: Extraction) -> list[tuple[str, str | None]]:
    """Sides told against each other: an attacker and the side it attacks, a taker and the side
    that leaves or reports the loss, two sides on one place unless both take it (a joint taking)."""
    pairs: list[tuple[str, str | None]] = [
        (attacker, opponent)
        for campaign in extraction.campaigns
        for attacker in campaign.attackers
        for opponent in campaign.opponents
    ]
    pairs += [(r.side, r.leaver) for r in extraction.control if r.leaver]
    pairs += [(r.side, r.claimant) for r in extraction.control if r.claimant]
    pairs += [
        (one.side, other.side)
        for one in extraction.control
        for other in extraction.control
        if one.place == other.place and not {one.event, other.event} <= _TAKINGS
    ]
    return pairs


def _opposed_states(extraction: Extraction) -> bool:
    """Two states told fighting each other, not side by side: one attacks where the other
    defends, takes a place the other leaves or reports lost ("Chinese troops overran Walong, an
    Indian army officer said"), or holds a place the other takes or holds."""
    allies = _allies(extraction)
    for one, other in _enemies(extraction):
        a, b = _state(one), _state(other) if other else None
        if a and b and a != b and frozenset((a, b)) not in allies:
            return True
    return False


def _states_only(extraction: Extraction) -> bool:
    """Every side a state or its forces, and no armed group of the article's own named (allies
    against rebels or jihadists stay forces). An army of a period (the SPLA of 1988, a rebel army
    then) is no state's side; a state named bare ("Niger", the river too) is no army."""
    sides = _side_names(extraction)
    if not sides or not all(_state(side) for side in sides):
        return False
    return not any(m.kind == "armed_group" and not _state(m.actor) for m in extraction.actors)


def holds_by_states(extraction: Extraction, published: dt.date | None = None) -> bool:
    """Who holds ground is the state: every side a state or its forces, the forces of two
    states or more among them (the convention for control reports, older than the one for the
    other kinds, kept as it was)."""
    return _states_only(extraction) and len(_forces_of(extraction, published)) >= 2


def warring_states(extraction: Extraction, published: dt.date | None = None) -> bool:
    """A war of states alone: every side is a state or its forces, the article names no armed
    group and calls no party rebels or militants, and two states are sides with their forces
    named, not waging one campaign together ("South Sudan's army recaptured Bor with the help of
    Ugandan troops" is no such war), or two states, sides or claimants, are told fighting each
    other (a state without a forces actor, Israel, fights as itself)."""
    if not _states_only(extraction) or _IRREGULARS.search(extraction.text):
        return False
    forces, allies = _forces_of(extraction, published), _allies(extraction)
    if any(frozenset((a, b)) not in allies for a in forces for b in forces if a != b):
        return True
    claimants = {r.claimant for r in extraction.control if r.claimant}
    sides = _side_names(extraction) | claimants
    states = {_state(name) for name in sides} - {None}
    return len(states) >= 2 and _opposed_states(extraction)


def name_states_at_war(
    extraction: Extraction, published: dt.date | None, curated: ActorDictionary
) -> None:
    """Every side in a war between states, in place: each actor mention, statement's actor,
    campaign side and control report's side, leaver and claimant that is a state's forces becomes
    the state (the gold's convention since heldout45: an army spokesman in an interstate war
    speaks for the state); where only `holds_by_states`, the control reports alone. New records,
    not edits: the role ranker's context keeps the reports as it saw them."""
    war = warring_states(extraction, published)
    if not war and not holds_by_states(extraction, published):
        return
    state_of = state_of_forces()
    rename_control(extraction, state_of)
    if war:  # mentions, statements and campaign sides too
        rename_sides(extraction, state_of, lambda _name: "state")
    named = {m.actor for m in extraction.actors} | {r.side for r in extraction.control}
    for state in named & _state_names() - set(curated.actors):  # stored as states the table lacks
        extraction.new_actors.setdefault(state, ("state", ""))
