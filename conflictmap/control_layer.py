"""Territorial control as of a day, and what changed between two days (issue 15).

- `/api/control.geojson?date=`: each settlement's status on that day (the latest standing
  observation of each kind, claimed / reported / assessed, and whether they name different
  sides), and each area's latest version on or before the day, under the side holding it.
- `/api/changes.geojson?from=&to=`: settlements whose holder differs between the two days,
  and per side the ground gained and lost (difference of its areas' union on each day), in
  km² measured on the WGS84 ellipsoid, each change with the observations behind it.

A place's (or a named area's) holder on a day is the side of its newest report or assessment
(an assessment first on the same day), else of its newest claim; it is *disputed* when the
latest observations of the three kinds do not all name the same side.
"""

from __future__ import annotations

import datetime as dt
import struct
from dataclasses import dataclass, field

from django.contrib.gis.geos import GEOSGeometry, MultiPolygon, Polygon
from django.db import connection
from django.db.models import Case, F, FloatField, Func, Q, Value, When, Window
from django.db.models.expressions import RawSQL
from django.db.models.functions import RowNumber
from pyproj import Geod

from articles.models import Actor, ControlObservation
from conflictmap.bbox import X, Y, bbox_polygon, covers_world, place_bbox_q
from conflictmap.clusters import rounded
from conflictmap.geojson import actor_dict, article_link, feature_collection, geometry_json

Kind = ControlObservation.Kind
# Same day: an assessment outranks a report, a report a claim.
KIND_RANK = {Kind.ASSESSED: 3, Kind.REPORTED: 2, Kind.CLAIMED: 1}
KINDS = (Kind.CLAIMED, Kind.REPORTED, Kind.ASSESSED)
WGS84 = Geod(ellps="WGS84")
# Slivers below this (km²) are rounding between two versions of the same border, not a change.
MIN_CHANGE_KM2 = 0.01
# Observations listed per change (the newest first).
MAX_SOURCES = 10

OBSERVATION_FIELDS = (
    "id",
    "place_id",
    "area_name",
    "side_id",
    "claimant_id",
    "kind",
    "event",
    "observed_on",
    "date_precision",
    "article_id",
    "article__title",
    "sentence_start",
    "sentence_end",
    "source_name",
    "source_file",
    "source_feature",
)


@dataclass
class Standing:
    """One place's or area's latest observation of each kind on a day."""

    key: tuple
    latest: dict[str, dict] = field(default_factory=dict)

    @property
    def current(self) -> dict:
        """The observation that decides who holds it: the newest report or assessment (on the
        same day the assessment), else the newest claim. A party's claim alone never overrides
        what the press reports or an analyst assesses: it makes the place disputed instead."""
        facts = [o for o in self.latest.values() if o["kind"] != Kind.CLAIMED]
        return max(
            facts or self.latest.values(),
            key=lambda o: (o["observed_on"], KIND_RANK[o["kind"]], o["id"]),
        )

    @property
    def disputed(self) -> bool:
        return len({o["side_id"] for o in self.latest.values()}) > 1

    @property
    def contested(self) -> bool:
        return self.current["event"] == ControlObservation.Event.CONTESTED


def km2(geom: GEOSGeometry) -> float:
    """Geodesic area on the WGS84 ellipsoid (pyproj's Geod, Karney's algorithm), in km²."""
    total = 0.0
    for polygon in _polygons(geom):
        # The exterior ring first, then the holes.
        for index, (lons, lats) in enumerate(_rings(polygon)):
            area, _ = WGS84.polygon_area_perimeter(lons, lats)
            total += abs(area) if index == 0 else -abs(area)
    return total / 1e6


def _rings(polygon: Polygon) -> list[tuple[tuple[float, ...], tuple[float, ...]]]:
    """A polygon's rings as (longitudes, latitudes), read from its 2D WKB in one pass: GEOS's
    per-vertex accessors cost ~20 µs a vertex, most of a change's time."""
    wkb = bytes(polygon.wkb)
    order = "<" if wkb[0] == 1 else ">"
    kind, count = struct.unpack_from(order + "II", wkb, 1)
    if kind != 3:  # not a plain 2D polygon: the slow, general way
        return [tuple(zip(*ring.coords, strict=True)) for ring in polygon]  # type: ignore[misc]
    offset, rings = 9, []
    for _ in range(count):
        (points,) = struct.unpack_from(order + "I", wkb, offset)
        values = struct.unpack_from(f"{order}{2 * points}d", wkb, offset + 4)
        offset += 4 + 16 * points
        rings.append((values[0::2], values[1::2]))
    return rings


