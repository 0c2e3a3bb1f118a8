"""Geometry from untrusted files (GeoJSON, KML, WKT), checked before and after GEOS reads it.

- Every position is range-checked in every dimension: longitude -180..180, latitude -90..90,
  elevation finite and within MAX_ELEVATION_METRES. GEOS cannot be trusted with absurd values:
  writing WKT for a point at z=1e308 aborts the whole process ("stack smashing detected").
- Nesting is bounded: GeometryCollections (GeoJSON) and MultiGeometry (KML) nest at most
  MAX_NESTING levels, so a hostile file cannot exhaust the Python stack.
- GEOS's own notices and errors (GeoDjango logs them, so they land on stderr) are captured and
  become the reason a row was refused.
Places are stored in two dimensions, so an elevation is checked, then dropped.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.contrib.gis.geos import GEOSException, GEOSGeometry, WKBWriter

MAX_ELEVATION_METRES = 100_000  # above Everest, below any orbit; real elevations are far smaller
MAX_NESTING = 8  # collections within collections; real files use one or two levels


class _GeosMessages(logging.Filter):
    """Collects what GEOS says (GeoDjango's "django.contrib.gis" logger) while capture() is on."""

    def __init__(self):
        super().__init__()
        self._local = threading.local()  # one import's messages never mix with another thread's

    def filter(self, record: logging.LogRecord) -> bool:
        messages = getattr(self._local, "messages", None)
        if messages is None:
            return True
        text = record.getMessage().strip()
        messages.append(re.sub(r"^GEOS_(NOTICE|ERROR): ", "", text))
        return False  # a reason in the report, not noise on stderr

    @contextmanager
    def capture(self) -> Iterator[list[str]]:
        self._local.messages = messages = []
        try:
            yield messages
        finally:
            self._local.messages = None


geos_messages = _GeosMessages()
logging.getLogger("django.contrib.gis").addFilter(geos_messages)


def check_lonlat(lon: float, lat: float) -> None:
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise ValueError("coordinates must be finite numbers")
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise ValueError(
            f"coordinates out of range for WGS84: lon {lon}, lat {lat} "
            "(only EPSG:4326 longitude/latitude is accepted)"
        )


def check_elevation(z: float) -> None:
    if not math.isfinite(z) or abs(z) > MAX_ELEVATION_METRES:
        raise ValueError(
            f"elevation {z} out of range (a finite number of metres, at most "
            f"{MAX_ELEVATION_METRES:,} either way)"
        )


def position_wkt(values: Any) -> str:
    """One position ([lon, lat] or [lon, lat, elevation]) as WKT "lon lat", every number checked."""
    if not isinstance(values, (list, tuple)) or not 2 <= len(values) <= 3:
        raise ValueError("a position is [longitude, latitude] or [longitude, latitude, elevation]")
    try:
        numbers = [float(value) for value in values]
    except OverflowError:  # an integer with hundreds of digits
        raise ValueError("coordinates must be finite numbers") from None
    check_lonlat(numbers[0], numbers[1])
    if len(numbers) == 3:
        check_elevation(numbers[2])
    return f"{numbers[0]!r} {numbers[1]!r}"


def _ring(coords: Any) -> str:
    return "(" + ", ".join(position_wkt(c) for c in coords) + ")"


def geojson_to_wkt(geom: dict, depth: int = 0) -> str:
    """A GeoJSON geometry object as WKT, validating every position on the way."""
    if not isinstance(geom, dict):
        raise ValueError("geometry must be a GeoJSON object")
    kind, coords = geom.get("type"), geom.get("coordinates")
    if kind == "GeometryCollection":
        if depth >= MAX_NESTING:
            raise ValueError(f"geometry collections nested more than {MAX_NESTING} levels deep")
        parts = [geojson_to_wkt(g, depth + 1) for g in geom.get("geometries") or []]
        return f"GEOMETRYCOLLECTION ({', '.join(parts)})"
    if coords is None:
        raise ValueError("geometry has no coordinates")
    try:
        if kind == "Point":
            return f"POINT ({position_wkt(coords)})"
        if kind == "LineString":
            return f"LINESTRING {_ring(coords)}"
        if kind == "Polygon":
            return "POLYGON (" + ", ".join(_ring(r) for r in coords) + ")"
        if kind == "MultiPoint":
            return "MULTIPOINT (" + ", ".join(f"({position_wkt(c)})" for c in coords) + ")"
        if kind == "MultiLineString":
            return "MULTILINESTRING (" + ", ".join(_ring(r) for r in coords) + ")"
        if kind == "MultiPolygon":
            return (
                "MULTIPOLYGON ("
                + ", ".join("(" + ", ".join(_ring(r) for r in poly) + ")" for poly in coords)
                + ")"
            )
    except TypeError:
        raise ValueError(f"malformed {kind} coordinates") from None
    raise ValueError(f"unsupported geometry type {kind!r}")


def _positions(coords: Any) -> Iterator[tuple[float, ...]]:
    """Every position in GEOS's nested `coords` tuples (iteratively: no recursion limit)."""
    stack = [coords]
    while stack:
        item = stack.pop()
        if item and isinstance(item[0], (int, float)):
            yield item
        else:
            stack.extend(item)


def _without_elevation(geom: GEOSGeometry) -> GEOSGeometry:
    # Walking every position costs ~35 microseconds each through GeoDjango, so only 3D input pays.
    for position in _positions(geom.coords):
        if len(position) > 2:
            check_elevation(position[2])
    writer = WKBWriter()
    writer.outdim = 2
    return GEOSGeometry(writer.write(geom), srid=4326)


def make_geometry(wkt: str) -> GEOSGeometry:
    """GEOS geometry in SRID 4326 from WKT, rejecting empty, invalid or out-of-range shapes."""
    wkt = wkt.strip()
    if wkt.upper().startswith("SRID="):
        srid, _, wkt = wkt.partition(";")
        if srid.strip().upper() != "SRID=4326":
            raise ValueError(f"only SRID 4326 is accepted, not {srid[5:]!r}")
    if not re.match(r"^\s*[A-Za-z]+\s*(\(|EMPTY|[ZM]{1,2}\s*\()", wkt):
        raise ValueError("not WKT geometry text")
    if re.search(r"nan|inf", wkt, flags=re.IGNORECASE):  # no WKT keyword contains either
        raise ValueError("coordinates must be finite numbers")
    with geos_messages.capture() as said:
        try:
            geom = GEOSGeometry(wkt, srid=4326)
        except (GEOSException, ValueError) as exc:
            raise ValueError(f"unreadable geometry: {'; '.join(said) or exc}") from None
        if geom.empty:
            raise ValueError("empty geometry")
        # Before anything GEOS writes as text (WKT, validity reasons): the envelope covers x and y
        # (NaN, which it skips, was refused above); elevations are checked one by one.
        xmin, ymin, xmax, ymax = geom.extent
        check_lonlat(xmin, ymin)
        check_lonlat(xmax, ymax)
        if geom.hasz:
            geom = _without_elevation(geom)
        if not geom.valid:
            raise ValueError(f"invalid geometry: {geom.valid_reason}")
    return geom
