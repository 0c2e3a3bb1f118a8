from __future__ import annotations

import datetime as dt
import hashlib

from django.conf import settings
from django.contrib.gis.db import models
from django.db.models import Q

from articles.querysets import (
    ActorManager,
    ArticleQuerySet,
    CampaignQuerySet,
    FrontLineQuerySet,
    MentionQuerySet,
    ProcessingStatus,
    StatementQuerySet,
    fill_published_on,
    published_day,
)
from conflictmap.links import http_url_or_none, validate_http_url
from places.models import Place
from places.normalize import name_key


class DatePrecision(models.IntegerChoices):
    """As ACLED's time_precision: 1 the exact day, 2 within a week, 3 within a month."""

    DAY = 1, "Day"
    WEEK = 2, "Week"
    MONTH = 3, "Month"


class QueuedFor(models.TextChoices):
    GEOCODE = "geocode", "Geocoding"
    PROCESS = "process", "Geocoding and extraction"


class Article(models.Model):
    url = models.URLField(
        max_length=1000,
        null=True,
        blank=True,
        unique=True,
        validators=[validate_http_url],
        help_text="The original article (http or https only)",
    )
    title = models.CharField(max_length=500)
    outlet = models.CharField(max_length=200, blank=True)
    published_at = models.DateTimeField(db_index=True)
    text = models.TextField()
    language = models.CharField(max_length=8, default="en")
    content_hash = models.CharField(
        max_length=64,
        unique=True,
        editable=False,
        help_text="SHA-256 of the text; re-ingesting the same text is a no-op",
    )
    extracted_at = models.DateTimeField(null=True, blank=True)
    geocoded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Processing state (articles/pipeline.py, articles/limits.py).
    processing_status = models.CharField(
        max_length=10, choices=ProcessingStatus, default=ProcessingStatus.PENDING, db_index=True
    )
    processing_error = models.TextField(blank=True, help_text="Why the last attempt failed")
    processing_attempts = models.PositiveSmallIntegerField(
        default=0, help_text="Attempts since the last success that failed or were interrupted"
    )
    processed_chars = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="How many characters from the start were geocoded and extracted",
    )
    processing_note = models.CharField(
        max_length=300, blank=True, help_text="What of the text was left unprocessed, and why"
    )
    # When and for which job the article was last sent to the workers (articles/queueing.py).
    queued_at = models.DateTimeField(null=True, blank=True, editable=False, db_index=True)
    queued_for = models.CharField(max_length=8, choices=QueuedFor, blank=True, editable=False)

    ProcessingStatus = ProcessingStatus
    QueuedFor = QueuedFor
    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at"]
        get_latest_by = "published_at"
        indexes = [
            # MAX(created_at) for the map API's Last-Modified (conflictmap.api.last_modified).
            models.Index(fields=["created_at"], name="articles_article_created_at"),
        ]

    def __str__(self) -> str:
        return self.title

    def natural_key(self) -> tuple[str]:
        return (self.content_hash,)

    @property
    def source_url(self) -> str | None:
        """The original article's URL, only if it is safe to link (http or https)."""
        return http_url_or_none(self.url)

    @classmethod
    def from_db(cls, db, field_names, values):
        article = super().from_db(db, field_names, values)
        # Remembered so save() knows when the mentions' copy of the date goes stale.
        if "published_at" in article.__dict__:
            article._loaded_published_at = article.published_at
        return article

    @property
    def published_on(self) -> dt.date | None:
        """The publication day (UTC, as the map's date filters), copied to Mention.published_on."""
        return published_day(self.published_at)

    @staticmethod
    def hash_text(text: str) -> str:
        return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()

    def save(self, *args, **kwargs):
        self.content_hash = self.hash_text(self.text)
        if self.url == "":
            self.url = None
        # A new article has no mentions yet; otherwise compare with the date as loaded
        # (unknown if never loaded: then update to be safe).
        existed = not self._state.adding and self.pk is not None
        loaded = getattr(self, "_loaded_published_at", None)
        super().save(*args, **kwargs)
        fields = kwargs.get("update_fields")
        if (
            existed
            and (fields is None or "published_at" in fields)
            and "published_at" in self.__dict__
            and loaded != self.published_at
        ):
            # Keep the denormalised copy the map filters on in step (one UPDATE).
            self.mentions.update(published_on=self.published_on)
        if "published_at" in self.__dict__:
            self._loaded_published_at = self.published_at


