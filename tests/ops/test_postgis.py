"""Database-specific guarantees. The PostGIS ones run in the second pass of `make test`
(DATABASE_URL=postgis://...); on SpatiaLite they are skipped, and vice versa."""

from __future__ import annotations

import os
import time

import pytest
from django.db import IntegrityError, connection, transaction

from articles.models import Mention
from articles.tasks import claimed_articles
from tests.ops.world import build_world

on_postgis = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostGIS-only; runs in the PostGIS pass"
)


def test_it_uses_the_database_that_database_url_names():
    url = os.getenv("DATABASE_URL", "")
    expected = "postgresql" if url.startswith(("postgis://", "postgres")) else "sqlite"
    assert connection.vendor == expected
    if os.getenv("CONFLICTMAP_REQUIRE_SERVICES") == "1" and os.getenv("CONFLICTMAP_POSTGIS_URL"):
        # Under make test the PostGIS pass must really be on PostGIS, not a silent fallback.
        assert url == "" or connection.vendor == "postgresql"


@pytest.mark.django_db
def test_it_refuses_a_second_mention_of_the_same_span_in_the_database():
    row = build_world("Raqqa")
    mention = row["article"].mentions.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        Mention.objects.create(
            article=row["article"], start=mention.start, end=mention.end, text=mention.text
        )


@on_postgis
@pytest.mark.django_db
def test_it_runs_postgis_3_with_spatial_indexes_on_every_geometry():
    with connection.cursor() as cursor:
        cursor.execute("SELECT postgis_lib_version()")
        assert cursor.fetchone()[0].startswith("3.")
        cursor.execute("""
            SELECT c.relname, a.attname FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid
            WHERE t.typname = 'geometry' AND c.relkind = 'r'
              AND a.attnum > 0 AND NOT a.attisdropped""")
        columns = set(cursor.fetchall())
        cursor.execute("""
            SELECT c.relname, a.attname FROM pg_index i
            JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_am am ON am.oid = ic.relam
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey)
            WHERE am.amname = 'gist'""")
        indexed = set(cursor.fetchall())
    assert ("places_place", "point") in columns
    assert columns <= indexed, f"geometry columns without a GiST index: {columns - indexed}"


def another_session():
    """A second connection to the test database, as another worker's would be."""
    import psycopg

    s = connection.settings_dict
    return psycopg.connect(
        host=s["HOST"],
        port=s["PORT"],
        user=s["USER"],
        dbname=s["NAME"],
        password=s.get("PASSWORD") or None,
    )


@on_postgis
@pytest.mark.django_db(transaction=True)
def test_it_skips_articles_another_worker_has_locked():
    rows = [build_world(name, n=i) for i, name in enumerate(["Raqqa", "Mosul", "Manbij"])]
    ids = [r["article"].pk for r in rows]
    other = another_session()
    try:
        # "Another worker" is processing the first article.
        with claimed_articles(ids[:1]) as mine:
            assert [a.pk for a in mine] == ids[:1]
            from conflictmap.jobs import ADVISORY_LOCK_NAMESPACE

            # ...from another session, that article is skipped.
            taken = other.execute(
                "SELECT pg_try_advisory_lock(%s, %s)", [ADVISORY_LOCK_NAMESPACE, ids[0]]
            ).fetchone()[0]
            assert taken is False
        # Released when the block ends; the other session may now claim it, and then we skip it.
        assert other.execute(
            "SELECT pg_try_advisory_lock(%s, %s)", [ADVISORY_LOCK_NAMESPACE, ids[0]]
        ).fetchone()[0]
        with claimed_articles(ids) as articles:
            assert sorted(articles.values_list("pk", flat=True)) == ids[1:]
        other.close()
        # The other session ended (as a killed worker's does): the server drops its locks once
        # it has noticed the disconnect, which takes a moment.
        deadline = time.monotonic() + 10
        while True:
            with claimed_articles(ids) as articles:
                held = sorted(articles.values_list("pk", flat=True))
            if held == ids or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        assert held == ids
    finally:
        other.close()


@on_postgis
@pytest.mark.django_db(transaction=True)
def test_a_batch_sends_again_the_articles_another_session_holds(monkeypatch):
    """A redelivered batch whose articles a dying worker's session still holds must not drop
    them: it geocodes the rest and sends the held ones again, which a later run then does."""
    from articles.models import Article
    from articles.tasks import geocode_articles_task
    from conflictmap.jobs import ADVISORY_LOCK_NAMESPACE

    ids = [build_world(name, n=i)["article"].pk for i, name in enumerate(["Raqqa", "Mosul"])]
    Article.objects.filter(pk__in=ids).update(geocoded_at=None)
    sent = []
    monkeypatch.setattr(
        geocode_articles_task, "apply_async", lambda **kw: sent.append(kw), raising=False
    )
    other = another_session()
    try:
        other.execute("SELECT pg_advisory_lock(%s, %s)", [ADVISORY_LOCK_NAMESPACE, ids[0]])
        result = geocode_articles_task(ids)
        assert result["requeued"] == 1
        assert [kw["args"] for kw in sent] == [[[ids[0]]]] and sent[0]["countdown"] > 0
        done = set(Article.objects.filter(geocoded_at__isnull=False).values_list("pk", flat=True))
        assert done == {ids[1]}
    finally:
        other.close()
    deadline = time.monotonic() + 10
    while geocode_articles_task(*sent[0]["args"], **sent[0]["kwargs"])["requeued"]:
        assert time.monotonic() < deadline, "the closed session's lock was never dropped"
        time.sleep(0.05)
    assert not Article.objects.filter(pk__in=ids, geocoded_at__isnull=True).exists()
    # Nothing held and nothing left: a batch sends nothing again.
    assert geocode_articles_task(ids)["requeued"] == 0


@on_postgis
@pytest.mark.django_db
def test_it_answers_a_bbox_query_with_postgis_geometry_operators(client):
    build_world("Raqqa", n=0)
    build_world("Mosul", n=30)
    with connection.cursor() as cursor:
        cursor.execute(
            "EXPLAIN SELECT id FROM places_place WHERE point && ST_MakeEnvelope(35, 32, 37, "
            "34, 4326)"
        )
        plan = " ".join(r[0] for r in cursor.fetchall())
    assert "&&" in plan
    inside = client.get("/api/places.geojson", {"bbox": "35.9,32.9,36.1,33.1", "limit": 10})
    assert inside.status_code == 200
    assert [f["properties"]["name"] for f in inside.json()["features"]] == ["Raqqa"]
