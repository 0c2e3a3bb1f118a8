from __future__ import annotations

from django.conf import settings
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from articles.models import Actor, Article, Mention
from conflictmap import listings
from conflictmap.highlight import Span, segments
from places.models import Place

BASEMAP_LAYERS = ("countries", "lakes", "rivers")
FAVICON = "conflictmap/favicon.svg"


def map_config() -> dict:
    """Everything map.js needs, passed through json_script (never inline JS)."""
    leaflet = settings.LEAFLET_CONFIG
    return {
        "api": {
            name: reverse(f"api-{name}")
            for name in (
                "places",
                "mentions",
                "campaigns",
                "frontlines",
                "statements",
                "events",
                "actors",
                "articles",
                "search",
                "feed",
            )
        },
        "basemap": {name: static(f"basemap/{name}.geojson") for name in BASEMAP_LAYERS},
        "center": list(leaflet["DEFAULT_CENTER"]),
        "zoom": leaflet["DEFAULT_ZOOM"],
        "minZoom": leaflet["MIN_ZOOM"],
        "maxZoom": leaflet["MAX_ZOOM"],
        "tileUrl": settings.MAP_TILE_URL,
        "tileAttribution": settings.MAP_TILE_ATTRIBUTION,
        "attribution": "Places: GeoNames (CC BY 4.0) · Basemap: Natural Earth (public domain)",
        "actors": [
            {"id": a.pk, "name": a.name, "colour": a.colour, "kind": a.kind}
            for a in Actor.objects.on_map().order_by("name")
        ],
        "kinds": [{"value": k.value, "label": k.label} for k in Place.Kind],
        "dates": listings.date_bounds(),
    }


@require_safe
def map_page(request: HttpRequest) -> HttpResponse:
    return render(request, "conflictmap/map.html", {"config": map_config()})


@require_safe
def favicon(request: HttpRequest) -> HttpResponse:
    """/favicon.ico for browsers and feed readers that ask for it without reading our
    <link rel=icon>.

    A temporary redirect to the hashed static file: its name changes with its content, so the
    redirect itself is cached for a day only.
    """
    response = HttpResponseRedirect(static(FAVICON))
    patch_cache_control(response, public=True, max_age=86400)
    return response


def _marked_span(request: HttpRequest) -> tuple[int, int] | None:
    try:
        start, end = int(request.GET.get("start", "")), int(request.GET.get("end", ""))
    except ValueError:
        return None
    return (start, end) if 0 <= start < end else None


def article_spans(article: Article) -> list[Span]:
    spans = [
        Span(m.start, m.end, "place", m.place.name if m.place else m.text, f"place-{m.place_id}")
        for m in article.mentions.filter(status__in=Mention.LOCATED_STATUSES).select_related(
            "place"
        )
    ]
    spans += [
        Span(m.start, m.end, "actor", m.actor.name, f"actor-{m.actor_id}")
        for m in article.actor_mentions.select_related("actor")
    ]
    spans += [
        Span(
            s.start,
            s.end,
            "quote",
            f"{s.speaker_name} ({s.speaker_role})".strip(" ()"),
            f"statement-{s.pk}",
        )
        for s in article.statements.all()
    ]
    return spans


@require_safe
def article_page(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    marked = _marked_span(request)
    if marked and marked[1] > len(article.text):
        marked = None
    places = (
        Place.objects.filter(
            mentions__article=article, mentions__status__in=Mention.LOCATED_STATUSES
        )
        .annotate(n=Count("mentions", filter=Q(mentions__article=article)))
        .distinct()
    )
    config = {
        "basemap": {name: static(f"basemap/{name}.geojson") for name in BASEMAP_LAYERS},
        "tileUrl": settings.MAP_TILE_URL,
        "tileAttribution": settings.MAP_TILE_ATTRIBUTION,
        "attribution": "Places: GeoNames (CC BY 4.0) · Basemap: Natural Earth (public domain)",
        "places": [
            {
                "id": p.pk,
                "name": p.name,
                "kind": p.kind,
                "lat": p.point.y,
                "lon": p.point.x,
                "mentions": p.n,
            }
            for p in places
        ],
    }
    context = {
        "article": article,
        "paragraphs": segments(article.text, article_spans(article), marked),
        "marked": marked,
        "marked_text": article.text[marked[0] : marked[1]] if marked else "",
        "config": config,
        "statements": article.statements.select_related("speaker_actor"),
    }
    return render(request, "conflictmap/article.html", context)
