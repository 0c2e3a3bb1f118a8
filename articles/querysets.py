"""The query vocabulary of the articles app: one QuerySet per model (plus the map's own queries
from articles/map_queries.py), kept apart from the model definitions in articles/models.py.

Methods name model classes through articles.models at call time (that module imports this one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.gis.db import models
from django.db.models import Q

from articles.map_queries import (
    ArticleMapQueries,
    CampaignMapQueries,
    FrontLineMapQueries,
    MentionMapQueries,
    StatementMapQueries,
)

if TYPE_CHECKING:
    from articles.models import Actor, Article, Campaign, FrontLine, Mention, Statement


class ProcessingStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    PROCESSED = "processed", "Processed"
    FAILED = "failed", "Failed"


def _retryable() -> Q:
    """Failed, with attempts left (ARTICLE_PROCESS_MAX_ATTEMPTS)."""
    return Q(
        processing_status=ProcessingStatus.FAILED,
        processing_attempts__lt=settings.ARTICLE_PROCESS_MAX_ATTEMPTS,
    )


class ArticleQuerySet(ArticleMapQueries, models.QuerySet):
    def get_by_natural_key(self, content_hash: str) -> Article:
        return self.get(content_hash=content_hash)

    # The pipeline's queues. Failed articles wait for `--retry-failed` (while attempts are left) or
    # the admin's "Retry processing"; new work always goes first (fewest attempts, then oldest).

    def retryable(self):
        """Failed articles that `--retry-failed` may try again."""
        return self.filter(_retryable())

    def to_process(self, *, retry_failed: bool = False):
        """Articles to geocode and extract: not extracted yet, failed ones only when retrying."""
        wanted = Q(extracted_at__isnull=True) & ~Q(processing_status=ProcessingStatus.FAILED)
        return self.filter(wanted | _retryable() if retry_failed else wanted).order_by(
            "processing_attempts", "pk"
        )

    def to_geocode(self, *, retry_failed: bool = False):
        """Articles for the geocoding job's --pending: never geocoded, failed ones only when
        retrying.
        """
        wanted = ~Q(processing_status=ProcessingStatus.FAILED)
        return self.filter(
            wanted | _retryable() if retry_failed else wanted, geocoded_at__isnull=True
        ).order_by("processing_attempts", "pk")

    def failed_left_alone(self, *, retry_failed: bool = False):
        """The failed articles a run skips: all of them, or those out of attempts when retrying."""
        failed = self.filter(processing_status=ProcessingStatus.FAILED)
        return failed.exclude(_retryable()) if retry_failed else failed

    def between(self, start: dt.date | None = None, end: dt.date | None = None):
        """Published on a UTC day from `start` to `end` (a datetime range: the index is used)."""
        low, high = utc_day_bounds(start, end)
        qs = self
        if low:
            qs = qs.filter(published_at__gte=low)
        if high:
            qs = qs.filter(published_at__lt=high)
        return qs


def utc_day_bounds(
    start: dt.date | None, end: dt.date | None
) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The days start..end as an aware datetime range [low, high), either end open."""
    low = dt.datetime.combine(start, dt.time.min, tzinfo=dt.UTC) if start else None
    high = (
        dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=dt.UTC) if end else None
    )
    return low, high


def published_day(published_at: dt.datetime | None) -> dt.date | None:
    """The UTC day of a publication time (naive times are taken as UTC)."""
    if published_at is None:
        return None
    if isinstance(published_at, dt.datetime):
        if published_at.tzinfo is not None:
            published_at = published_at.astimezone(dt.UTC)
        return published_at.date()
    return published_at  # already a date


class ActorQuerySet(models.QuerySet):
    def get_by_natural_key(self, name: str) -> Actor:
        return self.get(name=name)

    def on_map(self):
        """Actors something on the map or in an article refers to, outlets aside (the actor list
        also holds a reference catalogue of groups no article has named yet)."""
        from articles.models import ActorMention, Campaign, Event, FrontLine, Statement

        ref = models.OuterRef("pk")
        return self.exclude(kind=self.model.Kind.OUTLET).filter(
            models.Exists(ActorMention.objects.filter(actor=ref))
            | models.Exists(Statement.objects.filter(speaker_actor=ref))
            | models.Exists(FrontLine.objects.filter(Q(side_a=ref) | Q(side_b=ref)))
            | models.Exists(Campaign.attackers.through.objects.filter(actor=ref))
            # One EXISTS per side: each an index probe. As one EXISTS over "actor1 OR actor2"
            # SQLite scanned every event per actor (110 ms of the map page at 100,000 events).
            | models.Exists(Event.objects.filter(actor1=ref))
            | models.Exists(Event.objects.filter(actor2=ref))
        )


