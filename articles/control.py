"""Territorial control: "side S holds place P (or area A) as of day D", and who says so.

Each ControlObservation is one source's word on control at one time:
- *claimed*: a party to the conflict says so ("the army said it had recaptured X"), the party
  being the claimant;
- *reported*: a news report or a witness states it as fact ("X fell to Y on Sunday");
- *assessed*: a curator's or an analyst source's judgement (an accepted observation, or an
  imported assessment layer).

An observation is about a settlement (a gazetteer place) or an area (a polygon), never both,
and cites its source: the sentence of an article, or the imported file and the feature in it.
Extraction stores them pending; a curator accepts (they become assessed), corrects or rejects.
Imported from articles.models (this module needs Article, Actor and DatePrecision from there).
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.gis.db import models
from django.db.models import Expression, F, Q
from django.db.models.lookups import IsNull

from articles.models import Actor, Article, DatePrecision
from conflictmap.bbox import bbox_polygon, covers_world
from places.models import Place

Bbox = tuple[float, float, float, float]

# The area observations (no place, hence an area, by the place-xor-area constraint), as the
# condition of the index of area versions by name, written so that neither database reads it
# as a plain column test: `area IS NOT NULL` is implied by `area && box`, and PostGIS
# overestimates that box test (it counts the settlements' empty areas), so PostgreSQL read
# all 50,000 area versions through that index instead of the GiST index's 2,000 (86 ms);
# `place_id IS NULL` SQLite answers from the place indexes (every area row, ~20 times what
# their statistics say). `place_id + 0` is neither (the constant is a parameter in queries,
# which SQLite matches against the index's literal outside function arguments only).
AREA_ROWS = Q(IsNull(F("place") + 0, True))


class Literal(Expression):
    """A constant written into the SQL rather than passed as a parameter, for conditions that
    must read as the condition of a partial index: SQLite tells that `NOT (status =
    'rejected')` implies the index's own condition only when the value is a literal; with a
    parameter it still uses the index but reads every row it finds from the table to test the
    condition again (4 times slower for the control layer's probes). Only for code constants
    made of letters, never for user input."""

    def __init__(self, value: str):
        if not value.isascii() or not value.isalpha():
            raise ValueError(f"not a plain word: {value!r}")
        super().__init__(output_field=models.CharField())
        self.value = value

    def as_sql(self, compiler, connection):
        return f"'{self.value}'", []


class ControlQuerySet(models.QuerySet):
    def on_or_before(self, day: dt.date):
        return self.filter(observed_on__lte=day)

    def between(self, start: dt.date | None = None, end: dt.date | None = None):
        qs = self
        if start:
            qs = qs.filter(observed_on__gte=start)
        if end:
            qs = qs.filter(observed_on__lte=end)
        return qs

    def standing(self):
        """What the map may show: everything a curator has not rejected."""
        # As the standing indexes' condition (Literal): those indexes then answer alone.
        return self.exclude(status=Literal(ControlObservation.Status.REJECTED.value))

    def pending(self):
        return self.filter(status=ControlObservation.Status.PENDING)

    def settlements(self):
        return self.filter(place__isnull=False)

    def areas(self):
        # Also AREA_ROWS: the condition of the index of area versions by name.
        return self.filter(AREA_ROWS, area__isnull=False)

    def in_bbox(self, bbox: Bbox | None):
        """Settlements whose point, or areas whose polygon, meet the box."""
        if not bbox or covers_world(bbox):
            return self
        box = bbox_polygon(bbox)
        return self.filter(Q(place__point__intersects=box) | Q(area__intersects=box))


class ControlObservation(models.Model):
    class Kind(models.TextChoices):
        CLAIMED = "claimed", "Claimed by a party"
        REPORTED = "reported", "Reported"
        ASSESSED = "assessed", "Assessed"

    class Event(models.TextChoices):
        CAPTURE = "capture", "Captured"
        RETAKE = "retake", "Retaken"
        WITHDRAW = "withdraw", "Withdrawal"
        ENCIRCLE = "encircle", "Encircled"
        HOLD = "hold", "Held"
        LOSE = "lose", "Lost"
        CONTESTED = "contested", "Contested"

    class Status(models.TextChoices):
        PENDING = "pending", "Pending review"
        ACCEPTED = "accepted", "Accepted"
        REJECTED = "rejected", "Rejected"

    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.CASCADE, related_name="control"
    )
    area = models.MultiPolygonField(srid=4326, null=True, blank=True)
    area_name = models.CharField(max_length=200, blank=True)
    side = models.ForeignKey(
        Actor,
        on_delete=models.CASCADE,
        related_name="control",
        help_text="The side holding the place after the event (for an encirclement, the side "
        "still holding the surrounded place)",
    )
    event = models.CharField(max_length=12, choices=Event, default=Event.HOLD)
    kind = models.CharField(max_length=10, choices=Kind, db_index=True)
    claimant = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="control_claims",
        help_text="The party making a claim (kind 'claimed')",
    )
    observed_on = models.DateField(db_index=True, help_text="The day control held or changed")
    date_precision = models.PositiveSmallIntegerField(
        choices=DatePrecision, default=DatePrecision.DAY
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.PENDING, db_index=True)
    # The source: an article's sentence, or an imported file and the feature in it.
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.CASCADE, related_name="control"
    )
    sentence_start = models.PositiveIntegerField(null=True, blank=True)
    sentence_end = models.PositiveIntegerField(null=True, blank=True)
    source_file = models.CharField(max_length=300, blank=True)
    source_feature = models.CharField(
        max_length=200, blank=True, help_text="The feature's id or index in the imported file"
    )
    source_name = models.CharField(
        max_length=200, blank=True, help_text="Who published an imported layer (shown publicly)"
    )
    curator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ControlQuerySet.as_manager()

    class Meta:
        ordering = ["-observed_on", "id"]
        indexes = [
            models.Index(fields=["side", "observed_on"]),
            # A place's standing observations by day: SQLite otherwise walks the observed_on
            # index over every place for "these places, in this range" (/api/changes.geojson's
            # sources and its "observed in the range" test, the feed's control changes).
            models.Index(
                fields=["place", "observed_on"],
                condition=~Q(status="rejected"),
                name="articles_control_day_standing",
            ),
            # A place's newest standing observation of a kind on a day: one probe per place and
            # kind, answered from the index alone (/api/control.geojson, /api/changes.geojson;
            # see control_layer._settlement_rows).
            models.Index(
                fields=["place", "kind", "observed_on", "id"],
                condition=~Q(status="rejected"),
                name="articles_control_kind_standing",
            ),
            # The days with a standing observation (/api/timeline.json), from the index alone.
            models.Index(fields=["observed_on", "status"], name="articles_control_day_status"),
            # An area's versions by name (/api/control.geojson, /api/changes.geojson), under
            # AREA_ROWS (see there).
            models.Index(
                fields=["area_name", "observed_on"],
                condition=AREA_ROWS,
                name="articles_control_area_named",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(place__isnull=False, area__isnull=True)
                    | Q(place__isnull=True, area__isnull=False)
                ),
                name="articles_control_place_xor_area",
            ),
            models.CheckConstraint(
                condition=Q(article__isnull=False) | ~Q(source_file=""),
                name="articles_control_has_source",
            ),
        ]

    @property
    def sentence(self) -> str:
        if self.article is None or self.sentence_start is None or self.sentence_end is None:
            return ""
        return self.article.text[self.sentence_start : self.sentence_end]

    @property
    def where(self) -> str:
        return self.place.name if self.place_id else self.area_name or "an area"

    def __str__(self) -> str:
        event = self.get_event_display().lower()
        return f"{self.where} {event}, held by {self.side} ({self.observed_on})"
