"""/api/place_sources.json?place=<id>: what a place popup cites, and why the point is there.

Up to five supporting sentences (newest first, one per sentence however often it names the
place), each with outlet, date and a link to the sentence highlighted in its article, plus
how many more there are; and how the mentions were geocoded: the methods, the confidence,
and the candidates the geoparser weighed for the most confident one.
"""

from __future__ import annotations

from collections import Counter

from django.db.models import Avg, Count

from articles.models import Article
from conflictmap.clusters import rounded
from conflictmap.geojson import article_link, located_mentions
from conflictmap.params import Filters, ParamsError
from places.models import Place

SOURCES_SHOWN = 5
ROWS_READ = 200  # enough to find five distinct sentences among repeated mentions
SNIPPET_MAX = 320
CANDIDATES_SHOWN = 5


def _snippet(text: str, start: int | None, end: int | None, m_start: int, m_end: int) -> str:
    if start is None or end is None:  # no sentence recorded: the words around the mention
        start, end = max(0, m_start - 120), min(len(text), m_end + 120)
    snippet = " ".join(text[start:end].split())
    return snippet if len(snippet) <= SNIPPET_MAX else snippet[: SNIPPET_MAX - 1] + "…"


def _sources(mentions) -> tuple[list[dict], int]:
    rows = mentions.order_by("-published_on", "-pk").values_list(
        "article_id", "start", "end", "sentence_start", "sentence_end", "published_on"
    )[:ROWS_READ]
    chosen: dict[tuple, tuple] = {}
    for article_id, start, end, s_start, s_end, day in rows:
        key = (article_id, s_start if s_start is not None else start)
        if key not in chosen and len(chosen) < SOURCES_SHOWN:
            chosen[key] = (article_id, start, end, s_start, s_end, day)
    articles = Article.objects.only("id", "title", "outlet", "text").in_bulk(
        {row[0] for row in chosen.values()}
    )
    sources = []
    for article_id, start, end, s_start, s_end, day in chosen.values():
        article = articles[article_id]
        link_start, link_end = (s_start, s_end) if s_start is not None else (start, end)
        sources.append(
            {
                "sentence": _snippet(article.text, s_start, s_end, start, end),
                "outlet": article.outlet,
                "title": article.title,
                "date": day.isoformat() if day else None,
                "url": article_link(article_id, link_start, link_end),
            }
        )
    total = mentions.values("article_id", "sentence_start").distinct().count()
    return sources, max(0, total - len(sources))


def _geocoding(mentions) -> dict:
    summary = mentions.aggregate(n=Count("pk"), mean=Avg("confidence"))
    methods = Counter(dict(mentions.values_list("method").annotate(n=Count("pk")).order_by()))
    best = (
        mentions.order_by("-confidence", "-pk")
        .only("confidence", "method", "candidates", "place_id")
        .first()
    )
    candidates = (best.candidates or []) if best else []
    return {
        "mentions": summary["n"],
        "mean_confidence": round(summary["mean"], 3) if summary["mean"] is not None else None,
        "best_confidence": round(best.confidence, 3) if best else None,
        "methods": [{"method": m or "unknown", "mentions": n} for m, n in methods.most_common()],
        "candidates_considered": len(candidates),
        "candidates": [
            {
                "name": c.get("name"),
                "country": c.get("country"),
                "score": c.get("score"),
                "chosen": c.get("place_id") is not None and c.get("place_id") == best.place_id,
            }
            for c in candidates[:CANDIDATES_SHOWN]
            if isinstance(c, dict)
        ],
    }


def place_sources(place_id: int | None, filters: Filters) -> dict:
    if place_id is None:
        raise ParamsError("place: enter the place's id")
    place = (
        Place.objects.filter(pk=place_id)
        .only(
            "id", "name", "kind", "country_code", "population", "feature_code", "curated", "point"
        )
        .first()
    )
    if place is None:
        raise ParamsError("place: no such place")
    mentions = located_mentions(filters).filter(place_id=place_id)
    sources, more = _sources(mentions)
    return {
        "place": {
            "id": place.pk,
            "name": place.name,
            "kind": place.kind,
            "country": place.country_code,
            "population": place.population,
            "feature_code": place.feature_code,
            "curated": place.curated,
            # Where the marker is: a link to a place that a server-side cluster hides flies here.
            "lat": rounded(place.point.y),
            "lon": rounded(place.point.x),
        },
        "sources": sources,
        "more": more,
        "geocoding": _geocoding(mentions),
    }
