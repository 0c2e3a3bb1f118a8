"""A control observation as extraction finds it (articles/extraction/control.py) and as
`manage.py extract` prints it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass
class ControlRecord:
    place: str  # the canonical name when the geoparser resolved it, else the words of the text
    place_text: str
    start: int
    end: int
    side: str
    event: str
    kind: str
    claimant: str | None
    observed_on: dt.date | None
    date_precision: int | None
    sentence_start: int
    sentence_end: int
    place_id: int | None = None
    trigger: str = ""
    # How the date was found: 2 the text dates the change itself, 1 it dates the claim ("said on
    # Friday"), 0 the publication day or none.
    dated: int = 0
    # Who left (a withdrawal, a loss): the side whose opponent holds the place afterwards.
    leaver: str | None = None
    # Only dates the change another sentence tells of the same place (`date_by_follow_ups`).
    follow_up: bool = False


def control_json(record: ControlRecord) -> dict:
    """The record as printed by `manage.py extract` and read by the evaluation."""
    return {
        "place": record.place,
        "text": record.place_text,
        "start": record.start,
        "end": record.end,
        "side": record.side,
        "event": record.event,
        "kind": record.kind,
        "claimant": record.claimant,
        "date": record.observed_on.isoformat() if record.observed_on else None,
        "date_precision": record.date_precision,
        "trigger": record.trigger,
    }
