"""Attackers told after the campaign's own sentence: wire copy often leads with a named operation
("Operation Panther … has overrun most of the valley") and says further down who waged it: "The
operation started on Feb. 18, when French paratroopers … moved north", "The advance is part of an
offensive launched this week by troops of the African Union force". Such a sentence names the
sides of the article's first campaign when the rules found none for it.

The sides are the fighting ones named after "when" or "by" up to the end of the clause (before an
appositive or a relative clause). They join as sides told fighting beside the attacker
(`CampaignRecord.allies`), which the role ranker keeps."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .actors import window
from .campaign_agents import ATTACKER_KINDS
from .campaign_attackers_named import CLAUSE_END

if TYPE_CHECKING:
    from .actors import ActorMatch
    from .campaign_record import CampaignRecord
    from .sentences import Span

_CAMPAIGN_WORD = r"(?:operation|offensive|campaign|assault|advance|push|drive|sweep)"
# "The operation (to open the road) began in late November, when …": the doers of its start.
_STARTED_WHEN = re.compile(
    r"\b(?:The|This|That)\s+" + _CAMPAIGN_WORD + r"\b[^.;\"“”]{0,80}?\b(?:began|started|opened"
    r"|(?:was|had\s+been)\s+(?:launched|started|begun))\b(?:[^.;\"“”]|\.(?=\s\d)){0,60}?,?"
    r"\s+when\s+"
)
# "an offensive launched this week by troops of …", "the operation, led by …": its doers.
_LAUNCHED_BY = re.compile(
    r"\b" + _CAMPAIGN_WORD + r",?\s+(?:(?:was|had\s+been)\s+)?(?:launched|begun|started|led|"
    r"mounted|conducted|carried\s+out)\s+(?:[\w'’\-]+\s+){0,3}?by\s+",
    re.I,
)


def attackers_told_later(
    text: str, sentences: list[Span], actors: list[ActorMatch], records: list[CampaignRecord]
) -> None:
    """The sides a later sentence tells starting or launching the campaign join the article's first
    campaign, when the rules gave it none (module docstring). Two scans of the text."""
    if not records or all(r.attackers for r in records):
        return
    starts = [s.start for s in sentences]
    for pattern in (_STARTED_WHEN, _LAUNCHED_BY):
        for found in pattern.finditer(text):
            index = bisect.bisect_right(starts, found.start()) - 1
            if index < 0:
                continue
            sentence = sentences[index]
            record = _first_before(records, sentence.start)
            if record is None or record.attackers:
                continue
            # (a date's "Feb." may have ended the sentence for the splitter: the clause's own)
            last = sentences[bisect.bisect_right(starts, found.end() - 1) - 1]
            end = CLAUSE_END.search(text, found.end(), last.end)
            stop = end.start() if end else last.end
            for match in window(actors, found.end(), stop):
                if match.kind not in ATTACKER_KINDS or match.actor in record.opponents:
                    continue
                if match.actor not in record.attackers:
                    record.attackers.append(match.actor)
                    record.allies.append(match.actor)


def _first_before(records: list[CampaignRecord], start: int) -> CampaignRecord | None:
    """The article's first campaign told before `start`: without attackers, where several are told
    in one sentence ("'Operation Eagle' reaches Hudur as Shebab abandon Bakool capital")."""
    before = [r for r in records if r.sentence_start < start]
    if not before:
        return None
    first = min(r.sentence_start for r in before)
    return min((r for r in before if r.sentence_start == first), key=lambda r: bool(r.attackers))
