"""Celery tasks for ingest and extraction: wrap articles.ingest.ingest_paths and
articles.pipeline.process_articles (see conflictmap/jobs.py for batching and claiming)."""

from __future__ import annotations

from celery import shared_task
from django.db import OperationalError

from conflictmap.jobs import claimed_articles, enqueue_processing, exclusive_on_sqlite, summary_dict


@shared_task(name="articles.process_articles", acks_late=True, autoretry_for=(OperationalError,),
             retry_backoff=True, max_retries=5)
def process_articles_task(article_ids: list[int], retry_failed: bool = False) -> dict:
    """Geocode then extract the articles of one batch still to process, each within its limits.

    Failed articles are left alone (a redelivered batch does not retry them) unless `retry_failed`."""
    from articles.pipeline import process_articles

    with exclusive_on_sqlite(), claimed_articles(article_ids) as articles:
        articles = articles.to_process(retry_failed=retry_failed)
        if not articles.exists():
            return {"articles": 0, "skipped": True}
        return summary_dict(process_articles(articles))


@shared_task(name="articles.ingest_paths", acks_late=True, autoretry_for=(OperationalError,),
             retry_backoff=True, max_retries=5)
def ingest_paths_task(paths: list[str], fmt: str = "auto", process: bool = True,
                      published: str | None = None) -> dict:
    """Ingest files (re-ingesting is a no-op by content hash), then process the new articles here.

    When some files were already stored (a redelivered task whose worker was killed, or files
    ingested before), articles still unprocessed are queued too, so a crash loses nothing."""
    import datetime as dt

    from articles.ingest import ingest_paths
    from articles.models import Article

    with exclusive_on_sqlite():
        report = ingest_paths(paths, fmt, default_published=dt.date.fromisoformat(published) if published else None)
    result = summary_dict(report)
    if process and report.created:
        result["processed"] = process_articles_task(report.created)
    if process and report.duplicates:
        pending = list(Article.objects.to_process().exclude(pk__in=report.created).values_list("pk", flat=True))
        result["processing_tasks"] = enqueue_processing(pending) if pending else 0
    return result
