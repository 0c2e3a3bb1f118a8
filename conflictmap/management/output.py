"""Output helpers shared by the export commands."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import CommandError


def write_text_file(path: str, text: str) -> None:
    """Write an export to `path`, turning an OS error into a clear command error."""
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CommandError(f"Cannot write {path}: {exc.strerror}") from None
