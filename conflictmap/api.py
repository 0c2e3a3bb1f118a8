"""Read-only JSON/GeoJSON API behind the map (paths are a public contract: keep them)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.cache import get_conditional_response
from django.utils.dateparse import parse_datetime
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from django_ratelimit.core import get_usage

from articles.models import Article, Mention
from conflictmap import (
    basemap_labels,
    control_layer,
    control_markers,
    country_layer,
    event_layer,
    feed,
    geojson,
    listings,
    place_sources,
)
from conflictmap import campaigns as campaign_layer
from conflictmap import changes as change_layer
from conflictmap import search as search_index
from conflictmap.params import (
    Filters,
    ParamsError,
    check_timeline_range,
    parse,
    parse_change_range,
    parse_id,
)
from places.models import Place

GEOJSON = "application/geo+json"


# "latest": (monotonic time it was read, newest change); emptied by forget_last_modified().
_last_modified_cache: dict[str, tuple[float, dt.datetime | None]] = {}
# The MAX() scans cost ~45 ms at 100k mentions; a map load asks for it four times at once.
LAST_MODIFIED_TTL = 2.0


def last_modified() -> dt.datetime | None:
    """The newest change to places, mentions or articles (cached for a couple of seconds).

    Campaigns, front lines and statements carry no timestamp, so the ETag (a hash of the
    body) is what guarantees a changed layer is re-sent; Last-Modified is a hint.
    """
    now = time.monotonic()
    cached = _last_modified_cache.get("latest")
    if cached and now - cached[0] < LAST_MODIFIED_TTL:
        return cached[1]
    value = _query_last_modified()
    _last_modified_cache["latest"] = (now, value)
    return value


def forget_last_modified(**kwargs) -> None:
    """Signal receiver for saves and deletes (connected in ConflictMapConfig.ready())."""
    _last_modified_cache.clear()


def _query_last_modified() -> dt.datetime | None:
    sql = (
        "SELECT (SELECT MAX(updated_at) FROM {p}), (SELECT MAX(updated_at) FROM {m}),"
        " (SELECT MAX(created_at) FROM {a})"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            sql.format(p=Place._meta.db_table, m=Mention._meta.db_table, a=Article._meta.db_table)
        )
        values = cursor.fetchone()
    stamps = []
    for raw in values:
        value = parse_datetime(raw) if isinstance(raw, str) else raw
        if value is not None:
            stamps.append(value if value.tzinfo else value.replace(tzinfo=dt.UTC))
    return max(stamps) if stamps else None


def error(message: str, status: int = 400) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def api_rate(group: str, request: HttpRequest) -> str | None:
    """The request's rate limit (None: unlimited): staff have their own, by default none."""
    user = getattr(request, "user", None)
    rate = (
        settings.API_RATE_LIMIT_STAFF
        if user is not None and user.is_staff
        else settings.API_RATE_LIMIT
    )
    return rate or None


def throttled(request: HttpRequest) -> JsonResponse | None:
    """A 429 once this client has used up its API_RATE_LIMIT in the current window.

    Counted per signed-in user or per client address, in the default cache (shared by
    every worker when that cache is shared: the database cache or Redis).
    """
    usage = get_usage(request, group="api", key="user_or_ip", rate=api_rate, increment=True)
    if usage is None or not usage["should_limit"]:
        return None
    retry_after = max(1, usage["time_left"])
    response = error(
        f"too many requests: at most {usage['limit']} per period; retry in {retry_after} s",
        status=429,
    )
    response["Retry-After"] = str(retry_after)
    return response


def endpoint(content_type: str = "application/json", default_limit: int = 1000):
    """Validate parameters, build the body, and answer conditional GETs with 304."""

    def decorator(build: Callable[[HttpRequest, Filters], dict]):
        @require_safe
        @wraps(build)
        def view(request: HttpRequest) -> HttpResponse:
            if limited := throttled(request):
                return limited
            try:
                filters = parse(request.GET, default_limit=default_limit)
                data = build(request, filters)
            except ParamsError as exc:
                return error(str(exc))
            body = json.dumps(
                data, cls=DjangoJSONEncoder, separators=(",", ":"), ensure_ascii=False
            )
            etag = '"' + hashlib.md5(body.encode(), usedforsecurity=False).hexdigest() + '"'
            modified = last_modified()
            modified_ts = int(modified.timestamp()) if modified else None
            conditional = get_conditional_response(request, etag=etag, last_modified=modified_ts)
            response = conditional or HttpResponse(body, content_type=content_type)
            response["ETag"] = etag
            if modified_ts:
                response["Last-Modified"] = http_date(modified_ts)
            # Revalidate every time: cheap thanks to 304s, and never stale after curation.
            response["Cache-Control"] = "no-cache"
            return response

        return view

    return decorator