def _polygons(geom: GEOSGeometry) -> list[Polygon]:
    if geom is None or geom.empty:
        return []
    if geom.geom_type == "Polygon":
        return [geom]
    if geom.geom_type in ("MultiPolygon", "GeometryCollection"):
        return [part for child in geom for part in _polygons(child)]
    return []


def as_multipolygon(geom: GEOSGeometry | None) -> MultiPolygon | None:
    parts = _polygons(geom) if geom is not None else []
    if not parts:
        return None
    multi = MultiPolygon(*[p.clone() for p in parts])
    multi.srid = 4326
    return multi


# Queries ----------------------------------------------------------------------------------


class _Bound(Func):
    """One bound of a geometry's bounding box, computed by the database."""

    output_field = FloatField()
    sqlite_function = ""

    def as_sqlite(self, compiler, connection, **extra):
        return super().as_sql(compiler, connection, function=self.sqlite_function, **extra)


class XMin(_Bound):
    function, sqlite_function = "ST_XMin", "MbrMinX"


class YMin(_Bound):
    function, sqlite_function = "ST_YMin", "MbrMinY"


class XMax(_Bound):
    function, sqlite_function = "ST_XMax", "MbrMaxX"


class YMax(_Bound):
    function, sqlite_function = "ST_YMax", "MbrMaxY"


# An area observation's bounding box, as values() keyword arguments.
AREA_EXTENT = {
    "xmin": XMin("area"),
    "ymin": YMin("area"),
    "xmax": XMax("area"),
    "ymax": YMax("area"),
}


def _latest_rows_pair(qs, start: dt.date, end: dt.date) -> tuple[list[dict], list[dict]]:
    """The newest standing observation of each kind per place or named area on `start` and on
    `end`, in one query: the rows up to `end` are ranked in two eras (up to `start`, after
    it), so each kind's newest row of each era comes back."""
    era = Case(When(observed_on__lte=start, then=Value(0)), default=Value(1))
    ranked = (
        qs.standing()
        .on_or_before(end)
        .order_by()
        .annotate(
            era=era,
            rank=Window(
                RowNumber(),
                partition_by=[F("place_id"), F("area_name"), F("kind"), era],
                order_by=[F("observed_on").desc(), F("id").desc()],
            ),
        )
        .filter(rank=1)
    )
    rows = sorted(ranked.values(*OBSERVATION_FIELDS, "era"), key=lambda row: row["era"])
    on_end = {(row["place_id"], row["area_name"], row["kind"]): row for row in rows}
    return [row for row in rows if row["era"] == 0], list(on_end.values())


# A place's newest standing observation of one kind on one day: an index-only probe of
# articles_control_kind_standing (the outer row is the place, `p`). "Not rejected" is written
# as the index's own condition, a literal: as a parameter SQLite cannot tell the index implies
# it and reads each probed row from the table to test it (4 times slower: 12 ms → 3 ms for
# 1,000 places).
NOT_REJECTED = "NOT ({alias}.status = '" + ControlObservation.Status.REJECTED.value + "')"
_PROBE = (
    "(SELECT o.id FROM {obs} o WHERE o.place_id = p.id AND o.kind = %s AND o.observed_on <= %s"
    f" AND {NOT_REJECTED.format(alias='o')} ORDER BY o.observed_on DESC, o.id DESC LIMIT 1)"
)


def _chosen_ids_sql(
    bbox, days, changed_after: dt.date | None, place_id: int | None = None
) -> tuple[str, list]:
    """SQL for the ids of the observations _settlement_rows reads: the probes of each observed
    place (of the box, or the one place), per day and kind, in one subquery. Written as SQL,
    not as Django Subquery expressions, whose resolving and compiling cost ~6 ms of CPU per
    request."""
    from places.models import Place

    obs = connection.ops.quote_name(ControlObservation._meta.db_table)
    places = connection.ops.quote_name(Place._meta.db_table)
    day_value = connection.ops.adapt_datefield_value
    observed, observed_params = "", []
    if changed_after is not None:
        observed = f" AND {NOT_REJECTED.format(alias='s')} AND s.observed_on >= %s"
        observed += " AND s.observed_on <= %s"
        first = changed_after + dt.timedelta(days=1)
        observed_params = [day_value(first), day_value(max(days))]
    if place_id is not None:
        where, where_params = "p.id = %s", [place_id]
    elif bbox and not covers_world(bbox):
        # One probe per gazetteer place in the box, then the kinds' probes for observed ones.
        in_box = Place.objects.filter(place_bbox_q(bbox, indexed=True)).order_by().values("pk")
        box_sql, box_params = in_box.query.sql_with_params()
        where = f"p.id IN ({box_sql}) AND EXISTS (SELECT 1 FROM {obs} s WHERE s.place_id = p.id"
        where, where_params = f"{where}{observed})", [*box_params, *observed_params]
    else:
        where = f"p.id IN (SELECT s.place_id FROM {obs} s WHERE s.place_id IS NOT NULL{observed})"
        where_params = observed_params
    probes = [(kind, day) for day in days for kind in KINDS]
    columns = ", ".join(f"{_PROBE.format(obs=obs)} AS c{i}" for i in range(len(probes)))
    params = [value for kind, day in probes for value in (kind, day_value(day))]
    union = " UNION ".join(f"SELECT c{i} FROM probes" for i in range(len(probes)))
    sql = f"WITH probes AS (SELECT {columns} FROM {places} p WHERE {where}) {union}"
    return sql, [*params, *where_params]


