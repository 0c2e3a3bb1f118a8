"""/api/search.json: actors, places and the map's own features, best match first.

Tiers, in order: exact matches (a name or alias folded by `places.normalize.name_key`:
`Ar-Raqqah` = Raqqa, `Daesh` = Islamic State), then prefixes, then close spellings (only
when the first two leave room). Within a tier: what the map shows first, then the most
mentioned, then places in a country an exact match is in (so `Raqqa` does not list towns in
Illinois before Syria's), then the most populous. Campaigns and front lines are searched
by their names like places, and places of every kind (dams, bases, regions) are included.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from django.db.models import Count

from articles.models import Actor, Campaign, FrontLine, Mention
from conflictmap.clusters import rounded
from conflictmap.listings import actor_extent, actor_ids_named
from places.models import Place, PlaceName
from places.normalize import name_key

TIERS = ("exact", "prefix", "fuzzy")
PREFIX_CANDIDATES = 200
FUZZY_CUTOFF = 0.8


@dataclass
class Hit:
    tier: int
    result: dict
    on_map: bool = False
    mentions: int = 0
    population: int = 0
    country: str = ""

    def sort_key(self, home: set[str]) -> tuple:
        """Exact before prefix, on the map, mentioned, at home, populous; then by name and id, so
        that equals (villages of no population) come in the same order on every database."""
        foreign = bool(home) and self.country not in home
        ranks = (self.tier, not self.on_map, -self.mentions, foreign, -self.population)
        return (*ranks, self.result["name"], self.result["type"], self.result["id"])


def _place_hits(places: list[Place], tier: int, matched: dict[int, str]) -> list[Hit]:
    ids = [p.pk for p in places]
    counts = dict(
        Mention.objects.located()
        .filter(place_id__in=ids)
        .order_by()
        .values("place_id")
        .annotate(n=Count("pk"))
        .values_list("place_id", "n")
    )
    on_map = set(Place.objects.on_map().filter(pk__in=ids).values_list("pk", flat=True))
    hits = []
    for p in places:
        result = {
            "type": "place",
            "id": p.pk,
            "name": p.name,
            "kind": p.kind,
            "matched": matched.get(p.pk),
            "lat": rounded(p.point.y),
            "lon": rounded(p.point.x),
            "on_map": p.pk in on_map,
            "country": p.country_code,
            "mentions": counts.get(p.pk, 0),
            "match": TIERS[tier],
        }
        hits.append(
            Hit(tier, result, p.pk in on_map, counts.get(p.pk, 0), p.population, p.country_code)
        )
    return hits


def _places_named(key: str, tier: int) -> list[Hit]:
    if tier == 0:
        names = PlaceName.objects.filter(key=key)
    else:
        # A key range the name index answers (LIKE 'x%' is a full scan in SQLite).
        after = key[:-1] + chr(ord(key[-1]) + 1)
        names = PlaceName.objects.filter(key__gt=key, key__lt=after).exclude(key=key)
    # "pk" last: of a place's several matching names, the same one on every database
    rows = names.order_by("-place__population", "place_id", "pk").values_list("place_id", "name")
    matched: dict[int, str] = {}
    for place_id, name in rows[:PREFIX_CANDIDATES]:
        matched.setdefault(place_id, name)
    places = Place.objects.filter(pk__in=matched).only(
        "id", "name", "kind", "point", "population", "country_code"
    )
    return _place_hits(list(places), tier, matched)


def _feature_result(kind: str, obj, tier: int, bbox: list[float] | None) -> dict:
    return {
        "type": kind,
        "id": obj.pk,
        "name": obj.name,
        "bbox": bbox,
        "match": TIERS[tier],
    }


def _extent(geoms) -> list[float] | None:
    extents = [g.extent for g in geoms if g is not None]
    if not extents:
        return None
    return [
        rounded(min(e[0] for e in extents)),
        rounded(min(e[1] for e in extents)),
        rounded(max(e[2] for e in extents)),
        rounded(max(e[3] for e in extents)),
    ]


def _tier_of(key: str, name: str) -> int | None:
    folded = name_key(name)
    if folded == key:
        return 0
    if folded.startswith(key) or f" {key}" in folded:
        return 1
    return None


def _feature_hits(key: str) -> list[Hit]:
    """Campaigns and front lines whose name is, or starts with, or has a word starting
    with the query."""
    hits = []
    for campaign in Campaign.objects.prefetch_related("targets").only("id", "name"):
        tier = _tier_of(key, campaign.name)
        if tier is not None:
            bbox = _extent(t.point for t in campaign.targets.all())
            hits.append(Hit(tier, _feature_result("campaign", campaign, tier, bbox), True))
    for line in FrontLine.objects.only("id", "name", "geometry"):
        tier = _tier_of(key, line.name)
        if tier is not None:
            bbox = _extent([line.geometry])
            hits.append(Hit(tier, _feature_result("frontline", line, tier, bbox), True))
    return hits


def _on_map_names() -> list[tuple[int, str]]:
    """(place id, name key) of every name of the places the map shows, in a stable order.

    Two indexed reads, mentioned places then curated ones: `Place.objects.on_map()` (an OR
    across a join) scans every gazetteer place instead (0.3-1 s a search)."""
    located = Mention.objects.filter(status__in=Mention.LOCATED_STATUSES).values("place_id")
    mentioned = PlaceName.objects.filter(place_id__in=located)
    # `curated__in` (not `place__curated=True`): SQLite then searches the curated index;
    # a bare boolean test scans every name of the gazetteer.
    curated_ids = Place.objects.filter(curated__in=[True]).values("pk")
    curated = PlaceName.objects.filter(place_id__in=curated_ids)
    return [
        row
        for names in (mentioned, curated)
        for row in names.order_by("place_id", "pk").values_list("place_id", "key")
    ]


def _fuzzy_hits(key: str) -> list[Hit]:
    """Close spellings of the names of what the map shows (not the whole gazetteer)."""
    names = {}
    for place_id, name_key_ in _on_map_names():
        names.setdefault(name_key_, place_id)
    close = difflib.get_close_matches(key, list(names), n=10, cutoff=FUZZY_CUTOFF)
    matched = {names[k]: k for k in close}
    places = Place.objects.filter(pk__in=matched).only(
        "id", "name", "kind", "point", "population", "country_code"
    )
    return _place_hits(list(places), 2, matched)


def _actor_hits(q: str, key: str) -> list[dict]:
    actor_ids = actor_ids_named(q, key)
    actors = {a.pk: a for a in Actor.objects.filter(pk__in=actor_ids)}
    return [
        {
            "type": "actor",
            "id": actors[i].pk,
            "name": actors[i].name,
            "colour": actors[i].colour,
            "bbox": actor_extent([i]),
            "match": "exact",
        }
        for i in actor_ids
    ]


def search(q: str, limit: int = 10) -> dict:
    key = name_key(q)
    if not key:
        return {"query": q, "results": []}
    results = _actor_hits(q, key)[:limit]
    hits = _places_named(key, 0) + _places_named(key, 1) + _feature_hits(key)
    seen = {h.result["id"] for h in hits if h.result["type"] == "place"}
    if len(results) + len(hits) < limit:
        hits += [h for h in _fuzzy_hits(key) if h.result["id"] not in seen]
    home = {h.country for h in hits if h.tier == 0 and h.country}
    hits.sort(key=lambda h: h.sort_key(home))
    listed = set()
    for hit in hits:  # a place matched exactly and by prefix (another alias) is listed once
        ident = (hit.result["type"], hit.result["id"])
        if ident not in listed and len(results) < limit:
            listed.add(ident)
            results.append(hit.result)
    return {"query": q, "results": results}
