"""Cost per request (issue 11, finding 5): a world-sized box costs no more than no box.

/api/statements.geojson?bbox=-180,-90,180,90 took 5.95 s over the full gazetteer: the box
was answered through SpatiaLite's R*Tree, which listed every place before one statement
was tested. The work SQLite does is counted in virtual-machine steps (its progress
handler), which is deterministic where wall-clock time on a shared machine is not.
"""

from __future__ import annotations

import random

import pytest
from django.db import connection

from places.models import Place, PlaceName
from places.normalize import name_key

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "sqlite", reason="SQLite's VM step counter; PostGIS uses GiST"
    ),
]

GAZETTEER = 5_000  # unmentioned places; the loaded gazetteer holds ~270,000
ENDPOINTS = [
    "/api/places.geojson",
    "/api/places.geojson?zoom=2",
    "/api/mentions.geojson",
    "/api/mentions.geojson?zoom=2",
    "/api/mentions.geojson?start=2016-01-01&end=2016-12-31",
    "/api/campaigns.geojson",
    "/api/frontlines.geojson",
    "/api/statements.geojson",
    "/api/actors.json",
    "/api/articles.json",
    "/api/search.json?q=Raqqa",
]
BOXES = ["-180,-90,180,90", "-179.9,-89.9,179.9,89.9", "-170,-60,170,80"]


def add_unmentioned_places(name: str, source_id: str, seed: int) -> list[Place]:
    """GAZETTEER settlements no article mentions, scattered over the world."""
    rng = random.Random(seed)
    return Place.objects.bulk_create(
        [
            Place(
                name=f"{name} {i}",
                kind=Place.Kind.SETTLEMENT,
                source=Place.Source.GEONAMES,
                source_id=f"{source_id}:{i}",
                point=Place.make_point(rng.uniform(-179, 179), rng.uniform(-89, 89)),
            )
            for i in range(GAZETTEER)
        ],
        batch_size=5000,
    )


@pytest.fixture
def gazetteer(seeded):
    add_unmentioned_places("Gazetteer place", "cost", seed=11)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        # The R*Tree must hold them (a table rebuild by a migration once dropped its triggers).
        cursor.execute(
            "SELECT count(*) FROM SpatialIndex WHERE f_table_name = 'places_place' "
            "AND f_geometry_column = 'point' AND search_frame = BuildMbr(-180, -90, 180, 90, 4326)"
        )
        assert cursor.fetchone()[0] >= GAZETTEER


def sqlite_steps(client, url: str) -> tuple[int, int]:
    """(status, SQLite VM steps in thousands) for one request."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    connection.ensure_connection()
    connection.connection.set_progress_handler(tick, 1000)
    try:
        status = client.get(url).status_code
    finally:
        connection.connection.set_progress_handler(None, 1000)
    return status, steps[0]


def test_a_world_box_costs_about_what_no_box_costs(client, gazetteer):
    too_costly = []
    for url in ENDPOINTS:
        client.get(url)  # the API's Last-Modified is cached for a couple of seconds: warm it
        status, plain = sqlite_steps(client, url)
        assert status == 200, url
        sep = "&" if "?" in url else "?"
        for box in BOXES:
            status, boxed = sqlite_steps(client, f"{url}{sep}bbox={box}")
            assert status == 200, (url, box)
            print(f"{url} bbox={box}: {boxed}k steps, without bbox {plain}k")
            # Before the fix the statements box listed every place: 766k steps against 0k at 20,000
            # places.
            if boxed > 2 * plain + 50:
                too_costly.append(f"{url} bbox={box}: {boxed}k VM steps, without the box {plain}k")
    assert not too_costly, "\n".join(too_costly)


def test_a_misspelt_search_does_not_read_the_gazetteer(client, seeded):
    """A query with few matches adds close spellings of the names the map shows; finding
    those names once scanned every gazetteer place and name (~1 s a search over the
    whole world). Its cost must not grow with the gazetteer."""
    url = "/api/search.json?q=Mosl"  # a typo: only the close spellings find Mosul
    client.get(url)
    status, before = sqlite_steps(client, url)
    assert status == 200
    places = add_unmentioned_places("Gazetteer town", "typo", seed=12)
    PlaceName.objects.bulk_create(
        [PlaceName(place=p, name=p.name, key=name_key(p.name)) for p in places],
        batch_size=5000,
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    status, after = sqlite_steps(client, url)
    assert status == 200
    assert client.get(url).json()["results"][0]["name"] == "Mosul"
    print(f"{url}: {before}k VM steps, {after}k with {GAZETTEER} more gazetteer places")
    assert after <= before + 10, (before, after)