def _settlement_rows(
    bbox,
    days: tuple[dt.date, ...],
    changed_after: dt.date | None = None,
    fields: tuple[str, ...] = OBSERVATION_FIELDS,
    place_id: int | None = None,
) -> list[list[dict]]:
    """Per day, the newest standing observation of each kind per settlement in the box.

    One index probe per place, kind and day, and the chosen rows, in one query: a place's
    older observations are never read. Ranking every observation of the box's places instead
    (a window query) read ~8,000 rows per 2° box at 1,000,000 observations on PostGIS
    (0.1–0.7 s). With `changed_after`, only the places with a standing observation after that
    day up to the last day (the others cannot have changed hands). Each day's row of a place
    and kind is the newest of the chosen ones observed on or before it. `fields`: the columns
    read (the map's markers need no source); `place_id`: that place alone (a popup).
    """
    sql, params = _chosen_ids_sql(bbox, days, changed_after, place_id)
    rows = ControlObservation.objects.filter(pk__in=RawSQL(sql, params))
    chosen: dict[tuple, list[dict]] = {}
    for row in rows.values(*fields):
        chosen.setdefault((row["place_id"], row["kind"]), []).append(row)
    per_day: list[list[dict]] = [[] for _ in days]
    for key in sorted(chosen, key=lambda k: (k[0], KINDS.index(k[1]))):
        newest_first = sorted(chosen[key], key=lambda r: (r["observed_on"], r["id"]), reverse=True)
        for rows_of_day, day in zip(per_day, days, strict=True):
            row = next((r for r in newest_first if r["observed_on"] <= day), None)
            if row is not None:
                rows_of_day.append(row)
    return per_day


def settlement_standings(
    day: dt.date, bbox=None, fields=OBSERVATION_FIELDS, place_id: int | None = None
) -> dict[int, Standing]:
    return _group(_settlement_rows(bbox, (day,), None, fields, place_id)[0], _place_key)


def settlement_standings_pair(start: dt.date, end: dt.date, bbox=None) -> tuple[dict, dict]:
    """The standings on `start` and on `end` of the settlements that may have changed hands
    between them: those with a standing observation after `start` (for changes only)."""
    before, after = _settlement_rows(bbox, (start, end), changed_after=start)
    return _group(before, _place_key), _group(after, _place_key)


def area_bbox_q(bbox) -> Q:
    """Area observations whose bounding box meets the box (callers test the shapes).

    SpatiaLite: candidates from the R*Tree (its SpatialIndex table), which it never consults on
    its own (and its MbrOverlaps is false for a box inside an area); PostGIS: the GiST index.
    """
    if connection.vendor != "sqlite":
        return Q(area__bboverlaps=bbox_polygon(bbox))
    sql = (
        "SELECT ROWID FROM SpatialIndex WHERE f_table_name = %s "
        "AND f_geometry_column = 'area' AND search_frame = BuildMbr(%s, %s, %s, %s, 4326)"
    )
    return Q(id__in=RawSQL(sql, (ControlObservation._meta.db_table, *bbox)))


def area_names_in(bbox) -> set[str] | None:
    """The names of the areas with a version meeting the box (None: no box, every area).

    Read in a query of their own, from the GiST index (SpatiaLite: the R*Tree): as a subquery
    PostgreSQL tested the box against every version of every area (5.9 s at 1,000,000
    observations)."""
    if not bbox or covers_world(bbox):
        return None
    return set(
        ControlObservation.objects.filter(area_bbox_q(bbox))
        .order_by()
        .values_list("area_name", flat=True)
        .distinct()
    )


