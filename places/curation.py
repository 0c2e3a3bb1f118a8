"""Curators' fixes: merging duplicate places and deciding doubtful mentions (the review queue).

Plain functions over model rows; the admin views only call them. Every change is written to
the admin log (django.contrib.admin's LogEntry), so each object's History page shows who
changed what and when.
"""

from __future__ import annotations

import logging
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from places.models import Place, PlaceName
from places.normalize import name_key

logger = logging.getLogger(__name__)

# Mentions at or below this confidence join the review queue even when resolved.
REVIEW_THRESHOLD = 0.6


def log_action(user, obj, flag: int, message: str) -> None:
    """Record a change in the admin log (the per-object History page); no-op without a user."""
    if user is None or not getattr(user, "pk", None):
        return
    LogEntry.objects.log_actions(user_id=user.pk, queryset=[obj], action_flag=flag, change_message=message,
                                 single_object=True)


def bump_gazetteer() -> None:
    """Tell every cached geoparser that places or aliases changed (no restart needed)."""
    try:
        from places.models import GazetteerState
    except ImportError:  # older schema without the revision counter
        return
    GazetteerState.bump()


# Merging ---------------------------------------------------------------------------------


@dataclass
class MergeResult:
    survivor: Place
    merged: list[str] = field(default_factory=list)
    moved: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        moved = ", ".join(f"{n} {what}" for what, n in sorted(self.moved.items()) if n) or "nothing else"
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
                    **{rel.field.name: survivor})
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


# Review queue ----------------------------------------------------------------------------


@dataclass
class Candidate:
    place: Place
    score: float | None


@dataclass
class ReviewGroup:
    """Doubtful mentions sharing a surface form (by name key) and a country context."""

    key: str
    context: str
    mentions: list = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def text(self) -> str:
        return Counter(m.text for m in self.mentions).most_common(1)[0][0]

    @property
    def count(self) -> int:
        return len(self.mentions)

    @property
    def ident(self) -> str:
        return f"{self.key}|{self.context}"

    def map_data(self) -> list[dict]:
        """Candidates for the group's small map (plain data; the page escapes nothing)."""
        return [{"id": c.place.pk, "name": str(c.place), "lat": c.place.lat, "lon": c.place.lon,
                 "score": c.score} for c in self.candidates]


def article_contexts(article_ids: Iterable[int]) -> dict[int, str]:
    """The country each article is mostly about: the commonest country among its located mentions."""
    from articles.models import Mention

    counts: dict[int, Counter] = defaultdict(Counter)
    rows = (Mention.objects.located().filter(article_id__in=set(article_ids))
            .exclude(place__country_code="").values_list("article_id", "place__country_code"))
    for article_id, country in rows:
        counts[article_id][country] += 1
    return {aid: c.most_common(1)[0][0] for aid, c in counts.items()}


def candidate_ids(mention) -> list[tuple[int, float | None]]:
    """(place id, probability) pairs from Mention.candidates, whatever key names the geocoder used.

    The geoparser stores log-scores; curators see each candidate's share of the probability
    (a softmax over the mention's candidates), so 0.52 / 0.48 reads as a near tie, 0.97 as a clear winner.
    """
    raw = []
    for item in mention.candidates or []:
        if isinstance(item, dict):
            pid = item.get("place_id", item.get("id", item.get("pk")))
            score = item.get("score", item.get("confidence"))
        elif isinstance(item, (list, tuple)) and item:
            pid, score = item[0], (item[1] if len(item) > 1 else None)
        else:
            continue
        try:
            raw.append((int(pid), float(score) if score is not None else None))
        except (TypeError, ValueError):
            continue
    scored = [s for _, s in raw if s is not None and math.isfinite(s)]
    if not scored:
        return [(pid, None) for pid, _ in raw]
    top = max(scored)
    weights = {i: math.exp(max(s - top, -50.0)) for i, (_, s) in enumerate(raw)
               if s is not None and math.isfinite(s)}
    total = sum(weights.values())
    return [(pid, round(weights[i] / total, 3) if i in weights else None) for i, (pid, _) in enumerate(raw)]


