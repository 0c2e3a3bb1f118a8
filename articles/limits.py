"""Per-article processing limits: how much of an article is processed, and for how long.

Articles come from untrusted sources (feeds, pasted files), so one article must never be able to
stall the pipeline for everyone:

- `processing_window()`: geocoding and extraction read at most ARTICLE_PROCESS_LIMIT_BYTES of the
  text (UTF-8), cut back to the last paragraph end, else sentence end, else space before the limit.
  The whole text is stored; offsets into the processed part are offsets into the whole text.
- `TimeBudget`: ARTICLE_PROCESS_TIME_LIMIT_SECONDS of wall-clock time per article. The pure
  computations (geoparsing, extraction) are interrupted by SIGALRM the moment the budget is spent;
  the database writes around them are never interrupted mid-query (that could leave a PostgreSQL
  connection stuck), they call `check()` between rows instead. Either way the caller's transaction
  rolls back, so a timed-out article stores nothing. SIGALRM works only in a process's main
  thread (management commands, Celery's prefork and solo pools); elsewhere the budget is checked
  between steps only.
"""

from __future__ import annotations

import re
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings

# A sentence ends with . ! ? (or an ellipsis), perhaps followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*(?=\s)")


@dataclass(frozen=True)
class Window:
    """The processed part of a text: characters [0, end) of `total`."""

    end: int
    total: int
    limit_bytes: int

    @property
    def truncated(self) -> bool:
        return self.end < self.total

    @property
    def note(self) -> str:
        """What readers and staff are told about the unprocessed rest ("" when there is none)."""
        if not self.truncated:
            return ""
        return (
            f"Processed only the first {self.end:,} of {self.total:,} characters "
            f"(the processing limit is {self.limit_bytes:,} bytes); "
            "the rest is stored but not processed."
        )


def processing_window(text: str, limit_bytes: int | None = None) -> Window:
    """The part of `text` to geocode and extract, at most `limit_bytes` (default: the setting) of
    UTF-8.
    """
    limit = limit_bytes or settings.ARTICLE_PROCESS_LIMIT_BYTES
    if len(text) <= limit // 4 or (len(text) <= limit and len(text.encode("utf-8")) <= limit):
        return Window(len(text), len(text), limit)
    # The longest prefix that fits: decoding the first `limit` bytes drops a character cut in two.
    fits = len(text[:limit].encode("utf-8")[:limit].decode("utf-8", "ignore"))
    return Window(_boundary(text, fits), len(text), limit)


def _boundary(text: str, fits: int) -> int:
    """The best place to cut before `fits`, giving up at most half of the window for it."""
    floor = fits // 2
    for separator in ("\n\n", "\n"):
        cut = text.rfind(separator, floor, fits + len(separator) - 1)
        if cut > 0:
            return cut
    ends = [match.end() for match in _SENTENCE_END.finditer(text, floor, fits)]
    if ends:
        return ends[-1]
    cut = text.rfind(" ", floor, fits)
    return cut if cut > 0 else fits


class ProcessingTimeout(Exception):
    """One article used up its time budget."""

    def __init__(self, stage: str, seconds: float):
        super().__init__(
            f"{stage} exceeded the time budget of {seconds:g} s per article "
            "(ARTICLE_PROCESS_TIME_LIMIT_SECONDS)"
        )


class TimeBudget:
    """Wall-clock time one article may take; `seconds=None` is no limit."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self.started = time.monotonic()

    @classmethod
    def per_article(cls) -> TimeBudget:
        return cls(settings.ARTICLE_PROCESS_TIME_LIMIT_SECONDS)

    def remaining(self) -> float:
        if self.seconds is None:
            return float("inf")
        return self.seconds - (time.monotonic() - self.started)

    def check(self, stage: str) -> None:
        """Raise ProcessingTimeout if the budget is spent (call between database writes)."""
        if self.remaining() <= 0:
            raise ProcessingTimeout(stage, self.seconds)

    @contextmanager
    def interrupting(self, stage: str) -> Iterator[None]:
        """Run a pure computation (no database access) that is stopped when the budget runs out."""
        self.check(stage)
        if self.seconds is None or threading.current_thread() is not threading.main_thread():
            yield
            self.check(stage)
            return

        def on_alarm(signum, frame):
            raise ProcessingTimeout(stage, self.seconds)

        previous_handler = signal.signal(signal.SIGALRM, on_alarm)
        previous_delay, previous_interval = signal.setitimer(
            signal.ITIMER_REAL, max(self.remaining(), 0.001)
        )
        armed_at = time.monotonic()
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous_handler)
            if previous_delay:  # someone else's timer was running: give it back what is left
                left = max(previous_delay - (time.monotonic() - armed_at), 0.001)
                signal.setitimer(signal.ITIMER_REAL, left, previous_interval)


def unlimited() -> TimeBudget:
    return TimeBudget(None)


__all__ = ["ProcessingTimeout", "TimeBudget", "Window", "processing_window", "unlimited"]
