"""The map's territorial control layer, compact: `/api/control.geojson?fields=marker`.

What the map draws on a day, and no more: per settlement its place, holder and whether it
is contested or disputed; per area its (simplified) outline, holder and the same flags. The
holders are listed once, in `sides`, and each feature names its holder by `side_id`. The
observations and their sources, which a popup shows, are fetched for the one settlement or
area clicked (`place=` or `area=`, see control_layer.control_collection): at zoom 8 over the
benchmark region the full answer was ~1.2 MB and ~95 ms of CPU, most of it writing the three
observations of 1,300 settlements that nobody opens.

The observations chosen are the full layer's (control_layer's probes, one query); they are
read as tuples with their place's name and point, and outlines straight from their WKB.
"""

from __future__ import annotations

import datetime as dt
import struct

from django.contrib.gis.db.models.functions import AsWKB
from django.contrib.gis.geos import GEOSGeometry
from django.db.models.expressions import RawSQL

from articles.models import Actor, ControlObservation
from conflictmap.bbox import X, Y, covers_world
from conflictmap.clusters import rounded
from conflictmap.control_layer import (
    SETTLEMENTS_FROM_ZOOM,
    Standing,
    _chosen_ids_sql,
    area_standings,
)
from conflictmap.geojson import actor_dict, feature_collection

# The columns a marker needs: which observation is current, its side, and the flags.
MARKER_FIELDS = ("id", "place_id", "area_name", "side_id", "kind", "event", "observed_on")
# Outlines with more vertices than this are simplified to about a pixel at the map's zoom
# (GEOS); smaller ones are written as they are.
SIMPLIFY_FROM_VERTICES = 64


def _flags(standing: Standing) -> dict:
    current = standing.current
    return {
        "side_id": current["side_id"],
        "as_of": current["observed_on"].isoformat(),
        "contested": current["event"] == ControlObservation.Event.CONTESTED,
        "disputed": standing.disputed,
    }


def settlement_features(day: dt.date, bbox) -> list[dict]:
    """Each settlement of the box with a standing observation on `day`, as a marker."""
    sql, params = _chosen_ids_sql(bbox, (day,), None)
    rows = (
        ControlObservation.objects.filter(pk__in=RawSQL(sql, params))
        .annotate(x=X("place__point"), y=Y("place__point"))
        .order_by()
        .values_list(*MARKER_FIELDS[:2], *MARKER_FIELDS[3:], "place__name", "x", "y")
    )
    standings: dict[int, Standing] = {}
    places: dict[int, tuple] = {}
    for pk, place_id, side_id, kind, event, observed_on, name, x, y in rows:
        standing = standings.setdefault(place_id, Standing(key=place_id))
        standing.latest[kind] = {
            "id": pk,
            "side_id": side_id,
            "kind": kind,
            "event": event,
            "observed_on": observed_on,
        }
        places[place_id] = (name, x, y)
    return [
        {
            "type": "Feature",
            "id": f"control-place-{place_id}",
            "geometry": {
                "type": "Point",
                "coordinates": [rounded(places[place_id][1]), rounded(places[place_id][2])],
            },
            "properties": {
                "type": "settlement",
                "place": {"id": place_id, "name": places[place_id][0]},
                **_flags(standing),
            },
        }
        for place_id, standing in sorted(standings.items())
    ]


def wkb_polygons(wkb: bytes) -> list[list[tuple[tuple[float, ...], tuple[float, ...]]]] | None:
    """The polygons of a 2D (Multi)Polygon's WKB, each a list of rings as (lons, lats); None
    for anything else (the caller then asks GEOS)."""
    order = "<" if wkb[0] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", wkb, 1)
    if kind == 3:
        return [_rings_at(wkb, 0)[0]]
    if kind != 6:
        return None
    (count,) = struct.unpack_from(order + "I", wkb, 5)
    polygons, offset = [], 9
    for _ in range(count):
        if struct.unpack_from(("<" if wkb[offset] == 1 else ">") + "I", wkb, offset + 1)[0] != 3:
            return None
        rings, offset = _rings_at(wkb, offset)
        polygons.append(rings)
    return polygons


