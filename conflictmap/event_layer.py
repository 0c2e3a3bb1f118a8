"""The map's events layer: ACLED and UCDP events at the dataset's coordinates.

Filtered like the other layers: by the date window (an event counts while its date range
overlaps it), by actor (on either side, groups with their members) and by bbox. Each feature
carries its uncertainty radius, so the map draws how precisely the dataset placed it, and the
dataset's own source text. Whether curators have flagged the location is not published.
Rows are read as tuples with the coordinates computed in SQL (no model instance or GEOS
point per event: 5,000 events took 2.8 s that way, 0.8 s as tuples).

The map asks `order=newest` (the latest events of the window first, so a capped answer
shows what happened most recently) and `fields=marker`: only what a marker and its
tooltip need (about a tenth of the bytes); its popup then asks `id=` for the full feature.
"""

from __future__ import annotations

from articles.models import Actor, Event
from conflictmap.bbox import X, Y
from conflictmap.clusters import rounded
from conflictmap.geojson import actor_dict, feature_collection
from conflictmap.params import Filters

COLUMNS = (
    "pk",
    "source",
    "source_event_id",
    "event_type",
    "sub_event_type",
    "started_on",
    "ended_on",
    "date_precision",
    "actor1_id",
    "actor2_id",
    "actor1_name",
    "actor2_name",
    "fatalities",
    "location",
    "admin1",
    "country",
    "place_id",
    "place__name",
    "geo_precision",
    "uncertainty_m",
    "notes",
    "source_text",
    "x",
    "y",
)
MARKER_COLUMNS = ("pk", "event_type", "started_on", "location", "actor1__colour", "uncertainty_m")
DATASETS = dict(Event.Source.choices)


def events_queryset(filters: Filters, *, newest: bool = False, event_id: int | None = None):
    qs = Event.objects.filter(pk=event_id) if event_id else Event.objects.all()
    return (
        qs.between(filters.start, filters.end)
        .involving(filters.actor_ids)
        .at_place(filters.about)
        .in_bbox(filters.bbox)
        .order_by(*(("-started_on", "-pk") if newest else ("started_on", "pk")))
        .annotate(x=X("point"), y=Y("point"))
    )


def event_feature(row: dict, actors: dict[int, dict]) -> dict:
    properties = {
        "id": row["pk"],
        "layer": "events",
        "dataset": row["source"],
        "dataset_label": DATASETS.get(row["source"], row["source"]),
        "event_id": row["source_event_id"],
        "event_type": row["event_type"],
        "sub_event_type": row["sub_event_type"],
        "start": row["started_on"].isoformat(),
        "end": row["ended_on"].isoformat(),
        "date_precision": row["date_precision"],
        "actor1": actors.get(row["actor1_id"]),
        "actor2": actors.get(row["actor2_id"]),
        "actor1_name": row["actor1_name"],
        "actor2_name": row["actor2_name"],
        "fatalities": row["fatalities"],
        "location": row["location"],
        "admin1": row["admin1"],
        "country": row["country"],
        "place": {"id": row["place_id"], "name": row["place__name"]} if row["place_id"] else None,
        "geo_precision": row["geo_precision"],
        "uncertainty_m": row["uncertainty_m"],
        "notes": row["notes"],
        "sources": row["source_text"],
    }
    return {
        "type": "Feature",
        "id": f"event-{row['pk']}",
        "geometry": {"type": "Point", "coordinates": [rounded(row["x"]), rounded(row["y"])]},
        "properties": properties,
    }


def marker_feature(pk, event_type, started_on, location, colour, uncertainty_m, x, y) -> dict:
    """A marker's share of an event: where, how wide its uncertainty, its tooltip, a colour."""
    return {
        "type": "Feature",
        "id": f"event-{pk}",
        "geometry": {"type": "Point", "coordinates": [round(x, 4), round(y, 4)]},
        "properties": {
            "id": pk,
            "event_type": event_type,
            "start": started_on.isoformat(),
            "location": location,
            "colour": colour,
            "uncertainty_m": uncertainty_m,
        },
    }


def events_collection(
    filters: Filters, *, newest: bool = False, markers: bool = False, event_id: int | None = None
) -> dict:
    qs = events_queryset(filters, newest=newest, event_id=event_id)
    page = qs[filters.offset : filters.offset + filters.limit]
    if markers:
        features = [marker_feature(*row) for row in page.values_list(*MARKER_COLUMNS, "x", "y")]
        return feature_collection(features, limit=filters.limit, offset=filters.offset)
    rows = [dict(zip(COLUMNS, values, strict=True)) for values in page.values_list(*COLUMNS)]
    actor_ids = {row[k] for row in rows for k in ("actor1_id", "actor2_id")} - {None}
    # A few dozen actors for thousands of events: one query, not a join per row.
    actors = {
        actor.pk: actor_dict(actor)
        for actor in Actor.objects.filter(pk__in=actor_ids).only("id", "name", "colour", "kind")
    }
    return feature_collection(
        [event_feature(row, actors) for row in rows], limit=filters.limit, offset=filters.offset
    )
