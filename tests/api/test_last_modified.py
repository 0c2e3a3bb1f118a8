"""Last-Modified follows this process's own saves at once, although it is cached for a moment."""

from __future__ import annotations

import time

import pytest
from django.utils.http import parse_http_date

from conflictmap.api import LAST_MODIFIED_TTL
from tests.map.factory import make_place

pytestmark = pytest.mark.django_db


def test_a_saved_place_moves_last_modified_without_waiting_for_the_cache(client, seeded):
    before = parse_http_date(client.get("/api/places.geojson")["Last-Modified"])
    time.sleep(1.1)  # HTTP dates have whole seconds; still well inside the cache's lifetime
    assert LAST_MODIFIED_TTL > 1.1
    make_place("Newly curated", 39.5, 36.5, curated=True)
    after = parse_http_date(client.get("/api/places.geojson")["Last-Modified"])
    assert after > before
