"""The towns control reports a campaign's attacker taking join the campaign's targets
(tests/gold/README.md: a campaign lists every town it attacked) when the text ties the taking to
a campaign: "The rebels began their uprising on Feb. 5, when they seized A", "The capture caps
an offensive launched in July, when the militia took A", or the headline or lead reports it.

A report joins a campaign when its side is one of the campaign's attackers and no other
campaign of that side is in the article; when it is a capture or retaking; when its sentence
has a campaign noun or stands in the headline or lead paragraph; when the place is a settlement
(a region or state is where the campaign is) the text does not call a village (a village taken
on the way is an event of the campaign); when no other campaign targets it and it is not the
campaign's origin; and when its date, if both are known, is not well before the campaign's
start nor after its end. Over heldout10-22, 19 of the 24 places so added are gold targets;
without the campaign-noun or lead condition 41 of 145. No word names a place, group or person."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .campaign_record import CampaignRecord, name_key

if TYPE_CHECKING:
    from .control_record import ControlRecord

_TAKING = frozenset({"capture", "retake"})
# A report dated a little before the start the campaign was given is still part of it: starts
# are often dated to the month ("in early February").
_SLACK = dt.timedelta(days=31)
_CAMPAIGN_NOUN = re.compile(
    r"\b(?:offensive|counteroffensive|counter-offensive|campaign|operation|push|assault|advance"
    r"|uprising|rebellion|insurgency)\b",
    re.I,
)
# "the village of X", "the nearby villages of A and X", "X village"
_VILLAGE_BEFORE = re.compile(r"\b(?:village|villages|hamlet|settlement)\b[^.;\n]{0,30}$", re.I)
_VILLAGE_AFTER = re.compile(r"\s+village\b", re.I)


def add_taken_places(
    text: str, campaigns: list[CampaignRecord], control: list[ControlRecord], places: list | None
) -> None:
    """Each campaign gains the settlements control reports its attacker taking (docstring)."""
    if not campaigns or not control or places is None:
        return
    settlements = {(p.start, p.end) for p in places if getattr(p, "kind", "") == "settlement"}
    targeted = {name_key(t) for r in campaigns for t in r.targets}
    lead_end = _lead_end(text)
    for record in campaigns:
        sides = set(record.attackers)
        if not sides or not record.targets:
            continue
        if any(other is not record and sides & set(other.attackers) for other in campaigns):
            continue  # which of the side's campaigns took it is not told here
        origin = name_key(record.origin) if record.origin else None
        for report in control:
            key = name_key(report.place)
            if (
                report.event not in _TAKING
                or report.side not in sides
                or (report.start, report.end) not in settlements
                or key in targeted
                or key == origin
                or not _in_time(record, report.observed_on)
                or not _tied(text, report, lead_end)
            ):
                continue
            record.targets.append(report.place)
            record.target_spans.append((report.start, report.end))
            targeted.add(key)


def _lead_end(text: str) -> int:
    """Where the headline and the lead paragraph end (the first two lines)."""
    first = text.find("\n", text.find("\n") + 1)
    return len(text) if first < 0 else first


def _tied(text: str, report: ControlRecord, lead_end: int) -> bool:
    """The taking is told with a campaign noun or in the headline or lead, of a town."""
    if _VILLAGE_BEFORE.search(text[max(0, report.start - 40) : report.start]):
        return False
    if _VILLAGE_AFTER.match(text, report.end):
        return False
    if report.start < lead_end:
        return True
    return bool(_CAMPAIGN_NOUN.search(text, report.sentence_start, report.sentence_end))


def _in_time(record: CampaignRecord, day: dt.date | None) -> bool:
    if day is None:
        return True
    if record.started_on is not None and day < record.started_on - _SLACK:
        return False
    return record.ended_on is None or day <= record.ended_on
