"""What a text tells in passing (control.py's last step). A fall named by its noun with no taker
in its sentence ("Aba had served as the seat of the secessionist administration after the fall of
Enugu last October", "The capture of A follows the fall of B earlier this year") is a taking by
the one side the article tells taking ground, when it tells only one; a place the article reports
in any other way keeps only those reports. Such falls are kept aside while control's other steps
run, and the campaign steps never read them. No rule names a place, a person or a group."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from places.normalize import name_key

from .control_patterns import TAKING_EVENTS

if TYPE_CHECKING:
    from .control_record import ControlRecord

# The trigger of a fall told in passing: background the campaign steps (the learned gate and role
# ranker among them) were made without, and read without (`told_outright`).
FALL_IN_PASSING = "fall-in-passing"


def told_outright(records: list[ControlRecord]) -> list[ControlRecord]:
    """The reports not told in passing, for the campaign steps."""
    return [r for r in records if r.trigger != FALL_IN_PASSING]


def told_aside(record: ControlRecord) -> bool:
    """Kept aside until `told_in_passing`: a fall named by its noun with no taker."""
    return record.follow_up and record.trigger == "fall-of"


def told_in_passing(
    records: list[ControlRecord], aside: list[ControlRecord]
) -> list[ControlRecord]:
    """`records` with the falls set aside (told with no taker) as takings by the article's only
    taker."""
    return records + background_falls(records, aside)


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
