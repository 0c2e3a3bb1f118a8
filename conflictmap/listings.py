"""The API's lists that are not map layers: articles, actors, search, the slider's date range."""

from __future__ import annotations

import datetime as dt

from django.contrib.gis.geos import GEOSGeometry
from django.db.models import Max, Min, Q

from articles.models import Actor, ActorAlias, Article, Campaign, ControlObservation, FrontLine
from conflictmap.clusters import rounded
from conflictmap.geojson import article_link
from conflictmap.params import Filters
from places.models import Place, PlaceName
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


def _actor_ids_named(q: str, key: str) -> list[int]:
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


def _place_results(key: str, room: int) -> list[dict]:
    """Exact key on a name or alias first, then prefixes; mapped and populous first."""
    results: list[dict] = []
    exact = Place.objects.filter(Q(names__key=key)).distinct()
    # A key range the name index answers (LIKE 'x%' ... ESCAPE is a full scan in SQLite).
    after = key[:-1] + chr(ord(key[-1]) + 1)
    prefix = (
        Place.objects.filter(names__key__gte=key, names__key__lt=after, names__key__startswith=key)
        .exclude(pk__in=exact.values("pk"))
        .distinct()
    )
    for group in (exact, prefix):
        candidates = list(group.only("id", "name", "kind", "point", "population", "curated")[:50])
        # Which candidates the map shows: asked for these 50, not the whole map's places.
        on_map = set(
            Place.objects.on_map()
            .filter(pk__in=[p.pk for p in candidates])
            .values_list("pk", flat=True)
        )
        places = sorted(
            candidates, key=lambda p: (p.pk not in on_map, not p.curated, -p.population)
        )
        for p in places:
            if len(results) >= room:
                break
            matched = (
                PlaceName.objects.filter(place=p, key__startswith=key)
                .values_list("name", flat=True)
                .first()
            )
            results.append(
                {
                    "type": "place",
                    "id": p.pk,
                    "name": p.name,
                    "kind": p.kind,
                    "matched": matched,
                    "lat": rounded(p.point.y),
                    "lon": rounded(p.point.x),
                    "on_map": p.pk in on_map,
                }
            )
    return results


def search(q: str, limit: int = 10) -> dict:
    key = name_key(q)
    results: list[dict] = []
    if not key:
        return {"query": q, "results": results}
    actor_ids = _actor_ids_named(q, key)
    actors = {a.pk: a for a in Actor.objects.filter(pk__in=actor_ids)}
    for actor_id in actor_ids[:limit]:
        a = actors[actor_id]
        results.append(
            {
                "type": "actor",
                "id": a.pk,
                "name": a.name,
                "colour": a.colour,
                "bbox": actor_extent([a.pk]),
            }
        )
    results += _place_results(key, limit - len(results))
    return {"query": q, "results": results}


def date_bounds() -> dict:
    """The earliest and latest dates any layer has, for the time slider."""
    arts = Article.objects.aggregate(lo=Min("published_at"), hi=Max("published_at"))
    lines = FrontLine.objects.aggregate(lo=Min("valid_from"), hi=Max("valid_from"))
    camps = Campaign.objects.aggregate(lo=Min("started_on"), hi=Max("started_on"))
    control = ControlObservation.objects.standing().aggregate(
        lo=Min("observed_on"), hi=Max("observed_on")
    )
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
