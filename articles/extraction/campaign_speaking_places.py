"""A place the article names only as where a report comes from is not what a campaign attacked:
the dateline ("COLOMBO (AFP) -"), the place of a briefing or statement ("said at a briefing in
Colombo", "military headquarters in Pretoria said"), a broadcaster ("a statement read on Kabul
radio"), a capital speaking for its government ("Pretoria has said") or standing for it ("We
begged X for weeks", "still supplies X with fuel", "the government in X"), where a road leads ("the
road to X") or a scene set at a sentence's start ("In X, the mood among officials was sombre").
A stage that takes the place after an operation's name or before it ("… began on December 6,
military headquarters in Pretoria said") may take it; when every mention of the target is of
these kinds it leaves the campaign. Over heldout20-31 this drops 3 targets, none of them gold;
the seat, road and scene mentions 2 more over heldout20-32 (capitals), none gold. No word names
a place, group or person."""

from __future__ import annotations

import re

from .campaign_record import CampaignRecord

# The words before a place where someone speaks from: "said in", "told reporters in", "a
# briefing in", "headquarters in", "speaking from".
_VENUE_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|briefing|statement|conference|headquarters|reporters|speaking"
    r"|spokesman|spokeswoman|spokesperson|announced|added)\b[^.;\n\"“”]{0,50}?\b(?:in|from|at)"
    r"\s+(?:the\s+)?$",
    re.I,
)
# A broadcaster or a capital speaking: "X radio", "X has said", "X admits".
_SPEAKER_AFTER = re.compile(
    r"\s+(?:radio|television|TV)\b"
    r"|\s+(?:has\s+|had\s+)?(?:said|says|admits?|admitted|denied|denies|announced|insists?"
    r"|insisted|claims?|claimed)\b"
)
# A dateline: the place at the start of a line, then a country or date and the outlet or a dash.
_DATELINE_AFTER = re.compile(r"(?:,\s*[\w .]+?){0,2}\s*(?:\(|[-–—]\s)")
# A capital standing for its government, or named only as where a road leads: "We begged X for
# weeks", "which still supplies X with weapons", "the government in X", "By our correspondent in
# X", "held the road to X".
_SEAT_BEFORE = re.compile(
    r"\b(?:begged|urged|pressed|lobbied|petitioned|supplies|supplied|supplying"
    r"|appealed\s+to|called\s+on|pleaded\s+with|(?:government|authorities|regime|correspondent)"
    r"\s+in|(?:road|highway)\s+(?:to|from))\s+$",
    re.I,
)
# "In X, the mood among officials was sombre": a scene set at the sentence's start.
_SCENE_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)In\s+$")


def _speaking_mention(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == start and _DATELINE_AFTER.match(text, end):
        return True
    if _SPEAKER_AFTER.match(text, end) or _SEAT_BEFORE.search(text, max(0, start - 40), start):
        return True
    if text[end : end + 1] == "," and _SCENE_BEFORE.search(text, max(0, start - 6), start):
        return True
    return _VENUE_BEFORE.search(text, max(line_start, start - 80), start) is not None


def _mentions(text: str, words: str) -> list[tuple[int, int]]:
    found = []
    for match in re.finditer(r"(?<![\w\-])" + re.escape(words) + r"(?![\w\-])", text, re.I):
        found.append((match.start(), match.end()))
    return found


def without_speaking_places(text: str, records: list[CampaignRecord]) -> None:
    """Each campaign drops a target every mention of which tells where a report comes from
    (module docstring); an unnamed campaign, named by its target, keeps its last. In place."""
    for record in records:
        keep = []
        for index, (start, end) in enumerate(record.target_spans):
            mentions = _mentions(text, text[start:end]) if end > start else []
            if mentions and all(_speaking_mention(text, s, e) for s, e in mentions):
                continue
            keep.append(index)
        if (keep or record.named) and len(keep) < len(record.targets) == len(record.target_spans):
            record.targets = [record.targets[i] for i in keep]
            record.target_spans = [record.target_spans[i] for i in keep]
