"""How the observations of a sentence and of an article bear on each other
(articles/extraction/control.py): a state told beside a change of hands, and who holds what a
side left."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from places.normalize import name_key

from .control_patterns import CHANGE_EVENTS, LEAVING_EVENTS, STATE_TRIGGERS, TAKING_EVENTS
from .dates import DAY
from .states import FORCES

if TYPE_CHECKING:
    from .control_record import ControlRecord


def without_states_of_a_change(records: list[ControlRecord]) -> list[ControlRecord]:
    """A sentence telling a change of hands tells the state around it too: "took X, the last port
    held by Y" (Y's hold ended with the change), "entered X and the town is under the control of
    the army" (the same report); only the change is kept."""
    changes = {(name_key(r.place), r.side) for r in records if r.event in CHANGE_EVENTS}
    places = {place for place, _ in changes}
    return [
        r
        for r in records
        if r.event != "hold"
        or r.trigger not in STATE_TRIGGERS
        or (
            (name_key(r.place), r.side) not in changes
            and not (r.trigger == "held-by" and name_key(r.place) in places)
        )
    ]


def takers_of_what_was_left(records: list[ControlRecord]) -> None:
    """ "Our fighters left X" names no one who took X: the side the article tells taking X
    (capture or retake; the latest, else the nearest in the text) holds it, else the leaver's
    opponent stays."""
    for record in records:
        if record.event not in LEAVING_EVENTS or record.leaver is None:
            continue
        takers = [
            r
            for r in records
            if r.event in TAKING_EVENTS
            and name_key(r.place) == name_key(record.place)
            and r.side not in (record.leaver, FORCES.get(record.leaver))
        ]
        if takers:
            # the latest change the text dates, else the nearest
            latest = max(
                takers,
                key=lambda r: (r.observed_on or dt.date.min, -abs(r.start - record.start)),
            )
            record.side = latest.side


def one_taking_per_side(
    records: list[ControlRecord], better: Callable[[ControlRecord, ControlRecord], bool]
) -> list[ControlRecord]:
    """A side's taking of a place told twice the same way ("the army said it had retaken X" and,
    quoted, "our forces entered X"; a headline and its lead) is one observation: of the captures
    and retakes of a place by one side with one kind (claimed or reported), the one `better`
    dates (control_date_carry.dates_better), the first on a tie; a retake names the change better
    than a capture when neither dates it better."""
    kept: dict[tuple, ControlRecord] = {}
    for record in records:
        if record.event not in TAKING_EVENTS:
            continue
        key = (name_key(record.place), record.side, record.kind)
        old = kept.get(key)
        if old is None or better(record, old):
            kept[key] = record
    for key, record in kept.items():
        told = [
            r
            for r in records
            if r.event in TAKING_EVENTS and (name_key(r.place), r.side, r.kind) == key
        ]
        if record.event != "retake" and any(r.event == "retake" for r in told):
            record.event = "retake"
    chosen = {id(r) for r in kept.values()}
    return [r for r in records if r.event not in TAKING_EVENTS or id(r) in chosen]


# A party's word that it now holds a place ("X is under our control", "our forces are in X")
# is its claim of the taking the article tells, when one is told to the day within this span
# before it (a week's operation ending in "we control X" is no taking of that day).
_CLAIM_OF_TAKING = frozenset(
    {
        "not-fallen",
        "safe-held",
        "hold-verb",
        "holding",
        "defending",
        "presence",
        "held-by",
        "in-hands-of",
    }
)
_TAKING_REACH = dt.timedelta(days=3)


def holds_claiming_a_taking(records: list[ControlRecord]) -> None:
    """ "X is under our control," a spokesman said, after the text tells the side taking X that
    week: the claim is of the taking, dated by it (tests/gold/README.md, heldout16: a capture
    claimed in the present tense is dated by the capture when the text gives it); a hold told
    with no taking near it stays a hold."""
    takings = [r for r in records if r.event in TAKING_EVENTS and r.observed_on is not None]
    for record in records:
        if (
            record.event != "hold"
            or record.kind != "claimed"
            or record.trigger not in _CLAIM_OF_TAKING
            or record.observed_on is None
        ):
            continue
        told = [
            t
            for t in takings
            if t.side == record.side
            and t.date_precision == DAY
            and name_key(t.place) == name_key(record.place)
            and dt.timedelta(0) <= record.observed_on - t.observed_on <= _TAKING_REACH
        ]
        if told and not any(t.kind == "claimed" for t in told):
            taking = max(told, key=lambda t: (t.dated, t.observed_on))
            record.event, record.dated = taking.event, taking.dated
            record.observed_on, record.date_precision = taking.observed_on, taking.date_precision
