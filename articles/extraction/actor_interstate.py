"""Who holds a place in a war between states is the state (tests/gold/README.md, "Actors"):
where every side the article's campaigns and control reports give is a state or a state's forces,
no other armed group is named and the forces of two states or more are sides, each control report
whose side, leaver or claimant is a state's forces takes the state ("Moroccan troops retook Hassi
Beida after Algerian forces withdrew" is Morocco's retaking from Algeria). In a civil war or a
counter-insurgency one side is no state, and the forces stay. Mentions, statements and campaign
attackers keep the forces: the gold keeps them there in most wars of states (heldout20-38).

Run on the finished extraction, after actor_periods: the steps before read the forces' names, and
an army of a period (the South African Defence Force in 1984) keeps the name of its day."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import replace
from typing import TYPE_CHECKING

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


def warring_states(extraction: Extraction, published: dt.date | None = None) -> bool:
    """A war of states alone: every side is a state or its forces, the article names no armed
    group of its own (allies against rebels or jihadists stay forces), and the forces of two
    states or more are sides. An army of a period (the SPLA of 1988, a rebel army then) is no
    state's side; a state named bare ("Niger", the river too) is no army."""
    sides = _side_names(extraction)
    if not sides or not all(_state(side) for side in sides):
        return False
    if any(m.kind == "armed_group" and not _state(m.actor) for m in extraction.actors):
        return False
    return len(_forces_of(extraction, published)) >= 2


def name_states_at_war(
    extraction: Extraction, published: dt.date | None, curated: ActorDictionary
) -> None:
    """Control reports in a war between states, in place: each side, leaver and claimant that is
    a state's forces becomes the state. New records, not edits: the role ranker's context keeps
    the reports as it saw them."""
    if not warring_states(extraction, published):
        return
    state_of = state_of_forces()
    extraction.control = [
        replace(
            r,
            side=state_of.get(r.side, r.side),
            leaver=state_of.get(r.leaver, r.leaver) if r.leaver else r.leaver,
            claimant=state_of.get(r.claimant, r.claimant) if r.claimant else r.claimant,
        )
        for r in extraction.control
    ]
    for report in extraction.control:  # a state the curated table lacks is stored as one
        if report.side not in curated.actors and report.side in _state_names():
            extraction.new_actors.setdefault(report.side, ("state", ""))
