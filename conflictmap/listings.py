"""The API's lists that are not map layers: articles, actors, the slider's date range
(search: conflictmap/search.py)."""

from __future__ import annotations

import datetime as dt

from django.contrib.gis.db.models import Extent
from django.contrib.gis.geos import GEOSGeometry
from django.db.models import Max, Min, Q

from articles.models import (
    Actor,
    ActorAlias,
    Article,
    Campaign,
    ControlObservation,
    FrontLine,
    Mention,
)
from conflictmap.clusters import rounded
from conflictmap.geojson import ASKED_FOR_KINDS, article_link
from conflictmap.params import Filters
from places.models import Place
from places.normalize import name_key


def article_row(a: Article) -> dict:
    return {
        "id": a.pk,
        "title": a.title,
        "outlet": a.outlet,
        "source_url": a.source_url,
        "published_at": a.published_at.isoformat(),
        "language": a.language,
        "url": article_link(a.pk),
    }


def articles_page(filters: Filters) -> dict:
    qs = (
        Article.objects.only("id", "title", "outlet", "url", "published_at", "language")
        .order_by("-published_at", "pk")
        .between(filters.start, filters.end)
        .naming(filters.actor_ids)
        .placed_in(filters.bbox)
    )
    if filters.q:
        qs = qs.filter(title__icontains=filters.q)
    total = qs.count()
    results = [article_row(a) for a in qs[filters.offset : filters.offset + filters.limit]]
    nxt = filters.offset + filters.limit
    return {
        "count": total,
        "limit": filters.limit,
        "offset": filters.offset,
        "next_offset": nxt if nxt < total else None,
        "results": results,
    }


def actors_list() -> dict:
    actors = Actor.objects.select_related("parent").prefetch_related("aliases").order_by("name")
    return {
        "actors": [
            {
                "id": a.pk,
                "name": a.name,
                "kind": a.kind,
                "kind_label": a.get_kind_display(),
                "colour": a.colour,
                "parent": {"id": a.parent.pk, "name": a.parent.name} if a.parent else None,
                "aliases": [alias.alias for alias in a.aliases.all()],
            }
            for a in actors
        ]
    }


def actor_extent(actor_ids: list[int]) -> list[float] | None:
    """The bbox of everything an actor appears in: front lines, campaign targets, statement
    places.
    """
    geoms: list[GEOSGeometry] = []
    geoms += [fl.geometry for fl in FrontLine.objects.between_sides(actor_ids).only("geometry")]
    geoms += [
        p.point
        for p in Place.objects.filter(
            Q(campaigns__attackers__in=actor_ids) | Q(statements__speaker_actor__in=actor_ids)
        )
        .only("point")
        .distinct()
    ]
    if not geoms:
        return None
    xs = [v for g in geoms for v in (g.extent[0], g.extent[2])]
    ys = [v for g in geoms for v in (g.extent[1], g.extent[3])]
    return [rounded(min(xs)), rounded(min(ys)), rounded(max(xs)), rounded(max(ys))]


def actor_ids_named(q: str, key: str) -> list[int]:
    """Exact alias (case-sensitive ones only in their exact case), then normalised keys."""
    actor_ids: list[int] = []
    for alias in ActorAlias.objects.filter(Q(alias=q) | Q(key=key)).select_related("actor"):
        if alias.case_sensitive and alias.alias != q:
            continue
        if alias.actor_id not in actor_ids:
            actor_ids.append(alias.actor_id)
    for actor in Actor.objects.only("id", "name"):
        if name_key(actor.name) == key and actor.pk not in actor_ids:
            actor_ids.append(actor.pk)
    return actor_ids


def date_bounds() -> dict:
    """The earliest and latest dates any layer has, for the time slider."""
    arts = Article.objects.aggregate(lo=Min("published_at"), hi=Max("published_at"))
    lines = FrontLine.objects.aggregate(lo=Min("valid_from"), hi=Max("valid_from"))
    camps = Campaign.objects.aggregate(lo=Min("started_on"), hi=Max("started_on"))
    # The first and last standing day from the (observed_on, status) index, one step from each
    # end: MIN/MAX under the condition read all 100,000 rows (46 ms of every page load).
    days = ControlObservation.objects.standing().values_list("observed_on", flat=True)
    control = {
        "lo": days.order_by("observed_on").first(),
        "hi": days.order_by("-observed_on").first(),
    }
    days = [
        d.date() if isinstance(d, dt.datetime) else d
        for bounds in (arts, lines, camps, control)
        for d in (bounds["lo"], bounds["hi"])
        if d
    ]
    if not days:
        today = dt.date.today()
        return {"min": (today - dt.timedelta(days=30)).isoformat(), "max": today.isoformat()}
    return {"min": min(days).isoformat(), "max": max(days).isoformat()}


FIRST_VIEW_DAYS = 7


def first_view_extent(start: dt.date | None = None, end: dt.date | None = None):
    """The box the map opens on: the places mentioned in the chosen period, or else in the
    latest week that has mentions (never a country's centre point). None: nothing to fit."""
    mentions = Mention.objects.located().exclude(place__kind__in=ASKED_FOR_KINDS)
    if start is None and end is None:
        latest = mentions.aggregate(day=Max("published_on"))["day"]
        if latest is None:
            return None
        start = latest - dt.timedelta(days=FIRST_VIEW_DAYS - 1)
    window = mentions.published_between(start, end).values("place_id")
    extent = Place.objects.filter(pk__in=window).aggregate(box=Extent("point"))["box"]
    return [rounded(v) for v in extent] if extent else None
