"""The ingest command run as the ingest tests run it: quiet, storing articles without extracting
from them, its output and exit code returned instead of raised."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command
from django.core.management.base import CommandError


def run_ingest(*args: str) -> tuple[str, str, int]:
    """`manage.py ingest ARGS --no-process -v 0`: (stdout, stderr, exit code)."""
    out, err = StringIO(), StringIO()
    try:
        call_command("ingest", *args, "--no-process", "-v", "0", stdout=out, stderr=err)
        code = 0
    except CommandError as exc:
        code = exc.returncode
    return out.getvalue(), err.getvalue(), code
