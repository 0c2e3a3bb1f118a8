"""Importing control layers (articles/control_files.py reads them) as assessed observations.

- Polygons: one *assessed* area observation per (day, area, side), the day's polygons of that
  area merged; the area is named by the feature's `name`, else "<source>: <side>", so each
  day's file is a new version of the same areas.
- Points: a settlement observation for the gazetteer place of that name nearest the point
  (within NEAR_DEGREES); none there → the feature is skipped and reported.
- LineStrings: a FrontLine version named by `name` (else "<source> front line") from that
  day; the previous open version of the same name now ends the day before.

The side comes from the first usual property (side, controller, owner…, then `name`), or the
feature's KML style colour, through `side_map` (value or colour → actor) and then the actors'
names and aliases (places.normalize.name_key), or an actor of that exact colour.
Re-importing a file changes nothing: rows are keyed on file, area or place, and day.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.gis.geos import GEOSGeometry, MultiPolygon, Polygon
from django.db import transaction

from articles.control import ControlObservation
from articles.control_files import LayerFeature, read_layer
from articles.models import Actor, ActorAlias, FrontLine
from places.geoparser.index import haversine_km
from places.models import Place, PlaceName
from places.normalize import name_key

logger = logging.getLogger("articles.control_import")

SIDE_KEYS = (
    "side",
    "controller",
    "controlled_by",
    "control",
    "owner",
    "holder",
    "occupier",
    "party",
    "faction",
    "forces",
    "status",
)
PLACE_KEYS = ("place", "settlement", "town", "name")
# A point names a gazetteer place within about 11 km.
NEAR_DEGREES = 0.1
PROGRESS_EVERY = 200


@dataclass
class ControlImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    repaired: int = 0
    features: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)

    def error(self, number: int, reason: str) -> None:
        self.errors.append((number, reason))
        logger.warning("control import: feature %s skipped: %s", number, reason)

    def summary(self) -> str:
        return (
            f"{self.features} features: {self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.repaired} repaired, {len(self.errors)} skipped"
        )


class SideResolver:
    """Property values and colours → actors (cached; unknown values stay unknown)."""

    def __init__(self, side_map: dict[str, str] | None = None):
        self.side_map = {
            name_key(k) if not k.startswith("#") else k.lower(): v
            for k, v in (side_map or {}).items()
        }
        self.cache: dict[str, Actor | None] = {}

    def actor(self, value: str) -> Actor | None:
        value = str(value or "").strip()
        if not value:
            return None
        key = value.lower() if value.startswith("#") else name_key(value)
        if key not in self.cache:
            target = self.side_map.get(key, value)
            self.cache[key] = self._lookup(target)
        return self.cache[key]

    @staticmethod
    def _lookup(value: str) -> Actor | None:
        if value.startswith("#"):
            return Actor.objects.filter(colour__iexact=value).order_by("pk").first()
        exact = (
            Actor.objects.filter(name=value).first()
            or Actor.objects.filter(aliases__alias=value).first()
        )
        if exact:
            return exact
        key = name_key(value)
        alias = ActorAlias.objects.filter(key=key, case_sensitive=False).first()
        if alias:
            return alias.actor
        return next((a for a in Actor.objects.all() if name_key(a.name) == key), None)

    def side_of(self, feature: LayerFeature, keys=(*SIDE_KEYS, "name")) -> Actor:
        lowered = {str(k).lower(): v for k, v in feature.props.items()}
        tried = []
        for key in keys:
            if lowered.get(key) not in (None, ""):
                tried.append(f"{key}={lowered[key]!r}")
                if actor := self.actor(lowered[key]):
                    return actor
        if feature.colour:
            tried.append(f"colour {feature.colour}")
            if actor := self.actor(feature.colour):
                return actor
        raise ValueError(
            f"no known side ({', '.join(tried) or 'no side property'}); "
            "add an alias to the actor or pass --side VALUE=ACTOR"
        )


def polygonal(geom: GEOSGeometry) -> list[Polygon]:
    if geom.geom_type == "Polygon":
        return [geom]
    if geom.geom_type in ("MultiPolygon", "GeometryCollection"):
        return [p for child in geom for p in polygonal(child)]
    return []


def nearest_place(name: str, point) -> Place | None:
    box = (
        point.x - NEAR_DEGREES,
        point.y - NEAR_DEGREES,
        point.x + NEAR_DEGREES,
        point.y + NEAR_DEGREES,
    )
    names = PlaceName.objects.filter(
        key=name_key(name),
        place__point__contained=Polygon.from_bbox(box),
    ).select_related("place")
    places = {n.place for n in names} | set(
        Place.objects.filter(name=name, point__contained=Polygon.from_bbox(box))
    )
    if not places:
        return None
    return min(places, key=lambda p: haversine_km(point.y, point.x, p.point.y, p.point.x))


def _record(report: ControlImportReport, created: bool, changed: bool) -> None:
    if created:
        report.created += 1
    elif changed:
        report.updated += 1
    else:
        report.unchanged += 1


def _upsert_observation(lookup: dict, values: dict, report: ControlImportReport) -> None:
    existing = ControlObservation.objects.filter(**lookup).first()
    if existing is None:
        ControlObservation.objects.create(**lookup, **values)
        _record(report, True, False)
        return
    changed = any(
        (getattr(existing, k).wkb != v.wkb if hasattr(v, "wkb") else getattr(existing, k) != v)
        for k, v in values.items()
    )
    if changed:
        for k, v in values.items():
            setattr(existing, k, v)
        existing.save()
    _record(report, False, changed)


@dataclass
class ImportContext:
    source_file: str
    source_name: str
    sides: SideResolver
    line_sides: tuple[Actor, Actor] | None
    report: ControlImportReport


def source_name(feature: LayerFeature, ctx: ImportContext) -> str:
    """The publisher: the feature's `source` property (as export_control writes), else the
    --source-name given."""
    return str(feature.props.get("source") or ctx.source_name)[:200]


def save_point(feature: LayerFeature, ctx: ImportContext) -> None:
    lowered = {str(k).lower(): v for k, v in feature.props.items()}
    name = next((str(lowered[k]) for k in PLACE_KEYS if lowered.get(k)), "")
    if not name:
        raise ValueError("a point needs the settlement's name (name or place property)")
    point = feature.geometry if feature.geometry.geom_type == "Point" else feature.geometry[0]
    place = nearest_place(name, point)
    if place is None:
        raise ValueError(f"no gazetteer place called {name!r} near {point.x:.4f}, {point.y:.4f}")
    side = ctx.sides.side_of(feature, SIDE_KEYS)
    event = str(lowered.get("event") or ControlObservation.Event.HOLD)
    if event not in ControlObservation.Event.values:
        event = ControlObservation.Event.HOLD
    lookup = {
        "source_file": ctx.source_file,
        "place": place,
        "observed_on": feature.day,
        "kind": ControlObservation.Kind.ASSESSED,
    }
    values = {
        "side": side,
        "event": event,
        "status": ControlObservation.Status.ACCEPTED,
        "source_feature": feature.feature_id,
        "source_name": source_name(feature, ctx),
    }
    _upsert_observation(lookup, values, ctx.report)


def save_line(feature: LayerFeature, ctx: ImportContext) -> None:
    lowered = {str(k).lower(): v for k, v in feature.props.items()}
    a, b = ctx.sides.actor(lowered.get("side_a", "")), ctx.sides.actor(lowered.get("side_b", ""))
    if not (a and b):
        if ctx.line_sides is None:
            raise ValueError("a front line needs side_a and side_b properties or --sides A,B")
        a, b = ctx.line_sides
    name = str(lowered.get("name") or f"{ctx.source_name or 'Imported'} front line")[:200]
    geometry = feature.geometry
    if geometry.geom_type not in ("LineString", "MultiLineString"):
        raise ValueError(f"a front line must be a LineString, not a {geometry.geom_type}")
    note = f"{ctx.source_name or 'Imported layer'}: {ctx.source_file} #{feature.feature_id}"
    line, created = FrontLine.objects.get_or_create(
        name=name,
        valid_from=feature.day,
        defaults={"geometry": geometry, "side_a": a, "side_b": b, "source_note": note[:500]},
    )
    changed = not created and (
        line.geometry.wkb != geometry.wkb or (line.side_a_id, line.side_b_id) != (a.pk, b.pk)
    )
    if changed:
        line.geometry, line.side_a, line.side_b = geometry, a, b
        line.save()
    _chain_versions(name)
    _record(ctx.report, created, changed)


def _chain_versions(name: str) -> None:
    """Each version of a front line ends the day before the next one starts."""
    versions = list(FrontLine.objects.filter(name=name).order_by("valid_from"))
    for current, following in itertools.pairwise(versions):
        end = following.valid_from - dt.timedelta(days=1)
        if current.valid_to is None or current.valid_to > end:
            current.valid_to = end
            current.save(update_fields=["valid_to"])


def save_areas(groups: dict, ctx: ImportContext) -> None:
    """One observation per (day, area name, side): the day's polygons of that area merged."""
    for (day, area_name, side), parts in groups.items():
        numbers = [f.number for f, _ in parts]
        try:
            with transaction.atomic():
                polygons = [p for _, geom in parts for p in polygonal(geom)]
                merged = MultiPolygon(*polygons, srid=4326).unary_union
                area = MultiPolygon(*polygonal(merged), srid=4326)
                lookup = {
                    "source_file": ctx.source_file,
                    "area_name": area_name,
                    "observed_on": day,
                    "kind": ControlObservation.Kind.ASSESSED,
                }
                values = {
                    "side": side,
                    "area": area,
                    "status": ControlObservation.Status.ACCEPTED,
                    "source_feature": ",".join(f.feature_id for f, _ in parts)[:200],
                    "source_name": source_name(parts[0][0], ctx),
                }
                _upsert_observation(lookup, values, ctx.report)
        except (ValueError, TypeError) as exc:
            for number in numbers:
                ctx.report.error(number, str(exc))


