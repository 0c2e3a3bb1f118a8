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
    bbox: tuple[float, float, float, float],
    prefix: str = "",
    *,
    few_rows: bool = False,
    indexed: bool = False,
) -> Q:
    """Places (or rows pointing at places through `prefix`) whose marker point is in the box.

    - The whole world: only "has a place" (no spatial test at all).
    - SpatiaLite, a small box: the R*Tree's candidate rowids (SpatialIndex), since SpatiaLite
      never consults its index on its own.
    - SpatiaLite, a wide box, or `few_rows` (statements, campaign targets: the rows to test
      are far fewer than the places in a box): an MBR test on each row's point, no list.
    - `indexed`: the R*Tree's candidates whatever the box's size, for callers that list the
      box's places to probe each one (the control layer: scanning the ~290,000 gazetteer
      places of a 50-square-degree box took 90–250 ms, the R*Tree 1–20 ms).
    - PostGIS: the GiST index through an ordinary lookup; the planner chooses.
    """
    if covers_world(bbox):
        return Q(**{f"{prefix}pk__isnull": False}) if prefix else Q()
    if connection.vendor != "sqlite":
        return Q(**{f"{prefix}point__intersects": bbox_polygon(bbox)})
    if not indexed and (few_rows or is_wide(bbox)):
        return Q(**{f"{prefix}point__contained": bbox_polygon(bbox)})
    sql = (
        "SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'places_place' "
        "AND f_geometry_column = 'point' AND search_frame = BuildMbr(%s, %s, %s, %s, 4326)"
    )
    return Q(**{f"{prefix}id__in": RawSQL(sql, bbox)})


class X(Func):
    """Longitude of a point, computed by the database (GEOS objects cost ~50 µs per row)."""

    function = "ST_X"
    output_field = FloatField()


class Y(Func):
    """Latitude of a point, computed by the database."""

    function = "ST_Y"
    output_field = FloatField()
