"""The production path in Chromium: `collectstatic` with the manifest storage, gunicorn with
DJANGO_DEBUG=False serving the hashed files through whitenoise, the seed data in the test
database, and a map (and an admin map widget) drawn from 127.0.0.1 and nowhere else.

Plain HTTP on 127.0.0.1 uses the documented switches SECURE_SSL_REDIRECT=False,
SECURE_COOKIES=False and SECURE_HSTS_SECONDS=0 (docs/operations.md); everything else is
what an operator runs.
"""

from __future__ import annotations

import re
import secrets
import socket
import subprocess
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest

from places.models import Place
from tests.map.factory import load_seeds
from tests.ops.conftest import PYTHON, ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

HASHED_LEAFLET = re.compile(r"/static/vendor/leaflet/leaflet\.[0-9a-f]{12}\.js$")
# Playwright's init scripts run outside the page's CSP; this one records every violation.
RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline"));
});
"""


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    """`manage.py collectstatic` exactly as docs/operations.md runs it, into a fresh STATIC_ROOT."""
    root = tmp_path_factory.mktemp("staticfiles")
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_DEBUG": "False",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "STATIC_ROOT": str(root),
        "CONFLICTMAP_DATA_DIR": str(tmp_path_factory.mktemp("collect-data")),
    }
    result = subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--noinput"],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, (
        f"collectstatic failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    )
    assert (root / "staticfiles.json").is_file()
    return root


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_serving(url: str, process: subprocess.Popen, log_path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, f"gunicorn exited:\n{log_path.read_text()[-4000:]}"
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.25)
    pytest.fail(f"gunicorn did not answer {url} in {timeout}s:\n{log_path.read_text()[-4000:]}")


@pytest.fixture
def seeded(transactional_db):
    """The seed fixtures, committed, so the gunicorn process sees them."""
    return load_seeds()


@pytest.fixture
def production_server(seeded, static_root, subprocess_env, tmp_path):
    """gunicorn on a free port of 127.0.0.1 with production settings and the test database."""
    port = free_port()
    env = {
        **subprocess_env,
        "DJANGO_DEBUG": "False",
        "STATIC_ROOT": str(static_root),
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "False",
        "SECURE_COOKIES": "False",
        "SECURE_HSTS_SECONDS": "0",
    }
    log_path = tmp_path / "gunicorn.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "conflictmap.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "1",
                "--timeout",
                "60",
                "--access-logfile",
                "-",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(url + "/", process, log_path)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


@pytest.fixture
def watched(page):
    """The test's tab, recording every request, every failed response and every CSP violation."""
    page.requests, page.failures = [], []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on(
        "response",
        lambda r: page.failures.append(f"{r.status} {r.url}") if r.status >= 400 else None,
    )
    page.on("console", lambda m: page.script_errors.append(m.text) if m.type == "error" else None)
    page.add_init_script(RECORD_CSP_VIOLATIONS)
    return page


def assert_everything_local(page) -> None:
    outside = [
        url
        for url in page.requests
        if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).hostname != "127.0.0.1"
    ]
    assert page.requests and outside == []
    assert page.failures == []
    assert page.script_errors == []
    assert page.evaluate("window.__cspViolations") == []


def test_it_draws_the_map_from_hashed_static_files_under_gunicorn(production_server, watched):
    page = watched
    page.goto(production_server + "/")
    page.wait_for_selector("body[data-ready=true]", timeout=30000)
    page.wait_for_selector("body[data-basemapcountries]", timeout=30000)
    assert page.locator("path.cm-place").count() >= 3  # markers, a river and regions of the seeds
    assert page.locator("path.cm-campaign").count() >= 2
    assert page.locator("path.cm-frontline").count() == 2
    assert page.locator(".cm-statement").count() == 5
    assert page.locator(".leaflet-basemap-pane canvas").count() == 1
    assert any(HASHED_LEAFLET.search(url) for url in page.requests), page.requests
    assert_everything_local(page)

    hashed = next(url for url in page.requests if HASHED_LEAFLET.search(url))
    response = page.request.get(hashed)
    assert response.ok and "immutable" in response.headers["cache-control"]
    icon = page.request.get(production_server + "/favicon.ico")
    assert icon.ok and icon.headers["content-type"] == "image/svg+xml"


def test_it_runs_the_admin_map_widget_under_gunicorn_with_its_csp(
    production_server, watched, alice
):
    page = watched
    raqqa = Place.objects.get(geonameid=172955)
    page.goto(production_server + "/admin/login/")
    page.fill("#id_username", "alice")
    page.fill("#id_password", "alice-password-1")
    page.click("input[type=submit]")
    page.wait_for_url(lambda url: "/admin/login/" not in url)
    response = page.goto(f"{production_server}/admin/places/place/{raqqa.pk}/change/")
    policy = response.headers["content-security-policy"]
    assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    assert "form-action 'self'" in policy
    # The widget's inline set-up ran (it carries the nonce): Raqqa's marker on the drawn map,
    # over the offline country borders that admin_extra/basemap.js adds from its hashed URL.
    page.locator(".leaflet-container .leaflet-marker-icon").first.wait_for(timeout=20000)
    borders = page.locator(".leaflet-overlay-pane path")
    deadline = time.monotonic() + 20
    while borders.count() < 200 and time.monotonic() < deadline:
        page.wait_for_timeout(200)
    assert borders.count() >= 200  # 241 countries, a few drawn as more than one path
    assert_everything_local(page)
