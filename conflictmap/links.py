"""The one rule for outside links: only http and https URLs are stored or rendered as links.

Article URLs come from feeds, files and curators; a `javascript:` or `data:` URL stored as an
article's "original" link would run script when clicked. Every path that stores or shows an outside
URL goes through this module: the Article.url field validator (admin forms), ingest, the API, the
article page and the events export.
"""

from __future__ import annotations

from typing import ClassVar

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.deconstruct import deconstructible

HTTP_SCHEMES = ("http", "https")
MAX_URL_LENGTH = 1000  # Article.url's max_length


@deconstructible
class HttpURLValidator(URLValidator):
    """Django's URL validator limited to http and https (it also accepts ftp and ftps)."""

    schemes: ClassVar[list[str]] = list(HTTP_SCHEMES)
    max_length = MAX_URL_LENGTH
    message = "Enter an http:// or https:// URL."


validate_http_url = HttpURLValidator()


def http_url_or_none(value: object) -> str | None:
    """`value` stripped if it is a well-formed http(s) URL, else None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    try:
        validate_http_url(value)
    except ValidationError:
        return None
    return value
