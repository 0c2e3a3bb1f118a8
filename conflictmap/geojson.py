"""The map's GeoJSON layers: places, mentions, statements and front lines.

Each layer is a query written in the models' vocabulary (`Mention.objects.located()
.published_between(…)`, `Statement.objects.said_between(…)`…) and one serializer per row;
the views in `api.py` only validate, call one of the `*_collection` functions and respond.
Every feature's properties come from an explicit allowlist, and every feature links back to
the sentence of the article it came from. Campaigns are in `campaigns.py`; the article list,
search and actors in `listings.py`; grid clustering in `clusters.py`; bbox query plans in
`bbox.py`.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from django.contrib.gis.db.models.functions import AsGeoJSON
from django.contrib.gis.geos import GEOSGeometry
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Case, Count, Exists, F, OuterRef, Prefetch, Q, When
from django.db.models.functions import Substr
from django.urls import reverse

from articles.models import Actor, FrontLine, Mention, Statement, published_day
from conflictmap import clusters
from conflictmap.bbox import X, Y, bbox_polygon, covers_world, place_bbox_q
from conflictmap.clusters import rounded
from conflictmap.params import Filters
from places.models import Place

# Below this zoom the mentions layer returns clusters, not one feature per mention.
CLUSTER_BELOW_ZOOM = 8
# Below PLACE_CLUSTER_BELOW_ZOOM (the zoom from which the map draws every place on its own)
# the places layer is clustered on the server once it has more point places than this: a few
# thousand SVG markers took the browser ~0.3 s to draw, and markercluster ~0.1 s to cluster
# the thousand of a zoom-8 view at every redraw.
PLACE_CLUSTER_MIN = 400
PLACE_CLUSTER_BELOW_ZOOM = 9
# Longest literal place-id list sent to PostgreSQL instead of a join (see
# _mention_rows_without_joins).
ID_LIST_MAX = 20000

# Kinds the places layer leaves out unless `kind=` names them.
ASKED_FOR_KINDS = (Place.Kind.COUNTRY,)
UNMENTIONED_HIDDEN_KINDS = (Place.Kind.REGION, Place.Kind.ADMIN)
SHAPE_KINDS = (
    Place.Kind.RIVER,
    Place.Kind.REGION,
    Place.Kind.WATER,
    Place.Kind.ADMIN,
    Place.Kind.MOUNTAIN,
)


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
        return {"type": "Point", "coordinates": [rounded(geom.x), rounded(geom.y)]}
    return json.loads(geom.json)


def actor_dict(actor: Actor | None) -> dict | None:
    if actor is None:
        return None
    return {"id": actor.pk, "name": actor.name, "colour": actor.colour, "kind": actor.kind}


def located_mentions(filters: Filters):
    """The mentions every layer counts: located, in the date window, confident enough,
    in articles naming the actors (and the place chosen in search)."""
    return (
        Mention.objects.located()
        .published_between(filters.start, filters.end)
        .confident(filters.min_confidence)
        .naming(filters.actor_ids)
        .with_place(filters.about)
    )


def _date_filtered(filters: Filters) -> bool:
    return bool(
        filters.start
        or filters.end
        or filters.min_confidence is not None
        or filters.actor_ids
        or filters.about
    )


# Places -------------------------------------------------------------------------------------


# Up to this many mentioned places are asked for by id (a primary-key lookup each) instead
# of by the mentions subquery, which read the window's mentions a second time.
PLACE_ID_LIST_MAX = 20_000


def places_queryset(filters: Filters, mentioned=None):
    """Places on the map (mentioned by an article, or curated), without counts.

    Equivalent to `Place.objects.on_map()` when no filters are given, but written as an
    IN-subquery (no DISTINCT over a join) so it shares the mention filters; `mentioned`, the
    ids of the places the filtered mentions name when the caller has them, replaces it.
    """
    if mentioned is not None and len(mentioned) <= PLACE_ID_LIST_MAX:
        membership = Q(pk__in=sorted(mentioned))
    else:
        membership = Q(pk__in=located_mentions(filters).values("place_id"))
    # Curated areas (regions, admin areas) are drawn only where articles mention them.
    curated = Q(curated__in=[True]) & ~Q(kind__in=UNMENTIONED_HIDDEN_KINDS)
    if filters.about:
        membership |= Q(pk=filters.about)  # the chosen place, even where no article names it
    if filters.actor_ids or filters.about:
        pass  # an actor's or a place's map: the places mentioned with them, no curated extras
    elif not _date_filtered(filters):
        membership |= curated  # "IN (1)", not a bare column: the index is used
    else:
        # Curated places no article mentions are timeless: they stay through date filters.
        ever = Mention.objects.located().filter(place=OuterRef("pk"))
        membership |= curated & ~Exists(ever)
    qs = Place.objects.filter(membership).of_kinds(filters.kinds)
    if not filters.kinds:
        # "Russia" or "American" is not a point in Siberia or Kansas: countries only on request.
        qs = qs.exclude(kind__in=ASKED_FOR_KINDS)
    if filters.bbox and not covers_world(filters.bbox):
        qs = qs.filter(
            place_bbox_q(filters.bbox) | Q(geometry__intersects=bbox_polygon(filters.bbox))
        )
    # Marker coordinates come from SQL; only rivers and regions ship their real shape.
    return (
        qs.order_by()
        .only("id", "name", "kind", "curated")
        .annotate(
            marker_x=X("point"),
            marker_y=Y("point"),
            shape=Case(
                When(kind__in=SHAPE_KINDS, then=AsGeoJSON("geometry", precision=5)), default=None
            ),
        )
    )


class PlaceRow(NamedTuple):
    n: int
    pk: int
    name: str
    kind: str
    curated: bool
    x: float
    y: float
    shape: str | None


def _plain_rows(qs) -> list[tuple]:
    """A values_list queryset's rows from a plain cursor, for columns that arrive as Python
    values already: Django's per-row converters took ~8 ms for 5,000 counts."""
    try:
        sql, params = qs.query.sql_with_params()
    except EmptyResultSet:
        return []
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def places_with_counts(filters: Filters) -> list[PlaceRow]:
    """The page of places, most mentioned first, each with `n` = its mentions under the filters.

    Counting is one GROUP BY over the filtered mentions rather than a correlated subquery
    per place (~20 ms instead of ~600 ms at 100k mentions), and rows are tuples, not model
    instances, because the layer can hold thousands of places.
    """
    mentions = located_mentions(filters)
    in_box = Place.objects.ids_in_box(filters.bbox, PLACE_ID_LIST_MAX) if filters.bbox else None
    if in_box is not None:
        # Only the mentions of the places the box can show: one index range per place. The
        # window's mentions everywhere took 150 ms for a zoom-8 view and the slider's window
        # (every day up to its date) at 100,000 mentions.
        mentions = mentions.filter(place_id__in=in_box)
    counts = dict(
        _plain_rows(
            mentions.order_by()
            .values("place_id")
            .annotate(n=Count("pk"))
            .values_list("place_id", "n")
        )
    )
    columns = ("pk", "name", "kind", "curated", "marker_x", "marker_y", "shape")
    # The compiled SQL on a plain cursor: Django's per-value converters took a fifth of the
    # request for 2,000 places, and these columns arrive as Python values already.
    qs = places_queryset(filters, mentioned=counts.keys()).values_list(*columns)
    try:
        sql, params = qs.query.sql_with_params()
    except EmptyResultSet:  # no mentioned place and no curated one can qualify
        return []
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = [
            PlaceRow(counts.get(pk, 0), pk, name, kind, bool(curated), x, y, shape)
            for pk, name, kind, curated, x, y, shape in cursor.fetchall()
        ]
    rows.sort(key=lambda r: (-r.n, r.name, r.pk))
    return rows


