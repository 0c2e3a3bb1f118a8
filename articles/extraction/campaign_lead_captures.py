"""A town the headline or lead reports taken, that no campaign covers, is a campaign
"<Town> offensive" of the side that took it (tests/gold/README.md, Campaigns: "A town's capture
that the article reports, even done in a day, is a campaign … by the side that took it"; the
place a headline says was taken is a campaign target in 256/310 articles).

The cue stages read a taking in the headline or lead from their own verb list; control reads
more ways of telling it ("Kandahar falls to the Taleban", "troops on Wednesday retook the
municipal hall of this lakeside town"). After the folds, a control report becomes a campaign
when it is a capture or retaking reported as done (a claim may be denied: "rebels say they
took X"), by a side, of a settlement the text does not call a village, told in the headline or
the lead paragraph, and no campaign lists the place, nor is it told as where a push set out
from ("two weeks after they began a push south from A, which they seized in late January"). It
is added undated, after the counter-offensives, so that the date steps may find a start the
text tells ("since the operation began on Sunday"); one they leave undated starts on the
taking's own day, the gold's convention for a capture told without a start, and it ends that
day.

A taking told only further down the body stays an event: over heldout20-29 and heldout45, of
the reported takings no campaign covered, about one in four was a gold campaign's target
(background takings months before, towns passed on the way of another campaign). No word names a
place, group or person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .campaign_cues import open_lines
from .campaign_record import CampaignRecord, name_key
from .campaign_taken import told_as_origin, village_named

if TYPE_CHECKING:
    from .control_record import ControlRecord

_TAKING = frozenset({"capture", "retake"})


def add_lead_captures(
    text: str,
    campaigns: list[CampaignRecord],
    control: list[ControlRecord],
    places: list | None,
) -> dict[int, ControlRecord]:
    """A campaign for each town the headline or lead reports taken that none covers
    (docstring), in place, after the campaigns already found; undated, so that the date steps
    may find its start. Returns each added campaign's id with the report it came from."""
    added: dict[int, ControlRecord] = {}
    if not control or places is None:
        return added
    towns = {(p.start, p.end) for p in places if getattr(p, "kind", "") == "settlement"}
    covered = [frozenset(name_key(t).split()) for r in campaigns for t in r.targets]
    lead = lead_paragraph_end(text)
    for report in control:
        words = frozenset(name_key(report.place).split())
        if _covered(words, covered) or not _lead_taking(text, report, towns, lead):
            continue
        if told_as_origin(text, report):
            continue  # "began a push south from A, which they seized in late January"
        record = _campaign_of(report)
        campaigns.append(record)
        added[id(record)] = report
        covered.append(words)
    return added


def _covered(words: frozenset[str], covered: list[frozenset[str]]) -> bool:
    """A campaign lists the place, maybe under a shorter or longer form of its name: "al-Zaatar"
    for "Tel al-Zaatar" (a campaign's target kept without its first word)."""
    return any(words <= target or target <= words for target in covered if target)


def date_lead_captures(campaigns: list[CampaignRecord], added: dict[int, ControlRecord]) -> None:
    """An added campaign the date steps left undated starts, and ends, on the taking's day."""
    for record in campaigns:
        report = added.get(id(record))
        if report is None or report.observed_on is None:
            continue
        record.ended_on = record.ended_on or report.observed_on
        if record.started_on is None:
            record.started_on = report.observed_on
            record.date_precision = report.date_precision or 1


def lead_paragraph_end(text: str) -> int:
    """Where the lead paragraph ends: the line after the headline and any standfirst, byline or
    date lines (`campaign_cues.open_lines`)."""
    end = -1
    for _ in range(open_lines(text) + 2):
        end = text.find("\n", end + 1)
        if end < 0:
            return len(text)
    return end


def _lead_taking(text: str, report: ControlRecord, towns: set, lead: int) -> bool:
    """A town reported taken by a side in the headline or lead."""
    return (
        report.event in _TAKING
        and report.kind == "reported"
        and bool(report.side)
        and report.start < lead
        and (report.start, report.end) in towns
        and not village_named(text, report)
    )


def _campaign_of(report: ControlRecord) -> CampaignRecord:
    return CampaignRecord(
        name=f"{report.place} offensive",
        named=False,
        attackers=[report.side],
        targets=[report.place],
        target_spans=[(report.start, report.end)],
        sentence_start=report.sentence_start,
        sentence_end=report.sentence_end,
    )
