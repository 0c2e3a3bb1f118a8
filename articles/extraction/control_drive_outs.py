"""Withdrawals a taking tells in its own sentence (articles/extraction/control.py): "seized X on
Wednesday, driving out the warlords", "captured X, routing the militia", "took X, forcing the
garrison to withdraw". The side driven out left the place; as for any withdrawal, the side is the
one holding it afterwards (the taker), with the taking's kind, claimant and date. No rule names
a place, a person or a group."""

from __future__ import annotations

import re
from dataclasses import replace

from places.normalize import name_key

from .control_patterns import TAKING_EVENTS
from .control_record import ControlRecord

# A gerund clause after the taking that puts its opponent out of the place; "forcing" only with
# a withdrawal verb ("forcing hundreds of families to flee" tells no side leaving).
DRIVE_OUT = re.compile(
    r",\s+(?:and\s+)?(?:(?:driving|chasing|routing|ousting|expelling|evicting)"
    r"\b(?!\s+(?:on|ahead|forward|deeper|towards?|into|north|south|east|west)\b)"
    r"|pushing\s+(?:out\b|(?:[\w'’-]+\s+){1,6}?out\s+of\b))"
    r"|,\s+(?:and\s+)?forcing\s+(?:[\w'’-]+\s+){1,6}?(?:to\s+)?(?:withdraw|retreat|pull\s+(?:out|back)"
    r"|fall\s+back|abandon)\b"
    r"|,\s+(?:and\s+)?forcing\s+(?:what\s+[^,;]{0,40}?\s+)?an?\s+(?:[\w'’-]+\s+)?(?:withdrawal|retreat)\b",
    re.I,
)
# What may stand between the place and the gerund: the rest of its clause ("on Wednesday",
# "after two days of fighting", an appositive), but no other clause or sentence.
_GAP = re.compile(r"[^.;:!?\"“”()]{0,160}?")
# Between two places the gerund's taking lists ("captured A and B, driving out …").
_LISTED = re.compile(r"[^.;:!?\"“”()]{0,50}?(?:,|\band\b)[^.;:!?\"“”()]{0,30}?")


def drive_outs(text: str, records: list[ControlRecord]) -> list[ControlRecord]:
    """A withdrawal for each place a taking's sentence tells its opponent driven out of (module
    docstring): the takings before the gerund clause by the side of the one nearest to it."""
    seen = {(name_key(r.place), r.side, r.event) for r in records}
    added: list[ControlRecord] = []
    takings = [
        r
        for r in records
        if r.event in TAKING_EVENTS and r.side and r.start >= 0 and not r.follow_up
    ]
    for sentence_start in sorted({r.sentence_start for r in takings}):
        here = sorted((r for r in takings if r.sentence_start == sentence_start), key=_start)
        end = here[0].sentence_end
        for drive in DRIVE_OUT.finditer(text, here[0].end, end):
            before = [r for r in here if r.end <= drive.start()]
            if not before or not _GAP.fullmatch(text, before[-1].end, drive.start()):
                continue
            listed = [before[-1]]
            for r in reversed(before[:-1]):
                if r.side != listed[0].side or not _LISTED.fullmatch(text, r.end, listed[0].start):
                    break
                listed.insert(0, r)
            side = listed[0].side
            for taking in listed:
                key = (name_key(taking.place), side, "withdraw")
                if key in seen:
                    continue
                seen.add(key)
                added.append(replace(taking, event="withdraw", trigger="driven-out", leaver=None))
    return added


def _start(record: ControlRecord) -> int:
    return record.start
