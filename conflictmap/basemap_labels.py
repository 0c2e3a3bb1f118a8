"""Names for the offline basemap: countries, admin-1 regions, rivers, lakes and gazetteer places.

The map has no tile server, so `/api/labels.json?bbox=&zoom=` returns the names worth
writing at that zoom, most important first; the browser drops any that would overlap one
already placed (static/conflictmap/js/labels.js). Countries, admin-1 regions, rivers and
lakes come from the vendored Natural Earth files, read once per process; towns come from
the gazetteer (GeoNames): capitals and big cities at low zoom, villages from zoom 11.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path
from typing import NamedTuple

from django.conf import settings
from django.contrib.gis.geos import GEOSGeometry
from django.db import connection
from django.db.models import F

from conflictmap.bbox import X, Y, is_wide, place_bbox_q
from conflictmap.clusters import rounded
from places.models import Place

BASEMAP = Path(settings.BASE_DIR) / "static" / "basemap"
PLACES_DATA = Path(settings.BASE_DIR) / "places" / "data"
MAX_PLACE_LABELS = 300
# The smallest population a town needs to be named at each zoom (below: none; above: every
# settlement). Capitals (PPLC) show from zoom 3, admin-1 seats (PPLA) a zoom earlier in
# a small box.
POPULATION_AT_ZOOM = {
    3: 3_000_000,
    4: 1_000_000,
    5: 400_000,
    6: 150_000,
    7: 60_000,
    8: 25_000,
    9: 8_000,
    10: 2_000,
}
EARLIER_CODES = {"PPLA": 1}


class Label(NamedTuple):
    name: str
    lon: float
    lat: float
    kind: str  # country, admin1, capital, city, town, river, lake
    min_zoom: int
    max_zoom: int = 22


def _in_box(label: Label, bbox: tuple[float, float, float, float]) -> bool:
    minx, miny, maxx, maxy = bbox
    return minx <= label.lon <= maxx and miny <= label.lat <= maxy


def _features(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)["features"]


@cache
def country_labels() -> tuple[Label, ...]:
    """Country names at the centroid of each country's largest part (ne_country_centres.tsv)."""
    centres = {}
    for line in (PLACES_DATA / "ne_country_centres.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, lat, lon = line.split("\t")
        centres[code] = (float(lon), float(lat))
    labels = []
    for feature in _features(BASEMAP / "countries.geojson"):
        props = feature["properties"]
        if props.get("iso_a2") in centres and props.get("name"):
            lon, lat = centres[props["iso_a2"]]
            labels.append(Label(props["name"], lon, lat, "country", 2, 6))
    return tuple(labels)


@cache
def admin1_labels() -> tuple[Label, ...]:
    """Admin-1 names (governorates, provinces, states) at Natural Earth's label point; the
    more prominent (low scalerank) from zoom 5, all from zoom 8, none from zoom 11."""
    labels = []
    for feature in _features(PLACES_DATA / "ne_admin1.geojson.gz"):
        props = feature["properties"]
        name = props.get("name_en") or props.get("name")
        if not name or props.get("latitude") is None:
            continue
        min_zoom = min(8, 4 + (props.get("scalerank") or 10) // 2)
        labels.append(Label(name, props["longitude"], props["latitude"], "admin1", min_zoom, 10))
    return tuple(labels)


def _label_point(geometry: dict) -> tuple[float, float]:
    geom = GEOSGeometry(json.dumps(geometry))
    if geom.geom_type == "MultiLineString":
        geom = max(geom, key=lambda part: part.length)
    if geom.geom_type == "LineString":
        point = geom.interpolate_normalized(0.5)
    else:
        point = geom.point_on_surface
    return point.x, point.y


@cache
def water_labels() -> tuple[Label, ...]:
    """Rivers named halfway along their longest stretch, lakes inside their outline."""
    labels = []
    for kind, path, offset in (("river", "rivers", 2), ("lake", "lakes", 3)):
        for feature in _features(BASEMAP / f"{path}.geojson"):
            props = feature["properties"]
            if not props.get("name") or not feature.get("geometry"):
                continue
            lon, lat = _label_point(feature["geometry"])
            min_zoom = int(props.get("scalerank") or 0) + offset
            labels.append(Label(props["name"], lon, lat, kind, min_zoom))
    return tuple(labels)


def _place_min_zoom(population: int, feature_code: str) -> int:
    zoom = next((z for z, least in sorted(POPULATION_AT_ZOOM.items()) if population >= least), 11)
    return max(3, zoom - EARLIER_CODES.get(feature_code, 0))


@cache
def capitals() -> tuple[Label, ...]:
    """National capitals (~250): named from zoom 3 whatever their size."""
    rows = (
        Place.objects.filter(feature_code="PPLC", kind=Place.Kind.SETTLEMENT)
        .order_by("-population", "pk")
        .annotate(x=X("point"), y=Y("point"))
        .values_list("name", "x", "y")
    )
    return tuple(Label(name, x, y, "capital", 3) for name, x, y in rows)


def _town_rows(bbox: tuple[float, float, float, float], zoom: int) -> list[tuple]:
    """(name, lon, lat, population, feature_code) of the settlements in the box worth naming.

    A wide box reads the (kind, population) index from the most populous down; a small box on
    SpatiaLite lists the box's places through the R*Tree and ranks them here (SQLite would
    otherwise walk the population index over the whole gazetteer).
    """
    in_box = Place.objects.filter(place_bbox_q(bbox)).exclude(feature_code="PPLC")
    columns = ("name", "x", "y", "population", "feature_code")
    if connection.vendor == "sqlite" and not is_wide(bbox):
        rows = in_box.annotate(x=X("point"), y=Y("point"), k=F("kind")).values_list(*columns, "k")
        rows = [r[:5] for r in rows if r[5] == Place.Kind.SETTLEMENT]
        rows.sort(key=lambda r: -r[3])
    else:
        least = POPULATION_AT_ZOOM.get(zoom, 0) if zoom <= max(POPULATION_AT_ZOOM) else 0
        rows = (
            in_box.filter(kind=Place.Kind.SETTLEMENT, population__gte=least)
            .order_by("-population", "pk")
            .annotate(x=X("point"), y=Y("point"))
            .values_list(*columns)[:MAX_PLACE_LABELS]
        )
    return [r for r in rows if _place_min_zoom(r[3], r[4]) <= zoom][:MAX_PLACE_LABELS]


def place_labels(bbox: tuple[float, float, float, float], zoom: int) -> list[Label]:
    """Capitals, then gazetteer settlements in the box big enough for the zoom, most
    populous first."""
    if zoom < min(POPULATION_AT_ZOOM):
        return []
    labels = [c for c in capitals() if _in_box(c, bbox)]
    for name, x, y, population, code in _town_rows(bbox, zoom):
        kind = "city" if population >= 100_000 else "town"
        labels.append(Label(name, x, y, kind, _place_min_zoom(population, code)))
    return labels


def labels_for(bbox: tuple[float, float, float, float], zoom: int) -> dict:
    """The names to write in the box at this zoom, in the order the browser places them."""
    wanted: list[Label] = []
    places = place_labels(bbox, zoom)
    capitals = [p for p in places if p.kind == "capital"]
    wanted += [c for c in country_labels() if c.min_zoom <= zoom <= c.max_zoom]
    wanted += capitals
    regions = sorted(
        (a for a in admin1_labels() if a.min_zoom <= zoom <= a.max_zoom), key=lambda a: a.min_zoom
    )
    # Big regions before the towns at region zooms, after the big cities otherwise.
    if zoom <= 7:
        wanted += [p for p in places if p.kind == "city"] + regions
        wanted += [p for p in places if p.kind == "town"]
    else:
        wanted += [p for p in places if p.kind != "capital"] + regions
    wanted += sorted((w for w in water_labels() if w.min_zoom <= zoom), key=lambda w: w.min_zoom)
    return {
        "zoom": zoom,
        "labels": [
            {"name": w.name, "kind": w.kind, "lon": rounded(w.lon), "lat": rounded(w.lat)}
            for w in wanted
            if _in_box(w, bbox)
        ],
    }
