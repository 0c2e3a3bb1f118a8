"""Curators' fixes to the gazetteer: merging duplicate places, creating and finding places.

The review queue of doubtful mentions, which uses these, is articles/review.py.

Plain functions over model rows; the admin views only call them. Every change is written to
the admin log (django.contrib.admin's LogEntry), so each object's History page shows who
changed what and when.
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.db import transaction

from places.models import Place, PlaceName
from places.normalize import name_key

logger = logging.getLogger(__name__)


def log_action(user, obj, flag: int, message: str) -> None:
    """Record a change in the admin log (the per-object History page); no-op without a user."""
    if user is None or not getattr(user, "pk", None):
        return
    LogEntry.objects.log_actions(
        user_id=user.pk,
        queryset=[obj],
        action_flag=flag,
        change_message=message,
        single_object=True,
    )


def bump_gazetteer() -> None:
    """Tell every cached geoparser that places or aliases changed (no restart needed)."""
    try:
        from places.models import GazetteerState
    except ImportError:  # older schema without the revision counter
        return
    GazetteerState.bump()


# Merging ---------------------------------------------------------------------------------


# Places further apart than this are rarely one place: the merge asks for confirmation.
MERGE_CONFIRM_KM = 25.0
EARTH_RADIUS_KM = 6371.0088


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places' marker points (haversine)."""
    lat1, lat2 = math.radians(a.point.y), math.radians(b.point.y)
    dlat, dlon = lat2 - lat1, math.radians(b.point.x - a.point.x)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def farthest_pair(places: list[Place]) -> tuple[float, int, int] | None:
    """The largest distance between two of the places, and their positions in the list."""
    pairs = [
        (distance_km(places[i], places[j]), i, j)
        for i in range(len(places))
        for j in range(i + 1, len(places))
    ]
    return max(pairs) if pairs else None


@dataclass
class MergeResult:
    survivor: Place
    merged: list[str] = field(default_factory=list)
    moved: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        moved = (
            ", ".join(f"{n} {what}" for what, n in sorted(self.moved.items()) if n)
            or "nothing else"
        )
        return f"Merged {', '.join(self.merged)} into {self.survivor.name}; moved {moved}."


@transaction.atomic
def merge_places(survivor: Place, others: Iterable[Place], *, user=None) -> MergeResult:
    """Fold `others` into `survivor`: every alias, mention, statement, campaign target (and any
    other row pointing at them) moves to the survivor, then the others are deleted.

    The merged places' names become aliases of the survivor, and its missing attributes
    (geometry, GeoNames id, population…) are filled from them, so nothing is lost.
    """
    result = MergeResult(survivor=survivor)
    others = [p for p in others if p.pk != survivor.pk]
    for other in others:
        result.merged.append(str(other))
        # Aliases: keep one row per name on the survivor.
        existing = set(survivor.names.values_list("name", flat=True))
        for alias in list(other.names.all()):
            if alias.name in existing:
                alias.delete()
            else:
                alias.place = survivor
                alias.save()
                existing.add(alias.name)
                result.moved["aliases"] += 1
        if other.name not in existing:
            survivor.add_name(other.name)
            result.moved["aliases"] += 1
        # Every other relation, found generically so a new model pointing at Place is not lost.
        for rel in Place._meta.related_objects:
            if rel.related_model is PlaceName:
                continue
            if rel.one_to_many or rel.one_to_one:
                moved = rel.related_model._base_manager.filter(**{rel.field.name: other}).update(
                    **{rel.field.name: survivor}
                )
            elif rel.many_to_many:
                manager = getattr(other, rel.get_accessor_name())
                rows = list(manager.all())
                for row in rows:
                    getattr(row, rel.field.name).add(survivor)
                manager.clear()
                moved = len(rows)
            else:
                continue
            result.moved[rel.related_model._meta.verbose_name_plural] += moved
        _fill_missing(survivor, other)
        log_action(user, other, DELETION, f"Merged into {survivor} (#{survivor.pk})")
        other.delete()
    survivor.save()
    log_action(user, survivor, CHANGE, result.summary())
    bump_gazetteer()
    return result


def _fill_missing(survivor: Place, other: Place) -> None:
    if survivor.geometry is None and other.geometry is not None:
        survivor.geometry = other.geometry
    if survivor.geonameid is None and other.geonameid is not None:
        geonameid = other.geonameid
        # The unique id must leave the merged row before the survivor can take it.
        Place.objects.filter(pk=other.pk).update(geonameid=None)
        survivor.geonameid = geonameid
    if not survivor.source_id and other.source_id:
        # Keep the source identity (e.g. GeoNames 172955), so a gazetteer reload updates the
        # survivor instead of re-creating the merged place.
        Place.objects.filter(pk=other.pk).update(source_id="")
        survivor.source, survivor.source_id = other.source, other.source_id
    for attr in ("feature_class", "feature_code", "country_code", "admin1"):
        if not getattr(survivor, attr) and getattr(other, attr):
            setattr(survivor, attr, getattr(other, attr))
    survivor.population = max(survivor.population, other.population)
    survivor.curated = survivor.curated or other.curated


@transaction.atomic
def create_place(
    name: str,
    lon: float,
    lat: float,
    *,
    kind: str = Place.Kind.OTHER,
    country_code: str = "",
    aliases: Iterable[str] = (),
    user=None,
) -> Place:
    """A curator's new place, immediately part of the gazetteer under its name and aliases."""
    name = name.strip()
    if not name:
        raise ValueError("A place needs a name")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError("Latitude must be within ±90 and longitude within ±180")
    place = Place.objects.create(
        name=name,
        kind=kind,
        point=Place.make_point(lon, lat),
        country_code=country_code.upper()[:2],
        source=Place.Source.CURATOR,
        curated=True,
    )
    place.add_name(name, preferred=True)
    for alias in aliases:
        if alias.strip() and alias.strip() != name:
            place.add_name(alias.strip())
    log_action(user, place, ADDITION, "Created from the review queue")
    bump_gazetteer()
    return place


def search_places(query: str, limit: int = 20) -> list[Place]:
    """Places for the review queue's search box: by alias key, then by name prefix."""
    query = query.strip()
    if not query:
        return []
    found = list(
        Place.objects.filter(names__key=name_key(query))
        .distinct()
        .order_by("-curated", "-population")[:limit]
    )
    if len(found) < limit:
        more = (
            Place.objects.filter(name__istartswith=query)
            .exclude(pk__in=[p.pk for p in found])
            .order_by("-curated", "-population")[: limit - len(found)]
        )
        found.extend(more)
    return found
