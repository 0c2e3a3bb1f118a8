"""Celery task for geocoding: wraps places.geocoding.geocode_articles (see conflictmap/jobs.py)."""

from __future__ import annotations

from celery import shared_task
from django.db import OperationalError

from conflictmap.jobs import claimed_articles, exclusive_on_sqlite, summary_dict


@shared_task(name="places.geocode_articles", acks_late=True, autoretry_for=(OperationalError,),
             retry_backoff=True, max_retries=5)
def geocode_articles_task(article_ids: list[int], redo: bool = False, only_pending: bool = True,
                          retry_failed: bool = False) -> dict:
    """Geocode one batch of articles; idempotent, so a redelivered batch is harmless.

    only_pending skips articles already geocoded (by another worker, or an earlier delivery) and,
    unless `retry_failed`, failed ones; a failure marks the article failed (places.geocoding)."""
    from places.geocoding import geocode_articles

    with exclusive_on_sqlite(), claimed_articles(article_ids) as articles:
        if only_pending:
            articles = articles.to_geocode(retry_failed=retry_failed)
        if not articles.exists():
            return {"articles": 0, "skipped": True}
        return summary_dict(geocode_articles(articles, redo=redo))
