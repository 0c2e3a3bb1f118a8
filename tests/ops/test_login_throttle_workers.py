"""Login throttling counts across processes: wrong passwords spread over two gunicorn servers on
one database still lock the account (issue 11, finding 7), with no CACHE_URL set."""

from __future__ import annotations

import re
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from http.cookiejar import CookieJar

import pytest
from django.core.management import call_command
from django.db import connection

from tests.ops.conftest import PYTHON, ROOT

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a successful login's 302 is the answer we look at


def _login(base: str, username: str, password: str) -> bool:
    """One admin login through the real form (CSRF token and all); True if it let the user in."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), _NoRedirect)
    page = opener.open(f"{base}/admin/login/", timeout=30).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token,
            "username": username,
            "password": password,
            "next": "/admin/",
        }
    ).encode()
    try:
        response = opener.open(
            urllib.request.Request(f"{base}/admin/login/?next=/admin/", form), timeout=30
        )
    except urllib.error.HTTPError as exc:
        return exc.code == 302 and any(cookie.name == "sessionid" for cookie in jar)
    assert response.status == 200, response.status  # the form again, with an error
    return False


@contextmanager
def _gunicorn(env: dict[str, str]) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "conflictmap.wsgi",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                pytest.fail(f"gunicorn exited: {process.stderr.read()}")
            try:
                urllib.request.urlopen(f"{base}/admin/login/", timeout=5).read()
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline:
                    pytest.fail("gunicorn did not answer within 90 s")
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
        process.stderr.close()


def test_it_locks_out_across_two_server_processes(subprocess_env, django_user_model):
    django_user_model.objects.create_superuser("alice", "alice@example.org", "alice-password-1")
    env = {
        **subprocess_env,
        "SECURE_SSL_REDIRECT": "False",
        "SECURE_COOKIES": "False",
        "SECURE_HSTS_SECONDS": "0",
        "LOGIN_THROTTLE_FAILURES": "5",
        "LOGIN_THROTTLE_IP_FAILURES": "100",
    }
    env.pop("CACHE_URL", None)
    with ExitStack() as stack:
        first, second = stack.enter_context(_gunicorn(env)), stack.enter_context(_gunicorn(env))
        # Under the limit the right password works (and the success resets the count).
        assert not _login(first, "alice", "wrong-password")
        assert _login(second, "alice", "alice-password-1")
        # Three wrong passwords on each server: six in all, over the limit of five, though each
        # process alone has seen only three.
        for base in (first, second, first, second, first, second):
            assert not _login(base, "alice", "wrong-password")
        assert not _login(first, "alice", "alice-password-1")
        assert not _login(second, "alice", "alice-password-1")


def test_it_creates_the_cache_table_with_migrate():
    """`migrate` alone sets up the shared cache (no separate createcachetable step)."""
    from django.conf import settings

    call_command("migrate", "conflictmap", "0001", verbosity=0)
    try:
        assert settings.CACHE_TABLE not in connection.introspection.table_names()
    finally:
        call_command("migrate", "conflictmap", verbosity=0)
    assert settings.CACHE_TABLE in connection.introspection.table_names()
