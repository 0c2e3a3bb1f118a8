"""A named operation the article only names as the frame troops serve under ("France, which has
about 1,400 soldiers in Chad under Operation X", "strikes carried out under Operation Y, its
regional counter-terrorism mission") and that attacks no place is a deployment, not a campaign.
An operation some sentence names otherwise ("launched Operation X on January 11"), whose clause
tells fighting ("troops who entered Somalia under Operation X are pushing towards Y") or that has a
target ("deployed troops to the Alibori department under Operation Y") stays."""

from __future__ import annotations

import re

from .campaign_record import CampaignRecord, name_key
from .states import state_names

_UNDER = re.compile(r"\bunder\s+(?:the\s+)?$", re.I)
# A deed of fighting in the mention's clause: the troops serving under it are fighting ("Kenyan
# troops who entered Somalia in October under Operation X are pushing towards Y").
_FIGHTING = re.compile(
    r"\b(?:push\w*|advanc\w*|attack\w*|assault\w*|offensive|storm\w*|captur\w*|seiz\w*|"
    r"retak\w*|retook|took|tak(?:e|en|ing)|enter\w*|fight\w*|fought|battl\w*|dr[io]ve\w*|"
    r"clear\w*|launch\w*|overr[au]n\w*|besieg\w*|encircl\w*)\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:.\n]")


def without_deployments(text: str, kept: list[CampaignRecord]) -> list[CampaignRecord]:
    """The campaigns, less the named operations without a target (a state it is in is none: "in
    Chad under Operation X") that every mention frames with "under"."""
    states = state_names()
    return [
        r
        for r in kept
        if not (
            r.named and all(name_key(t) in states for t in r.targets) and _only_under(text, r.name)
        )
    ]


def _only_under(text: str, name: str) -> bool:
    mentions = [m.start() for m in re.finditer(r"\b" + re.escape(name) + r"\b", text)]
    return bool(mentions) and all(
        _UNDER.search(text, max(0, start - 12), start) and not _fighting_clause(text, start)
        for start in mentions
    )


def _fighting_clause(text: str, start: int) -> bool:
    """The clause around a mention (between commas or stops) tells fighting."""
    before = max(
        (m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 300), start)), default=0
    )
    after = _CLAUSE_END.search(text, start)
    return _FIGHTING.search(text, before, after.start() if after else len(text)) is not None