def _id_param(request: HttpRequest, name: str) -> int | None:
    raw = request.GET.get(name)
    if raw in (None, ""):
        return None
    try:
        value = parse_id(raw)
    except ParamsError as exc:
        raise ParamsError(f"{name}: {exc}") from None
    if value is None:
        raise ParamsError(f"{name}: enter a whole number in ASCII digits")
    return value


@endpoint(GEOJSON)
def places(request: HttpRequest, filters: Filters) -> dict:
    return geojson.places_collection(filters)


@endpoint(GEOJSON)
def mentions(request: HttpRequest, filters: Filters) -> dict:
    return geojson.mentions_collection(filters, place_id=_id_param(request, "place"))


@endpoint(GEOJSON)
def campaigns(request: HttpRequest, filters: Filters) -> dict:
    return campaign_layer.campaigns_collection(filters)


@endpoint(GEOJSON)
def frontlines(request: HttpRequest, filters: Filters) -> dict:
    return geojson.frontlines_collection(filters)


@endpoint(GEOJSON)
def statements(request: HttpRequest, filters: Filters) -> dict:
    return geojson.statements_collection(filters)


@endpoint(GEOJSON)
def events(request: HttpRequest, filters: Filters) -> dict:
    order, fields = request.GET.get("order", ""), request.GET.get("fields", "")
    if order not in ("", "oldest", "newest"):
        raise ParamsError("order: oldest (the default) or newest")
    if fields not in ("", "all", "marker"):
        raise ParamsError("fields: all (the default) or marker")
    return event_layer.events_collection(
        filters,
        newest=order == "newest",
        markers=fields == "marker",
        event_id=_id_param(request, "id"),
    )


@endpoint()
def actors(request: HttpRequest, filters: Filters) -> dict:
    return listings.actors_list()


@endpoint(default_limit=50)
def articles(request: HttpRequest, filters: Filters) -> dict:
    return listings.articles_page(filters)


@endpoint()
def search(request: HttpRequest, filters: Filters) -> dict:
    if not filters.q:
        raise ParamsError("q: enter a place or actor name")
    return search_index.search(filters.q, limit=min(filters.limit, 20))


@endpoint()
def labels(request: HttpRequest, filters: Filters) -> dict:
    if filters.bbox is None or filters.zoom is None:
        raise ParamsError("bbox and zoom: both are needed to choose the names to write")
    return basemap_labels.labels_for(filters.bbox, filters.zoom)


@endpoint()
def countries(request: HttpRequest, filters: Filters) -> dict:
    return country_layer.countries_mentioned(filters)


@endpoint()
def place_sources_view(request: HttpRequest, filters: Filters) -> dict:
    return place_sources.place_sources(_id_param(request, "place"), filters)


# The longest area name (ControlObservation.area_name).
MAX_AREA_NAME = 200


@endpoint(GEOJSON)
def control(request: HttpRequest, filters: Filters) -> dict:
    day = filters.date or dt.datetime.now(dt.UTC).date()
    fields = request.GET.get("fields", "")
    if fields not in ("", "all", "marker"):
        raise ParamsError("fields: all (the default) or marker")
    if fields == "marker":
        return control_markers.control_markers(day, filters.bbox, filters.zoom)
    area = request.GET.get("area") or None
    if area is not None and len(area) > MAX_AREA_NAME:
        raise ParamsError(f"area: at most {MAX_AREA_NAME} characters")
    return control_layer.control_collection(
        day, filters.bbox, filters.zoom, place_id=_id_param(request, "place"), area_name=area
    )


@endpoint(GEOJSON)
def changes(request: HttpRequest, filters: Filters) -> dict:
    start, end = parse_change_range(request.GET)
    return change_layer.changes_collection(start, end, filters.bbox, filters.zoom)


@endpoint()
def timeline(request: HttpRequest, filters: Filters) -> dict:
    check_timeline_range(filters)
    return {"dates": control_layer.change_dates(filters.start, filters.end)}


@endpoint(default_limit=feed.FEED_DEFAULT_LIMIT)
def feed_items(request: HttpRequest, filters: Filters) -> dict:
    if filters.limit > feed.FEED_MAX_LIMIT:
        raise ParamsError(f"limit: at most {feed.FEED_MAX_LIMIT} items per page")
    return feed.feed_page(filters, feed.parse_cursor(request.GET.get("cursor")), filters.limit)
