"""The Feed model: an RSS or Atom feed polled for new articles (articles/feeds.py).

Kept out of articles/models.py, which imports it so Django sees it in the articles app.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from conflictmap.links import validate_http_url


class FeedQuerySet(models.QuerySet):
    def due(self, now: dt.datetime | None = None):
        """Enabled feeds whose interval has run out since their last poll (or never polled)."""
        now = now or timezone.now()
        return self.filter(enabled=True).filter(
            Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now)
        )

    def claim(self, pk: int, now: dt.datetime | None = None) -> Feed | None:
        """Take a due feed for polling: move its next poll on by its interval in one UPDATE, so a
        second worker (or a redelivered task) finds it no longer due. None if not due."""
        now = now or timezone.now()
        feed = self.due(now).filter(pk=pk).first()
        if feed is None:
            return None
        taken = self.due(now).filter(pk=pk).update(next_poll_at=now + feed.interval)
        return feed if taken else None


class Feed(models.Model):
    url = models.URLField(
        "feed URL",
        max_length=1000,
        unique=True,
        validators=[validate_http_url],
        help_text="The RSS or Atom feed (http or https)",
    )
    outlet = models.CharField(max_length=200, help_text="Stored as each article's outlet")
    language = models.CharField(max_length=8, default="en", help_text="ISO 639-1, e.g. en")
    poll_interval_minutes = models.PositiveIntegerField(
        default=60, help_text="How often Celery beat polls the feed"
    )
    enabled = models.BooleanField(default=True)
    # What the last poll did (articles/feeds.py writes these).
    last_polled_at = models.DateTimeField(null=True, blank=True, editable=False)
    next_poll_at = models.DateTimeField(null=True, blank=True, editable=False, db_index=True)
    last_items_taken = models.PositiveIntegerField(
        default=0, editable=False, help_text="New articles the last poll stored"
    )
    items_taken_total = models.PositiveIntegerField(
        default=0, editable=False, help_text="New articles all polls stored"
    )
    last_errors = models.JSONField(
        default=list, blank=True, editable=False, help_text="What failed in the last poll, per item"
    )
    failed_polls = models.PositiveIntegerField(
        "failed polls in a row",
        default=0,
        editable=False,
        help_text="Polls in a row whose feed could not be fetched or read; each one doubles the "
        "wait before the next (up to FEED_BACKOFF_MAX_MINUTES)",
    )

    objects = FeedQuerySet.as_manager()

    class Meta:
        ordering = ["outlet", "url"]
        constraints = [
            models.CheckConstraint(
                condition=Q(poll_interval_minutes__gte=1), name="articles_feed_interval_positive"
            )
        ]

    def __str__(self) -> str:
        return f"{self.outlet} ({self.url})"

    @property
    def interval(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.poll_interval_minutes)

    @property
    def wait(self) -> dt.timedelta:
        """The time from the last poll to the next: the interval, doubled for each failed poll in
        a row (a feed that is down is not hammered), at most FEED_BACKOFF_MAX_MINUTES unless the
        interval itself is longer."""
        if not self.failed_polls:
            return self.interval
        cap = max(self.interval, dt.timedelta(minutes=settings.FEED_BACKOFF_MAX_MINUTES))
        # Capped exponent: 2**20 intervals exceed any cap, and keep the arithmetic small.
        return min(self.interval * 2 ** min(self.failed_polls, 20), cap)

    def save(self, *args, **kwargs):
        # An interval changed in the admin takes effect from the last poll.
        if self.last_polled_at is not None and kwargs.get("update_fields") is None:
            self.next_poll_at = self.last_polled_at + self.wait
        super().save(*args, **kwargs)
