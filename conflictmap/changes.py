"""What changed between two days: settlements that changed hands, ground gained and lost.

A settlement changed hands when its holder on `end` (see conflictmap.control_layer) is not its
holder on `start`. A side gained the part of its areas' union on `end` outside its union on
`start`, and lost the reverse; each piece carries its area in km² on the WGS84 ellipsoid and
the observations dated after `start` and up to `end` that drew it. Within a bbox, settlements
are those whose point is in the box and areas are clipped to it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.contrib.gis.db.models.functions import AsWKB
from django.contrib.gis.geos import GeometryCollection, GEOSGeometry

from articles.models import ControlObservation
from conflictmap.bbox import bbox_polygon, covers_world
from conflictmap.clusters import rounded
from conflictmap.control_layer import (
    AREA_EXTENT,
    MAX_SOURCES,
    MIN_CHANGE_KM2,
    OBSERVATION_FIELDS,
    actors_of,
    area_bbox_q,
    area_geometries,
    area_names_in,
    area_standings_pair,
    as_multipolygon,
    km2,
    observation_dict,
    places_by_id,
    settlement_standings_pair,
)
from conflictmap.geojson import feature_collection, geometry_json


def _supporting(qs, start: dt.date, end: dt.date) -> list[dict]:
    """Standing observations dated after `start` up to `end`, newest first."""
    rows = qs.standing().between(start + dt.timedelta(days=1), end).order_by("-observed_on", "-id")
    return list(rows.values(*OBSERVATION_FIELDS))


def settlement_changes(start: dt.date, end: dt.date, bbox=None) -> list[dict]:
    """[{place_id, before, after, sources}] for each place whose holder differs."""
    before, after = settlement_standings_pair(start, end, bbox)
    changed = {
        place_id: (before[place_id].current, standing.current)
        for place_id, standing in after.items()
        if place_id in before and before[place_id].current["side_id"] != standing.current["side_id"]
    }
    sources = defaultdict(list)
    qs = ControlObservation.objects.filter(place_id__in=list(changed))
    for row in _supporting(qs, start, end):
        if len(sources[row["place_id"]]) < MAX_SOURCES:
            sources[row["place_id"]].append(row)
    return [
        {"place_id": pk, "before": old, "after": new, "sources": sources[pk]}
        for pk, (old, new) in changed.items()
    ]


def side_unions(start: dt.date, end: dt.date, bbox, names: set[str] | None) -> dict[int, tuple]:
    """Each side's areas on `start` and on `end`, merged (clipped to the bbox); a side whose
    area versions are the same on both days is left out: nothing changed there. `names`: the
    areas meeting the bbox (area_names_in)."""
    pair = area_standings_pair(start, end, names)
    versions = [defaultdict(set), defaultdict(set)]
    for day_versions, standings in zip(versions, pair, strict=True):
        for standing in standings.values():
            day_versions[standing.current["side_id"]].add(standing.current["id"])
    sides = [
        side
        for side in set(versions[0]) | set(versions[1])
        if versions[0].get(side) != versions[1].get(side)
    ]
    ids = {pk for side in sides for day in versions for pk in day.get(side, ())}
    geometries = area_geometries(ids)
    box = bbox_polygon(bbox) if bbox and not covers_world(bbox) else None

    def union(pks) -> GEOSGeometry | None:
        if not pks:
            return None
        # The multipolygons themselves: GEOS unions their polygons just the same, and
        # taking them apart here cost a GEOS copy of each.
        merged = GeometryCollection(*[geometries[pk] for pk in pks], srid=4326)
        merged = merged.unary_union
        return merged.intersection(box) if box is not None else merged

    return {side: (union(versions[0].get(side)), union(versions[1].get(side))) for side in sides}


def area_changes(start: dt.date, end: dt.date, bbox=None) -> list[dict]:
    """[{side_id, change: gain|loss, geometry, km2, sources}] per side, largest first."""
    changes = []
    names = area_names_in(bbox)
    for side_id, (old, new) in sorted(side_unions(start, end, bbox, names).items()):
        pieces = {
            "gain": new.difference(old) if old is not None and new is not None else new,
            "loss": old.difference(new) if old is not None and new is not None else old,
        }
        for change, piece in pieces.items():
            multi = as_multipolygon(piece) if piece is not None else None
            size = km2(multi) if multi is not None else 0.0
            if size < MIN_CHANGE_KM2:
                continue
            changes.append({"side_id": side_id, "change": change, "geometry": multi, "km2": size})
    _attach_area_sources(changes, start, end, names)
    return sorted(changes, key=lambda c: -c["km2"])


def _attach_area_sources(
    changes: list[dict], start: dt.date, end: dt.date, names: set[str] | None
) -> None:
    """Each change's sources: area observations in the range whose shape meets it. One query
    for all, shapes tested here: the versions in the range of the areas meeting the bbox
    (`names`; the changes lie in the bbox, so the others cannot meet them), from the index
    of versions by name; without a bbox, the candidates in the changes' extent."""
    if not changes:
        return
    qs = ControlObservation.objects.areas()
    if names is not None:
        qs = qs.filter(area_name__in=names)
    else:
        xmin, ymin, xmax, ymax = zip(*(c["geometry"].extent for c in changes), strict=True)
        qs = qs.filter(area_bbox_q((min(xmin), min(ymin), max(xmax), max(ymax))))
    rows = list(
        qs.standing()
        .between(start + dt.timedelta(days=1), end)
        .order_by("-observed_on", "-id")
        .values(*OBSERVATION_FIELDS, **AREA_EXTENT, wkb=AsWKB("area"))
    )
    shapes: dict[int, GEOSGeometry] = {}  # read from WKB only for rows whose extent meets one
    for change in changes:
        prepared = change["geometry"].prepared
        xmin, ymin, xmax, ymax = change["geometry"].extent
        change["sources"] = sources = []
        for row in rows:
            if row["xmin"] > xmax or row["xmax"] < xmin or row["ymin"] > ymax or row["ymax"] < ymin:
                continue
            shape = shapes.get(row["id"])
            if shape is None:
                shape = shapes[row["id"]] = GEOSGeometry(memoryview(row["wkb"]))
            if prepared.intersects(shape):
                sources.append(row)
                if len(sources) == MAX_SOURCES:
                    break


