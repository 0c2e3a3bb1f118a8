import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflictmap.settings")
application = get_wsgi_application()


def freeze_startup_objects() -> None:
    """Take what a worker holds for its lifetime (Django, GeoDjango, every view module and URL
    pattern) out of the garbage collector's full passes. A request building a big layer
    (2,000 places) starts a few collections; a full one walked all of these each time and
    took ~40 ms, which set the places layer's p95."""
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 — import every view module now, not on a request
    gc.collect()
    gc.freeze()


freeze_startup_objects()
