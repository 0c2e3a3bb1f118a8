"""Fixtures shared by every test folder: users for each role, a real Chromium and a small slice
of the real gazetteer (for the geoparser and geocoding tests)."""

from __future__ import annotations

import os
import shutil

import pytest

# Playwright's sync API runs an event loop in the test thread; the test's own ORM calls
# are still synchronous, so tell Django not to refuse them.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.getenv("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session", autouse=True)
def geoparser_cache(tmp_path_factory):
    """The geoparser's index cache in a scratch folder, not in the developer's data directory."""
    from django.test import override_settings

    with override_settings(GEOPARSER_CACHE_DIR=tmp_path_factory.mktemp("geoparser-cache")):
        yield


# The second pass of scripts/run_tests.sh (PostGIS, after SpatiaLite) sets this: see below.
DATABASE_TESTS_ONLY = os.getenv("CONFLICTMAP_DATABASE_TESTS_ONLY") == "1"
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup", "live_server"}


def runs_once(item: pytest.Item) -> bool:
    """Whether a test proves nothing more on a second database backend.

    - Tests that use no database: pytest-django refuses database access to a test without the
      `db`/`transactional_db` fixture or the django_db mark, so they run the same code on
      either backend (parsing, extraction, settings, templates, commands that read files).
    - Browser tests (`@pytest.mark.browser`): they check what Chromium draws from the API's
      answers; tests/api (contract, layers, request cost) and test_responses_unchanged.py (the
      answers byte for byte against snapshots) run on both databases and prove the answers are
      the same, so drawing them twice proves nothing new and costs minutes of Chromium.
    Everything that queries the database (the API, geocoding, storage, transactions, crash
    and worker tests, the fuzzers, poison articles, login throttling's cache table) runs on both.
    """
    if item.get_closest_marker("browser"):
        return True
    uses_db = item.get_closest_marker("django_db") or DATABASE_FIXTURES & set(
        getattr(item, "fixturenames", ())
    )
    return not uses_db


def pytest_collection_modifyitems(config, items):
    if not DATABASE_TESTS_ONLY:
        return
    once = [item for item in items if runs_once(item)]
    if once:
        config.hook.pytest_deselected(items=once)
        items[:] = [item for item in items if not runs_once(item)]


@pytest.fixture(autouse=True)
def _fast_password_hashing(request, settings):
    """PBKDF2's million iterations cost about half a second per password on the 2-core CI
    machine, and the suite creates and logs in users hundreds of times; no test is about the
    hash itself. Tests whose users log in through another process (gunicorn, manage.py, via
    the `subprocess_env` fixture) keep the real hasher, since that process must read the hash.
    PBKDF2 stays second in the list, so a hash made before the switch is still checked."""
    if "subprocess_env" in request.fixturenames:
        return
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.MD5PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    ]


@pytest.fixture(autouse=True)
def _fetch_from_local_test_servers(settings):
    """The feed and page fixtures are served on 127.0.0.1, which production refuses to fetch
    (articles/fetch.py); tests/articles/test_fetch_refusals.py turns the refusal back on."""
    settings.FEED_ALLOW_PRIVATE_ADDRESSES = True


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}; `make test` installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab that records script errors in `page.script_errors`."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    tab.script_errors = []
    tab.on("pageerror", lambda exc: tab.script_errors.append(str(exc)))
    yield tab
    context.close()


@pytest.fixture
def alice(django_user_model):
    """A superuser."""
    return django_user_model.objects.create_superuser(
        "alice", "alice@example.org", "alice-password-1"
    )


@pytest.fixture
def bob(django_user_model):
    """A plain staff user with no extra permissions."""
    return django_user_model.objects.create_user(
        "bob", "bob@example.org", "bob-password-1", is_staff=True
    )


@pytest.fixture
def charlie(django_user_model):
    """A logged-in user who is not staff."""
    return django_user_model.objects.create_user(
        "charlie", "charlie@example.org", "charlie-password-1"
    )


# Syria, Iraq, Turkey, Lebanon and Libya: the seed's region plus both Tripolis. Loads in seconds.
SLICE = ("SY", "IQ", "TR", "LB", "LY")


@pytest.fixture(scope="module")
def gazetteer(django_db_setup, django_db_blocker):
    """Load the slice for one test module and remove it afterwards, so no gazetteer rows leak
    into other folders' tests that share the database."""
    from places.gazetteer import load_gazetteer
    from places.geoparser import invalidate
    from places.models import GazetteerState

    with django_db_blocker.unblock():
        summary = load_gazetteer(countries=SLICE, force=True)
        invalidate()
    yield summary
    with django_db_blocker.unblock():
        from articles.models import Article

        Article.objects.all().delete()
        _delete_all_places()
        GazetteerState.objects.all().delete()
        invalidate()


def _delete_all_places() -> None:
    """Every place and name, with plain DELETEs: Django's collector reads the slice's ~200,000
    rows before deleting them, which took about a minute per module on PostGIS."""
    from django.db import connection

    from articles.models import Campaign, Event, Mention, Statement
    from places.models import Place, PlaceName

    Mention.objects.exclude(place=None).update(place=None)
    Event.objects.exclude(place=None).update(place=None)
    Statement.places.through.objects.all().delete()
    Campaign.targets.through.objects.all().delete()
    qn = connection.ops.quote_name
    with connection.cursor() as cursor:
        for model in (PlaceName, Place):
            cursor.execute(f"DELETE FROM {qn(model._meta.db_table)}")
