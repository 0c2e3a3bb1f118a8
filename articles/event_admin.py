"""Admin for imported ACLED/UCDP events: the list, with flagged locations filterable, and review.

Registered from articles/admin.py. What the dataset says is read-only (the next import would
overwrite an edit); curators correct the place and actors and clear the review flag.
"""

from __future__ import annotations

from django.contrib import admin, messages
from leaflet.admin import LeafletGeoAdmin

from articles.event_import import FIELDS as EVENT_FIELDS
from articles.models import Event
from places.admin import AdminBasemapMixin

# Everything the dataset says, read-only: the importer's fields plus its keys and bookkeeping.
DATASET_FIELDS = (
    "source",
    "source_event_id",
    *EVENT_FIELDS,
    "place_match",
    "place_distance_km",
    "imported_at",
    "updated_at",
)

WHERE = ("location", "place_match", "place_distance_km")


@admin.register(Event)
class EventAdmin(AdminBasemapMixin, LeafletGeoAdmin):
    list_display = (
        "source_event_id",
        "source",
        "started_on",
        "event_type",
        "location",
        "place",
        "actor1",
        "actor2",
        "fatalities",
        "needs_review",
    )
    list_filter = ("needs_review", "source", "event_type", "geo_precision", "date_precision")
    search_fields = ("source_event_id", "location", "actor1_name", "actor2_name", "notes")
    list_select_related = ("place", "actor1", "actor2")
    autocomplete_fields = ("actor1", "actor2", "place")
    readonly_fields = DATASET_FIELDS
    date_hierarchy = "started_on"
    actions = ("clear_review_flag",)
    fieldsets = (
        ("Review", {"fields": ("needs_review", "review_reason", "place", "actor1", "actor2")}),
        ("Where", {"fields": ("point", *WHERE)}),
        ("From the dataset", {"fields": tuple(f for f in DATASET_FIELDS if f not in WHERE)}),
    )

    @admin.action(description="Mark the location as reviewed", permissions=["change"])
    def clear_review_flag(self, request, queryset):
        count = queryset.filter(needs_review=True).update(needs_review=False)
        self.message_user(request, f"{count} event(s) marked as reviewed.", messages.SUCCESS)
