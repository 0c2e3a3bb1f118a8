"""Login brute-force throttling: a small, documented alternative to django-axes.

After LOGIN_THROTTLE_FAILURES failed logins for one username, or LOGIN_THROTTLE_IP_FAILURES
from one client address, within LOGIN_THROTTLE_WINDOW seconds, every login for that
username or address is refused (even with the right password) until the window has passed
since the last failure. Counters live in the default Django cache, which every process shares:
the database cache by default, Redis with CACHE_URL (settings.CACHES). Redis counts exactly;
the database cache's increment is a read then a write, so a burst of attempts sent in parallel
can lose a few counts (one-at-a-time guessing is counted exactly).

Why not django-axes: its backend requires `request` in authenticate(), which Django's test
client's `login()` does not pass; this backend works with or without a request.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib.auth.backends import BaseBackend, ModelBackend
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.http import HttpRequest


def _key(kind: str, value: str) -> str:
    # Hash so arbitrary (hostile) usernames make valid, bounded cache keys.
    digest = hashlib.sha256(value.encode("utf-8", "replace")).hexdigest()
    return f"login-throttle:{kind}:{digest}"


def client_ip(request: HttpRequest | None) -> str:
    """REMOTE_ADDR only: X-Forwarded-For is client-controlled unless a proxy rewrites it."""
    if request is None:
        return ""
    return request.META.get("REMOTE_ADDR", "") or ""


def _username(credentials: dict) -> str:
    from django.contrib.auth import get_user_model

    field = get_user_model().USERNAME_FIELD
    return str(credentials.get(field) or credentials.get("username") or "").casefold()


def is_locked_out(username: str, ip: str) -> bool:
    if username and (cache.get(_key("user", username)) or 0) >= settings.LOGIN_THROTTLE_FAILURES:
        return True
    return bool(ip) and (cache.get(_key("ip", ip)) or 0) >= settings.LOGIN_THROTTLE_IP_FAILURES


def _bump(key: str) -> None:
    timeout = settings.LOGIN_THROTTLE_WINDOW
    if cache.add(key, 1, timeout):
        return
    try:
        cache.incr(key)
        cache.touch(key, timeout)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout)


class LoginThrottleBackend(BaseBackend):
    """First in AUTHENTICATION_BACKENDS: refuses locked-out logins before any password check."""

    def authenticate(self, request: HttpRequest | None, **credentials):
        if is_locked_out(_username(credentials), client_ip(request)):
            # PermissionDenied stops authenticate() trying the other backends.
            raise PermissionDenied("Too many failed login attempts; try again later.")
        return

    def get_user(self, user_id):
        # Sessions started with this backend named (e.g. by Client.force_login, which takes
        # the first listed backend) must still find their user.
        return ModelBackend().get_user(user_id)


@receiver(user_login_failed)
def record_failure(sender, credentials: dict, request: HttpRequest | None = None, **kwargs) -> None:
    if username := _username(credentials):
        _bump(_key("user", username))
    if ip := client_ip(request):
        _bump(_key("ip", ip))


@receiver(user_logged_in)
def reset_on_success(sender, request: HttpRequest | None, user, **kwargs) -> None:
    cache.delete(_key("user", str(user.get_username()).casefold()))
