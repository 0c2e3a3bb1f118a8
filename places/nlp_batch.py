"""Many texts through one step, with one run of the entity recogniser for all of them.

Bulk geoparsing (`geoparse --jsonl`) asks the recogniser about a few windows per text; run text
by text, each call is a small batch, and spaCy's cost per call (the networks' set-up for a batch,
the parser's per-batch work) is a third of the whole. `batched(step, texts)` runs `step(text)`
for each text of a chunk in a thread of its own, one thread at a time: a thread runs until it
asks `places.nlp.entities` for windows (it then waits) or finishes. When every text of the chunk
waits or is done, the windows of all of them go through the recogniser in one call, and each
thread gets its own entities back and goes on, again one at a time. The threads only take turns
(never two run at once), so a step needs no locking of its own, and each text gets exactly the
entities it would get alone.
"""

from __future__ import annotations

import _thread
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
Item = TypeVar("Item")
# Texts whose windows share one run of the recogniser.
CHUNK = 64

_current = threading.local()


class _Turn:
    """One text's thread: its question to the recogniser, the answer, and whose turn it is."""

    def __init__(self, item) -> None:
        self.item = item
        self.question: tuple[str, list[tuple[int, int]]] | None = None
        self.answer: list[tuple[int, int, str]] = []
        self.result = None
        self.error: Exception | None = None
        self.failure: Exception | None = None  # the recogniser's, raised again in the thread
        # Two locks handed back and forth (a plain lock may be released by another thread),
        # each held while its side must wait: cheaper than two Events, whose set and wait run
        # a Condition in Python (~0.03 s of LGL's 588 texts). The caller holds both at first.
        self.go = threading.Lock()  # released: the thread may run
        self.paused = threading.Lock()  # released: the thread waits for an answer or is done
        self.go.acquire()
        self.paused.acquire()

    def ask(self, text: str, windows: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Called in the text's thread (by places.nlp.entities): wait for the batch's answer."""
        self.question = (text, windows)
        self.paused.release()
        self.go.acquire()
        if self.failure is not None:
            raise self.failure  # where the caller handles it (a missing model: the rules alone)
        return self.answer


def asking() -> _Turn | None:
    """The turn of the current thread when it runs inside `batched`, else None."""
    return getattr(_current, "turn", None)


def batched(step: Callable[[Item], T], items: Iterable[Item], chunk: int = CHUNK) -> Iterator[T]:
    """`step(item)` for each item (a text, or a record holding one), in order; the recogniser
    runs once per `chunk` items."""
    group: list[Item] = []
    for item in items:
        group.append(item)
        if len(group) >= chunk:
            yield from _run(step, group)
            group = []
    if group:
        yield from _run(step, group)


def _run(step: Callable[[Item], T], items: list[Item]) -> list[T]:
    from places.nlp import windows_entities

    turns = [_Turn(item) for item in items]
    for turn in turns:
        # A bare thread: threading.Thread's bookkeeping (its start waits on an Event) costs as
        # much as the thread itself, and nothing here joins it (its end releases `paused`).
        _thread.start_new_thread(_work, (step, turn))
        turn.paused.acquire()
    while asked := [t for t in turns if t.question is not None]:
        try:
            answers = windows_entities([t.question for t in asked])
            failure = None
        except Exception as exc:  # noqa: BLE001 (raised again in each asking thread)
            answers, failure = [[] for _ in asked], exc
        for turn, answer in zip(asked, answers, strict=True):
            turn.question, turn.answer, turn.failure = None, answer, failure
            turn.go.release()
            turn.paused.acquire()
    for turn in turns:
        if turn.error is not None:
            raise turn.error
    return [turn.result for turn in turns]


def _work(step: Callable, turn: _Turn) -> None:
    _current.turn = turn
    try:
        turn.result = step(turn.item)
    except Exception as exc:  # noqa: BLE001 (raised again in the caller's thread)
        turn.error = exc
    finally:
        _current.turn = None
        turn.paused.release()
