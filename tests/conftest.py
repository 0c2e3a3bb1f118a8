"""Fixtures shared by every test folder: users for each role, a real Chromium and a small slice
of the real gazetteer (for the geoparser and geocoding tests), loaded once per session for the
tests that use it (GazetteerSlice)."""

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
    """Runs after pytest-django's (tryfirst), which puts `db` tests before transactional ones."""
    if DATABASE_TESTS_ONLY:
        once = [item for item in items if runs_once(item)]
        if once:
            config.hook.pytest_deselected(items=once)
            items[:] = [item for item in items if not runs_once(item)]
    group_slice_tests(items)


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


# Syria, Iraq, Turkey, Lebanon and Libya: the seed's region plus both Tripolis. Loading it takes
# 25-35 s on SpatiaLite and 30-60 s on PostGIS, so a session loads it once (GazetteerSlice).
SLICE = ("SY", "IQ", "TR", "LB", "LY")
SLICE_KEY = pytest.StashKey["GazetteerSlice"]()


class GazetteerSlice:
    """The slice in the test database, loaded at most once per session for the tests that use it.

    Loading it for each module cost 25-60 s times nine modules in each CI pass. Now the first
    test that asks for it loads it (committed, outside any test's transaction), later modules
    reuse it, and `pytest_runtest_setup` removes it before the first test that does not use it,
    so no other test sees gazetteer rows. `pytest_collection_modifyitems` puts the tests that
    use it next to each other, so that happens once. Tests that use it take the `db` fixture,
    whose transaction is rolled back, so their edits and reloads (test_places_geoparser_db.py
    loads and mends countries) vanish; `ensure` still compares a fingerprint before each module
    and reloads the slice if anything committed a change (a flush by a transactional test)."""

    def __init__(self, blocker) -> None:
        self.blocker = blocker
        self.summary = None  # the LoadSummary of the load; None while the slice is not loaded
        self.fingerprint = None

    def ensure(self):
        """The slice as it was loaded: reused when unchanged, else (re)loaded."""
        from places.gazetteer import load_gazetteer
        from places.geoparser import invalidate

        with self.blocker.unblock():
            if self.summary is None or self._fingerprint() != self.fingerprint:
                if self.summary is not None:  # changed under us: start again from nothing
                    _remove_slice()
                self.summary = load_gazetteer(countries=SLICE, force=True)
                self.fingerprint = self._fingerprint()
            invalidate()  # each module starts with a fresh geoparser, as when it loaded its own
        return self.summary

    def remove(self) -> None:
        if self.summary is None:
            return
        with self.blocker.unblock():
            _remove_slice()
        self.summary = self.fingerprint = None

    @staticmethod
    def _fingerprint() -> tuple:
        """Changes whenever places or names change: every edit through the models bumps the
        state's revision and token, a flush empties it, and the counts catch raw SQL."""
        from places.models import GazetteerState, Place, PlaceName

        state = list(GazetteerState.objects.values_list("data_version", "revision", "token"))
        return state, Place.objects.count(), PlaceName.objects.count()


def uses_slice(item: pytest.Item) -> bool:
    """Whether the test asks for this file's `gazetteer` fixture, directly or through another
    fixture (tests/places' `parser`); not tests/api's own `gazetteer` nor a parameter of the
    same name."""
    info = getattr(item, "_fixtureinfo", None)
    callspec = getattr(item, "callspec", None)
    if info is None or "gazetteer" not in info.names_closure:
        return False
    if callspec is not None and "gazetteer" in callspec.params:
        return False
    defs = info.name2fixturedefs.get("gazetteer")
    return bool(defs) and defs[-1].func.__code__.co_filename == __file__


def transactional(item: pytest.Item) -> bool:
    marker = item.get_closest_marker("django_db")
    fixtures = set(getattr(item, "fixturenames", ()))
    return bool(fixtures & {"transactional_db", "live_server"}) or bool(
        marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences"))
    )


def group_slice_tests(items: list[pytest.Item]) -> None:
    """Move the tests that use the slice to where the first of them is, keeping their order, so
    the slice is loaded once and removed once. Transactional ones stay where pytest-django put
    them (after all `db` tests: their flush would empty the tables for the tests that follow);
    they still get the slice, reloaded after the flush."""
    users = [item for item in items if uses_slice(item) and not transactional(item)]
    if not users:
        return
    moved = {id(item) for item in users}
    first = items.index(users[0])
    rest = [item for item in items if id(item) not in moved]
    items[:] = rest[:first] + users + rest[first:]


@pytest.fixture(scope="session")
def gazetteer_slice(request, django_db_setup, django_db_blocker):
    """The session's GazetteerSlice; it removes the slice at the end if a test left it loaded."""
    keeper = GazetteerSlice(django_db_blocker)
    request.config.stash[SLICE_KEY] = keeper
    yield keeper
    keeper.remove()
    del request.config.stash[SLICE_KEY]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Before any fixture of a test that does not use the slice: remove the slice if loaded.
    The test before has been torn down, so the deletes commit outside any test transaction."""
    keeper = item.config.stash.get(SLICE_KEY, None)
    if keeper is not None and not uses_slice(item):
        keeper.remove()


@pytest.fixture(scope="module")
def gazetteer(gazetteer_slice):
    """The slice, intact, for one test module (its LoadSummary); see GazetteerSlice."""
    return gazetteer_slice.ensure()


def _remove_slice() -> None:
    """Every article, place, name and the gazetteer's state, as before the slice was loaded."""
    from articles.models import Article
    from places.geoparser import invalidate
    from places.models import GazetteerState

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
