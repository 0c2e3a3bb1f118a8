"""Optional online fallback for names the offline gazetteer lacks (off by default).

Enable with `GEOCODER_ONLINE=True` (environment or settings). Uses geopy's Nominatim (or any geopy
geocoder passed in), rate-limited with geopy's RateLimiter, with a user agent. Every answer is
cached in the database: a found place becomes a `Place(source="online")` with the queried name as
a PlaceName, so the offline geoparser finds it from then on; names with no answer are remembered
in the cache framework so they are not asked again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

from places.models import Place
from places.normalize import name_key

logger = logging.getLogger(__name__)

# "in Tal Abyad", "near Ain Issa": a capitalised name after a locative the gazetteer did not know.
CANDIDATE = re.compile(
    r"\b(?:in|near|outside|at|from|into|around)\s+((?:[A-Z][\w'’\-]+)(?:\s+[A-Z][\w'’\-]+){0,2})"
)
MISS_TTL = 30 * 24 * 3600


def enabled() -> bool:
    value = getattr(settings, "GEOCODER_ONLINE", None)
    if value is None:
        value = os.getenv("GEOCODER_ONLINE", "False") == "True"
    return bool(value)


@dataclass
class OnlineResult:
    place: Place
    created: bool


class OnlineGeocoder:
    """Look names up with a geopy geocoder, politely and at most once per name."""

    def __init__(self, geocoder=None, *, min_delay_seconds: float | None = None) -> None:
        from geopy.extra.rate_limiter import RateLimiter

        if geocoder is None:
            from geopy.geocoders import Nominatim

            geocoder = Nominatim(
                user_agent=getattr(
                    settings, "GEOCODER_USER_AGENT", "conflictmap (offline-first geoparser)"
                ),
                domain=getattr(
                    settings,
                    "GEOCODER_DOMAIN",
                    os.getenv("GEOCODER_DOMAIN", "nominatim.openstreetmap.org"),
                ),
                scheme=getattr(settings, "GEOCODER_SCHEME", os.getenv("GEOCODER_SCHEME", "https")),
                timeout=10,
            )
        delay = (
            min_delay_seconds
            if min_delay_seconds is not None
            else float(getattr(settings, "GEOCODER_MIN_DELAY", 1.0))
        )
        self.geocoder = geocoder
        self.lookup = RateLimiter(
            geocoder.geocode, min_delay_seconds=delay, max_retries=1, swallow_exceptions=True
        )

    def geocode(self, name: str, *, country: str = "") -> OnlineResult | None:
        key = name_key(name)
        if not key:
            return None
        known = Place.objects.matching(name).first()
        if known is not None:
            return OnlineResult(known, created=False)
        miss_key = "geocoder:miss:" + hashlib.sha1(f"{key}|{country}".encode()).hexdigest()
        if cache.get(miss_key):
            return None
        kwargs = {"exactly_one": True}
        if country:
            kwargs["country_codes"] = country.lower()
        location = self.lookup(name, **kwargs)
        if location is None:
            cache.set(miss_key, True, MISS_TTL)
            return None
        raw = getattr(location, "raw", {}) or {}
        source_id = f"{raw.get('osm_type', 'x')}:{raw.get('osm_id') or raw.get('place_id') or key}"[
            :64
        ]
        cc = ((raw.get("address") or {}).get("country_code") or country or "").upper()[:2]
        place, created = Place.objects.get_or_create(
            source=Place.Source.ONLINE,
            source_id=source_id,
            defaults={
                "name": name[:200],
                "kind": _kind(raw),
                "country_code": cc,
                "point": Place.make_point(location.longitude, location.latitude),
            },
        )
        place.add_name(name, preferred=True)
        return OnlineResult(place, created)


def _kind(raw: dict) -> str:
    cls, typ = raw.get("class", ""), raw.get("type", "")
    if typ in ("city", "town", "village", "hamlet", "suburb", "neighbourhood") or cls == "place":
        return Place.Kind.SETTLEMENT
    if typ == "administrative" or cls == "boundary":
        return Place.Kind.ADMIN
    if cls == "waterway":
        return Place.Kind.RIVER
    if cls == "natural":
        return Place.Kind.REGION
    return Place.Kind.OTHER


def unknown_names(text: str, known_spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Capitalised names after a locative that no toponym covers: what to ask online."""
    out = []
    for m in CANDIDATE.finditer(text):
        start, end = m.span(1)
        if any(a < end and start < b for a, b in known_spans):
            continue
        out.append((start, end, m.group(1)))
    return out
