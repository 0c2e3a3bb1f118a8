"""Fixtures for the operations tests: real services, subprocess environments, a clean cache."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
PYTHON = str(Path(sys.executable))
# `make test` (scripts/run_tests.sh) sets this: there a missing service is a failure, not a skip.
REQUIRE_SERVICES = os.getenv("CONFLICTMAP_REQUIRE_SERVICES") == "1"


def missing_service(reason: str) -> None:
    if REQUIRE_SERVICES:
        pytest.fail(f"{reason} (required under make test)")
    pytest.skip(f"{reason}; `make test` starts it (scripts/services/start.sh)")


@pytest.fixture(autouse=True)
def _clear_cache(request):
    # Login-throttle counters live in the cache; keep each test's failures its own. The default
    # cache is a database table, so only tests with database access can (and need to) clear it.
    uses_db = request.node.get_closest_marker("django_db") or {"db", "transactional_db"} & set(
        request.fixturenames
    )
    if uses_db:
        # Autouse fixtures run first: set up the database access the test asked for before
        # touching the cache table (a fixture such as `world` may be what requests `db`).
        request.getfixturevalue(
            "transactional_db" if "transactional_db" in request.fixturenames else "db"
        )
        cache.clear()
    yield
    if uses_db:
        cache.clear()


@pytest.fixture
def redis_url() -> str:
    url = os.getenv("CONFLICTMAP_REDIS_URL", "")
    if not url:
        missing_service("CONFLICTMAP_REDIS_URL is not set, so there is no Redis to queue jobs on")
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        missing_service(f"Redis at {url} does not answer: {exc}")
    return url


def is_postgis() -> bool:
    return connection.vendor == "postgresql"


def database_url() -> str:
    """A DATABASE_URL for subprocesses that points at the *test* database of this run."""
    s = connection.settings_dict
    if connection.vendor == "postgresql":
        user = s.get("USER") or ""
        password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
        auth = f"{user}{password}@" if user else ""
        port = f":{s['PORT']}" if s.get("PORT") else ""
        return f"postgis://{auth}{s.get('HOST') or '127.0.0.1'}{port}/{s['NAME']}"
    name = str(s["NAME"])
    if name == ":memory:" or name.startswith("file:memorydb"):
        pytest.fail("subprocess tests need a file database; settings give tests data/test.sqlite3")
    return f"spatialite:///{name}"


@pytest.fixture
def subprocess_env(tmp_path) -> dict[str, str]:
    """Environment for `manage.py` / celery subprocesses working on the test database."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "DJANGO_ALLOW_ASYNC"))
    }
    env.update(
        {
            "DATABASE_URL": database_url(),
            "CONFLICTMAP_DATA_DIR": os.getenv("CONFLICTMAP_DATA_DIR", str(ROOT / "data")),
            "PYTHONUNBUFFERED": "1",
            "DJANGO_DEBUG": "False",
            "FEED_ALLOW_PRIVATE_ADDRESSES": "True",  # the feed fixtures are served on 127.0.0.1
        }
    )
    env.pop("CELERY_BROKER_URL", None)
    return env
