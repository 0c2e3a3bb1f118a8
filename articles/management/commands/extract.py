"""Print what extraction finds in plain-text articles, as one JSON object per line; stores
nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys

from dateutil import parser as date_parser
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from articles.extraction import default_dictionary, extract, places_from_geoparser
from conflictmap.progress import Progress, say
from conflictmap.textfiles import TextDecodeError, decode_text, looks_binary

logger = logging.getLogger(__name__)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"--published must be YYYY-MM-DD, not {value!r}") from exc


def load_geoparser():
    """The shared geoparser, or None when the gazetteer is not loaded (places are then left out)."""
    try:
        from places.geoparser import get_geoparser
        from places.models import Place

        if not Place.objects.exists():
            return None
        # A first build after a gazetteer update takes a while: say so, with its estimate.
        return get_geoparser(progress=say)
    except Exception as exc:  # a missing gazetteer must not stop actor/quote extraction
        # One line (an unmigrated database is common in a fresh checkout); the traceback only when
        # debugging.
        logger.warning(
            "geoparser unavailable (%s); places left out",
            str(exc).splitlines()[0] if str(exc) else exc,
        )
        logger.debug("geoparser failure", exc_info=True)
        return None


class Command(BaseCommand):
    help = (
        "Run extraction on plain-text articles (or - for standard input) and print one JSON "
        "object per article: actors, statements, campaigns and places with character offsets. "
        "Stores nothing."
    )
    requires_system_checks: list = []  # keep standard error quiet; this command only reads

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="UTF-8 text files, or - for standard input")
        parser.add_argument(
            "--published",
            type=_date,
            default=None,
            help="publication date (YYYY-MM-DD) for relative dates such as 'on Saturday'",
        )
        parser.add_argument(
            "--indent", type=int, default=None, help="pretty-print with this indent"
        )

    def handle(self, *args, **options):
        show = options["verbosity"] > 0
        if show:
            say("loading the place index and the language model", terminal_only=True)
        dictionary = default_dictionary()
        geoparser = load_geoparser()
        failed = 0
        files = options["files"]
        bar = Progress("extract", total=len(files), unit="files", enabled=show and len(files) > 1)
        for name in bar.iterate(files):
            try:
                text = _read(name)
            except (OSError, TextDecodeError) as exc:
                self.stderr.write(f"{name}: skipped: {exc}")
                failed += 1
                continue
            published = (
                options["published"] or _published_from_header(text) or _published_from_db(text)
            )
            places = places_from_geoparser(text, geoparser) if geoparser else None
            result = extract(text, published=published, dictionary=dictionary, places=places)
            self.stdout.write(
                json.dumps(result.to_json(name), ensure_ascii=False, indent=options["indent"])
            )
        if failed:
            raise CommandError(f"{failed} file(s) could not be read")


def _read(name: str) -> str:
    """The text of file `name` (`-`: standard input), decoded exactly as `ingest` decodes it, so
    offsets match: UTF-8, or UTF-16/32 with a byte-order mark (dropped); line ends kept."""
    if name == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:
            return sys.stdin.read()
        data = buffer.read()
    else:
        with open(name, "rb") as handle:
            data = handle.read()
    if looks_binary(data):
        raise TextDecodeError("binary file", 0)
    return decode_text(data)


_DATE_HEADER = re.compile(r"^(?:date|published|published_at):\s*(?P<value>.+)$", re.I | re.M)


def _published_from_header(text: str) -> dt.date | None:
    """The `Date:` header line that `ingest` reads from plain-text files, if the file has one."""
    match = _DATE_HEADER.search(text, 0, 2000)
    if not match:
        return None
    try:
        return date_parser.parse(match.group("value")).date()
    except (ValueError, OverflowError):
        return None


def _published_from_db(text: str) -> dt.date | None:
    """The publication date of the same text if it was ingested already."""
    try:
        from articles.models import Article

        article = (
            Article.objects.filter(content_hash=Article.hash_text(text))
            .only("published_at")
            .first()
        )
        return article.published_at.date() if article else None
    except DatabaseError:  # no database, or not migrated: `extract` also works on bare files
        return None
