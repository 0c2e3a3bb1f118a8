"""Attackers the article identifies in so many words: "The attackers were troops of the army and
fighters of the X", "the attackers included many Rwandan soldiers". Wire copy often leads with what
happened to a place ("Kawmoora fell on Tuesday …") and says further down who attacked it; such a
sentence names the sides of the article's campaign, each beside the others.

The sides are the fighting ones named between the verb and the end of the clause (before an
appositive or a relative clause: "…, a breakaway faction which split from …"). They join the
first campaign the article reports before the sentence (its main one), as sides told fighting
beside the attacker (`CampaignRecord.allies`), which the role ranker keeps."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .actors import window
from .campaign_agents import ATTACKER_KINDS

if TYPE_CHECKING:
    from .actors import ActorMatch
    from .campaign_record import CampaignRecord
    from .sentences import Span

# "The attackers were …", "the assailants included …", "The attacking force was made up of …",
# "the assault force included …"; not what befell them ("The attackers were pushed back", "were
# killed", "are trapped").
_IDENTIFIED = re.compile(
    r"\b(?:the|The)\s+(?:attackers|assailants"
    r"|(?:attacking|assault|attack|invading|invasion)\s+(?:force|troops|forces|columns?))\s+"
    r"(?:were|was|are|is|included|include|includes|comprised|consisted\s+of"
    r"|(?:was|were)\s+made\s+up\s+of)\s+(?!(?:not|being|still|then|also)\b|\w+(?:ed|en)\b)",
)
# Where the clause that names them ends: an appositive after a comma, a relative clause, a quote.
CLAUSE_END = re.compile(
    r",\s+(?:a|an|the|who|which|whose|that|some|many|most)\b|[;:\"“”(]|\s+who\b"
)


def identified_attackers(
    text: str, sentences: list[Span], actors: list[ActorMatch], records: list[CampaignRecord]
) -> None:
    """Each sentence that identifies the attackers adds its fighting sides to the first campaign
    reported before it (module docstring). One scan of the text."""
    if not records:
        return
    starts = [s.start for s in sentences]
    for found in _IDENTIFIED.finditer(text):
        index = bisect.bisect_right(starts, found.start()) - 1
        if index < 0:
            continue
        sentence = sentences[index]
        end = CLAUSE_END.search(text, found.end(), sentence.end)
        stop = end.start() if end else sentence.end
        sides = []
        for match in window(actors, found.end(), stop):
            if match.kind in ATTACKER_KINDS and match.actor not in sides:
                sides.append(match.actor)
        before = [r for r in records if r.sentence_start <= sentence.start]
        if not sides or not before:
            continue
        record = min(before, key=lambda r: r.sentence_start)
        for side in sides:
            if side in record.opponents:
                continue
            if side not in record.attackers:
                record.attackers.append(side)
            if side not in record.allies:
                record.allies.append(side)
