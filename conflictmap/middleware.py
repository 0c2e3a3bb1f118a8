from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse


class ContentSecurityPolicyMiddleware:
    """Send a CSP with no inline scripts, so an escaped-by-mistake string still cannot run.

    Public pages get the strict policy. The admin's map widget (django-leaflet) writes its
    set-up as inline scripts; rather than allowing every inline script there, each admin
    request gets a fresh nonce in `request.csp_nonce` (the attribute django-leaflet's
    LeafletGeoAdmin reads, as django-csp names it) and only scripts carrying it run.
    """

    STRICT = (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob: {tiles}; connect-src 'self'; object-src 'none'; "
        "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )
    ADMIN = (
        "default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob: {tiles}; connect-src 'self'; object-src 'none'; "
        "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )

    def __init__(self, get_response):
        self.get_response = get_response
        tiles = ""
        if settings.MAP_TILE_URL:
            parts = urlsplit(settings.MAP_TILE_URL.replace("{s}", "a"))
            tiles = f"{parts.scheme}://*.{parts.hostname.split('.', 1)[-1]} {parts.scheme}://{parts.hostname}"
        self.tiles = tiles
        self.strict = self.STRICT.format(tiles=tiles)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        is_admin = request.path.startswith("/admin/")
        if is_admin:
            request.csp_nonce = secrets.token_urlsafe(18)
        response = self.get_response(request)
        policy = (
            self.ADMIN.format(tiles=self.tiles, nonce=request.csp_nonce)
            if is_admin
            else self.strict
        )
        response.setdefault("Content-Security-Policy", policy)
        return response