def _areas_in(names: set[str] | None):
    """Every version of the named areas (None: of every area); the latest version of each may
    lie outside the box its name was found in (an area that moved away), which callers drop
    or clip."""
    qs = ControlObservation.objects.areas()
    return qs if names is None else qs.filter(area_name__in=names)


# A named area's newest standing version of one kind on one day: a probe of the index of area
# versions by name, articles_control_area_named (the outer row is the name, `n`). Its
# condition is written out as in the index (`+ 0`: see articles.control.AREA_ROWS).
_AREA_PROBE = (
    "(SELECT o.id FROM {obs} o WHERE o.area_name = n.area_name AND (o.place_id + 0) IS NULL"
    f" AND o.kind = %s AND o.observed_on <= %s AND {NOT_REJECTED.format(alias='o')}"
    " ORDER BY o.observed_on DESC, o.id DESC LIMIT 1)"
)


def _area_rows(names: set[str] | None, day: dt.date, fields=OBSERVATION_FIELDS) -> list[dict]:
    """The newest standing version of each kind of the named areas (None: every area) on `day`:
    three index probes per name. Ranking every version instead (a window query) walked the
    whole table's day index on SQLite for the world (100,000 observations: ~300 ms)."""
    if names is not None and not names:
        return []
    obs = connection.ops.quote_name(ControlObservation._meta.db_table)
    named, name_params = "", []
    if names is not None:
        named = f" AND area_name IN ({', '.join(['%s'] * len(names))})"
        name_params = sorted(names)
    columns = ", ".join(f"{_AREA_PROBE.format(obs=obs)} AS c{i}" for i in range(len(KINDS)))
    day_value = connection.ops.adapt_datefield_value(day)
    params = [value for kind in KINDS for value in (kind.value, day_value)]
    union = " UNION ".join(f"SELECT c{i} FROM probes" for i in range(len(KINDS)))
    sql = (
        f"WITH names AS (SELECT DISTINCT area_name FROM {obs} WHERE (place_id + 0) IS NULL"
        f"{named}), probes AS (SELECT {columns} FROM names n) {union}"
    )
    chosen = ControlObservation.objects.filter(pk__in=RawSQL(sql, [*name_params, *params]))
    return list(chosen.values(*fields))


def area_standings(
    day: dt.date, bbox=None, fields=OBSERVATION_FIELDS, names: set[str] | None = None
) -> dict[str, Standing]:
    """The areas meeting the box on `day`, or those of `names` (a popup's one area)."""
    names = names if names is not None else area_names_in(bbox)
    return _group(_area_rows(names, day, fields), _area_key)


def area_standings_pair(start: dt.date, end: dt.date, names: set[str] | None) -> tuple[dict, dict]:
    """The standings on `start` and on `end` of the named areas (see area_names_in)."""
    rows = _latest_rows_pair(_areas_in(names), start, end)
    return _group(rows[0], _area_key), _group(rows[1], _area_key)


def _place_key(row: dict) -> int:
    return row["place_id"]


def _area_key(row: dict) -> str:
    return row["area_name"]


def _group(rows: list[dict], key) -> dict:
    standings: dict = {}
    for row in rows:
        standing = standings.setdefault(key(row), Standing(key=key(row)))
        standing.latest[row["kind"]] = row
    return standings


def area_geometries(ids) -> dict[int, GEOSGeometry]:
    return dict(ControlObservation.objects.filter(pk__in=list(ids)).values_list("id", "area"))


def places_by_id(ids) -> dict[int, dict]:
    from places.models import Place

    rows = Place.objects.filter(pk__in=list(ids)).annotate(lon=X("point"), lat=Y("point"))
    return {
        pk: {"id": pk, "name": name, "lon": lon, "lat": lat}
        for pk, name, lon, lat in rows.values_list("id", "name", "lon", "lat")
    }


def actors_of(rows) -> dict[int, dict]:
    ids = {r["side_id"] for r in rows} | {r["claimant_id"] for r in rows if r["claimant_id"]}
    return {a.pk: actor_dict(a) for a in Actor.objects.filter(pk__in=ids)}


# Serialisation ----------------------------------------------------------------------------


def observation_dict(row: dict, actors: dict[int, dict]) -> dict:
    source: dict
    if row["article_id"]:
        source = {
            "article": {"id": row["article_id"], "title": row["article__title"]},
            "url": article_link(row["article_id"], row["sentence_start"], row["sentence_end"]),
        }
    else:
        source = {
            "name": row["source_name"],
            "file": row["source_file"],
            "feature": row["source_feature"],
            "url": None,
        }
    return {
        "id": row["id"],
        "kind": row["kind"],
        "event": row["event"],
        "side": actors.get(row["side_id"]),
        "claimant": actors.get(row["claimant_id"]),
        "observed_on": row["observed_on"].isoformat(),
        "date_precision": row["date_precision"],
        "source": source,
    }


