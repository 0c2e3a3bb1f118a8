"""Assaults told beaten off: past the lead paragraph, "had beaten back the assault on X", "had
repelled a push on the town of X", "had tried to storm X … and had been repelled" tell one event of
the story's fight, not a campaign of its own (read by the cue and the parse stages)."""

from __future__ import annotations

import re

from .sentences import Span

_LEAD_PARAGRAPHS = 1  # the headline and the lead paragraph

# "had beaten back a new attempt to enter X", "repelled a push on the town of X": an assault
# beaten off, told past the lead, is one event of the story's fight, not a campaign of its own.
_FOILED_BEFORE = re.compile(
    r"\b(?:repel\w*|repuls\w*|fought\s+off|fend\w*\s+off|beat(?:s|en|ing)?\s+(?:back|off)|thwart\w*|"
    r"foil\w*)\s+(?:[\w'’\-]+\s+){0,5}?$",
    re.I,
)
# "Russian forces had tried to storm X … and had been repelled": a try told beaten off after it.
_TRIED_BEFORE = re.compile(r"\b(?:tried|attempted|trying|attempting)\s+to\s+$", re.I)
_TRY_CUE = re.compile(r"(?:tried|attempted|trying|attempting)\s", re.I)
_FOILED_AFTER = re.compile(
    r"\b(?:repel\w*|repuls\w*|beaten\s+back|beaten\s+off|driven\s+(?:back|off))\b", re.I
)


def repelled_event(text: str, sentence: Span, start: int, end: int, *, verbal: bool) -> bool:
    """A trigger (`start`-`end`) past the lead paragraph that its sentence tells beaten off ("had
    repelled a push on X", "had tried to storm X … and had been repelled"): an event of a fight."""
    if text.count("\n", 0, sentence.start) <= _LEAD_PARAGRAPHS:
        return False
    before = text[max(sentence.start, start - 60) : start]
    if _FOILED_BEFORE.search(before):
        return True
    tried = _TRIED_BEFORE.search(before) or _TRY_CUE.match(text, start)  # "tried to storm X"
    return verbal and bool(tried and _FOILED_AFTER.search(text, end, sentence.end))
