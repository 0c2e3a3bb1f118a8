"""Fetching feeds and article pages from outside, with limits a hostile or broken site cannot pass.

Only http and https URLs are fetched (conflictmap/links.py), redirects are followed only within
the same host (a leading "www." aside) and only to http(s), every read has a timeout and the whole
download a deadline, and bodies are read in chunks and abandoned as soon as they pass their byte
cap (a Content-Length over the cap is refused before reading). Hosts that resolve to a loopback,
private, link-local or reserved address are refused before connecting, at every redirect too,
unless settings.FEED_ALLOW_PRIVATE_ADDRESSES (the check resolves the name once; a DNS server that
answers differently a moment later is not defended against). Every problem is a FetchError whose
message says what went wrong, so a poll can report it for the one item and go on.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3
from django.conf import settings

from conflictmap.links import http_url_or_none

HTML_TYPES = ("text/html", "application/xhtml+xml")
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
CHUNK_BYTES = 64 * 1024
USER_AGENT = "ConflictMap feed poller (+https://github.com/conflictmap)"

_pool = urllib3.PoolManager(headers={"User-Agent": USER_AGENT}, retries=False)


class FetchError(Exception):
    """A page or feed that could not be fetched; the message says why."""


@dataclass
class Fetched:
    url: str  # after redirects
    body: bytes
    content_type: str  # e.g. "text/html", without parameters


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def _timeout() -> urllib3.Timeout:
    return urllib3.Timeout(connect=settings.FEED_CONNECT_TIMEOUT, read=settings.FEED_READ_TIMEOUT)


def _read_capped(response, max_bytes: int) -> bytes:
    """The body, read in chunks; FetchError as soon as it passes `max_bytes` or the deadline."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"too large: {int(declared):,} bytes (the limit is {max_bytes:,})")
    deadline = time.monotonic() + settings.FEED_DOWNLOAD_DEADLINE
    chunks: list[bytes] = []
    size = 0
    for chunk in response.stream(CHUNK_BYTES, decode_content=True):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"too large: over {max_bytes:,} bytes; download abandoned")
        if time.monotonic() > deadline:
            raise FetchError(f"too slow: not complete after {settings.FEED_DOWNLOAD_DEADLINE} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _next_url(current: str, response, start_host: str) -> str:
    """Where a redirect points, if it may be followed."""
    location = response.headers.get("Location", "")
    target = http_url_or_none(urljoin(current, location)) if location else None
    if target is None:
        raise FetchError(f"redirected to a URL that is not http(s): {location[:200]!r}")
    if _host(target) != start_host:
        raise FetchError(f"redirected to another host ({urlsplit(target).hostname}); not followed")
    return target


def _refuse_inside_addresses(url: str) -> None:
    """FetchError unless every address the URL's host resolves to is a public one."""
    if settings.FEED_ALLOW_PRIVATE_ADDRESSES:
        return
    parts = urlsplit(url)
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 80, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError) as exc:
        raise FetchError(f"network error: cannot resolve {parts.hostname!r} ({exc})") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global:
            raise FetchError(
                f"refused: {parts.hostname} is a private or local address ({address}); "
                "set FEED_ALLOW_PRIVATE_ADDRESSES=True to fetch from an intranet"
            )


def _check_type(content_type: str, accept: tuple[str, ...] | None) -> None:
    if accept is not None and content_type not in accept:
        raise FetchError(f"not an HTML page (content type {content_type or 'missing'!r})")


def fetch(url: str, *, max_bytes: int, accept: tuple[str, ...] | None = None) -> Fetched:
    """GET `url` within the limits above; `accept` lists the content types allowed (None: any)."""
    current = http_url_or_none(url)
    if current is None:
        raise FetchError(f"not an http(s) URL: {str(url)[:200]!r}")
    start_host = _host(current)
    for _ in range(MAX_REDIRECTS + 1):
        _refuse_inside_addresses(current)
        try:
            response = _pool.request(
                "GET", current, redirect=False, preload_content=False, timeout=_timeout()
            )
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(f"network error: {_reason(exc)}") from None
        try:
            if response.status in REDIRECT_STATUSES:
                current = _next_url(current, response, start_host)
                continue
            if response.status >= 400:
                raise FetchError(f"HTTP {response.status} {response.reason or ''}".rstrip())
            content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            _check_type(content_type, accept)
            try:
                body = _read_capped(response, max_bytes)
            except urllib3.exceptions.HTTPError as exc:
                raise FetchError(f"network error while reading: {_reason(exc)}") from None
            return Fetched(current, body, content_type)
        finally:
            # Never drain an abandoned body back into the pool: close the connection instead.
            response.close()
            response.release_conn()
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _reason(exc: Exception) -> str:
    reason = getattr(exc, "reason", None) or exc
    text = str(reason)
    if "timed out" in text.lower() or isinstance(reason, urllib3.exceptions.TimeoutError):
        return f"timed out ({text[:200]})"
    return text[:300]


__all__ = ["HTML_TYPES", "FetchError", "Fetched", "fetch"]
