"""Where a campaign's arrow starts, and where a campaign stands on the map's day.

The tail of an arrow toward a target is, in this order:
1. the origin the text gives ("pushed west from X", "launched from Y": `Campaign.origin`);
2. the attacker's nearest place it held on the campaign's first day (its control
   observations, `conflictmap.control_layer`), within ORIGIN_RADIUS_DEG of the target;
3. a point behind the attacker's nearest front line;
else there is no arrow, only a ring on the target.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable

from django.conf import settings
from django.contrib.gis.geos import Point

from articles.models import Campaign, FrontLine
from places.models import Place

# How far from a target (in degrees, about 110 km) the attacker's held places are looked for.
ORIGIN_RADIUS_DEG = 1.0
# Campaigns per answer whose held places are looked up (one control query each, ~30 ms at
# 100,000 observations); the rest start behind their front line.
MAX_HELD_LOOKUPS = 10


def phase_on(campaign: Campaign, day: dt.date) -> str:
    """'ongoing', 'ended' (ended, drawn faded for CAMPAIGN_FADE_DAYS) or 'history' (ended
    longer ago: off the map on `day`)."""
    ended = campaign.ended_on
    if ended is None:
        return "ended" if campaign.status == Campaign.Status.ENDED else "ongoing"
    if ended > day:
        return "ongoing"
    return "ended" if (day - ended).days <= settings.CAMPAIGN_FADE_DAYS else "history"


def _distance(a: Point, b: Point) -> float:
    """Degrees, longitude scaled by the latitude's cosine: enough to rank nearby places."""
    scale = math.cos(math.radians((a.y + b.y) / 2))
    return math.hypot((a.x - b.x) * scale, a.y - b.y)


def held_origins(campaigns: list[Campaign], day: dt.date) -> dict[int, list[Point]]:
    """Per campaign with neither an axis nor an origin of its own, the places its attackers
    held on its first day (else on `day`) around its targets; only for attackers that have
    control observations at all, and for the first MAX_HELD_LOOKUPS such campaigns."""
    from articles.models import ControlObservation

    wanted = [
        c
        for c in campaigns
        if c.geometry is None and c.origin_id is None and c.targets.all() and c.attackers.all()
    ]
    if not wanted:
        return {}
    attacker_ids = {a.pk for c in wanted for a in c.attackers.all()}
    observed = set(
        ControlObservation.objects.standing()
        .settlements()
        .filter(side_id__in=attacker_ids)
        .order_by()
        .values_list("side_id", flat=True)
        .distinct()
    )
    wanted = [c for c in wanted if any(a.pk in observed for a in c.attackers.all())]
    return {
        c.pk: held_places(c, list(c.targets.all()), c.started_on or day)
        for c in wanted[:MAX_HELD_LOOKUPS]
    }


def held_places(campaign: Campaign, targets: list[Place], day: dt.date) -> list[Point]:
    """The points of the settlements one of the campaign's attackers holds on `day` around
    its targets (not contested, not a target itself)."""
    from conflictmap.control_layer import places_by_id, settlement_standings

    attacker_ids = {a.pk for a in campaign.attackers.all()}
    if not attacker_ids or not targets:
        return []
    xs, ys = [t.point.x for t in targets], [t.point.y for t in targets]
    pad = ORIGIN_RADIUS_DEG
    bbox = (
        max(-180.0, min(xs) - pad),
        max(-90.0, min(ys) - pad),
        min(180.0, max(xs) + pad),
        min(90.0, max(ys) + pad),
    )
    target_ids = {t.pk for t in targets}
    held = [
        place_id
        for place_id, standing in settlement_standings(day, bbox).items()
        if standing.current["side_id"] in attacker_ids
        and not standing.contested
        and place_id not in target_ids
    ]
    return [Point(p["lon"], p["lat"], srid=4326) for p in places_by_id(held).values() if p["lon"]]


def nearest_held(target: Point, held: list[Point]) -> Point | None:
    near = [p for p in held if _distance(p, target) <= ORIGIN_RADIUS_DEG]
    return min(near, key=lambda p: _distance(p, target)) if near else None


def behind_front_line(target: Point, lines: Iterable[FrontLine]) -> Point | None:
    """Behind the attacker's nearest front line (actors have no location of their own: the
    closest point of a line the attacker holds, pushed back away from the target)."""
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
