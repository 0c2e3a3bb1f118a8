"""Celery tasks for ingest, geocoding and extraction: wrap articles.ingest.ingest_paths,
articles.geocoding.geocode_articles and articles.pipeline.process_articles (see conflictmap/jobs.py
for batching, claiming and the task names the commands enqueue)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from celery import shared_task
from django.db import OperationalError
from django.db.models import QuerySet

from articles.models import Article
from articles.queueing import queue_processing, requeue_stalled
from conflictmap.jobs import (
    GEOCODE_TASK,
    INGEST_TASK,
    POLL_DUE_FEEDS_TASK,
    POLL_FEED_TASK,
    PROCESS_TASK,
    REQUEUE_STALLED_TASK,
    claimed_rows,
    exclusive_on_sqlite,
    summary_dict,
)

# Database trouble (a locked SQLite file, a dropped connection) is retried with a growing delay.
RETRYING = {
    "acks_late": True,
    "autoretry_for": (OperationalError,),
    "retry_backoff": True,
    "max_retries": 5,
}


# How long a batch whose articles another session holds waits before it looks again.
BUSY_RETRY_SECONDS = 5


@contextmanager
def claimed_articles(article_ids: Iterable[int]) -> Iterator[QuerySet]:
    """The articles of `article_ids` no other worker is processing now
    (conflictmap.jobs.claimed_rows)."""
    with claimed_rows(Article.objects.all(), article_ids) as articles:
        yield articles


def requeue_busy(task, article_ids: Iterable[int], claimed: QuerySet, still_to_do, **options):
    """Send `task` again, a few seconds later, for the articles of `article_ids` that another
    session held and that are still to do (`still_to_do`: QuerySet -> QuerySet).

    The holder is usually a live worker that will finish them (the later task then finds nothing
    to do). But it may be a worker killed a moment ago whose database session PostgreSQL has not
    yet ended: its locks outlive it until the server notices, and a redelivered batch that simply
    skipped those articles would leave them undone for good."""
    busy = set(article_ids) - set(claimed.values_list("pk", flat=True))
    if not busy:
        return 0
    rows = Article.objects.filter(pk__in=busy)
    pending = list((still_to_do(rows) if still_to_do else rows).values_list("pk", flat=True))
    if pending:
        task.apply_async(args=[pending], kwargs=options, countdown=BUSY_RETRY_SECONDS)
    return len(pending)


@shared_task(name=PROCESS_TASK, **RETRYING)
def process_articles_task(article_ids: list[int], retry_failed: bool = False) -> dict:
    """Geocode then extract the articles of one batch still to process, each within its limits.

    Failed articles are left alone (a redelivered batch does not retry them) unless
    `retry_failed`."""
    from articles.pipeline import process_articles

    with exclusive_on_sqlite(), claimed_articles(article_ids) as claimed:
        articles = claimed.to_process(retry_failed=retry_failed)
        result = (
            summary_dict(process_articles(articles))
            if articles.exists()
            else {"articles": 0, "skipped": True}
        )
        result["requeued"] = requeue_busy(
            process_articles_task,
            article_ids,
            claimed,
            lambda rows: rows.to_process(retry_failed=retry_failed),
            retry_failed=retry_failed,
        )
    return result


@shared_task(name=GEOCODE_TASK, **RETRYING)
def geocode_articles_task(
    article_ids: list[int],
    redo: bool = False,
    only_pending: bool = True,
    retry_failed: bool = False,
) -> dict:
    """Geocode one batch of articles; idempotent, so a redelivered batch is harmless.

    only_pending skips articles already geocoded (by another worker, or an earlier delivery) and,
    unless `retry_failed`, failed ones; a failure marks the article failed (articles.geocoding)."""
    from articles.geocoding import geocode_articles

    with exclusive_on_sqlite(), claimed_articles(article_ids) as claimed:
        articles = claimed.to_geocode(retry_failed=retry_failed) if only_pending else claimed
        result = (
            summary_dict(geocode_articles(articles, redo=redo))
            if articles.exists()
            else {"articles": 0, "skipped": True}
        )
        result["requeued"] = requeue_busy(
            geocode_articles_task,
            article_ids,
            claimed,
            (lambda rows: rows.to_geocode(retry_failed=retry_failed)) if only_pending else None,
            redo=redo,
            only_pending=only_pending,
            retry_failed=retry_failed,
        )
    return result


# The geocoding task lived in the places app under this name; messages an earlier release queued
# in Redis still carry it.
@shared_task(name="places.geocode_articles", **RETRYING)
def legacy_geocode_articles_task(
    article_ids: list[int],
    redo: bool = False,
    only_pending: bool = True,
    retry_failed: bool = False,
) -> dict:
    return geocode_articles_task(
        article_ids, redo=redo, only_pending=only_pending, retry_failed=retry_failed
    )


@shared_task(name=INGEST_TASK, **RETRYING)
def ingest_paths_task(
    paths: list[str], fmt: str = "auto", process: bool = True, published: str | None = None
) -> dict:
    """Ingest files (re-ingesting is a no-op by content hash), then process the new articles here.

    When some files were already stored (a redelivered task whose worker was killed, or files
    ingested before), articles still unprocessed are queued too, so a crash loses nothing."""
    import datetime as dt

    from articles.ingest import ingest_paths

    with exclusive_on_sqlite():
        report = ingest_paths(
            paths, fmt, default_published=dt.date.fromisoformat(published) if published else None
        )
    result = summary_dict(report)
    if process and report.created:
        result["processed"] = process_articles_task(report.created)
    if process and report.duplicates:
        pending = list(
            Article.objects.to_process().exclude(pk__in=report.created).values_list("pk", flat=True)
        )
        result["processing_tasks"] = queue_processing(pending) if pending else 0
    return result


@shared_task(name=POLL_DUE_FEEDS_TASK, **RETRYING)
def poll_due_feeds_task() -> dict:
    """Celery beat's tick: queue a poll of every enabled feed whose interval has run out."""
    from articles.models import Feed
    from conflictmap.celery import app

    due = list(Feed.objects.due().values_list("pk", flat=True))
    for pk in due:
        app.send_task(POLL_FEED_TASK, args=[pk])
    return {"feeds_queued": len(due)}


@shared_task(name=REQUEUE_STALLED_TASK, **RETRYING)
def requeue_stalled_task() -> dict:
    """Celery beat's tick: send again the articles whose queued message the broker lost."""
    return requeue_stalled()


@shared_task(name=POLL_FEED_TASK, **RETRYING)
def poll_feed_task(feed_id: int) -> dict:
    """Poll one feed if it is still due (a second tick or a redelivered message finds it taken),
    then process its new articles here."""
    from articles.feeds import poll_feed
    from articles.models import Feed

    feed = Feed.objects.claim(feed_id)
    if feed is None:
        return {"feed": feed_id, "skipped": True}
    with exclusive_on_sqlite():
        report = poll_feed(feed, process=False)
    result = summary_dict(report)
    if report.created:
        result["processed"] = process_articles_task(report.created)
    if report.already_stored:
        # Articles an earlier, killed poll stored but never processed (like ingest_paths_task).
        pending = list(
            Article.objects.to_process().exclude(pk__in=report.created).values_list("pk", flat=True)
        )
        result["processing_tasks"] = queue_processing(pending) if pending else 0
    return result
