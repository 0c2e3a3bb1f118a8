"""Split an article into highlighted segments without ever producing HTML.

The template renders each segment's text with autoescaping and only chooses CSS classes,
so a title, quote or alias holding markup is shown as text.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field


@dataclass
class Span:
    start: int
    end: int
    kind: str  # "place", "actor", "quote"
    label: str = ""
    ref: str = ""  # e.g. "place-12", for linking a highlight to a map feature


@dataclass
class Segment:
    text: str
    start: int
    classes: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)
    anchor: bool = False  # first segment of the marked source span

    @property
    def css(self) -> str:
        return " ".join(self.classes)

    @property
    def title(self) -> str:
        return "; ".join(dict.fromkeys(label for label in self.labels if label))


def segments(
    text: str, spans: list[Span], marked: tuple[int, int] | None = None
) -> list[list[Segment]]:
    """Paragraphs (split on blank lines) of segments, each with the classes of every span covering
    it.
    """
    n = len(text)
    valid = [s for s in spans if 0 <= s.start < s.end <= n]
    if marked and not (0 <= marked[0] < marked[1] <= n):
        marked = None
    cuts = {0, n}
    for s in valid:
        cuts.update((s.start, s.end))
    if marked:
        cuts.update(marked)
    # Paragraph breaks are cuts too, so no segment straddles two paragraphs.
    pos = text.find("\n")
    while pos != -1:
        cuts.update((pos, pos + 1))
        pos = text.find("\n", pos + 1)
    bounds = sorted(cuts)
    paragraphs: list[list[Segment]] = [[]]
    anchored = False
    for a, b in itertools.pairwise(bounds):
        piece = text[a:b]
        if piece == "\n":
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        seg = Segment(piece, a)
        for s in valid:
            if s.start <= a and b <= s.end:
                seg.classes.append(f"hl-{s.kind}")
                seg.labels.append(s.label)
                if s.ref:
                    seg.refs.append(s.ref)
        if marked and marked[0] <= a and b <= marked[1]:
            seg.classes.append("hl-source")
            if not anchored:
                seg.anchor = anchored = True
        paragraphs[-1].append(seg)
    return [p for p in paragraphs if p and any(s.text.strip() for s in p)]
