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

from django.contrib.gis.geos import GeometryCollection, GEOSGeometry

from articles.models import ControlObservation
from conflictmap.bbox import bbox_polygon, covers_world
from conflictmap.clusters import rounded
from conflictmap.control_layer import (
    MAX_SOURCES,
    MIN_CHANGE_KM2,
    OBSERVATION_FIELDS,
    actors_of,
    area_bbox_q,
    area_geometries,
    area_standings,
    as_multipolygon,
    km2,
    observation_dict,
    places_by_id,
    settlement_standings,
)
from conflictmap.geojson import feature_collection, geometry_json


def _supporting(qs, start: dt.date, end: dt.date) -> list[dict]:
    """Standing observations dated after `start` up to `end`, newest first."""
    rows = qs.standing().between(start + dt.timedelta(days=1), end).order_by("-observed_on", "-id")
    return list(rows.values(*OBSERVATION_FIELDS))


def settlement_changes(start: dt.date, end: dt.date, bbox=None) -> list[dict]:
    """[{place_id, before, after, sources}] for each place whose holder differs."""
    before = settlement_standings(start, bbox)
    after = settlement_standings(end, bbox)
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


def side_unions(day: dt.date, bbox=None) -> dict[int, GEOSGeometry]:
    """Each side's areas on `day`, merged into one geometry (clipped to the bbox)."""
    standings = area_standings(day, bbox)
    geometries = area_geometries(s.current["id"] for s in standings.values())
    by_side = defaultdict(list)
    for standing in standings.values():
        by_side[standing.current["side_id"]].extend(geometries[standing.current["id"]])
    box = bbox_polygon(bbox) if bbox and not covers_world(bbox) else None
    unions = {}
    for side_id, polygons in by_side.items():
        union = GeometryCollection(*polygons, srid=4326).unary_union
        unions[side_id] = union.intersection(box) if box is not None else union
    return unions


def area_changes(start: dt.date, end: dt.date, bbox=None) -> list[dict]:
    """[{side_id, change: gain|loss, geometry, km2, sources}] per side, largest first."""
    before, after = side_unions(start, bbox), side_unions(end, bbox)
    changes = []
    for side_id in sorted(set(before) | set(after)):
        old, new = before.get(side_id), after.get(side_id)
        pieces = {
            "gain": new.difference(old) if old is not None and new is not None else new,
            "loss": old.difference(new) if old is not None and new is not None else old,
        }
        for change, piece in pieces.items():
            multi = as_multipolygon(piece)
            if multi is None or km2(multi) < MIN_CHANGE_KM2:
                continue
            # The R*Tree's candidates first: an intersects test on every area row costs ~100 ms.
            candidates = ControlObservation.objects.filter(area_bbox_q(multi.extent))
            qs = candidates.filter(area__intersects=multi)
            changes.append(
                {
                    "side_id": side_id,
                    "change": change,
                    "geometry": multi,
                    "km2": km2(multi),
                    "sources": _supporting(qs, start, end)[:MAX_SOURCES],
                }
            )
    return sorted(changes, key=lambda c: -c["km2"])


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
    actors = actors_of(rows)
    for change in areas:
        actors.update(actors_of([{"side_id": change["side_id"], "claimant_id": None}]))
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
