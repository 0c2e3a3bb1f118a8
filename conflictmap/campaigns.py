"""The campaigns layer: an arrow from behind the attacker's front line to each target."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.contrib.gis.geos import LineString, Point
from django.db.models import Prefetch

from articles.models import Actor, Campaign, CampaignSource, FrontLine
from conflictmap.bbox import place_bbox_q
from conflictmap.geojson import actor_dict, article_link, feature_collection, geometry_json
from conflictmap.params import Filters
from places.models import Place


def campaigns_queryset(filters: Filters):
    qs = (
        Campaign.objects.active_between(filters.start, filters.end)
        .involving(filters.actor_ids)
        .targeting_places_in(filters.bbox)
    )
    targets = Place.objects.only("id", "name", "kind", "point")
    if filters.bbox:
        targets = targets.filter(place_bbox_q(filters.bbox, few_rows=True))
    sources = CampaignSource.objects.select_related("article").only(
        "id",
        "campaign_id",
        "sentence_start",
        "sentence_end",
        "article__id",
        "article__title",
        "article__text",
        "article__published_at",
    )
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
        parts = (
            [geom]
            if geom.geom_type == "LineString"
            else [g for g in geom if g.geom_type == "LineString"]
        )
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


def _lines_by_actor(campaigns: list[Campaign]) -> dict[int, list[FrontLine]]:
    """The front lines of every attacker on the page, in one query."""
    attacker_ids = [a.pk for c in campaigns for a in c.attackers.all()]
    lines_by_actor: dict[int, list[FrontLine]] = defaultdict(list)
    if attacker_ids:
        for line in FrontLine.objects.between_sides(list(set(attacker_ids))).only(
            "id", "geometry", "side_a_id", "side_b_id", "valid_from", "valid_to"
        ):
            lines_by_actor[line.side_a_id].append(line)
            lines_by_actor[line.side_b_id].append(line)
    return lines_by_actor


def campaign_properties(c: Campaign, attackers: list[Actor]) -> dict:
    sources = [
        {
            "article_id": s.article.pk,
            "title": s.article.title,
            "sentence": s.sentence,
            "url": article_link(s.article.pk, s.sentence_start, s.sentence_end),
        }
        for s in c.sources.all()
    ]
    return {
        "id": c.pk,
        "layer": "campaigns",
        "name": c.name,
        "named": c.named,
        "started_on": c.started_on.isoformat() if c.started_on else None,
        "ended_on": c.ended_on.isoformat() if c.ended_on else None,
        "date_precision": c.get_date_precision_display(),
        "status": c.get_status_display(),
        "attackers": [actor_dict(a) for a in attackers],
        "opponents": [actor_dict(a) for a in c.opponents.all()],
        "colour": attackers[0].colour if attackers else "#444444",
        "sources": sources,
        "url": sources[0]["url"] if sources else None,
    }


def campaign_features(c: Campaign, lines_by_actor: dict[int, list[FrontLine]]) -> list[dict]:
    """The campaign's own geometry if drawn, else one arrow (or point) per target."""
    attackers = list(c.attackers.all())
    props = campaign_properties(c, attackers)
    if c.geometry is not None:
        return [
            {
                "type": "Feature",
                "id": f"campaign-{c.pk}",
                "geometry": geometry_json(c.geometry),
                "properties": {
                    **props,
                    "arrow": c.geometry.geom_type in ("LineString", "MultiLineString"),
                    "target": None,
                },
            }
        ]
    held = [line for a in attackers for line in lines_by_actor.get(a.pk, [])]
    # The lines valid when the campaign started; any of the attacker's lines otherwise.
    lines = [
        line
        for line in held
        if c.started_on is None
        or (
            line.valid_from <= c.started_on
            and (line.valid_to is None or line.valid_to >= c.started_on)
        )
    ] or held
    features = []
    for target in c.targets.all():
        origin = _arrow_origin(target.point, lines)
        geom = LineString(origin, target.point, srid=4326) if origin else target.point
        features.append(
            {
                "type": "Feature",
                "id": f"campaign-{c.pk}-{target.pk}",
                "geometry": geometry_json(geom),
                "properties": {
                    **props,
                    "arrow": origin is not None,
                    "target": {"id": target.pk, "name": target.name},
                },
            }
        )
    return features


def campaigns_collection(filters: Filters) -> dict:
    campaigns = list(campaigns_queryset(filters)[filters.offset : filters.offset + filters.limit])
    lines_by_actor = _lines_by_actor(campaigns)
    features = [feature for c in campaigns for feature in campaign_features(c, lines_by_actor)]
    return feature_collection(features, limit=filters.limit, offset=filters.offset)