def place_feature(place: PlaceRow, zoom: int | None) -> dict:
    if not place.shape:
        geometry = {"type": "Point", "coordinates": [rounded(place.x), rounded(place.y)]}
    elif zoom is None:
        geometry = json.loads(place.shape)
    else:
        geometry = geometry_json(GEOSGeometry(place.shape), zoom)
    return {
        "type": "Feature",
        "id": f"place-{place.pk}",
        "geometry": geometry,
        # Kept small: the places layer is the map's largest download (5,000 features).
        "properties": {
            "id": place.pk,
            "layer": "places",
            "name": place.name,
            "kind": place.kind,
            "curated": place.curated,
            "mentions": place.n,
        },
    }


def places_collection(filters: Filters) -> dict:
    rows = places_with_counts(filters)
    points = [r for r in rows if not r.shape]
    zoom = filters.zoom
    if zoom is not None and zoom < PLACE_CLUSTER_BELOW_ZOOM and len(points) > PLACE_CLUSTER_MIN:
        # Thousands of markers become grid cells (the map zooms in on a click); rivers and
        # regions keep their shapes, simplified to the zoom.
        features = [place_feature(r, zoom) for r in rows if r.shape]
        features += clusters.place_cells(((r.n, r.x, r.y) for r in points), zoom)
        return feature_collection(
            features, clustered=True, zoom=zoom, cell_degrees=clusters.place_cell_degrees(zoom)
        )
    page = rows[filters.offset : filters.offset + filters.limit]
    return feature_collection(
        [place_feature(r, zoom) for r in page], limit=filters.limit, offset=filters.offset
    )


# Mentions -----------------------------------------------------------------------------------

