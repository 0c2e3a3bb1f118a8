"""Queries and GeoJSON serialisation for the map layers.

Plain functions that take cleaned `Filters` and return dicts; the views in `api.py` only
validate, call one of these and respond. Every feature's properties come from an explicit
allowlist, and every feature links back to the sentence of the article it came from.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, NamedTuple

from django.contrib.gis.db.models.functions import AsGeoJSON
from django.contrib.gis.geos import GEOSGeometry, LineString, Point
from django.db import connection
from django.db.models import Case, Count, Exists, FloatField, Func, OuterRef, Prefetch, Q, When
from django.urls import reverse

from articles.models import (
    Actor,
    ActorMention,
    Article,
    Campaign,
    CampaignSource,
    FrontLine,
    Mention,
    Statement,
)
from conflictmap.bbox import bbox_polygon, covers_world, is_wide, place_bbox_q
from conflictmap.params import Filters
from places.models import Place

# Below this zoom the mentions layer returns clusters, not one feature per mention.
CLUSTER_BELOW_ZOOM = 8
LOCATED = (Mention.Status.RESOLVED, Mention.Status.CONFIRMED)
# Below CLUSTER_BELOW_ZOOM the places layer is clustered on the server once it has more
# point places than this (a few thousand SVG markers take the browser ~0.3 s to draw).
PLACE_CLUSTER_MIN = 400
# Longest literal place-id list sent to PostgreSQL instead of a join (see _mention_rows_without_joins).
ID_LIST_MAX = 20000


SHAPE_KINDS = (Place.Kind.RIVER, Place.Kind.REGION, Place.Kind.WATER, Place.Kind.ADMIN, Place.Kind.MOUNTAIN)


class X(Func):
    """Longitude of a point, computed by the database (GEOS objects cost ~50 µs per row)."""

    function = "ST_X"
    output_field = FloatField()


class Y(Func):
    function = "ST_Y"
    output_field = FloatField()


def _round(value: float) -> float:
    return round(value, 5)


def feature_collection(features: list[dict], **meta: Any) -> dict:
    return {"type": "FeatureCollection", "features": features, **meta}


def article_link(article_id: int, start: int | None = None, end: int | None = None) -> str:
    """The article view, scrolled to (and marking) the span start..end."""
    url = reverse("article", args=[article_id])
    if start is not None and end is not None:
        url += f"?start={start}&end={end}#source"
    return url


def geometry_json(geom: GEOSGeometry, zoom: int | None = None) -> dict:
    """GeoJSON geometry; at low zoom long lines and polygons are simplified."""
    if zoom is not None and geom.geom_type != "Point":
        # About one screen pixel at this zoom, in degrees.
        tolerance = 360 / (256 * 2**zoom)
        simplified = geom.simplify(tolerance, preserve_topology=True)
        if not simplified.empty:
            geom = simplified
    if geom.geom_type == "Point":
        return {"type": "Point", "coordinates": [_round(geom.x), _round(geom.y)]}
    return json.loads(geom.json)


def _day_bounds(filters: Filters) -> tuple[dt.datetime | None, dt.datetime | None]:
    """start/end dates as an aware datetime range, so the published_at index is used."""
    start = end = None
    if filters.start:
        start = dt.datetime.combine(filters.start, dt.time.min, tzinfo=dt.UTC)
    if filters.end:
        end = dt.datetime.combine(filters.end + dt.timedelta(days=1), dt.time.min, tzinfo=dt.UTC)
    return start, end


def _date_window(mentions, filters: Filters):
    """Mentions whose article's UTC publication day is in the window, on the denormalised
    Mention.published_on: no join, and PostgreSQL reads the (place_id, published_on) index."""
    if filters.start:
        mentions = mentions.filter(published_on__gte=filters.start)
    if filters.end:
        mentions = mentions.filter(published_on__lte=filters.end)
    return mentions


def _located_mentions(filters: Filters):
    qs = _date_window(Mention.objects.filter(status__in=LOCATED, place__isnull=False), filters)
    if filters.min_confidence is not None:
        qs = qs.filter(confidence__gte=filters.min_confidence)
    if filters.actor_ids:
        qs = qs.filter(article_id__in=ActorMention.objects.filter(actor_id__in=filters.actor_ids)
                       .values("article_id"))
    return qs


def _date_filtered(filters: Filters) -> bool:
    return bool(filters.start or filters.end or filters.min_confidence is not None or filters.actor_ids)


# Places -------------------------------------------------------------------------------------


def places_queryset(filters: Filters):
    """Places on the map (mentioned by an article, or curated), without counts.

    Equivalent to `Place.objects.on_map()` when no filters are given, but written as an
    IN-subquery (no DISTINCT over a join) so it shares the mention filters.
    """
    mentions = _located_mentions(filters)
    membership = Q(pk__in=mentions.values("place_id"))
    if not _date_filtered(filters):
        membership |= Q(curated__in=[True])  # "IN (1)", not a bare column: the index is used
    else:
        # Curated places no article mentions are timeless: they stay through every filter.
        ever = Mention.objects.filter(status__in=LOCATED, place=OuterRef("pk"))
        membership |= Q(curated__in=[True]) & ~Exists(ever)
    qs = Place.objects.filter(membership)
    if filters.kinds:
        qs = qs.filter(kind__in=filters.kinds)
    if filters.bbox and not covers_world(filters.bbox):
        qs = qs.filter(place_bbox_q(filters.bbox) | Q(geometry__intersects=bbox_polygon(filters.bbox)))
    # Marker coordinates come from SQL; only rivers and regions ship their real shape.
    return qs.order_by().only("id", "name", "kind", "curated").annotate(
        marker_x=X("point"), marker_y=Y("point"),
        shape=Case(When(kind__in=SHAPE_KINDS, then=AsGeoJSON("geometry", precision=5)), default=None))


class PlaceRow(NamedTuple):
    n: int
    pk: int
    name: str
    kind: str
    curated: bool
    x: float
    y: float
    shape: str | None


def places_with_counts(filters: Filters) -> list[PlaceRow]:
    """The page of places, most mentioned first, each with `n` = its mentions under the filters.

    Counting is one GROUP BY over the filtered mentions rather than a correlated subquery
    per place (~20 ms instead of ~600 ms at 100k mentions), and rows are tuples, not model
    instances, because the layer can hold thousands of places.
    """
    counts = dict(_located_mentions(filters).order_by().values("place_id").annotate(n=Count("pk"))
                  .values_list("place_id", "n"))
    rows = [PlaceRow(counts.get(pk, 0), pk, *rest) for pk, *rest in places_queryset(filters).values_list(
        "pk", "name", "kind", "curated", "marker_x", "marker_y", "shape")]
    rows.sort(key=lambda r: (-r.n, r.name, r.pk))
    return rows


def places_collection(filters: Filters) -> dict:
    rows = places_with_counts(filters)
    points = [r for r in rows if not r.shape]
    if filters.zoom is not None and filters.zoom < CLUSTER_BELOW_ZOOM and len(points) > PLACE_CLUSTER_MIN:
        return _place_clusters(rows, filters.zoom)
    features = []
    for place in rows[filters.offset:filters.offset + filters.limit]:
        if place.shape:
            geometry = json.loads(place.shape)
            if filters.zoom is not None:
                geometry = geometry_json(GEOSGeometry(place.shape), filters.zoom)
        else:
            geometry = {"type": "Point", "coordinates": [_round(place.x), _round(place.y)]}
        features.append({
            "type": "Feature",
            "id": f"place-{place.pk}",
            "geometry": geometry,
            # Kept small: the places layer is the map's largest download (5,000 features).
            "properties": {"id": place.pk, "layer": "places", "name": place.name, "kind": place.kind,
                           "curated": place.curated, "mentions": place.n},
        })
    return feature_collection(features, limit=filters.limit, offset=filters.offset)


def _place_clusters(rows: list[PlaceRow], zoom: int) -> dict:
    """At low zoom thousands of markers become grid cells (the map zooms in on a click);
    rivers and regions keep their shapes, simplified to the zoom."""
    cell = 120 / 2**zoom  # about 340 px at any zoom: one label per cell, never overlapping
    cells: dict[tuple[int, int], list] = defaultdict(lambda: [0.0, 0.0, 0, 0, 0.0])
    features = []
    for r in rows:
        if r.shape:
            features.append({"type": "Feature", "id": f"place-{r.pk}",
                             "geometry": geometry_json(GEOSGeometry(r.shape), zoom),
                             "properties": {"id": r.pk, "layer": "places", "name": r.name, "kind": r.kind,
                                            "curated": r.curated, "mentions": r.n}})
            continue
        acc = cells[(math.floor(r.x / cell), math.floor(r.y / cell))]
        weight = r.n or 1
        acc[0] += r.x * weight
        acc[1] += r.y * weight
        acc[4] += weight
        acc[2] += r.n
        acc[3] += 1
    for (cx, cy), (x, y, n, k, w) in sorted(cells.items()):
        features.append({"type": "Feature", "id": f"placecluster-{zoom}-{cx}-{cy}",
                         "geometry": {"type": "Point", "coordinates": [_round(x / w), _round(y / w)]},
                         "properties": {"layer": "places", "cluster": True, "places": k, "mentions": n}})
    return feature_collection(features, clustered=True, zoom=zoom, cell_degrees=cell)


# Mentions -----------------------------------------------------------------------------------


def mentions_queryset(filters: Filters, place_id: int | None = None):
    qs = _located_mentions(filters)
    if filters.kinds:
        qs = qs.filter(place__kind__in=filters.kinds)
    if filters.bbox:
        qs = qs.filter(place_bbox_q(filters.bbox, prefix="place__"))
    if place_id is not None:
        qs = qs.filter(place_id=place_id)
    return qs


def mentions_collection(filters: Filters, place_id: int | None = None) -> dict:
    clustered = filters.zoom is not None and filters.zoom < CLUSTER_BELOW_ZOOM and place_id is None
    if (connection.vendor == "postgresql" and filters.bbox and not covers_world(filters.bbox)
            and not clustered and place_id is None):
        rows = _mention_rows_without_joins(filters)
        if rows is not None:
            return _mention_features(rows, filters)
    qs = mentions_queryset(filters, place_id)
    if clustered:
        return _mention_clusters(qs, filters.zoom)
    rows = qs.order_by("pk").annotate(marker_x=X("place__point"), marker_y=Y("place__point")).values_list(
        "pk", "text", "status", "confidence", "start", "end", "sentence_start", "sentence_end",
        "place_id", "place__name", "place__kind", "marker_x", "marker_y", "article_id", "published_on",
    )[filters.offset:filters.offset + filters.limit]
    return _mention_features(rows, filters)


def _mention_rows_without_joins(filters: Filters) -> list[tuple] | None:
    """PostgreSQL: the places in the box as a literal id list, then their mentions in the date
    window with no join: one (place_id, published_on) index range per place."""
    places_qs = Place.objects.filter(place_bbox_q(filters.bbox))
    if filters.kinds:
        places_qs = places_qs.filter(kind__in=filters.kinds)
    places = {pk: (name, kind, x, y) for pk, name, kind, x, y in places_qs.order_by().annotate(
        marker_x=X("point"), marker_y=Y("point")).values_list("pk", "name", "kind", "marker_x", "marker_y")
        [:ID_LIST_MAX + 1]}
    if len(places) > ID_LIST_MAX:
        return None
    qs = _date_window(Mention.objects.filter(status__in=LOCATED, place_id__in=list(places)), filters)
    if filters.min_confidence is not None:
        qs = qs.filter(confidence__gte=filters.min_confidence)
    if filters.actor_ids:
        qs = qs.filter(article_id__in=ActorMention.objects.filter(actor_id__in=filters.actor_ids)
                       .values("article_id"))
    rows = qs.order_by("pk").values_list("pk", "text", "status", "confidence", "start", "end", "sentence_start",
                                         "sentence_end", "place_id", "article_id", "published_on")[
        filters.offset:filters.offset + filters.limit]
    return [(pk, text, status, conf, start, end, s_start, s_end, place_pk, *places[place_pk], article_pk, day)
            for pk, text, status, conf, start, end, s_start, s_end, place_pk, article_pk, day in rows]


def _mention_features(rows, filters: Filters) -> dict:
    base = reverse("article", args=[0])[:-2]  # "/articles/" — avoids a reverse() per feature
    features = []
    for (pk, text, status, confidence, start, end, s_start, s_end, place_pk, place_name, kind, lon, lat,
         article_pk, published_on) in rows:
        link = f"{base}{article_pk}/?start={start}&end={end}#source"
        features.append({
            "type": "Feature",
            "id": f"mention-{pk}",
            "geometry": {"type": "Point", "coordinates": [_round(lon), _round(lat)]},
            "properties": {
                "id": pk, "layer": "mentions", "text": text, "status": status,
                "confidence": round(confidence, 3), "place_id": place_pk, "place": place_name,
                "kind": kind, "article_id": article_pk,
                "date": published_on.isoformat() if published_on else None,
                "url": link,
            },
        })
    return feature_collection(features, limit=filters.limit, offset=filters.offset)


def _mention_clusters(qs, zoom: int) -> dict:
    """Grid clusters: mentions counted per place in SQL, then places binned per cell."""
    per_place = dict(qs.order_by().values("place_id").annotate(n=Count("pk")).values_list("place_id", "n"))
    points = (Place.objects.filter(pk__in=list(per_place)).order_by()
              .annotate(marker_x=X("point"), marker_y=Y("point")).values_list("pk", "marker_x", "marker_y"))
    cell = 60 / 2**zoom
    cells: dict[tuple[int, int], list[float]] = defaultdict(lambda: [0.0, 0.0, 0, 0])
    for pk, x, y in points:
        n = per_place.get(pk, 0)
        if not n:
            continue
        acc = cells[(math.floor(x / cell), math.floor(y / cell))]
        acc[0] += x * n
        acc[1] += y * n
        acc[2] += n
        acc[3] += 1
    features = [
        {
            "type": "Feature",
            "id": f"cluster-{zoom}-{cx}-{cy}",
            "geometry": {"type": "Point", "coordinates": [_round(x / n), _round(y / n)]},
            "properties": {"layer": "mentions", "cluster": True, "count": n, "places": k},
        }
        for (cx, cy), (x, y, n, k) in sorted(cells.items())
    ]
    return feature_collection(features, clustered=True, zoom=zoom, cell_degrees=cell)


# Actors -------------------------------------------------------------------------------------


def actor_dict(actor: Actor | None) -> dict | None:
    if actor is None:
        return None
    return {"id": actor.pk, "name": actor.name, "colour": actor.colour, "kind": actor.kind}


def actors_list() -> dict:
    actors = Actor.objects.select_related("parent").prefetch_related("aliases").order_by("name")
    return {
        "actors": [
            {
                "id": a.pk, "name": a.name, "kind": a.kind, "kind_label": a.get_kind_display(),
                "colour": a.colour,
                "parent": {"id": a.parent.pk, "name": a.parent.name} if a.parent else None,
                "aliases": [alias.alias for alias in a.aliases.all()],
            }
            for a in actors
        ]
    }


# Statements ---------------------------------------------------------------------------------


def statements_queryset(filters: Filters):
    qs = Statement.objects.select_related("speaker_actor").defer("article__text").select_related("article")
    qs = qs.only("id", "quote", "start", "end", "sentence_start", "sentence_end", "speaker_name",
                 "speaker_role", "said_on", "date_precision", "speaker_actor__id", "speaker_actor__name",
                 "speaker_actor__colour", "speaker_actor__kind", "article__id", "article__title",
                 "article__outlet", "article__url", "article__published_at")
    start, end = _day_bounds(filters)
    if filters.start:
        qs = qs.filter(Q(said_on__gte=filters.start) | Q(said_on__isnull=True, article__published_at__gte=start))
    if filters.end:
        qs = qs.filter(Q(said_on__lte=filters.end) | Q(said_on__isnull=True, article__published_at__lt=end))
    if filters.actor_ids:
        qs = qs.filter(speaker_actor_id__in=filters.actor_ids)
    places = Place.objects.only("id", "name", "kind", "point")
    if filters.bbox:
        # Tested through each statement's own places: far fewer than the places in a box.
        places = places.filter(place_bbox_q(filters.bbox, few_rows=True))
        qs = qs.filter(place_bbox_q(filters.bbox, prefix="places__", few_rows=True)).distinct()
    return qs.prefetch_related(Prefetch("places", queryset=places)).order_by("said_on", "pk")


def statements_collection(filters: Filters) -> dict:
    features = []
    for st in statements_queryset(filters)[filters.offset:filters.offset + filters.limit]:
        props = {
            "id": st.pk, "layer": "statements", "quote": st.quote, "speaker": st.speaker_name,
            "role": st.speaker_role, "actor": actor_dict(st.speaker_actor),
            "date": st.said_on.isoformat() if st.said_on else st.article.published_at.date().isoformat(),
            "article": {"id": st.article.pk, "title": st.article.title, "outlet": st.article.outlet,
                        "source_url": st.article.url},
            "url": article_link(st.article.pk, st.start, st.end),
        }
        for place in st.places.all():
            features.append({
                "type": "Feature",
                "id": f"statement-{st.pk}-{place.pk}",
                "geometry": geometry_json(place.point),
                "properties": {**props, "place": {"id": place.pk, "name": place.name}},
            })
    return feature_collection(features, limit=filters.limit, offset=filters.offset)


# Front lines --------------------------------------------------------------------------------


def frontlines_queryset(filters: Filters):
    qs = FrontLine.objects.select_related("side_a", "side_b", "source_article").only(
        "id", "name", "geometry", "valid_from", "valid_to", "confidence", "approximate", "source_note",
        "source_sentence_start", "source_sentence_end",
        "side_a__id", "side_a__name", "side_a__colour", "side_a__kind",
        "side_b__id", "side_b__name", "side_b__colour", "side_b__kind",
        "source_article__id", "source_article__title")
    if filters.date:
        qs = qs.valid_on(filters.date)
    qs = qs.valid_between(filters.start, filters.end)
    if filters.actor_ids:
        qs = qs.filter(Q(side_a_id__in=filters.actor_ids) | Q(side_b_id__in=filters.actor_ids))
    if filters.min_confidence is not None:
        qs = qs.filter(confidence__gte=filters.min_confidence)
    if filters.bbox and not covers_world(filters.bbox):
        qs = qs.filter(geometry__intersects=bbox_polygon(filters.bbox))
    return qs.order_by("valid_from", "pk")


def frontlines_collection(filters: Filters) -> dict:
    features = []
    for line in frontlines_queryset(filters)[filters.offset:filters.offset + filters.limit]:
        art = line.source_article
        features.append({
            "type": "Feature",
            "id": f"frontline-{line.pk}",
            "geometry": geometry_json(line.geometry, filters.zoom),
            "properties": {
                "id": line.pk, "layer": "frontlines", "name": line.name,
                "valid_from": line.valid_from.isoformat(),
                "valid_to": line.valid_to.isoformat() if line.valid_to else None,
                "side_a": actor_dict(line.side_a), "side_b": actor_dict(line.side_b),
                "confidence": line.confidence, "approximate": line.approximate,
                # `note` is the curators' internal note: never published.
                "source_note": line.source_note,
                "article": {"id": art.pk, "title": art.title} if art else None,
                "url": article_link(art.pk, line.source_sentence_start, line.source_sentence_end) if art else None,
            },
        })
    return feature_collection(features, limit=filters.limit, offset=filters.offset)


# Campaigns ----------------------------------------------------------------------------------


def campaigns_queryset(filters: Filters):
    qs = Campaign.objects.active_between(filters.start, filters.end)
    if filters.actor_ids:
        qs = qs.filter(Q(attackers__in=filters.actor_ids) | Q(opponents__in=filters.actor_ids)).distinct()
    targets = Place.objects.only("id", "name", "kind", "point")
    if filters.bbox:
        targets = targets.filter(place_bbox_q(filters.bbox, few_rows=True))
        qs = qs.filter(place_bbox_q(filters.bbox, prefix="targets__", few_rows=True)).distinct()
    sources = CampaignSource.objects.select_related("article").only(
        "id", "campaign_id", "sentence_start", "sentence_end", "article__id", "article__title",
        "article__text", "article__published_at")
    return qs.prefetch_related(
        Prefetch("attackers", queryset=Actor.objects.only("id", "name", "colour", "kind")),
        Prefetch("opponents", queryset=Actor.objects.only("id", "name", "colour", "kind")),
        Prefetch("targets", queryset=targets),
        Prefetch("sources", queryset=sources),
    ).order_by("started_on", "pk")


def _arrow_origin(target: Point, lines: Iterable[FrontLine]) -> Point | None:
    """Where an arrow toward `target` starts: behind the attacker's nearest front line.

    Actors have no location of their own; the closest point of a front line the attacker
    holds, pushed back away from the target, stands for "the attacker's area".
    """
    best: tuple[float, Point] | None = None
    for line in lines:
        geom = line.geometry
        parts = [geom] if geom.geom_type == "LineString" else [g for g in geom if g.geom_type == "LineString"]
        for part in parts:
            near = part.interpolate(part.project(target))
            dist = near.distance(target)
            if best is None or dist < best[0]:
                best = (dist, near)
    if best is None:
        return None
    dist, near = best
    if dist < 1e-6:
        return None
    # Start half as far again behind the line, so the arrow crosses it.
    return Point(near.x + (near.x - target.x) * 0.5, near.y + (near.y - target.y) * 0.5, srid=4326)


def campaigns_collection(filters: Filters) -> dict:
    campaigns = list(campaigns_queryset(filters)[filters.offset:filters.offset + filters.limit])
    attacker_ids = {a.pk for c in campaigns for a in c.attackers.all()}
    lines_by_actor: dict[int, list[FrontLine]] = defaultdict(list)
    if attacker_ids:
        for line in FrontLine.objects.filter(Q(side_a_id__in=attacker_ids) | Q(side_b_id__in=attacker_ids)).only(
                "id", "geometry", "side_a_id", "side_b_id", "valid_from", "valid_to"):
            lines_by_actor[line.side_a_id].append(line)
            lines_by_actor[line.side_b_id].append(line)
    features = []
    for c in campaigns:
        attackers = list(c.attackers.all())
        colour = attackers[0].colour if attackers else "#444444"
        sources = [
            {"article_id": s.article.pk, "title": s.article.title,
             "sentence": s.sentence, "url": article_link(s.article.pk, s.sentence_start, s.sentence_end)}
            for s in c.sources.all()
        ]
        props = {
            "id": c.pk, "layer": "campaigns", "name": c.name, "named": c.named,
            "started_on": c.started_on.isoformat() if c.started_on else None,
            "ended_on": c.ended_on.isoformat() if c.ended_on else None,
            "date_precision": c.get_date_precision_display(), "status": c.get_status_display(),
            "attackers": [actor_dict(a) for a in attackers],
            "opponents": [actor_dict(a) for a in c.opponents.all()],
            "colour": colour, "sources": sources,
            "url": sources[0]["url"] if sources else None,
        }
        if c.geometry is not None:
            features.append({"type": "Feature", "id": f"campaign-{c.pk}", "geometry": geometry_json(c.geometry),
                             "properties": {**props, "arrow": c.geometry.geom_type in ("LineString", "MultiLineString"),
                                            "target": None}})
            continue
        lines = [line for a in attackers for line in lines_by_actor.get(a.pk, [])
                 if (c.started_on is None or (line.valid_from <= c.started_on
                                               and (line.valid_to is None or line.valid_to >= c.started_on)))]
        if not lines:
            lines = [line for a in attackers for line in lines_by_actor.get(a.pk, [])]
        for target in c.targets.all():
            origin = _arrow_origin(target.point, lines)
            geom = LineString(origin, target.point, srid=4326) if origin else target.point
            features.append({
                "type": "Feature", "id": f"campaign-{c.pk}-{target.pk}", "geometry": geometry_json(geom),
                "properties": {**props, "arrow": origin is not None,
                               "target": {"id": target.pk, "name": target.name}},
            })
    return feature_collection(features, limit=filters.limit, offset=filters.offset)


# Articles and search ------------------------------------------------------------------------


def articles_page(filters: Filters) -> dict:
    qs = Article.objects.only("id", "title", "outlet", "url", "published_at", "language").order_by(
        "-published_at", "pk")
    start, end = _day_bounds(filters)
    if start:
        qs = qs.filter(published_at__gte=start)
    if end:
        qs = qs.filter(published_at__lt=end)
    if filters.actor_ids:
        qs = qs.filter(pk__in=ActorMention.objects.filter(actor_id__in=filters.actor_ids).values("article_id"))
    if filters.bbox:
        in_box = Mention.objects.filter(status__in=LOCATED).filter(place_bbox_q(filters.bbox, prefix="place__"))
        if is_wide(filters.bbox):
            # EXISTS: a wide box's mentions are never listed; each article stops at its first.
            qs = qs.filter(Exists(in_box.filter(article=OuterRef("pk"))))
        else:
            # IN: SQLite would re-run the SpatialIndex lookup inside a correlated EXISTS.
            qs = qs.filter(pk__in=in_box.values("article_id"))
    if filters.q:
        qs = qs.filter(title__icontains=filters.q)
    total = qs.count()
    rows = qs[filters.offset:filters.offset + filters.limit]
    results = [
        {"id": a.pk, "title": a.title, "outlet": a.outlet, "source_url": a.source_url,
         "published_at": a.published_at.isoformat(), "language": a.language,
         "url": article_link(a.pk)}
        for a in rows
    ]
    nxt = filters.offset + filters.limit
    return {"count": total, "limit": filters.limit, "offset": filters.offset,
            "next_offset": nxt if nxt < total else None, "results": results}


def actor_extent(actor_ids: list[int]) -> list[float] | None:
    """The bbox of everything an actor appears in: front lines, campaign targets, statement places."""
    geoms: list[GEOSGeometry] = []
    geoms += [fl.geometry for fl in FrontLine.objects.filter(
        Q(side_a_id__in=actor_ids) | Q(side_b_id__in=actor_ids)).only("geometry")]
    geoms += [p.point for p in Place.objects.filter(
        Q(campaigns__attackers__in=actor_ids) | Q(statements__speaker_actor__in=actor_ids)).only("point").distinct()]
    if not geoms:
        return None
    xs = [v for g in geoms for v in (g.extent[0], g.extent[2])]
    ys = [v for g in geoms for v in (g.extent[1], g.extent[3])]
    return [_round(min(xs)), _round(min(ys)), _round(max(xs)), _round(max(ys))]


def search(q: str, limit: int = 10) -> dict:
    from articles.models import ActorAlias
    from places.models import PlaceName
    from places.normalize import name_key

    key = name_key(q)
    results: list[dict] = []
    if not key:
        return {"query": q, "results": results}
    # Actors: exact alias (case-sensitive ones only in their exact case), then normalised keys.
    actor_ids: list[int] = []
    for alias in ActorAlias.objects.filter(Q(alias=q) | Q(key=key)).select_related("actor"):
        if alias.case_sensitive and alias.alias != q:
            continue
        if alias.actor_id not in actor_ids:
            actor_ids.append(alias.actor_id)
    for actor in Actor.objects.only("id", "name"):
        if name_key(actor.name) == key and actor.pk not in actor_ids:
            actor_ids.append(actor.pk)
    actors = {a.pk: a for a in Actor.objects.filter(pk__in=actor_ids)}
    for actor_id in actor_ids[:limit]:
        a = actors[actor_id]
        results.append({"type": "actor", "id": a.pk, "name": a.name, "colour": a.colour,
                        "bbox": actor_extent([a.pk])})
    # Places: exact key on a name or alias first, then prefixes; mapped and populous first.
    exact = Place.objects.filter(Q(names__key=key)).distinct()
    # A key range the name index answers (LIKE 'x%' ... ESCAPE is a full scan in SQLite).
    after = key[:-1] + chr(ord(key[-1]) + 1)
    prefix = (Place.objects.filter(names__key__gte=key, names__key__lt=after, names__key__startswith=key)
              .exclude(pk__in=exact.values("pk")).distinct())
    for group in (exact, prefix):
        candidates = list(group.only("id", "name", "kind", "point", "population", "curated")[:50])
        # Which candidates the map shows: asked for these 50, not the whole map's places.
        on_map = set(Place.objects.on_map().filter(pk__in=[p.pk for p in candidates]).values_list("pk", flat=True))
        places = sorted(candidates, key=lambda p: (p.pk not in on_map, not p.curated, -p.population))
        for p in places:
            if len(results) >= limit:
                break
            matched = PlaceName.objects.filter(place=p, key__startswith=key).values_list("name", flat=True).first()
            results.append({"type": "place", "id": p.pk, "name": p.name, "kind": p.kind, "matched": matched,
                            "lat": _round(p.point.y), "lon": _round(p.point.x), "on_map": p.pk in on_map})
    return {"query": q, "results": results}


def date_bounds() -> dict:
    """The earliest and latest dates any layer has, for the time slider."""
    from django.db.models import Max, Min

    arts = Article.objects.aggregate(lo=Min("published_at"), hi=Max("published_at"))
    lines = FrontLine.objects.aggregate(lo=Min("valid_from"), hi=Max("valid_from"))
    camps = Campaign.objects.aggregate(lo=Min("started_on"), hi=Max("started_on"))
    days = [d.date() if isinstance(d, dt.datetime) else d for d in
            (arts["lo"], arts["hi"], lines["lo"], lines["hi"], camps["lo"], camps["hi"]) if d]
    if not days:
        today = dt.date.today()
        return {"min": (today - dt.timedelta(days=30)).isoformat(), "max": today.isoformat()}
    return {"min": min(days).isoformat(), "max": max(days).isoformat()}
