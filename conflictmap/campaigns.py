"""The campaigns layer: an arrow from where each campaign came from to each of its targets.

On the map's day (`end`, else today) a campaign is ongoing, ended (drawn faded for
CAMPAIGN_FADE_DAYS after its end date) or history (not drawn: it shows again when the map
goes back to its dates). A campaign with neither a target nor a drawn axis has nothing to
point at: it is listed in `not_located`, never dropped. Arrow tails: campaign_origins.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.conf import settings
from django.contrib.gis.geos import LineString, Point
from django.db.models import Prefetch

from articles.models import Actor, Campaign, CampaignSource, FrontLine
from conflictmap.bbox import place_bbox_q
from conflictmap.campaign_origins import behind_front_line, held_origins, nearest_held, phase_on
from conflictmap.geojson import actor_dict, article_link, feature_collection, geometry_json
from conflictmap.params import Filters
from places.models import Place

# Campaigns listed as "not located" at most (the newest first).
MAX_NOT_LOCATED = 100


def map_day(filters: Filters) -> dt.date:
    return filters.end or dt.datetime.now(dt.UTC).date()


def on_the_map(filters: Filters):
    """Campaigns active in the window, less those that ended more than CAMPAIGN_FADE_DAYS
    before the map's day, filtered by actor."""
    faded_out = map_day(filters) - dt.timedelta(days=settings.CAMPAIGN_FADE_DAYS)
    return (
        Campaign.objects.active_between(filters.start, filters.end)
        .exclude(ended_on__lt=faded_out)
        .involving(filters.actor_ids)
        .targeting(filters.about)
    )


def campaigns_queryset(filters: Filters):
    qs = on_the_map(filters).targeting_places_in(filters.bbox)
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
    return (
        qs.select_related("origin")
        .prefetch_related(
            Prefetch("attackers", queryset=Actor.objects.only("id", "name", "colour", "kind")),
            Prefetch("opponents", queryset=Actor.objects.only("id", "name", "colour", "kind")),
            Prefetch("targets", queryset=targets),
            Prefetch("sources", queryset=sources),
        )
        .order_by("started_on", "pk")
    )


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


def campaign_properties(c: Campaign, attackers: list[Actor], day: dt.date) -> dict:
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
        "end_precision": c.get_end_precision_display() if c.ended_on else None,
        "status": c.get_status_display(),
        "phase": phase_on(c, day),
        "attackers": [actor_dict(a) for a in attackers],
        "opponents": [actor_dict(a) for a in c.opponents.all()],
        "colour": attackers[0].colour if attackers else "#444444",
        "sources": sources,
        "url": sources[0]["url"] if sources else None,
    }


def _tail(
    target: Place, c: Campaign, held: list[Point], lines: list[FrontLine]
) -> tuple[Point | None, dict | None]:
    """An arrow's tail toward `target` and where it comes from (see campaign_origins)."""
    if c.origin is not None and c.origin.point and c.origin_id != target.pk:
        return c.origin.point, {"name": c.origin.name, "from": "text"}
    point = nearest_held(target.point, held)
    if point is not None:
        return point, {"name": None, "from": "held place"}
    point = behind_front_line(target.point, lines)
    if point is not None:
        return point, {"name": None, "from": "front line"}
    return None, None


def campaign_features(
    c: Campaign, lines_by_actor: dict[int, list[FrontLine]], held: list[Point], day: dt.date
) -> list[dict]:
    """The campaign's own geometry if drawn, else one arrow (or point) per target."""
    attackers = list(c.attackers.all())
    props = campaign_properties(c, attackers, day)
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
                    "origin": None,
                },
            }
        ]
    attacker_lines = [line for a in attackers for line in lines_by_actor.get(a.pk, [])]
    # The lines valid when the campaign started; any of the attacker's lines otherwise.
    lines = [
        line
        for line in attacker_lines
        if c.started_on is None
        or (
            line.valid_from <= c.started_on
            and (line.valid_to is None or line.valid_to >= c.started_on)
        )
    ] or attacker_lines
    features = []
    for target in c.targets.all():
        tail, origin = _tail(target, c, held, lines)
        geom = LineString(tail, target.point, srid=4326) if tail else target.point
        features.append(
            {
                "type": "Feature",
                "id": f"campaign-{c.pk}-{target.pk}",
                "geometry": geometry_json(geom),
                "properties": {
                    **props,
                    "arrow": tail is not None,
                    "target": {"id": target.pk, "name": target.name},
                    "origin": origin,
                },
            }
        )
    return features


def not_located(filters: Filters) -> list[dict]:
    """Campaigns on the map's day with nothing to point at: no target and no drawn axis."""
    day = map_day(filters)
    rows = (
        on_the_map(filters)
        .filter(geometry__isnull=True, targets__isnull=True)
        .prefetch_related(Prefetch("attackers", queryset=Actor.objects.order_by("name")))
        .order_by("-started_on", "pk")[:MAX_NOT_LOCATED]
    )
    return [
        {
            "id": c.pk,
            "name": c.name,
            "started_on": c.started_on.isoformat() if c.started_on else None,
            "ended_on": c.ended_on.isoformat() if c.ended_on else None,
            "phase": phase_on(c, day),
            "attackers": [actor_dict(a) for a in c.attackers.all()],
        }
        for c in rows
    ]


def campaigns_collection(filters: Filters) -> dict:
    day = map_day(filters)
    campaigns = list(campaigns_queryset(filters)[filters.offset : filters.offset + filters.limit])
    lines_by_actor = _lines_by_actor(campaigns)
    held = held_origins(campaigns, day)
    features = [
        feature
        for c in campaigns
        for feature in campaign_features(c, lines_by_actor, held.get(c.pk, []), day)
    ]
    return feature_collection(
        features, limit=filters.limit, offset=filters.offset, not_located=not_located(filters)
    )