def _summary(settlements: list[dict], areas: list[dict], actors: dict) -> list[dict]:
    totals: dict[int, dict] = {}

    def side(side_id: int) -> dict:
        return totals.setdefault(
            side_id,
            {
                "side": actors.get(side_id),
                "gained_km2": 0.0,
                "lost_km2": 0.0,
                "settlements_gained": 0,
                "settlements_lost": 0,
            },
        )

    for change in settlements:
        side(change["after"]["side_id"])["settlements_gained"] += 1
        side(change["before"]["side_id"])["settlements_lost"] += 1
    for change in areas:
        side(change["side_id"])[f"{'gained' if change['change'] == 'gain' else 'lost'}_km2"] += (
            change["km2"]
        )
    rows = sorted(totals.values(), key=lambda r: r["side"]["name"] if r["side"] else "")
    for row in rows:
        row["gained_km2"] = round(row["gained_km2"], 2)
        row["lost_km2"] = round(row["lost_km2"], 2)
    return rows


def changes_collection(start: dt.date, end: dt.date, bbox=None, zoom: int | None = None) -> dict:
    settlements = settlement_changes(start, end, bbox)
    areas = area_changes(start, end, bbox)
    rows = [
        row
        for change in settlements
        for row in (change["before"], change["after"], *change["sources"])
    ] + [row for change in areas for row in change["sources"]]
    sides = [{"side_id": change["side_id"], "claimant_id": None} for change in areas]
    actors = actors_of(rows + sides)
    places = places_by_id(c["place_id"] for c in settlements)
    features = []
    for change in sorted(settlements, key=lambda c: places[c["place_id"]]["name"]):
        place = places[change["place_id"]]
        features.append(
            {
                "type": "Feature",
                "id": f"change-place-{place['id']}",
                "geometry": {
                    "type": "Point",
                    "coordinates": [rounded(place["lon"]), rounded(place["lat"])],
                },
                "properties": {
                    "layer": "changes",
                    "type": "settlement",
                    "place": {"id": place["id"], "name": place["name"]},
                    "from_side": actors.get(change["before"]["side_id"]),
                    "to_side": actors.get(change["after"]["side_id"]),
                    "before": observation_dict(change["before"], actors),
                    "after": observation_dict(change["after"], actors),
                    "observations": [observation_dict(r, actors) for r in change["sources"]],
                },
            }
        )
    for index, change in enumerate(areas, start=1):
        features.append(
            {
                "type": "Feature",
                "id": f"change-area-{index}",
                "geometry": geometry_json(change["geometry"], zoom),
                "properties": {
                    "layer": "changes",
                    "type": "area",
                    "change": change["change"],
                    "side": actors.get(change["side_id"]),
                    "area_km2": round(change["km2"], 2),
                    "observations": [observation_dict(r, actors) for r in change["sources"]],
                },
            }
        )
    return feature_collection(
        features,
        start=start.isoformat(),
        end=end.isoformat(),
        summary=_summary(settlements, areas, actors),
    )
