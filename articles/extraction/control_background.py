"""Falls told in passing as background, named by their noun with no taker in the sentence ("Aba
had served as the seat of the secessionist administration after the fall of Enugu last October",
"The capture of A follows the fall of B earlier this year"): a taking by the one side the article
tells taking ground, when it tells only one (control.py keeps such falls aside for this step). A
place the article reports in any other way keeps only those reports. No rule names a place, a
person or a group."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from places.normalize import name_key

from .control_patterns import TAKING_EVENTS

if TYPE_CHECKING:
    from .control_record import ControlRecord


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
        found.append(replace(fall, side=taker, claimant=claimant, follow_up=False))
    return found