def _standing_properties(standing: Standing, actors: dict[int, dict]) -> dict:
    current = standing.current
    return {
        "side": actors.get(current["side_id"]),
        "as_of": current["observed_on"].isoformat(),
        "contested": standing.contested,
        "disputed": standing.disputed,
        "observations": {
            kind.value: observation_dict(standing.latest[kind], actors)
            if kind in standing.latest
            else None
            for kind in KINDS
        },
    }


# Below this zoom (a continent or the world) the map gets areas only: thousands of settlement
# dots are unreadable there, and reading their standings cost ~1 s at 100,000 observations.
SETTLEMENTS_FROM_ZOOM = 6


def control_collection(
    day: dt.date,
    bbox=None,
    zoom: int | None = None,
    place_id: int | None = None,
    area_name: str | None = None,
) -> dict:
    """Control on `day` in the box, in full: each feature with its observations and sources.
    With `place_id` or `area_name`, that settlement or area alone (what a map popup shows)."""
    points = zoom is None or zoom >= SETTLEMENTS_FROM_ZOOM
    if place_id is not None or area_name is not None:
        settlements = settlement_standings(day, place_id=place_id) if place_id else {}
        areas = area_standings(day, names={area_name}) if area_name else {}
    else:
        settlements = settlement_standings(day, bbox) if points else {}
        areas = area_standings(day, bbox)
    rows = [o for s in (*settlements.values(), *areas.values()) for o in s.latest.values()]
    actors = actors_of(rows)
    places = places_by_id(settlements)
    features = []
    for place_id, standing in sorted(settlements.items(), key=lambda i: places[i[0]]["name"]):
        place = places[place_id]
        features.append(
            {
                "type": "Feature",
                "id": f"control-place-{place_id}",
                "geometry": {
                    "type": "Point",
                    "coordinates": [rounded(place["lon"]), rounded(place["lat"])],
                },
                "properties": {
                    "layer": "control",
                    "type": "settlement",
                    "place": {"id": place_id, "name": place["name"]},
                    **_standing_properties(standing, actors),
                },
            }
        )
    geometries = area_geometries(s.current["id"] for s in areas.values())
    box = bbox_polygon(bbox) if bbox and not covers_world(bbox) else None
    for name, standing in sorted(areas.items()):
        geom = geometries[standing.current["id"]]
        if box is not None and not geom.intersects(box):
            continue
        features.append(
            {
                "type": "Feature",
                "id": f"control-area-{standing.current['id']}",
                "geometry": geometry_json(geom, zoom),
                "properties": {
                    "layer": "control",
                    "type": "area",
                    "name": name,
                    "area_km2": round(km2(geom), 2),
                    **_standing_properties(standing, actors),
                },
            }
        )
    extra = {} if points else {"settlements_from_zoom": SETTLEMENTS_FROM_ZOOM}
    return feature_collection(features, date=day.isoformat(), **extra)


def change_dates(start: dt.date | None = None, end: dt.date | None = None) -> list[str]:
    """The days on which the map changes: a standing control observation (a rejected one
    changes nothing on the map), a front line version starting (or ending: the day after its
    valid_to), a campaign starting, ending (drawn faded from then) or leaving the map
    CAMPAIGN_FADE_DAYS later."""
    from django.conf import settings

    from articles.models import Campaign, FrontLine

    # Read from the (observed_on, status) index alone.
    days: set[dt.date] = set(
        ControlObservation.objects.standing()
        .between(start, end)
        .order_by()
        .values_list("observed_on", flat=True)
        .distinct()
    )
    for valid_from, valid_to in FrontLine.objects.values_list("valid_from", "valid_to"):
        days.add(valid_from)
        if valid_to and valid_to < dt.date.max:
            days.add(valid_to + dt.timedelta(days=1))
    fade = dt.timedelta(days=settings.CAMPAIGN_FADE_DAYS + 1)
    for started, ended in Campaign.objects.values_list("started_on", "ended_on"):
        gone = ended + fade if ended and ended < dt.date.max - fade else None
        days.update(d for d in (started, ended, gone) if d)
    return sorted(
        d.isoformat() for d in days if (not start or d >= start) and (not end or d <= end)
    )
