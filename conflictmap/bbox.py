"""Bounding-box conditions whose cost follows the rows tested, not the gazetteer's size.

A world-sized box used to be answered through SpatiaLite's R*Tree: the SpatialIndex table
returned every one of the ~270,000 gazetteer places, and SQLite built that list before
testing a single statement (5.95 s for /api/statements.geojson?bbox=-180,-90,180,90).
Also the marker coordinates as SQL expressions (`X`, `Y`), for layers of thousands of rows.
"""

from __future__ import annotations

from django.contrib.gis.geos import Polygon
from django.db import connection
from django.db.models import FloatField, Func, Q
from django.db.models.expressions import RawSQL

# Above this many square degrees a box holds too many places to list them first.
WIDE_BBOX_DEG2 = 25.0


def covers_world(bbox: tuple[float, float, float, float]) -> bool:
    """Every longitude and latitude: the box filters nothing."""
    minx, miny, maxx, maxy = bbox
    return minx <= -180 and miny <= -90 and maxx >= 180 and maxy >= 90


def is_wide(bbox: tuple[float, float, float, float]) -> bool:
    minx, miny, maxx, maxy = bbox
    return (maxx - minx) * (maxy - miny) > WIDE_BBOX_DEG2


def bbox_polygon(bbox: tuple[float, float, float, float]) -> Polygon:
    poly = Polygon.from_bbox(bbox)
    poly.srid = 4326
    return poly


def place_bbox_q(
    bbox: tuple[float, float, float, float], prefix: str = "", *, few_rows: bool = False
) -> Q:
    """Places (or rows pointing at places through `prefix`) whose marker point is in the box.

    - The whole world: only "has a place" (no spatial test at all).
    - SpatiaLite, a small box: the R*Tree's candidate rowids (SpatialIndex), since SpatiaLite
      never consults its index on its own.
    - SpatiaLite, a wide box, or `few_rows` (statements, campaign targets: the rows to test
      are far fewer than the places in a box): an MBR test on each row's point, no list.
    - PostGIS: the GiST index through an ordinary lookup; the planner chooses.
    """
    if covers_world(bbox):
        return Q(**{f"{prefix}pk__isnull": False}) if prefix else Q()
    if connection.vendor != "sqlite":
        return Q(**{f"{prefix}point__intersects": bbox_polygon(bbox)})
    if few_rows or is_wide(bbox):
        return Q(**{f"{prefix}point__contained": bbox_polygon(bbox)})
    sql = (
        "SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'places_place' "
        "AND f_geometry_column = 'point' AND search_frame = BuildMbr(%s, %s, %s, %s, 4326)"
    )
    return Q(**{f"{prefix}id__in": RawSQL(sql, bbox)})


# Up to this many square degrees (a zoom-7 view, padded) a box's places are listed from the
# spatial index; a larger box could list most of the gazetteer.
LISTED_BBOX_DEG2 = 400.0


def place_ids_in_box(bbox: tuple[float, float, float, float], limit: int) -> list[int] | None:
    """Ids of the places whose marker or shape meets the box, from the spatial indexes (an
    MBR test, so a few more than the box holds); None for a box over LISTED_BBOX_DEG2 or
    holding over `limit` places."""
    minx, miny, maxx, maxy = bbox
    if (maxx - minx) * (maxy - miny) > LISTED_BBOX_DEG2:
        return None
    if connection.vendor == "sqlite":
        # (SpatiaLite's SpatialIndex answers nothing when the query has a LIMIT.)
        sql = (
            "SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'places_place' "
            "AND f_geometry_column = %s AND search_frame = BuildMbr(%s, %s, %s, %s, 4326)"
        )
        ids: set[int] = set()
        with connection.cursor() as cursor:
            for column in ("point", "geometry"):
                cursor.execute(sql, [column, *bbox])
                ids.update(row[0] for row in cursor.fetchall())
    else:
        from places.models import Place

        box = bbox_polygon(bbox)
        rows = Place.objects.filter(Q(point__intersects=box) | Q(geometry__intersects=box))
        ids = set(rows.values_list("pk", flat=True)[: limit + 1])
    return sorted(ids) if len(ids) <= limit else None


class X(Func):
    """Longitude of a point, computed by the database (GEOS objects cost ~50 µs per row)."""

    function = "ST_X"
    output_field = FloatField()


class Y(Func):
    """Latitude of a point, computed by the database."""

    function = "ST_Y"
    output_field = FloatField()