def _rings_at(wkb: bytes, offset: int) -> tuple[list, int]:
    """The rings of the WKB polygon at `offset`, and the offset after it."""
    order = "<" if wkb[offset] == 1 else ">"
    (count,) = struct.unpack_from(order + "I", wkb, offset + 5)
    offset += 9
    rings = []
    for _ in range(count):
        (points,) = struct.unpack_from(order + "I", wkb, offset)
        values = struct.unpack_from(f"{order}{2 * points}d", wkb, offset + 4)
        offset += 4 + 16 * points
        rings.append((values[0::2], values[1::2]))
    return rings, offset


def outline_json(wkb: bytes, zoom: int | None, bbox) -> dict | None:
    """An area's outline as GeoJSON with rounded coordinates; None if it lies outside the
    box. Large outlines are simplified to about a pixel at `zoom` first."""
    polygons = wkb_polygons(wkb)
    vertices = sum(len(ring[0]) for rings in polygons or () for ring in rings)
    if polygons is None or (zoom is not None and vertices > SIMPLIFY_FROM_VERTICES):
        geom = GEOSGeometry(memoryview(wkb))
        if zoom is not None:
            simplified = geom.simplify(360 / (256 * 2**zoom), preserve_topology=True)
            geom = geom if simplified.empty else simplified
        polygons = wkb_polygons(bytes(geom.wkb)) if not geom.empty else None
    if not polygons:  # empty, or not a 2D polygon: nothing the map can draw as an area
        return None
    if bbox and not covers_world(bbox):
        xs = [x for rings in polygons for x in rings[0][0]]
        ys = [y for rings in polygons for y in rings[0][1]]
        if min(xs) > bbox[2] or max(xs) < bbox[0] or min(ys) > bbox[3] or max(ys) < bbox[1]:
            return None
    coordinates = [
        [[[rounded(x), rounded(y)] for x, y in zip(*ring, strict=True)] for ring in rings]
        for rings in polygons
    ]
    if len(coordinates) == 1:
        return {"type": "Polygon", "coordinates": coordinates[0]}
    return {"type": "MultiPolygon", "coordinates": coordinates}


# Above this many square degrees every area's standing is read and its outline tested
# against the box: listing the names in the box first cost more than it saved.
LIST_AREAS_BELOW_DEG2 = 3600


def area_features(day: dt.date, bbox, zoom: int | None) -> list[dict]:
    """Each named area whose latest version on `day` meets the box (by its bounding box)."""
    wide = bbox and (bbox[2] - bbox[0]) * (bbox[3] - bbox[1]) > LIST_AREAS_BELOW_DEG2
    areas = area_standings(day, None if wide else bbox, fields=MARKER_FIELDS)
    ids = [standing.current["id"] for standing in areas.values()]
    outlines = dict(
        ControlObservation.objects.filter(pk__in=ids)
        .annotate(wkb=AsWKB("area"))
        .values_list("id", "wkb")
    )
    features = []
    for name, standing in sorted(areas.items()):
        current_id = standing.current["id"]
        geometry = outline_json(bytes(outlines[current_id]), zoom, bbox)
        if geometry is None:
            continue
        features.append(
            {
                "type": "Feature",
                "id": f"control-area-{current_id}",
                "geometry": geometry,
                "properties": {"type": "area", "name": name, **_flags(standing)},
            }
        )
    return features


def control_markers(day: dt.date, bbox=None, zoom: int | None = None) -> dict:
    """Control on `day` in the box, as the map draws it (settlements from zoom
    SETTLEMENTS_FROM_ZOOM, areas at every zoom)."""
    points = zoom is None or zoom >= SETTLEMENTS_FROM_ZOOM
    features = (settlement_features(day, bbox) if points else []) + area_features(day, bbox, zoom)
    side_ids = {feature["properties"]["side_id"] for feature in features}
    sides = {
        str(actor.pk): actor_dict(actor)
        for actor in Actor.objects.filter(pk__in=side_ids).only("id", "name", "colour", "kind")
    }
    extra = {} if points else {"settlements_from_zoom": SETTLEMENTS_FROM_ZOOM}
    return feature_collection(features, date=day.isoformat(), sides=sides, **extra)
