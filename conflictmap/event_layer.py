"""The map's events layer: ACLED and UCDP events at the dataset's coordinates.

Filtered like the other layers: by the date window (an event counts while its date range
overlaps it), by actor (on either side, groups with their members) and by bbox. Each feature
carries its uncertainty radius, so the map draws how precisely the dataset placed it, and the
dataset's own source text. Whether curators have flagged the location is not published.
"""

from __future__ import annotations

from articles.models import Event
from conflictmap.clusters import rounded
from conflictmap.geojson import actor_dict, feature_collection
from conflictmap.params import Filters

ACTOR_COLUMNS = ("id", "name", "colour", "kind")


def events_queryset(filters: Filters):
    return (
        Event.objects.select_related("actor1", "actor2", "place")
        .only(
            *(
                "source",
                "source_event_id",
                "started_on",
                "ended_on",
                "date_precision",
                "event_type",
                "sub_event_type",
                "actor1_name",
                "actor2_name",
                "fatalities",
                "country",
                "admin1",
                "location",
                "point",
                "geo_precision",
                "uncertainty_m",
                "notes",
                "source_text",
                "place__id",
                "place__name",
            ),
            *(f"actor1__{c}" for c in ACTOR_COLUMNS),
            *(f"actor2__{c}" for c in ACTOR_COLUMNS),
        )
        .between(filters.start, filters.end)
        .involving(filters.actor_ids)
        .in_bbox(filters.bbox)
        .order_by("started_on", "pk")
    )


def event_feature(event: Event) -> dict:
    return {
        "type": "Feature",
        "id": f"event-{event.pk}",
        "geometry": {
            "type": "Point",
            "coordinates": [rounded(event.point.x), rounded(event.point.y)],
        },
        "properties": {
            "id": event.pk,
            "layer": "events",
            "dataset": event.source,
            "dataset_label": event.get_source_display(),
            "event_id": event.source_event_id,
            "event_type": event.event_type,
            "sub_event_type": event.sub_event_type,
            "start": event.started_on.isoformat(),
            "end": event.ended_on.isoformat(),
            "date_precision": event.date_precision,
            "actor1": actor_dict(event.actor1),
            "actor2": actor_dict(event.actor2),
            "actor1_name": event.actor1_name,
            "actor2_name": event.actor2_name,
            "fatalities": event.fatalities,
            "location": event.location,
            "admin1": event.admin1,
            "country": event.country,
            "place": {"id": event.place.pk, "name": event.place.name} if event.place else None,
            "geo_precision": event.geo_precision,
            "uncertainty_m": event.uncertainty_m,
            "notes": event.notes,
            "sources": event.source_text,
        },
    }


def events_collection(filters: Filters) -> dict:
    page = events_queryset(filters)[filters.offset : filters.offset + filters.limit]
    return feature_collection(
        [event_feature(e) for e in page], limit=filters.limit, offset=filters.offset
    )