class ActorAliasManager(models.Manager):
    def get_by_natural_key(self, alias: str) -> ActorAlias:
        return self.get(alias=alias)


class Actor(models.Model):
    class Kind(models.TextChoices):
        STATE = "state", "State"
        ARMED_GROUP = "armed_group", "Armed group"
        COALITION = "coalition", "Coalition"
        ORGANISATION = "organisation", "Organisation"
        PERSON = "person", "Person"
        OUTLET = "outlet", "News outlet"

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=16, choices=Kind, default=Kind.ARMED_GROUP)
    colour = models.CharField(
        max_length=7, default="#666666", help_text="Hex colour used on every map layer"
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        help_text="Affiliation, e.g. YPG within SDF",
    )
    description = models.TextField(blank=True)

    objects = ActorManager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.name,)


class ActorAlias(models.Model):
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=200)
    key = models.CharField(max_length=200, editable=False, db_index=True)
    case_sensitive = models.BooleanField(
        default=False, help_text="Match only in this exact case (IS the group, not 'is' the verb)"
    )

    objects = ActorAliasManager()

    class Meta:
        ordering = ["alias"]
        constraints = [
            models.UniqueConstraint(fields=["alias"], name="articles_actoralias_unique_alias")
        ]
        verbose_name_plural = "actor aliases"

    def __str__(self) -> str:
        return f"{self.alias} → {self.actor}"

    def natural_key(self) -> tuple[str]:
        return (self.alias,)

    def save(self, *args, **kwargs):
        self.key = name_key(self.alias)
        super().save(*args, **kwargs)


