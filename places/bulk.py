"""Raw bulk inserts of places and their names, shared by the gazetteer loader and imports.

`bulk_create` builds a model instance and compiles its INSERT per row; at gazetteer scale
(~270,000 places, ~1 M names) that was most of a load's time. Here one prepared statement runs
through `executemany`, with values prepared exactly as Django prepares them (the same geometry
adapter and placeholder), so the stored rows are the ones `bulk_create` would write. Signals are
not sent: callers bump the gazetteer revision once at the end.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Any

from django.contrib.gis.geos import Point
from django.db import connections
from django.db.models.constants import OnConflict
from django.utils import timezone

from places.models import Place, PlaceName

# SQLite page cache while loading (negative: KiB).
LOAD_CACHE_KIB = -131072
# Rows per executemany call (one prepared statement, many rows).
ROWS_PER_EXECUTE = 50_000
PLACE_COLUMNS = (
    "name",
    "kind",
    "feature_class",
    "feature_code",
    "point",
    "geometry",
    "country_code",
    "admin1",
    "population",
    "geonameid",
    "source",
    "source_id",
    "curated",
)


def plain(value: Any) -> Any:
    """A TextChoices member as its plain value (drivers may dump an Enum by its name)."""
    return value.value if isinstance(value, Enum) else value


def insert_places(rows: list[dict[str, Any]]) -> dict[tuple[str, str], int]:
    """INSERT places given as {column: value} dicts (PLACE_COLUMNS, point and geometry as GEOS
    in SRID 4326, every source_id non-empty); returns {(source, source_id): new pk}. Runs inside
    the caller's transaction."""
    if not rows:
        return {}
    connection = connections[Place.objects.db]
    meta = Place._meta
    stamp = meta.get_field("created_at").get_db_prep_save(timezone.now(), connection)
    fields = [meta.get_field(name) for name in PLACE_COLUMNS]
    values = [
        (*(f.get_db_prep_save(plain(row[f.name]), connection) for f in fields), stamp, stamp)
        for row in rows
    ]
    # Every value is in SRID 4326, so one placeholder serves all rows (NULL shapes too).
    sample = Point(0.0, 0.0, srid=4326)
    placeholders = [
        field.get_placeholder(sample, None, connection)
        if hasattr(field, "get_placeholder")
        else "%s"
        for field in fields
    ] + ["%s", "%s"]
    qn = connection.ops.quote_name
    table = qn(meta.db_table)
    columns = [field.column for field in fields] + ["created_at", "updated_at"]
    sql = (
        f"INSERT INTO {table} ({', '.join(qn(c) for c in columns)}) "
        f"VALUES ({', '.join(placeholders)})"
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX({qn('id')}), 0) FROM {table}")
        last_id = cursor.fetchone()[0]
        for i in range(0, len(values), ROWS_PER_EXECUTE):
            cursor.executemany(sql, values[i : i + ROWS_PER_EXECUTE])
        # The new rows' keys (ids only grow; matching on the natural key keeps this right even
        # if another writer added rows meanwhile).
        cursor.execute(
            f"SELECT {qn('id')}, {qn('source')}, {qn('source_id')} FROM {table} "
            f"WHERE {qn('id')} > %s",
            [last_id],
        )
        return {(source, source_id): pk for pk, source, source_id in cursor.fetchall()}


def insert_names(rows: list[tuple[int, str, str, str, bool, str]]) -> None:
    """INSERT (place_id, name, key, language, preferred, kind) rows, skipping names a place
    already has."""
    if not rows:
        return
    connection = connections[PlaceName.objects.db]
    meta = PlaceName._meta
    fields = [meta.get_field(n) for n in ("place", "name", "key", "language", "preferred", "kind")]
    qn = connection.ops.quote_name
    suffix = connection.ops.on_conflict_suffix_sql(fields, OnConflict.IGNORE, None, None)
    sql = (
        f"{connection.ops.insert_statement(on_conflict=OnConflict.IGNORE)} {qn(meta.db_table)} "
        f"({', '.join(qn(f.column) for f in fields)}) VALUES ({', '.join(['%s'] * len(fields))})"
        f"{' ' + suffix if suffix else ''}"
    )
    with connection.cursor() as cursor:
        for i in range(0, len(rows), ROWS_PER_EXECUTE):
            cursor.executemany(sql, rows[i : i + ROWS_PER_EXECUTE])


@contextmanager
def bulk_load_settings() -> Iterator[None]:
    """On SQLite, for this connection and only while loading: a 128 MB page cache, so the
    indexes being filled stay in memory instead of being read back and rewritten page by page.
    Durability is unchanged (WAL with synchronous=NORMAL already skips the fsync per commit).
    The previous value is restored afterwards."""
    connection = connections[Place.objects.db]
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size")
        cache_size = int(cursor.fetchone()[0])
        cursor.execute(f"PRAGMA cache_size = {LOAD_CACHE_KIB}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA cache_size = {cache_size}")
