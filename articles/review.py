"""The review queue: doubtful mentions grouped by surface form, and the staff decisions on them.

Plain functions over model rows; the admin views only call them. Every decision is written to
the admin log (places.curation.log_action), so each mention's History page shows who decided.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.contrib.admin.models import CHANGE
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from articles.models import Mention
from places.curation import log_action
from places.geoparser.confidence import review_threshold
from places.geoparser.index import haversine_km
from places.models import Place
from places.normalize import name_key

# Mentions below this confidence join the review queue even when resolved. Derived from the
# measured reliability table (places/data/reliability.tsv): the top of the highest confidence
# band in which fewer than four readings in five were right on some evaluation corpus, so every
# mention left out of the queue sits in a band that is right at least 80 % of the time.
REVIEW_THRESHOLD = review_threshold()
# A mention this far (km) from its article's other places weighs as much as two near ones.
RISK_KM = 500.0


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
    # Sum over the mentions of 1 + km from the article's other places / RISK_KM (review_groups).
    risk: float = 0.0

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
        return [
            {
                "id": c.place.pk,
                "name": str(c.place),
                "lat": c.place.lat,
                "lon": c.place.lon,
                "score": c.score,
            }
            for c in self.candidates
        ]


def article_contexts(article_ids: Iterable[int]) -> dict[int, str]:
    """The country each article is mostly about: the commonest country of its located mentions."""
    counts: dict[int, Counter] = defaultdict(Counter)
    rows = (
        Mention.objects.readings()  # a nationality word says what the story is about too
        .filter(article_id__in=set(article_ids))
        .exclude(place__country_code="")
        .values_list("article_id", "place__country_code")
    )
    for article_id, country in rows:
        counts[article_id][country] += 1
    return {aid: c.most_common(1)[0][0] for aid, c in counts.items()}


def context_distances(mentions: Sequence) -> dict[int, float]:
    """Mention id -> km from its place to the nearest located place of its article with another
    name (mentions without a place, or alone in their article, are left out)."""
    placed = [m for m in mentions if m.place_id]
    rows = (
        Mention.objects.located()
        .filter(article_id__in={m.article_id for m in placed})
        .select_related("place")
        .only("id", "article_id", "text", "place__point")
    )
    others: dict[int, list[tuple[int, str, float, float]]] = defaultdict(list)
    for row in rows:
        others[row.article_id].append((row.pk, name_key(row.text), row.place.lat, row.place.lon))
    distances = {}
    for mention in placed:
        key, lat, lon = name_key(mention.text), mention.place.lat, mention.place.lon
        near = [
            haversine_km(lat, lon, olat, olon)
            for pk, okey, olat, olon in others[mention.article_id]
            if pk != mention.pk and okey != key
        ]
        if near:
            distances[mention.pk] = min(near)
    return distances


def candidate_ids(mention) -> list[tuple[int, float | None]]:
    """(place id, probability) pairs from Mention.candidates, whatever key names the geocoder used.

    The geoparser stores log-scores; curators see each candidate's share of the probability
    (a softmax over the mention's candidates), so 0.52 / 0.48 reads as a near tie, 0.97 as a
    clear winner.
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
    weights = {
        i: math.exp(max(s - top, -50.0))
        for i, (_, s) in enumerate(raw)
        if s is not None and math.isfinite(s)
    }
    total = sum(weights.values())
    return [
        (pid, round(weights[i] / total, 3) if i in weights else None)
        for i, (pid, _) in enumerate(raw)
    ]


def doubtful_mentions(threshold: float = REVIEW_THRESHOLD) -> QuerySet:
    return Mention.objects.needs_review(threshold).select_related("article", "place")


def review_groups(
    threshold: float = REVIEW_THRESHOLD, *, limit: int | None = None, max_candidates: int = 5
) -> list[ReviewGroup]:
    """Doubtful mentions grouped by surface form and country context, riskiest first: a group's
    risk adds up its mentions, each weighing more the farther its place lies from the other
    places of its article (a Congo put 950 km from Goma outranks a near-tie in the right town)."""
    mentions = list(doubtful_mentions(threshold))
    contexts = article_contexts(m.article_id for m in mentions)
    distances = context_distances(mentions)
    groups: dict[tuple[str, str], ReviewGroup] = {}
    for mention in mentions:
        key = (name_key(mention.text), contexts.get(mention.article_id, ""))
        group = groups.setdefault(key, ReviewGroup(*key))
        group.mentions.append(mention)
        group.risk += 1.0 + distances.get(mention.pk, 0.0) / RISK_KM
    ordered = sorted(groups.values(), key=lambda g: (-round(g.risk, 6), -g.count, g.key, g.context))
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
        group.candidates = [
            Candidate(places[pid], score) for pid, score in ranked if pid in places
        ][:max_candidates]
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
    now = timezone.now()
    status = Mention.Status.CONFIRMED if place is not None else Mention.Status.REJECTED
    ids = [m.pk for m in mentions]
    Mention.objects.filter(pk__in=ids).update(
        status=status,
        place=place,
        confidence=1.0,
        method="staff",
        decided_by=user,
        decided_at=now,
        updated_at=now,
    )
    what = f"confirmed as {place} (#{place.pk})" if place else "marked as not a place"
    for mention in Mention.objects.filter(pk__in=ids):
        log_action(user, mention, CHANGE, f"Review queue: “{mention.text}” {what}")
    return len(ids)