class SourceSpan(models.Model):
    """The sentence an extracted object came from, so the map can cite it."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE)
    sentence_start = models.PositiveIntegerField(null=True, blank=True)
    sentence_end = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def sentence(self) -> str:
        if self.sentence_start is None or self.sentence_end is None:
            return ""
        return self.article.text[self.sentence_start : self.sentence_end]


class Mention(SourceSpan):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        RESOLVED = "resolved", "Resolved"
        AMBIGUOUS = "ambiguous", "Ambiguous"
        UNRESOLVED = "unresolved", "Unresolved"
        REJECTED = "rejected", "Not a place"
        CONFIRMED = "confirmed", "Confirmed by staff"

    # Decisions the geocoder must never overwrite.
    STAFF_STATUSES = (Status.CONFIRMED, Status.REJECTED)
    # Shown on the map (with a place).
    LOCATED_STATUSES = (Status.RESOLVED, Status.CONFIRMED)

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.CharField(max_length=200)
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="mentions"
    )
    status = models.CharField(max_length=12, choices=Status, default=Status.PENDING)
    confidence = models.FloatField(default=0.0)
    method = models.CharField(max_length=40, blank=True, help_text="How the place was chosen")
    candidates = models.JSONField(default=list, blank=True, help_text="Top candidates with scores")
    geo_precision = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="As ACLED: 1 the town itself, 2 nearby/part of a region, 3 a larger region",
    )
    qualifier = models.CharField(
        max_length=40, blank=True, help_text="Directional qualifier, e.g. 'northern'"
    )
    # A nationality word ("Belgian"): evidence about a side for extraction, not a place on the
    # map (MentionQuerySet.located leaves it out, readings keeps it).
    is_demonym = models.BooleanField(default=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_on = models.DateField(
        null=True,
        blank=True,
        editable=False,
        help_text="Copy of the article's published_at date (UTC), so the map's bbox + date query "
        "reads one (place, published_on) index; kept in step by save() and Article.save()",
    )

    objects = MentionQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "start", "end"], name="articles_mention_unique_span"
            ),
            models.CheckConstraint(
                condition=Q(end__gt=models.F("start")), name="articles_mention_span_order"
            ),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                name="articles_mention_confidence_range",
            ),
        ]
        indexes = [
            # The map's mention layer: place markers filtered by status (api.mentions).
            models.Index(fields=["place", "status"], name="articles_mention_place_status"),
            # The review queue: doubtful mentions grouped by surface form.
            models.Index(fields=["status", "text"], name="articles_mention_status_text"),
            # The map's bbox + date query: mentions of the places in a box within a date window
            # (conflictmap.geojson, mentions layer); one index range per place.
            # Covering, so the places layer counts a box's places' mentions in a window from
            # the index alone (22 → 4 ms for a zoom-8 view's 900 places on SQLite).
            models.Index(
                fields=["place", "published_on", "status", "confidence"],
                name="articles_mention_place_window",
            ),
            # The map's date-only queries: the places layer's counts and the mention clusters
            # for a date window with no box (conflictmap.geojson), and the feed's articles
            # newest first (conflictmap.feed.mention_items). Covering: a window's mentions
            # are counted per place from the index alone (8 → 2 ms for 30 days at 100,000
            # mentions on SQLite), and the feed walks it newest first and stops at its page
            # (280 → 3 ms for a world-wide view, which sorted every mention before).
            models.Index(
                fields=["published_on", "article", "status", "place", "confidence"],
                name="articles_mention_window",
            ),
            # MAX(updated_at) for the map API's Last-Modified (conflictmap.api.last_modified):
            # without it every cache expiry seq-scans the mentions (~220 ms at 1M on PostGIS).
            models.Index(fields=["updated_at"], name="articles_mention_updated_at"),
        ]

    def __str__(self) -> str:
        return f"{self.text} @{self.start} in article {self.article_id}"

    @property
    def is_staff_decision(self) -> bool:
        return self.status in self.STAFF_STATUSES

    def save(self, *args, **kwargs):
        fill_published_on([self])
        fields = kwargs.get("update_fields")
        if fields is not None and "published_on" not in fields:
            kwargs["update_fields"] = [*fields, "published_on"]
        super().save(*args, **kwargs)


class ActorMention(SourceSpan):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="actor_mentions")
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="mentions")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.CharField(max_length=200)

    class Meta:
        ordering = ["article", "start"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "start", "end"], name="articles_actormention_unique_span"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.text} → {self.actor}"


class Statement(SourceSpan):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="statements")
    quote = models.TextField()
    start = models.PositiveIntegerField(help_text="Start of the quote in the article text")
    end = models.PositiveIntegerField()
    speaker_name = models.CharField(max_length=200, blank=True)
    speaker_role = models.CharField(max_length=300, blank=True)
    speaker_actor = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.SET_NULL, related_name="statements"
    )
    places = models.ManyToManyField(Place, blank=True, related_name="statements")
    said_on = models.DateField(null=True, blank=True, db_index=True)
    date_precision = models.PositiveSmallIntegerField(
        choices=DatePrecision, default=DatePrecision.DAY
    )

    objects = StatementQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "start"], name="articles_statement_unique_start"
            ),
        ]

    def natural_key(self) -> tuple[str, int]:
        return (self.article.content_hash, self.start)

    natural_key.dependencies = ["articles.article"]

    def __str__(self) -> str:
        who = self.speaker_name or "Unknown speaker"
        return f"{who}: “{self.quote[:60]}…”" if len(self.quote) > 60 else f"{who}: “{self.quote}”"


class Campaign(models.Model):
    class Status(models.TextChoices):
        ANNOUNCED = "announced", "Announced"
        ONGOING = "ongoing", "Ongoing"
        ENDED = "ended", "Ended"

    name = models.CharField(max_length=200, unique=True)
    attackers = models.ManyToManyField(Actor, related_name="campaigns_led", blank=True)
    opponents = models.ManyToManyField(Actor, related_name="campaigns_opposed", blank=True)
    targets = models.ManyToManyField(Place, related_name="campaigns", blank=True)
    origin = models.ForeignKey(
        Place,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="campaigns_launched",
        help_text="Where the text says the attack came from ('pushed west from X'): the "
        "arrow's tail. Empty: the attacker's nearest held place, else its front line.",
    )
    started_on = models.DateField(null=True, blank=True, db_index=True)
    ended_on = models.DateField(
        null=True,
        blank=True,
        help_text="The target taken, a halt or a withdrawal. After it the arrow is drawn "
        "faded for CAMPAIGN_FADE_DAYS, then only on earlier dates.",
    )
    date_precision = models.PositiveSmallIntegerField(
        choices=DatePrecision, default=DatePrecision.DAY
    )
    end_precision = models.PositiveSmallIntegerField(
        choices=DatePrecision, default=DatePrecision.DAY, help_text="Of the end date"
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.ONGOING)
    geometry = models.GeometryField(
        srid=4326, null=True, blank=True, help_text="e.g. an axis of advance"
    )
    named = models.BooleanField(
        default=True, help_text="False for an unnamed offensive described in the text"
    )
    articles = models.ManyToManyField(
        Article, through="CampaignSource", related_name="campaigns", blank=True
    )

    objects = CampaignQuerySet.as_manager()

    class Meta:
        ordering = ["-started_on", "name"]

    def __str__(self) -> str:
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.name,)


class CampaignSourceManager(models.Manager):
    def get_by_natural_key(self, campaign_name: str, content_hash: str) -> CampaignSource:
        return self.get(campaign__name=campaign_name, article__content_hash=content_hash)


class CampaignSource(SourceSpan):
    """An article (and sentence) that reports a campaign."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="campaign_sources")
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="sources")

    # A natural key so seed fixtures can be loaded twice without duplicating sources.
    objects = CampaignSourceManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "article"], name="articles_campaignsource_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.campaign} in {self.article}"

    def natural_key(self) -> tuple[str, str]:
        return (self.campaign.name, self.article.content_hash)

    natural_key.dependencies = ["articles.campaign", "articles.article"]