ActorManager = models.Manager.from_queryset(ActorQuerySet)


class MentionQuerySet(MentionMapQueries, models.QuerySet):
    def located(self):
        """Mentions the map shows: resolved or confirmed, with a place, and not a nationality
        word ("Belgian paratroopers" puts no pin on Belgium)."""
        return self.readings().filter(is_demonym=False)

    def readings(self):
        """Resolved or confirmed mentions with a place, nationality words included: what extraction
        reads as evidence ("Belgian paratroopers" -> Belgium's side)."""
        return self.filter(status__in=self.model.LOCATED_STATUSES, place__isnull=False)

    def published_between(self, start: dt.date | None = None, end: dt.date | None = None):
        """Whose article's UTC publication day is in the window, on the denormalised
        published_on: no join, and PostgreSQL reads the (place_id, published_on) index."""
        qs = self
        if start:
            qs = qs.filter(published_on__gte=start)
        if end:
            qs = qs.filter(published_on__lte=end)
        return qs

    def needs_review(self, threshold: float = 0.6):
        status = self.model.Status
        return self.filter(
            Q(status__in=(status.AMBIGUOUS, status.UNRESOLVED))
            | Q(status=status.RESOLVED, confidence__lt=threshold)
        ).filter(is_demonym=False)  # not on the map: nothing to review

    def bulk_create(self, objs: Iterable[Mention], *args, **kwargs) -> list[Mention]:
        """bulk_create skips save(): fill published_on from each mention's article here."""
        objs = list(objs)
        fill_published_on(objs)
        return super().bulk_create(objs, *args, **kwargs)


def fill_published_on(mentions: Iterable[Mention]) -> None:
    """Set Mention.published_on from the article (cached, or one query for the rest)."""
    from articles.models import Article, Mention

    missing: dict[int, list[Mention]] = {}
    for m in mentions:
        if Mention.article.is_cached(m):
            m.published_on = m.article.published_on
        elif m.published_on is None and m.article_id is not None:
            missing.setdefault(m.article_id, []).append(m)
    if missing:
        for pk, published_at in Article.objects.filter(pk__in=list(missing)).values_list(
            "pk", "published_at"
        ):
            for m in missing[pk]:
                m.published_on = published_day(published_at)


class StatementQuerySet(StatementMapQueries, models.QuerySet):
    def get_by_natural_key(self, content_hash: str, start: int) -> Statement:
        return self.get(article__content_hash=content_hash, start=start)

    def said_between(self, start: dt.date | None = None, end: dt.date | None = None):
        """Said on a day in the window; undated quotes count from their article's UTC day."""
        low, high = utc_day_bounds(start, end)
        qs = self
        if start:
            qs = qs.filter(
                Q(said_on__gte=start) | Q(said_on__isnull=True, article__published_at__gte=low)
            )
        if end:
            qs = qs.filter(
                Q(said_on__lte=end) | Q(said_on__isnull=True, article__published_at__lt=high)
            )
        return qs


class CampaignQuerySet(CampaignMapQueries, models.QuerySet):
    def get_by_natural_key(self, name: str) -> Campaign:
        return self.get(name=name)

    def active_between(self, start=None, end=None):
        qs = self
        if end:
            qs = qs.filter(Q(started_on__lte=end) | Q(started_on__isnull=True))
        if start:
            qs = qs.filter(Q(ended_on__gte=start) | Q(ended_on__isnull=True))
        return qs


class FrontLineQuerySet(FrontLineMapQueries, models.QuerySet):
    def get_by_natural_key(self, name: str, valid_from: str) -> FrontLine:
        return self.get(name=name, valid_from=valid_from)

    def valid_on(self, day):
        return self.filter(Q(valid_from__lte=day), Q(valid_to__gte=day) | Q(valid_to__isnull=True))

    def valid_between(self, start=None, end=None):
        qs = self
        if end:
            qs = qs.filter(valid_from__lte=end)
        if start:
            qs = qs.filter(Q(valid_to__gte=start) | Q(valid_to__isnull=True))
        return qs
