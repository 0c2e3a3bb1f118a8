"""A document's spans, sorted once, for overlap questions asked once per name or run of words.

Asking "which taken spans overlap [start, end)?" by scanning every span costs a pass over the
document's spans per question: quadratic on a long text. `SpanIndex` sorts the spans by start and
bisects: a span overlapping [start, end) starts before `end` and, being at most `longest` long,
after `start - longest`, so only the spans starting in that range are looked at.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class SpanIndex:
    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _b in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans (a, b) with a < end and start < b, in order of start."""
        lo = bisect_right(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        return [(a, b) for a, b in self.spans[lo:hi] if start < b]

    def any_overlapping(self, start: int, end: int) -> bool:
        lo = bisect_right(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        return any(start < b for _a, b in self.spans[lo:hi])
