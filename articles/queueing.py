"""Sending articles to the workers, and sending again what the broker lost.

Celery's Redis transport takes a message off the queue and records it as unacknowledged in two
steps; a worker killed between them (SIGKILL, out of memory) loses that message for good, and late
acks cannot bring it back (celery/kombu#305). So every article sent to the workers is stamped with
when, and for which job; Celery beat runs `requeue_stalled` every STALLED_SWEEP_SECONDS, which sends
again the articles stamped longer ago than the broker's visibility timeout and still not done. It
does so only while the queue is empty, so articles merely waiting behind a long backlog are not sent
twice; a batch sent twice is harmless anyway (the tasks skip what is done or claimed).

Lost `ingest --queue` messages leave no article behind to notice: run the same ingest again (it
skips what is stored)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from django.conf import settings
from django.utils import timezone

from articles.models import Article
from conflictmap.jobs import enqueue_geocoding, enqueue_processing, queued_message_count

GEOCODE = Article.QueuedFor.GEOCODE
PROCESS = Article.QueuedFor.PROCESS


def stamp(article_ids: Sequence[int], job: str) -> None:
    Article.objects.filter(pk__in=article_ids).update(queued_at=timezone.now(), queued_for=job)


def queue_processing(article_ids: Sequence[int], *, retry_failed: bool = False) -> int:
    """Queue geocoding and extraction of these articles; returns the number of tasks."""
    stamp(article_ids, PROCESS)
    return enqueue_processing(article_ids, retry_failed=retry_failed)


def queue_geocoding(article_ids: Sequence[int], **options) -> int:
    """Queue geocoding of these articles (options as conflictmap.jobs.enqueue_geocoding)."""
    stamp(article_ids, GEOCODE)
    return enqueue_geocoding(article_ids, **options)


def stalled_before() -> dt.datetime:
    """Queued before this, and still not done: a worker should have finished or the broker
    restored the message by now."""
    timeout = settings.CELERY_BROKER_TRANSPORT_OPTIONS.get("visibility_timeout", 3600)
    return timezone.now() - dt.timedelta(seconds=timeout)


def requeue_stalled() -> dict:
    """Send again the articles queued long ago and still not done, if the queue is empty."""
    if queued_message_count() != 0:
        return {"requeued": 0, "queue_busy": True}
    stale = Article.objects.filter(queued_at__lt=stalled_before())
    geocode = list(stale.filter(queued_for=GEOCODE).to_geocode().values_list("pk", flat=True))
    process = list(stale.filter(queued_for=PROCESS).to_process().values_list("pk", flat=True))
    if geocode:
        queue_geocoding(geocode)
    if process:
        queue_processing(process)
    return {"requeued": len(geocode) + len(process)}