def doubtful_mentions(threshold: float = REVIEW_THRESHOLD) -> QuerySet:
    from articles.models import Mention

    return Mention.objects.needs_review(threshold).select_related("article", "place")


def review_groups(threshold: float = REVIEW_THRESHOLD, *, limit: int | None = None,
                  max_candidates: int = 5) -> list[ReviewGroup]:
    """Doubtful mentions grouped by surface form and country context, most frequent first."""
    mentions = list(doubtful_mentions(threshold))
    contexts = article_contexts(m.article_id for m in mentions)
    groups: dict[tuple[str, str], ReviewGroup] = {}
    for mention in mentions:
        key = (name_key(mention.text), contexts.get(mention.article_id, ""))
        groups.setdefault(key, ReviewGroup(*key)).mentions.append(mention)
    ordered = sorted(groups.values(), key=lambda g: (-g.count, g.key, g.context))
    if limit:
        ordered = ordered[:limit]
    # Candidates: best score per place across the group, plus the currently chosen place.
    wanted: set[int] = set()
    scores: dict[str, dict[int, float | None]] = {}
    for group in ordered:
        best: dict[int, float | None] = {}
        for mention in group.mentions:
            for pid, score in candidate_ids(mention):
                if pid not in best or (score or 0) > (best[pid] or 0):
                    best[pid] = score
            if mention.place_id and mention.place_id not in best:
                best[mention.place_id] = mention.confidence
        scores[group.ident] = best
        wanted.update(best)
    places = Place.objects.in_bulk(wanted)
    for group in ordered:
        ranked = sorted(scores[group.ident].items(), key=lambda kv: -(kv[1] or 0))
        group.candidates = [Candidate(places[pid], score) for pid, score in ranked if pid in places][
            :max_candidates]
    return ordered


def find_group(ident: str, threshold: float = REVIEW_THRESHOLD) -> ReviewGroup | None:
    for group in review_groups(threshold):
        if group.ident == ident:
            return group
    return None


@transaction.atomic
def decide(mentions: Sequence, *, place: Place | None, user=None) -> int:
    """Record a staff decision: `place` confirms the mentions as that place, None rejects them
    as not a place. The geocoder never overwrites these statuses and learns from them."""
    from articles.models import Mention

    now = timezone.now()
    status = Mention.Status.CONFIRMED if place is not None else Mention.Status.REJECTED
    ids = [m.pk for m in mentions]
    Mention.objects.filter(pk__in=ids).update(
        status=status, place=place, confidence=1.0, method="staff", decided_by=user, decided_at=now,
        updated_at=now)
    what = f"confirmed as {place} (#{place.pk})" if place else "marked as not a place"
    for mention in Mention.objects.filter(pk__in=ids):
        log_action(user, mention, CHANGE, f"Review queue: “{mention.text}” {what}")
    return len(ids)


@transaction.atomic
def create_place(name: str, lon: float, lat: float, *, kind: str = Place.Kind.OTHER, country_code: str = "",
                 aliases: Iterable[str] = (), user=None) -> Place:
    """A curator's new place, immediately part of the gazetteer under its name and aliases."""
    name = name.strip()
    if not name:
        raise ValueError("A place needs a name")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError("Latitude must be within ±90 and longitude within ±180")
    place = Place.objects.create(name=name, kind=kind, point=Place.make_point(lon, lat),
                                 country_code=country_code.upper()[:2], source=Place.Source.CURATOR,
                                 curated=True)
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
    found = list(Place.objects.filter(names__key=name_key(query)).distinct()
                 .order_by("-curated", "-population")[:limit])
    if len(found) < limit:
        more = (Place.objects.filter(name__istartswith=query).exclude(pk__in=[p.pk for p in found])
                .order_by("-curated", "-population")[: limit - len(found)])
        found.extend(more)
    return found
