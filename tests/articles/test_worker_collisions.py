"""Two workers storing the same campaign or actor rows can deadlock on PostgreSQL, which then
aborts one of the transactions. That article is not broken: it is processed again at once and
goes through, instead of being marked failed until a curator retries it. The geocoding job does
the same, and when the database stays busy it stops (its Celery task retries later) rather than
blame the article. Errors that are not collisions still fail the article, with nothing
half-stored."""

from __future__ import annotations

import sqlite3

import psycopg.errors
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import OperationalError

import articles.geocoding as geocoding
import articles.pipeline as pipeline
from articles.models import Article
from tests.ops.corpus import article_text, make_article, make_places

pytestmark = pytest.mark.django_db


def failing_first(times: int, error: Exception):
    """extract_article that raises `error` on its first `times` calls, then works."""
    real = pipeline.extract_article
    calls = {"n": 0}

    def extract(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] <= times:
            raise error
        return real(*args, **kwargs)

    return extract, calls


def collision(cause: Exception) -> OperationalError:
    """What Django raises when the database aborts a statement: the driver error as its cause."""
    try:
        raise OperationalError(str(cause)) from cause
    except OperationalError as exc:
        return exc


@pytest.fixture
def article():
    make_places()
    return make_article(*article_text(3), url="https://example.org/collide/3")


@pytest.mark.parametrize(
    "cause",
    [
        psycopg.errors.DeadlockDetected("deadlock detected"),
        psycopg.errors.SerializationFailure("could not serialize access"),
    ],
)
def test_an_article_aborted_by_a_collision_is_processed_again_and_goes_through(
    article, monkeypatch, cause
):
    extract, calls = failing_first(2, collision(cause))
    monkeypatch.setattr(pipeline, "extract_article", extract)

    summary = pipeline.process_articles([article.pk])

    article.refresh_from_db()
    assert (summary.articles, summary.failed) == (1, 0)
    assert article.processing_status == Article.ProcessingStatus.PROCESSED
    assert article.extracted_at is not None and article.mentions.exists()
    assert calls["n"] == 3
    # The aborted tries stored nothing twice.
    keys = list(article.mentions.values_list("start", "end"))
    assert len(keys) == len(set(keys))


def test_an_error_that_is_no_collision_fails_the_article_at_once(article, monkeypatch):
    extract, calls = failing_first(1, collision(psycopg.errors.DiskFull("no space left")))
    monkeypatch.setattr(pipeline, "extract_article", extract)

    summary = pipeline.process_articles([article.pk])

    article.refresh_from_db()
    assert (summary.articles, summary.failed) == (0, 1)
    assert calls["n"] == 1
    assert article.processing_status == Article.ProcessingStatus.FAILED
    assert "extraction failed" in article.processing_error
    assert not article.mentions.exists(), "a failed article's geocoding was kept"


def test_a_collision_that_keeps_coming_back_fails_the_article_in_the_end(article, monkeypatch):
    extract, calls = failing_first(99, collision(psycopg.errors.DeadlockDetected("deadlock")))
    monkeypatch.setattr(pipeline, "extract_article", extract)

    summary = pipeline.process_articles([article.pk])

    article.refresh_from_db()
    assert summary.failed == 1
    assert calls["n"] == pipeline.TRANSIENT_RETRIES + 1
    assert article.processing_status == Article.ProcessingStatus.FAILED
    assert "deadlock" in article.processing_error


def _article_reads(queries, pk: int) -> int:
    """SELECTs of article `pk`'s whole row (its text) among captured queries."""
    return sum(
        1
        for q in queries
        if q["sql"].startswith("SELECT")
        and '"articles_article"."text"' in q["sql"]
        and f'"articles_article"."id" = {pk}' in q["sql"]
    )


def test_a_first_try_reads_the_article_once_and_a_retry_reads_it_afresh(article, monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    tools = pipeline._Tools.build()
    with CaptureQueriesContext(connection) as first:
        pipeline.process_article(article.pk, tools, pipeline.ProcessSummary())
    assert _article_reads(first.captured_queries, article.pk) == 1

    Article.objects.filter(pk=article.pk).update(geocoded_at=None, extracted_at=None)
    extract, calls = failing_first(1, collision(psycopg.errors.DeadlockDetected("deadlock")))
    monkeypatch.setattr(pipeline, "extract_article", extract)
    with CaptureQueriesContext(connection) as retried:
        pipeline.process_article(article.pk, tools, pipeline.ProcessSummary())
    assert calls["n"] == 2
    assert _article_reads(retried.captured_queries, article.pk) == 2


def sqlite_busy() -> OperationalError:
    """What Django raises when SQLite's busy timeout runs out with another writer on the file."""
    cause = sqlite3.OperationalError("database is locked")
    cause.sqlite_errorcode = 5  # SQLITE_BUSY, as the driver sets it
    return collision(cause)


def geocode_failing_first(times: int, error: Exception):
    """geocode_article that raises `error` on its first `times` calls, then works."""
    real = geocoding.geocode_article
    calls = {"n": 0}

    def geocode(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] <= times:
            raise error
        return real(*args, **kwargs)

    return geocode, calls


@pytest.mark.parametrize(
    "error",
    [collision(psycopg.errors.DeadlockDetected("deadlock detected")), sqlite_busy()],
    ids=["postgres-deadlock", "sqlite-busy"],
)
def test_the_geocoding_job_tries_a_collided_article_again_and_geocodes_it(
    article, monkeypatch, error
):
    geocode, calls = geocode_failing_first(2, error)
    monkeypatch.setattr(geocoding, "geocode_article", geocode)

    summary = geocoding.geocode_articles([article])

    article.refresh_from_db()
    assert (summary.articles, summary.failed) == (1, 0)
    assert calls["n"] == 3
    assert article.processing_status != Article.ProcessingStatus.FAILED
    assert article.geocoded_at is not None and article.mentions.exists()


def test_a_database_that_stays_busy_stops_the_job_without_failing_the_article(article, monkeypatch):
    """The Celery task retries the batch later (autoretry on OperationalError); the article is
    not the culprit, so it must not wait for a curator as a failed one."""
    geocode, calls = geocode_failing_first(99, sqlite_busy())
    monkeypatch.setattr(geocoding, "geocode_article", geocode)

    with pytest.raises(OperationalError):
        geocoding.geocode_articles([article])

    article.refresh_from_db()
    assert calls["n"] == geocoding.TRANSIENT_RETRIES + 1
    assert article.processing_status != Article.ProcessingStatus.FAILED
    assert article.processing_error == "" and article.geocoded_at is None


def test_the_geocode_command_says_the_database_stayed_busy(article, monkeypatch):
    geocode, _ = geocode_failing_first(99, sqlite_busy())
    monkeypatch.setattr(geocoding, "geocode_article", geocode)

    with pytest.raises(CommandError, match=r"database stayed busy.*run the command again"):
        call_command("geocode", verbosity=0)
    article.refresh_from_db()
    assert article.processing_status != Article.ProcessingStatus.FAILED


def test_an_article_error_still_fails_the_article_in_the_geocoding_job(article, monkeypatch):
    geocode, calls = geocode_failing_first(1, ValueError("broken text"))
    monkeypatch.setattr(geocoding, "geocode_article", geocode)

    summary = geocoding.geocode_articles([article])

    article.refresh_from_db()
    assert (summary.articles, summary.failed, calls["n"]) == (0, 1, 1)
    assert article.processing_status == Article.ProcessingStatus.FAILED
    assert "broken text" in article.processing_error
