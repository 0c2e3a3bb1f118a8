"""Offline geoparser: find place names in text and resolve them against the gazetteer.

`get_geoparser()` returns a process-wide Geoparser over the gazetteer index, which is built from
the database once per gazetteer version and cached on disk (`cache.py`). It is reloaded when
`GazetteerState.revision` changes (signals bump it whenever a Place or PlaceName is saved or
deleted), so a place added in the admin is found without a restart.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable

from places.geoparser.index import GazetteerIndex, PlaceInfo
from places.geoparser.parser import Decisions, Geoparser, Precision, Toponym

__all__ = [
    "Decisions",
    "GazetteerIndex",
    "Geoparser",
    "PlaceInfo",
    "Precision",
    "Toponym",
    "get_geoparser",
    "invalidate",
    "register_stop_phrases",
]

logger = logging.getLogger(__name__)
_lock = threading.Lock()
_cached: tuple[tuple, Geoparser] | None = None
_checked_at = 0.0
# How often (seconds) another process's edits are looked for; this process's own edits
# invalidate at once through the signal handler.
CHECK_INTERVAL = 2.0


def _revision() -> tuple:
    from places.models import GazetteerState

    return GazetteerState.objects.filter(pk=1).values_list("revision", "token").first() or (0, "")


# Callables returning names that are not places (e.g. actors and campaigns); apps that own such
# names register one in their AppConfig.ready(), so the geoparser depends on no other app.
_stop_phrase_providers: list[Callable[[], Iterable[str]]] = []


def register_stop_phrases(provider: Callable[[], Iterable[str]]) -> None:
    """Have every geoparser built from now on skip the names `provider()` returns."""
    if provider not in _stop_phrase_providers:
        _stop_phrase_providers.append(provider)
    invalidate()


def _stop_phrases() -> list[str]:
    """The registered providers' names (four characters or more); a failing provider is skipped."""
    phrases: list[str] = []
    for provider in _stop_phrase_providers:
        try:
            phrases += list(provider())
        except Exception:  # e.g. its tables are not migrated yet: parse without its names
            logger.warning(
                "stop-phrase provider %r failed; parsing without its names", provider, exc_info=True
            )
    return [p for p in phrases if len(p) >= 4]


def get_geoparser(progress: Callable[[str], object] | None = None) -> Geoparser:
    """The shared geoparser. `progress` hears about a slow first build (default: a logged
    warning)."""
    from places.geoparser.cache import freeze_large, gc_paused, load_index

    global _cached, _checked_at  # noqa: PLW0603 (one geoparser per process)
    now = time.monotonic()
    with _lock:
        if _cached is not None and now - _checked_at < CHECK_INTERVAL:
            return _cached[1]
        revision = _revision()
        _checked_at = now
        if _cached is None or _cached[0] != revision:
            index = load_index(progress)
            with gc_paused():  # the parser's tables join the index's objects, frozen if large
                parser = Geoparser(index, stop_phrases=_stop_phrases())
                freeze_large(index)
            _cached = (revision, parser)
        return _cached[1]


def invalidate() -> None:
    """Drop this process's cached geoparser (the next call rebuilds it)."""
    global _cached  # noqa: PLW0603 (one geoparser per process)
    with _lock:
        _cached = None