MENTION_COLUMNS = (
    "pk",
    "text",
    "status",
    "confidence",
    "start",
    "end",
    "sentence_start",
    "sentence_end",
    "place_id",
)


def mentions_queryset(filters: Filters, place_id: int | None = None):
    qs = located_mentions(filters).of_place_kinds(filters.kinds).in_bbox(filters.bbox)
    if place_id is not None:
        qs = qs.filter(place_id=place_id)
    return qs


def mentions_collection(filters: Filters, place_id: int | None = None) -> dict:
    clustered = filters.zoom is not None and filters.zoom < CLUSTER_BELOW_ZOOM and place_id is None
    if (
        connection.vendor == "postgresql"
        and filters.bbox
        and not covers_world(filters.bbox)
        and not clustered
        and place_id is None
    ):
        rows = _mention_rows_without_joins(filters)
        if rows is not None:
            return _mention_features(rows, filters)
    qs = mentions_queryset(filters, place_id)
    if clustered:
        return _mention_clusters(qs, filters.zoom)
    rows = (
        qs.order_by("pk")
        .annotate(marker_x=X("place__point"), marker_y=Y("place__point"))
        .values_list(
            *MENTION_COLUMNS,
            "place__name",
            "place__kind",
            "marker_x",
            "marker_y",
            "article_id",
            "published_on",
        )[filters.offset : filters.offset + filters.limit]
    )
    return _mention_features(rows, filters)


def _mention_rows_without_joins(filters: Filters) -> list[tuple] | None:
    """PostgreSQL: the places in the box as a literal id list, then their mentions in the date
    window with no join: one (place_id, published_on) index range per place. (A join makes
    the planner scan the whole date window; SQLite answers the joined query well.)"""
    places_qs = Place.objects.filter(place_bbox_q(filters.bbox)).of_kinds(filters.kinds)
    places = {
        pk: (name, kind, x, y)
        for pk, name, kind, x, y in places_qs.order_by()
        .annotate(marker_x=X("point"), marker_y=Y("point"))
        .values_list("pk", "name", "kind", "marker_x", "marker_y")[: ID_LIST_MAX + 1]
    }
    if len(places) > ID_LIST_MAX:
        return None
    qs = (
        Mention.objects.located()
        .filter(place_id__in=list(places))
        .published_between(filters.start, filters.end)
        .confident(filters.min_confidence)
        .naming(filters.actor_ids)
        .with_place(filters.about)
    )
    rows = qs.order_by("pk").values_list(*MENTION_COLUMNS, "article_id", "published_on")[
        filters.offset : filters.offset + filters.limit
    ]
    return [(*columns, *places[columns[-1]], article_pk, day) for *columns, article_pk, day in rows]


def _mention_features(rows, filters: Filters) -> dict:
    base = reverse("article", args=[0])[:-2]  # "/articles/" — avoids a reverse() per feature
    features = []
    for (
        pk,
        text,
        status,
        confidence,
        start,
        end,
        _s_start,
        _s_end,
        place_pk,
        place_name,
        kind,
        lon,
        lat,
        article_pk,
        published_on,
    ) in rows:
        features.append(
            {
                "type": "Feature",
                "id": f"mention-{pk}",
                "geometry": {"type": "Point", "coordinates": [rounded(lon), rounded(lat)]},
                "properties": {
                    "id": pk,
                    "layer": "mentions",
                    "text": text,
                    "status": status,
                    "confidence": round(confidence, 3),
                    "place_id": place_pk,
                    "place": place_name,
                    "kind": kind,
                    "article_id": article_pk,
                    "date": published_on.isoformat() if published_on else None,
                    "url": f"{base}{article_pk}/?start={start}&end={end}#source",
                },
            }
        )
    return feature_collection(features, limit=filters.limit, offset=filters.offset)


def _mention_clusters(qs, zoom: int) -> dict:
    """Grid clusters: mentions counted per place in SQL, then places binned per cell."""
    per_place = dict(
        qs.order_by().values("place_id").annotate(n=Count("pk")).values_list("place_id", "n")
    )
    points = (
        Place.objects.filter(pk__in=list(per_place))
        .order_by()
        .annotate(marker_x=X("point"), marker_y=Y("point"))
        .values_list("pk", "marker_x", "marker_y")
    )
    return feature_collection(
        clusters.mention_cells(points, per_place, zoom),
        clustered=True,
        zoom=zoom,
        cell_degrees=clusters.mention_cell_degrees(zoom),
    )


# Statements ---------------------------------------------------------------------------------


