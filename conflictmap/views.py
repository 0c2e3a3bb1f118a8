from __future__ import annotations

import datetime as dt
import re

from django.conf import settings
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from articles.models import Actor, Article, Mention
from conflictmap import listings
from conflictmap.changes import changes_collection
from conflictmap.highlight import Span, segments
from conflictmap.params import MAX_CHANGE_RANGE_DAYS, ParamsError, parse, parse_change_range
from places.models import Place

BASEMAP_LAYERS = ("countries", "lakes", "rivers")
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}")
FAVICON = "conflictmap/favicon.svg"


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def map_config(start: dt.date | None = None, end: dt.date | None = None) -> dict:
    """Everything map.js needs, passed through json_script (never inline JS).

    `fit`: the box the first view fits when the link gives no position (the data of the
    chosen period, or of the latest week).
    """
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
                "control",
                "changes",
                "timeline",
                "actors",
                "articles",
                "search",
                "labels",
                "place_sources",
                "feed",
                "countries",
            )
        },
        "basemap": {name: static(f"basemap/{name}.geojson") for name in BASEMAP_LAYERS},
        "admin1Outlines": static("basemap/admin1.geojson"),
        "center": list(leaflet["DEFAULT_CENTER"]),
        "zoom": leaflet["DEFAULT_ZOOM"],
        "minZoom": leaflet["MIN_ZOOM"],
        "maxZoom": leaflet["MAX_ZOOM"],
        "tileUrl": settings.MAP_TILE_URL,
        "tileAttribution": settings.MAP_TILE_ATTRIBUTION,
        "attribution": "Places: GeoNames (CC BY 4.0), UCDP GED (CC BY 4.0), "
        "© OpenStreetMap contributors (ODbL) · Basemap: Natural Earth"
        " (public domain)",
        "actors": [
            {"id": a.pk, "name": a.name, "colour": a.colour, "kind": a.kind}
            for a in Actor.objects.on_map().order_by("name")
        ],
        "kinds": [{"value": k.value, "label": k.label} for k in Place.Kind],
        "dates": listings.date_bounds(),
        "maxChangeDays": MAX_CHANGE_RANGE_DAYS,
        "fit": listings.first_view_extent(start, end),
    }


@require_safe
def map_page(request: HttpRequest) -> HttpResponse:
    start, end = _day(request.GET.get("from")), _day(request.GET.get("to"))
    return render(request, "conflictmap/map.html", {"config": map_config(start, end)})


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
        for m in article.mentions.filter(
            status__in=Mention.LOCATED_STATUSES, is_demonym=False
        ).select_related("place")
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
            mentions__article=article,
            mentions__status__in=Mention.LOCATED_STATUSES,
            mentions__is_demonym=False,  # "Belgian paratroopers": no pin on Belgium
        )
        .annotate(
            n=Count(
                "mentions",
                filter=Q(mentions__article=article, mentions__is_demonym=False),
            )
        )
        .distinct()
    )
    config = {
        "basemap": {name: static(f"basemap/{name}.geojson") for name in BASEMAP_LAYERS},
        "tileUrl": settings.MAP_TILE_URL,
        "tileAttribution": settings.MAP_TILE_ATTRIBUTION,
        "attribution": "Places: GeoNames (CC BY 4.0), UCDP GED (CC BY 4.0), "
        "© OpenStreetMap contributors (ODbL) · Basemap: Natural Earth"
        " (public domain)",
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


@require_safe
def changes_page(request: HttpRequest) -> HttpResponse:
    """/changes/?from=&to=[&bbox=]: a printable table of what changed between two days."""
    try:
        start, end = parse_change_range(request.GET)
        bbox = parse(request.GET).bbox
    except ParamsError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    data = changes_collection(start, end, bbox)
    for row in data["summary"]:
        # Only a hex colour reaches the style attribute.
        colour = (row["side"] or {}).get("colour") or ""
        row["swatch"] = colour if HEX_COLOUR.fullmatch(colour) else "#666666"
    settlements, areas = [], []
    for feature in data["features"]:
        props = feature["properties"]
        (settlements if props["type"] == "settlement" else areas).append(props)
    context = {
        "start": start,
        "end": end,
        "bbox": bbox,
        "summary": data["summary"],
        "settlements": settlements,
        "areas": areas,
        "api_url": reverse("api-changes") + "?" + request.GET.urlencode(),
    }
    return render(request, "conflictmap/changes.html", context)
