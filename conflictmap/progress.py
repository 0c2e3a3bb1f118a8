"""What a long command tells while it works: a bar with count, rate and ETA on a terminal (tqdm),
one plain line per batch otherwise (a log file, cron mail, a CI log), where a bar's carriage
returns would be one unreadable line. Both go to standard error, so standard output stays the
command's result.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import Any, TextIO


def _is_terminal(file: TextIO) -> bool:
    try:
        return file.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    return (
        f"{minutes} min {seconds:02d} s"
        if minutes < 60
        else f"{minutes // 60} h {minutes % 60:02d} min"
    )


class Progress:
    """Counts work done. `every` is the batch size of the plain lines (default: a twentieth of
    `total`, else 100); `unit` is plural ("articles"). With `enabled=False` it says nothing."""

    def __init__(
        self,
        desc: str,
        *,
        total: int | None = None,
        unit: str = "items",
        every: int | None = None,
        enabled: bool = True,
        file: TextIO | None = None,
    ):
        self.desc, self.total, self.unit, self.enabled = desc, total or None, unit, enabled
        self.file = file or sys.stderr
        self.every = every or (max(1, self.total // 20) if self.total else 100)
        self.done = 0
        self.note = ""
        self.started = time.monotonic()
        self._next_line = self.every
        self.bar = None
        if enabled and _is_terminal(self.file):
            from tqdm import tqdm

            self.bar = tqdm(total=self.total, desc=desc, unit=f" {unit}", file=self.file)

    def update(self, count: int = 1, note: str = "") -> None:
        self.done += count
        self.note = note or self.note
        if self.bar is not None:
            if note:
                self.bar.set_postfix_str(note, refresh=False)
            self.bar.update(count)
        elif self.enabled and self.done >= self._next_line:
            self._line()
            while self._next_line <= self.done:
                self._next_line += self.every

    def line(self, *, final: bool = False) -> str:
        """The plain line: '<desc>: 40 of 100 articles (40%), 12.5 articles/s, ETA 5 s', and at
        the end '…, done in 8 s'."""
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = self.done / elapsed
        text = f"{self.desc}: {self.done:,}"
        if self.total:
            text += f" of {self.total:,} {self.unit} ({100 * self.done / self.total:.0f}%)"
        else:
            text += f" {self.unit}"
        text += f", {rate:,.1f} {self.unit}/s"
        if final:
            text += f", done in {_duration(elapsed)}"
        elif self.total and self.done < self.total:
            text += f", ETA {_duration((self.total - self.done) / rate)}"
        return f"{text} ({self.note})" if self.note else text

    def _line(self, *, final: bool = False) -> None:
        self.file.write(self.line(final=final) + "\n")
        self.file.flush()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
        elif self.enabled and self.done:
            self._line(final=True)
        self.enabled = False

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def iterate(self, items: Iterable) -> Iterator:
        """Yield each of `items`, counting it once it was handled."""
        with self:
            for item in items:
                yield item
                self.update()


def say(message: str, *, terminal_only: bool = False, file: TextIO | None = None) -> None:
    """One line on standard error: what is being loaded and why. `terminal_only` for a pause of a
    few seconds that a log does not need."""
    file = file or sys.stderr
    if terminal_only and not _is_terminal(file):
        return
    file.write(message + "\n")
    file.flush()
