"""Background jobs: enqueueing article batches and claiming them inside a worker.

The Celery tasks (articles/tasks.py) call the same functions as the synchronous management
commands; this module adds only what queueing needs, and imports no app, so every app may use it:
- `enqueue_*`: split the work into small batches of article ids, one task each, so two
  or more workers share it and a killed worker loses (and redoes) one batch at most. Tasks are
  sent by name, so no module imports another app's tasks;
- `claimed_rows`: the rows a worker may process now. On PostGIS it takes an advisory
  lock per article (the skip-locked pattern), so a second worker given the same ids skips
  them; on SQLite workers take turns (below). The unique constraints (one Mention per
  article span, one Article per content hash) are the last line of defence either way;
- `exclusive_on_sqlite`: SQLite has one writer at a time, and a transaction that read before
  writing fails at once ("database is locked") when another worker wrote meanwhile, so on
  SQLite workers take turns through a file lock beside the database. Several workers then
  add no speed on SQLite; PostGIS is the database to scale out on.
"""

from __future__ import annotations

import dataclasses
import fcntl
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import CommandError
from django.db import connection
from django.db.models import QuerySet

from conflictmap.celery import app as celery_app

DEFAULT_BATCH_SIZE = 20
# The task names (stable: Redis may hold messages queued by an earlier release).
GEOCODE_TASK = "articles.geocode_articles"
PROCESS_TASK = "articles.process_articles"
INGEST_TASK = "articles.ingest_paths"
POLL_FEED_TASK = "articles.poll_feed"
POLL_DUE_FEEDS_TASK = "articles.poll_due_feeds"  # run by Celery beat (settings)
REQUEUE_STALLED_TASK = "articles.requeue_stalled"  # run by Celery beat (settings)


def require_broker() -> None:
    """`--queue` without a broker would silently run in-process; say so instead."""
    if not settings.CELERY_BROKER_URL:
        raise CommandError(
            "--queue needs a broker: set CELERY_BROKER_URL (e.g. redis://127.0.0.1:6379/0) "
            "and start a worker with `celery -A conflictmap worker`."
        )


def queued_message_count() -> int:
    """Messages waiting on the task queue (not those a worker holds)."""
    with celery_app.connection_for_read() as conn:
        # Not passive: Redis drops an empty list, and a passive declare of it is an error.
        declared = conn.default_channel.queue_declare(queue=settings.CELERY_TASK_DEFAULT_QUEUE)
    return declared.message_count


def batches(ids: Sequence[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(ids), size):
        yield list(ids[i : i + size])


@contextmanager
def exclusive_on_sqlite() -> Iterator[None]:
    """On SQLite, hold an exclusive file lock next to the database file for the block."""
    if connection.vendor != "sqlite":
        yield
        return
    path = Path(str(connection.settings_dict["NAME"]) + ".worker-lock")
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file closes, or the process dies
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# Namespace of this app's PostgreSQL advisory locks (the second key is the article id).
ADVISORY_LOCK_NAMESPACE = 7301


@contextmanager
def claimed_rows(rows: QuerySet, ids: Iterable[int]) -> Iterator[QuerySet]:
    """Yield the rows of `rows` with these ids that no other worker is processing right now.

    On PostGIS each article is claimed with a session advisory lock (pg_try_advisory_lock):
    like SELECT ... FOR UPDATE SKIP LOCKED, a second worker skips what the first holds, but
    the claim outlives the job's own small transactions, so no long transaction holds row
    locks on shared rows (a campaign both workers update) and the two workers really run in
    parallel. A killed worker's session ends and PostgreSQL drops its locks.
    On SQLite `exclusive_on_sqlite()` already makes workers take turns.
    """
    ids = sorted(set(ids))
    if connection.vendor != "postgresql":
        yield rows.filter(pk__in=ids).order_by("pk")
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM unnest(%s::bigint[]) AS id "
            "WHERE pg_try_advisory_lock(%s, (id %% 2147483647)::int)",
            [ids, ADVISORY_LOCK_NAMESPACE],
        )
        held = [row[0] for row in cursor.fetchall()]
    try:
        yield rows.filter(pk__in=held).order_by("pk")
    finally:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_unlock(%s, (id %% 2147483647)::int) "
                "FROM unnest(%s::bigint[]) AS id",
                [ADVISORY_LOCK_NAMESPACE, held],
            )


def summary_dict(summary: Any) -> dict:
    """A JSON-able copy of a job summary (dataclass, object or None) for the result backend."""
    if summary is None:
        return {}
    if dataclasses.is_dataclass(summary):
        return {k: v for k, v in dataclasses.asdict(summary).items() if _jsonable(v)}
    if isinstance(summary, dict):
        return {k: v for k, v in summary.items() if _jsonable(v)}
    return {k: v for k, v in vars(summary).items() if not k.startswith("_") and _jsonable(v)}


def _jsonable(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool, type(None), list, dict))


def enqueue_geocoding(
    article_ids: Sequence[int],
    *,
    redo: bool = False,
    only_pending: bool = True,
    retry_failed: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> int:
    """Queue geocoding of these articles in batches; returns the number of tasks queued."""
    require_broker()
    count = 0
    for batch in batches(article_ids, batch_size):
        celery_app.send_task(
            GEOCODE_TASK,
            args=[batch],
            kwargs={"redo": redo, "only_pending": only_pending, "retry_failed": retry_failed},
        )
        count += 1
    return count


def enqueue_processing(
    article_ids: Sequence[int], *, retry_failed: bool = False, batch_size: int = DEFAULT_BATCH_SIZE
) -> int:
    """Queue the full pipeline (geocode + extract) for these articles in batches; failed ones among
    them are processed only with `retry_failed` (the task checks again when it runs)."""
    require_broker()
    count = 0
    for batch in batches(article_ids, batch_size):
        celery_app.send_task(PROCESS_TASK, args=[batch], kwargs={"retry_failed": retry_failed})
        count += 1
    return count


def enqueue_ingest(
    paths: Sequence[str],
    *,
    fmt: str = "auto",
    process: bool = True,
    published: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> int:
    """Queue ingestion of these files (absolute paths the workers can read), a batch per task."""
    require_broker()
    count = 0
    for i in range(0, len(paths), batch_size):
        celery_app.send_task(
            INGEST_TASK,
            args=[[str(p) for p in paths[i : i + batch_size]]],
            kwargs={"fmt": fmt, "process": process, "published": published},
        )
        count += 1
    return count
