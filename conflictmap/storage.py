"""Static files storage: whitenoise's compressed, hashed files once `collectstatic` has run.

Before collectstatic (development, tests, a benchmark run straight from the checkout) a
file missing from the manifest falls back to its plain URL instead of a 500, so pages
still render (whitenoise or the staticfiles finders then serve it).
"""

from __future__ import annotations

from django.core.files.storage import FileSystemStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    manifest_strict = False

    def url(self, name: str | None, force: bool = False) -> str:
        try:
            return super().url(name, force)
        except ValueError:  # not collected yet: no hashed copy to point at
            return FileSystemStorage.url(self, name)