def statements_queryset(filters: Filters):
    qs = (
        Statement.objects.select_related("speaker_actor")
        .defer("article__text")
        .select_related("article")
        .only(
            "id",
            "quote",
            "start",
            "end",
            "sentence_start",
            "sentence_end",
            "speaker_name",
            "speaker_role",
            "said_on",
            "date_precision",
            "speaker_actor__id",
            "speaker_actor__name",
            "speaker_actor__colour",
            "speaker_actor__kind",
            "article__id",
            "article__title",
            "article__outlet",
            "article__url",
            "article__published_at",
        )
        .said_between(filters.start, filters.end)
        .by_speakers(filters.actor_ids)
        .about_place(filters.about)
        .about_places_in(filters.bbox)
    )
    places = Place.objects.only("id", "name", "kind", "point")
    if filters.bbox:
        places = places.filter(place_bbox_q(filters.bbox, few_rows=True))
    return qs.prefetch_related(Prefetch("places", queryset=places)).order_by("said_on", "pk")


def statement_features(st: Statement) -> list[dict]:
    """One feature per place the statement is about."""
    props = {
        "id": st.pk,
        "layer": "statements",
        "quote": st.quote,
        "speaker": st.speaker_name,
        "role": st.speaker_role,
        "actor": actor_dict(st.speaker_actor),
        "date": st.said_on.isoformat()
        if st.said_on
        else st.article.published_at.date().isoformat(),
        "article": {
            "id": st.article.pk,
            "title": st.article.title,
            "outlet": st.article.outlet,
            "source_url": st.article.url,
        },
        "url": article_link(st.article.pk, st.start, st.end),
    }
    return [
        {
            "type": "Feature",
            "id": f"statement-{st.pk}-{place.pk}",
            "geometry": geometry_json(place.point),
            "properties": {**props, "place": {"id": place.pk, "name": place.name}},
        }
        for place in st.places.all()
    ]


def statements_collection(filters: Filters) -> dict:
    page = statements_queryset(filters)[filters.offset : filters.offset + filters.limit]
    features = [feature for st in page for feature in statement_features(st)]
    return feature_collection(features, limit=filters.limit, offset=filters.offset)


# Front lines --------------------------------------------------------------------------------


def frontlines_queryset(filters: Filters):
    qs = FrontLine.objects.select_related("side_a", "side_b", "source_article").only(
        "id",
        "name",
        "geometry",
        "valid_from",
        "valid_to",
        "confidence",
        "approximate",
        "source_note",
        "source_sentence_start",
        "source_sentence_end",
        "side_a__id",
        "side_a__name",
        "side_a__colour",
        "side_a__kind",
        "side_b__id",
        "side_b__name",
        "side_b__colour",
        "side_b__kind",
        "source_article__id",
        "source_article__title",
        "source_article__outlet",
        "source_article__published_at",
    )
    # The cited sentence, cut out by the database (the article text is not read).
    start, end = F("source_sentence_start"), F("source_sentence_end")
    qs = qs.annotate(source_sentence=Substr("source_article__text", start + 1, end - start))
    if filters.date:
        qs = qs.valid_on(filters.date)
    return (
        qs.valid_between(filters.start, filters.end)
        .between_sides(filters.actor_ids)
        .confident(filters.min_confidence)
        .crossing(filters.bbox)
        .order_by("valid_from", "pk")
    )


def frontline_feature(line: FrontLine, zoom: int | None) -> dict:
    art = line.source_article
    return {
        "type": "Feature",
        "id": f"frontline-{line.pk}",
        "geometry": geometry_json(line.geometry, zoom),
        "properties": {
            "id": line.pk,
            "layer": "frontlines",
            "name": line.name,
            "valid_from": line.valid_from.isoformat(),
            "valid_to": line.valid_to.isoformat() if line.valid_to else None,
            "side_a": actor_dict(line.side_a),
            "side_b": actor_dict(line.side_b),
            "confidence": line.confidence,
            "approximate": line.approximate,
            # `note` is the curators' internal note: never published.
            "source_note": line.source_note,
            "article": {"id": art.pk, "title": art.title} if art else None,
            "url": article_link(art.pk, line.source_sentence_start, line.source_sentence_end)
            if art
            else None,
            # What the popup cites, in the shape of a place's sources (one sentence per line).
            "sources": [frontline_source(line)] if art else [],
        },
    }


def frontline_source(line: FrontLine) -> dict:
    art = line.source_article
    cited = line.source_sentence_start is not None and line.source_sentence_end is not None
    return {
        "sentence": (line.source_sentence or "").strip() if cited else "",
        "title": art.title,
        "outlet": art.outlet,
        "date": published_day(art.published_at).isoformat() if art.published_at else None,
        "url": article_link(art.pk, line.source_sentence_start, line.source_sentence_end),
    }


def frontlines_collection(filters: Filters) -> dict:
    page = frontlines_queryset(filters)[filters.offset : filters.offset + filters.limit]
    features = [frontline_feature(line, filters.zoom) for line in page]
    return feature_collection(features, limit=filters.limit, offset=filters.offset)
