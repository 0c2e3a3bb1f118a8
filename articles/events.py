"""Events imported from the ACLED and UCDP GED datasets (articles/event_import.py reads them).

An event is the dataset's own record: its id, dates, actors, coordinates and source text, with
the dataset's precision codes mapped to ours (DatePrecision, and geo_precision as ACLED's 1–3) and
an uncertainty radius the map draws. The place is the gazetteer's, matched by name near the
coordinates; when the named place lies far from them the event is flagged for review.
Imported from articles.models (this module needs DatePrecision and the Actor model from there).
"""

from __future__ import annotations

import datetime as dt

from django.contrib.gis.db import models
from django.db.models import Q

from articles.models import Actor, DatePrecision
from conflictmap.bbox import bbox_polygon, covers_world
from places.models import Place

Bbox = tuple[float, float, float, float]


class EventQuerySet(models.QuerySet):
    def between(self, start: dt.date | None = None, end: dt.date | None = None):
        """Events whose date range overlaps the days start..end (either end open)."""
        qs = self
        if end:
            qs = qs.filter(started_on__lte=end)
        if start:
            qs = qs.filter(ended_on__gte=start)
        return qs

    def involving(self, actor_ids: list[int] | None):
        """With one of the actors on either side."""
        if not actor_ids:
            return self
        return self.filter(Q(actor1_id__in=actor_ids) | Q(actor2_id__in=actor_ids))

    def at_place(self, place_id: int | None):
        """Placed by the dataset at the gazetteer place."""
        return self.filter(place_id=place_id) if place_id else self

    def in_bbox(self, bbox: Bbox | None):
        """Whose dataset coordinates are in the box: an MBR test, which PostGIS answers from
        its GiST index and SpatiaLite on each row (events are far fewer than places)."""
        if not bbox or covers_world(bbox):
            return self
        return self.filter(point__contained=bbox_polygon(bbox))

    def flagged(self):
        return self.filter(needs_review=True)


class Event(models.Model):
    class Source(models.TextChoices):
        ACLED = "acled", "ACLED"
        UCDP = "ucdp", "UCDP GED"

    class PlaceMatch(models.TextChoices):
        NAME = "name", "By name near the coordinates"
        COORDINATES = "coordinates", "Nearest place to the coordinates"
        NONE = "none", "No gazetteer place"

    source = models.CharField(max_length=8, choices=Source)
    source_event_id = models.CharField(
        max_length=64, help_text="The dataset's id: ACLED event_id_cnty, UCDP GED id"
    )
    started_on = models.DateField(db_index=True)
    ended_on = models.DateField(
        db_index=True, help_text="The last possible day (the first day for a one-day event)"
    )
    date_precision = models.PositiveSmallIntegerField(
        choices=DatePrecision, default=DatePrecision.DAY
    )
    source_date_precision = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="The dataset's own code (ACLED time_precision, UCDP date_prec)",
    )
    event_type = models.CharField(max_length=100)
    sub_event_type = models.CharField(max_length=100, blank=True)
    actor1 = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.SET_NULL, related_name="events_as_actor1"
    )
    actor2 = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.SET_NULL, related_name="events_as_actor2"
    )
    actor1_name = models.CharField(max_length=300, blank=True, help_text="As the dataset names it")
    actor2_name = models.CharField(max_length=300, blank=True, help_text="As the dataset names it")
    fatalities = models.PositiveIntegerField(null=True, blank=True)
    country = models.CharField(max_length=100, blank=True)
    admin1 = models.CharField(max_length=200, blank=True)
    admin2 = models.CharField(max_length=200, blank=True)
    admin3 = models.CharField(max_length=200, blank=True)
    location = models.CharField(max_length=300, blank=True)
    point = models.PointField(srid=4326, help_text="The dataset's coordinates")
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    place_match = models.CharField(max_length=12, choices=PlaceMatch, default=PlaceMatch.NONE)
    place_distance_km = models.FloatField(
        null=True, blank=True, help_text="From the dataset's coordinates to the place's marker"
    )
    geo_precision = models.PositiveSmallIntegerField(
        help_text="As ACLED: 1 the town itself, 2 nearby/part of a region, 3 a larger region"
    )
    source_geo_precision = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="The dataset's own code (ACLED geo_precision, UCDP where_prec)",
    )
    uncertainty_m = models.PositiveIntegerField(
        help_text="Radius the map draws around the point for this precision"
    )
    notes = models.TextField(blank=True)
    source_text = models.TextField(blank=True, help_text="The dataset's sources for the event")
    needs_review = models.BooleanField(default=False, db_index=True)
    review_reason = models.CharField(max_length=300, blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["-started_on", "source", "source_event_id"]
        constraints = [
            # The importer upserts on the dataset's id: importing a file twice changes nothing.
            models.UniqueConstraint(
                fields=["source", "source_event_id"], name="articles_event_unique_source_id"
            ),
            models.CheckConstraint(
                condition=Q(ended_on__gte=models.F("started_on")),
                name="articles_event_date_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_source_display()} {self.source_event_id}: {self.event_type}"
