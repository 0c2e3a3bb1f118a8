"""What a text tells in passing (control.py's last step). A fall named by its noun with no taker
in its sentence ("Aba had served as the seat of the secessionist administration after the fall of
Enugu last October", "The capture of A follows the fall of B earlier this year") is a taking by
the one side the article tells taking ground, when it tells only one; a place the article reports
in any other way keeps only those reports. A hold told by an adjective ("the rebel-held town of
X") is the state before any change of hands the article tells of the place ("troops retook the
rebel-held town of X"), and is dropped then, as it is where the article tells the same side
holding the place in other words. Both are kept aside while control's other steps run (a rebuttal
adds no hold beside one), and the campaign steps never read them. No rule names a place, a
person or a group."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from places.normalize import name_key

from .control_patterns import CHANGE_EVENTS, TAKING_EVENTS
from .states import FORCES

if TYPE_CHECKING:
    from .control_record import ControlRecord


# The triggers of what is told in passing: background the campaign steps (the learned gate and
# role ranker among them) were made without, and read without (`told_outright`).
FALL_IN_PASSING = "fall-in-passing"
_IN_PASSING = frozenset({FALL_IN_PASSING, "held-adjective"})


def told_outright(records: list[ControlRecord]) -> list[ControlRecord]:
    """The reports not told in passing, for the campaign steps."""
    return [r for r in records if r.trigger not in _IN_PASSING]


def told_aside(record: ControlRecord) -> bool:
    """Kept aside until `told_in_passing`: a fall with no taker, an adjective hold (which the
    article's other reports must not see: a rebuttal adds no hold beside one)."""
    return (record.follow_up and record.trigger == "fall-of") or record.trigger == "held-adjective"


def told_in_passing(
    records: list[ControlRecord], aside: list[ControlRecord]
) -> list[ControlRecord]:
    """`records` with the falls set aside (told with no taker) as takings by the article's only
    taker, and the adjective holds of places that neither change hands nor are told held by the
    same side in other words."""
    records = records + background_falls(records, [r for r in aside if r.trigger == "fall-of"])
    changed = {name_key(r.place) for r in records if r.event in CHANGE_EVENTS}
    told = {(name_key(r.place), r.side) for r in records}
    for hold in (r for r in aside if r.trigger == "held-adjective" and r.side):
        key = (name_key(hold.place), hold.side)
        if key[0] not in changed and key not in told:
            told.add(key)
            records.append(_described(hold))
    return records


def _described(hold: ControlRecord) -> ControlRecord:
    """An adjective hold is the writer's description ("Ukrainian forces shelled Russian-held X,
    the military said"), unless the holder itself speaks."""
    if (
        hold.kind == "claimed"
        and hold.claimant
        and FORCES.get(hold.claimant, hold.claimant) != hold.side
    ):
        return replace(hold, kind="reported", claimant=None)
    return hold


def background_falls(
    records: list[ControlRecord], untaken: list[ControlRecord]
) -> list[ControlRecord]:
    """The falls with no taker of `untaken` as takings by the article's only taker."""
    takers = {r.side for r in records if r.event in TAKING_EVENTS and r.side and not r.follow_up}
    if len(takers) != 1:
        return []  # no taker, or several: whose fall it was is not told
    taker = takers.pop()
    told = {name_key(r.place) for r in records}
    found = []
    for fall in untaken:
        key = name_key(fall.place)
        if fall.start < 0 or fall.side or key in told:
            continue
        told.add(key)
        claimant = (fall.claimant or taker) if fall.kind == "claimed" else None
        found.append(
            replace(fall, side=taker, claimant=claimant, follow_up=False, trigger=FALL_IN_PASSING)
        )
    return found
