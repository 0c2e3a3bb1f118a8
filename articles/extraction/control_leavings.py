"""A withdrawal told without its place, after a taking (articles/extraction/control.py): "Troops
captured X on Friday. The rebels pulled out of the town overnight", "the group said its fighters
had withdrawn in good order". The loser's leaving is a report of its own on the place the taking
was about, and the side holding the place after it is the taker."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from places.normalize import name_key

from .control_patterns import TAKING_EVENTS

# "withdrew all its staff", "pulled out its remaining diplomats": people who hold no ground leave.
NOT_FIGHTERS_AFTER = re.compile(
    r"\s+(?:(?:all|most|some|the|its|their|his|her|remaining|last|foreign|international|"
    r"non-essential|local)\s+){0,3}(?:staff|personnel|employees|diplomats|workers|nationals|"
    r"citizens|observers|monitors|embassy|civilians|families)\b",
    re.I,
)
# The withdrawal triggers that name no place ("pulled out", "withdrew in good order").
BARE = frozenset({"withdraw-bare"})

if TYPE_CHECKING:
    from .control_record import ControlRecord


def leaving(record: ControlRecord) -> bool:
    """A withdrawal whose place is only the one the sentences before told taken ("left the town",
    "withdrew in good order")."""
    return record.follow_up and record.event == "withdraw" and record.start < 0


def withdrawals_after_takings(
    records: list[ControlRecord], leavings: list[ControlRecord]
) -> list[ControlRecord]:
    """For each leaving sentence, the first taking the article tells before it (of one of the
    places it may be about; any, for a stand-in place), by a side other than the leaver, gives a
    withdrawal: that place, the taker's side, the leaving sentence's kind and claimant, its own
    date if it dates itself, else the taking's."""
    seen = {(name_key(r.place), r.side, r.event, r.kind) for r in records}
    added: list[ControlRecord] = []
    by_sentence: dict[int, list[ControlRecord]] = {}
    for record in leavings:
        by_sentence.setdefault(record.sentence_start, []).append(record)
    for start, group in sorted(by_sentence.items()):
        places = {name_key(r.place) for r in group}
        leavers = {r.leaver for r in group if r.leaver}
        takings = [
            r
            for r in records
            if r.event in TAKING_EVENTS
            and (name_key(r.place) in places or "" in places)
            and r.sentence_end <= start
            and r.side
            and r.side not in leavers
        ]
        if not takings:
            continue
        taking = min(takings, key=lambda r: r.start)  # the article's first: its lead
        told = group[0]
        key = (name_key(taking.place), taking.side, "withdraw", told.kind)
        if key in seen:
            continue
        seen.add(key)
        own = told.dated == 2
        added.append(
            replace(
                told,
                place=taking.place,
                place_text=taking.place_text,
                start=start,
                end=start,
                side=taking.side,
                place_id=taking.place_id,
                observed_on=told.observed_on if own else taking.observed_on,
                date_precision=told.date_precision if own else taking.date_precision,
                dated=told.dated if own else taking.dated,
                follow_up=False,
            )
        )
    return added
