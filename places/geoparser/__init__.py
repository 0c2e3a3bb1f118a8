"""Offline geoparser: find place names in text and resolve them against the gazetteer.

`get_geoparser()` returns a process-wide Geoparser built from the database; it is rebuilt when
`GazetteerState.revision` changes (signals bump it whenever a Place or PlaceName is saved or
deleted), so a place added in the admin is found without a restart.
"""

from __future__ import annotations

import threading
import time

from places.geoparser.index import GazetteerIndex, PlaceInfo, index_from_database
from places.geoparser.parser import Decisions, Geoparser, Precision, Toponym

__all__ = ["Decisions", "GazetteerIndex", "Geoparser", "PlaceInfo", "Precision", "Toponym",
           "get_geoparser", "invalidate"]

_lock = threading.Lock()
_cached: tuple[int, Geoparser] | None = None
_checked_at = 0.0
# How often (seconds) another process's edits are looked for; this process's own edits
# invalidate at once through the signal handler.
CHECK_INTERVAL = 2.0


def _revision() -> int:
    from places.models import GazetteerState

    row = GazetteerState.objects.filter(pk=1).values_list("revision", flat=True).first()
    return row or 0


def _stop_phrases() -> list[str]:
    """Names the knowledge base says are not places: actors (other than states) and campaigns."""
    phrases: list[str] = []
    try:
        from articles.models import Actor, ActorAlias

        phrases += list(Actor.objects.exclude(kind=Actor.Kind.STATE).values_list("name", flat=True))
        phrases += list(ActorAlias.objects.exclude(actor__kind=Actor.Kind.STATE)
                        .filter(case_sensitive=False).values_list("alias", flat=True))
        try:
            from articles.models import Campaign

            phrases += list(Campaign.objects.values_list("name", flat=True))
        except ImportError:
            pass
    except Exception:  # the articles app is optional for the geoparser
        pass
    return [p for p in phrases if len(p) >= 4]


def get_geoparser() -> Geoparser:
    global _cached, _checked_at
    now = time.monotonic()
    with _lock:
        if _cached is not None and now - _checked_at < CHECK_INTERVAL:
            return _cached[1]
        revision = _revision()
        _checked_at = now
        if _cached is None or _cached[0] != revision:
            _cached = (revision, Geoparser(index_from_database(), stop_phrases=_stop_phrases()))
        return _cached[1]


def invalidate() -> None:
    """Drop this process's cached geoparser (the next call rebuilds it)."""
    global _cached
    with _lock:
        _cached = None
