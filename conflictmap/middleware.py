from __future__ import annotations

from django.http import HttpRequest, HttpResponse


class ContentSecurityPolicyMiddleware:
    """Send a CSP with no inline scripts, so an escaped-by-mistake string still cannot run.

    The admin's map widget (django-leaflet) needs inline scripts, so /admin/ gets a
    policy that allows them; every public page gets the strict one.
    """

    STRICT = (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob: {tiles}; connect-src 'self'; object-src 'none'; "
        "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )
    ADMIN = (
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob: {tiles}; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    )

    def __init__(self, get_response):
        from django.conf import settings
        from urllib.parse import urlsplit

        self.get_response = get_response
        tiles = ""
        if settings.MAP_TILE_URL:
            parts = urlsplit(settings.MAP_TILE_URL.replace("{s}", "a"))
            tiles = f"{parts.scheme}://*.{parts.hostname.split('.', 1)[-1]} {parts.scheme}://{parts.hostname}"
        self.strict = self.STRICT.format(tiles=tiles)
        self.admin = self.ADMIN.format(tiles=tiles)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        policy = self.admin if request.path.startswith("/admin/") else self.strict
        response.setdefault("Content-Security-Policy", policy)
        return response