def import_control(
    path: str,
    data: bytes,
    *,
    source_name: str = "",
    default_day=None,
    side_map: dict[str, str] | None = None,
    line_sides: tuple[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ControlImportReport:
    """Import one control layer file (see the module docstring)."""
    layer = read_layer(path, data, default_day)
    sides = SideResolver(side_map)
    resolved_line_sides = None
    if line_sides:
        resolved_line_sides = tuple(sides.actor(name) for name in line_sides)
        if not all(resolved_line_sides):
            raise ValueError(f"unknown actor in --sides {','.join(line_sides)}")
    report = ControlImportReport(features=len(layer.features))
    ctx = ImportContext(Path(path).name, source_name, sides, resolved_line_sides, report)
    areas: dict[tuple, list] = defaultdict(list)
    for index, feature in enumerate(layer.features, start=1):
        try:
            _import_feature(feature, ctx, areas)
        except (ValueError, TypeError) as exc:
            report.error(feature.number, str(exc))
        if progress and (index % PROGRESS_EVERY == 0 or index == len(layer.features)):
            progress(index, len(layer.features))
    save_areas(areas, ctx)
    return report


def _import_feature(feature: LayerFeature, ctx: ImportContext, areas: dict) -> None:
    if feature.error:
        raise ValueError(feature.error)
    if feature.day is None:
        raise ValueError("no date: give the feature a date property, or pass --date")
    if feature.repaired:
        ctx.report.repaired += 1
        logger.info("control import: feature %s had invalid geometry, repaired", feature.number)
    kind = feature.geometry.geom_type
    if kind in ("Point", "MultiPoint"):
        with transaction.atomic():
            save_point(feature, ctx)
    elif kind in ("LineString", "MultiLineString"):
        with transaction.atomic():
            save_line(feature, ctx)
    elif polygonal(feature.geometry):
        side = ctx.sides.side_of(feature)
        name = str(feature.props.get("name") or f"{ctx.source_name or 'Imported'}: {side.name}")
        areas[(feature.day, name[:200], side)].append((feature, feature.geometry))
    else:
        raise ValueError(f"unsupported geometry {kind}")