class FrontLine(models.Model):
    name = models.CharField(max_length=200)
    geometry = models.GeometryField(srid=4326, help_text="A LineString or MultiLineString")
    valid_from = models.DateField(db_index=True)
    valid_to = models.DateField(null=True, blank=True, db_index=True)
    side_a = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="front_lines_a")
    side_b = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="front_lines_b")
    source_article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="front_lines"
    )
    source_sentence_start = models.PositiveIntegerField(null=True, blank=True)
    source_sentence_end = models.PositiveIntegerField(null=True, blank=True)
    source_note = models.CharField(
        "public source note",
        max_length=500,
        blank=True,
        help_text=(
            "Shown to the public on the map, the API and exports: the source the line follows and "
            "its caveats"
        ),
    )
    curator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    confidence = models.FloatField(default=0.5)
    approximate = models.BooleanField(default=True)
    note = models.TextField(
        "internal note",
        blank=True,
        help_text="For curators only: never shown on the public map, the API or the exported map",
    )

    objects = FrontLineQuerySet.as_manager()

    class Meta:
        ordering = ["-valid_from", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["name", "valid_from"], name="articles_frontline_unique_name_date"
            ),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_to__gte=models.F("valid_from")),
                name="articles_frontline_valid_order",
            ),
        ]

    def natural_key(self) -> tuple[str, str]:
        return (self.name, self.valid_from.isoformat())

    def __str__(self) -> str:
        return f"{self.name} ({self.valid_from}–{self.valid_to or 'now'})"


# Feeds and imported events live in their own modules (this one is long enough); imported last,
# as they build on the models above, so Django registers them.
from articles.control import ControlObservation  # noqa: E402, F401
from articles.events import Event  # noqa: E402, F401
from articles.feed_models import Feed  # noqa: E402, F401
