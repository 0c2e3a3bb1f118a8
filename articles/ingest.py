"""Ingest articles from plain text, HTML, JSON Lines and RSS/Atom files.

Every bad file or line is reported as `path[:line]: reason` and skipped; the rest goes in.
Articles are deduplicated by content hash and by URL, so re-running on the same files creates
nothing. Extraction is not run here: the `ingest` command (or the Celery task) calls
`articles.pipeline.process_articles` on the new articles afterwards.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dateutil import parser as date_parser
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.models import Article
from articles.published import HOW_TO_DATE, dateline_date, file_date
from conflictmap.links import http_url_or_none
from conflictmap.textfiles import TextDecodeError, decode_text, looks_binary

logger = logging.getLogger(__name__)

FORMATS = ("auto", "txt", "html", "jsonl", "rss")
_EXTENSIONS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".rss": "rss",
    ".atom": "rss",
    ".xml": "rss",
    ".feed": "rss",
}
_HEADER = re.compile(
    r"^(?P<key>title|date|published|published_at|url|outlet|source):\s*(?P<value>.+)$", re.I
)
MAX_BYTES = 50 * 1024 * 1024  # a single "article" beyond this is a mistake, not news


class SkipItem(Exception):
    """One file or line that cannot become an article; the message says why."""


@dataclass
class Candidate:
    title: str
    text: str
    published_at: dt.datetime | None
    url: str | None = None
    outlet: str = ""
    where: str = ""
    # The file's modification time, for a file holding one article (text, HTML): the last
    # source of a publication date. None for feeds and JSON Lines, whose file dates say nothing.
    mtime: float | None = None
    language: str = ""  # ISO 639-1; empty: the Article default


@dataclass
class IngestReport:
    files: int = 0
    created: list[int] = field(default_factory=list)
    duplicates: int = 0
    skipped: list[str] = field(default_factory=list)
    # Stored, but with something left out (e.g. a link that is not http or https).
    warnings: list[str] = field(default_factory=list)

    @property
    def created_count(self) -> int:
        return len(self.created)

    @property
    def ok(self) -> bool:
        return not self.skipped


def expand(paths: Iterable[str]) -> tuple[list[Path], list[str]]:
    """Files named by paths, globs or folders; and the patterns that matched nothing."""
    files: list[Path] = []
    missing: list[str] = []
    for pattern in paths:
        matches = (
            sorted(glob.glob(pattern, recursive=True)) if glob.has_magic(pattern) else [pattern]
        )
        found = False
        for match in matches:
            path = Path(match)
            if path.is_dir():
                files.extend(sorted(p for p in path.rglob("*") if p.is_file()))
                found = True
            elif path.is_file():
                files.append(path)
                found = True
        if not found:
            missing.append(pattern)
    return files, missing


def _read_text(path: Path) -> str:
    size = path.stat().st_size
    if size == 0:
        raise SkipItem("empty file")
    if size > MAX_BYTES:
        raise SkipItem(f"too large ({size:,} bytes)")
    data = path.read_bytes()
    if looks_binary(data):
        raise SkipItem("binary file")
    try:
        text = decode_text(data)  # UTF-8, or UTF-16/32 with a byte-order mark
    except TextDecodeError as exc:
        raise SkipItem(str(exc)) from None
    if not text.strip():
        raise SkipItem("empty file")
    return text


def _parse_date(value) -> dt.datetime | None:
    if value in (None, ""):
        return None
    try:
        parsed = value if isinstance(value, dt.datetime) else date_parser.parse(str(value))
    except (ValueError, OverflowError, TypeError):
        return None
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, dt.UTC)
    return parsed


def _title_from(text: str) -> str:
    first = text.strip().split("\n", 1)[0]
    return (first[:200] + "…") if len(first) > 200 else first


def detect_format(path: Path, text: str) -> str:
    fmt = _EXTENSIONS.get(path.suffix.lower())
    if fmt:
        return fmt
    head = text.lstrip()[:500].lower()
    if head.startswith("{"):
        return "jsonl"
    if (head.startswith("<?xml") and ("<rss" in head or "<feed" in head)) or head.startswith(
        ("<rss", "<feed")
    ):
        return "rss"
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    return "txt"


def parse_txt(path: Path, text: str) -> Iterator[Candidate]:
    """Optional `Key: value` header lines (Title, Date, URL, Outlet) then a blank line; else the
    first line is the title when it does not read as a sentence (no final full stop) and more text
    follows."""
    lines = text.split("\n")
    meta: dict[str, str] = {}
    index = 0
    while index < len(lines) and (match := _HEADER.match(lines[index].strip())):
        meta[match.group("key").lower()] = match.group("value").strip()
        index += 1
    if meta and index < len(lines) and not lines[index].strip():
        body = "\n".join(lines[index + 1 :])
    elif meta:
        body = "\n".join(lines[index:])
    else:
        body = text
    title = meta.get("title", "")
    if not title:
        first, _, rest = body.strip().partition("\n")
        if (
            rest.strip()
            and len(first) <= 200
            and not first.rstrip().endswith((".", "!", "?", '"', "”"))
        ):
            title, body = first.strip(), rest
        else:
            title = _title_from(body)
    published = meta.get("date") or meta.get("published") or meta.get("published_at")
    yield Candidate(
        title,
        body,
        _parse_date(published),
        meta.get("url"),
        meta.get("outlet") or meta.get("source", ""),
        str(path),
    )


def _json_rows(path: Path, text: str) -> Iterator[tuple[str, object]]:
    """(where, parsed row or SkipItem) per JSON line; a file holding one JSON array is read as its
    items."""
    if text.lstrip().startswith("["):
        try:
            rows = json.loads(text)
        except (json.JSONDecodeError, RecursionError):  # nested past Python's recursion limit
            rows = None
        if isinstance(rows, list):
            for number, row in enumerate(rows, 1):
                yield f"{path}:item {number}", row
            return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield where, json.loads(line)
        except json.JSONDecodeError as exc:
            yield where, SkipItem(f"{where}: malformed JSON ({exc.msg})")
        except RecursionError:
            yield where, SkipItem(f"{where}: JSON nested too deeply")


def parse_jsonl(path: Path, text: str) -> Iterator[Candidate | SkipItem]:
    for where, row in _json_rows(path, text):
        if isinstance(row, SkipItem):
            yield row
            continue
        if not isinstance(row, dict):
            yield SkipItem(f"{where}: not a JSON object")
            continue
        body = row.get("text")
        if not isinstance(body, str) or not body.strip():
            yield SkipItem(f"{where}: no text")
            continue
        published = row.get("published_at", row.get("published", row.get("date")))
        yield Candidate(
            str(row.get("title") or _title_from(body)),
            body,
            _parse_date(published),
            row.get("url") or None,
            str(row.get("outlet") or ""),
            where,
        )


def parse_html(path: Path, text: str) -> Iterator[Candidate]:
    yield html_candidate(text, str(path))


def html_candidate(html: str | bytes, where: str) -> Candidate:
    """The article of an HTML page (trafilatura; bytes are decoded by its charset detection)."""
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if document is None:
        raise SkipItem("no article text found in the HTML")
    data = document if isinstance(document, dict) else document.as_dict()
    body = data.get("text") or ""
    if not body.strip():
        raise SkipItem("no article text found in the HTML")
    return Candidate(
        str(data.get("title") or _title_from(body)),
        body,
        _parse_date(data.get("date")),
        data.get("url") or None,
        str(data.get("sitename") or ""),
        where,
    )


def _html_to_text(fragment: str) -> str:
    import trafilatura

    text = (
        trafilatura.extract(f"<html><body><article>{fragment}</article></body></html>")
        if "<" in fragment
        else None
    )
    return text or re.sub(r"<[^>]+>", " ", fragment).strip()


def parse_rss(path: Path, text: str) -> Iterator[Candidate | SkipItem]:
    import feedparser

    feed = feedparser.parse(text)
    if not feed.entries:
        raise SkipItem(f"no feed entries ({feed.get('bozo_exception', 'not RSS or Atom')})")
    outlet = feed.feed.get("title", "")
    for number, entry in enumerate(feed.entries, 1):
        where = f"{path}:entry {number}"
        content = (
            entry.get("content", [{}])[0].get("value")
            if entry.get("content")
            else entry.get("summary", "")
        )
        body = _html_to_text(content or "")
        if not body.strip():
            yield SkipItem(f"{where}: no text")
            continue
        published = entry.get("published") or entry.get("updated")
        yield Candidate(
            entry.get("title") or _title_from(body),
            body,
            _parse_date(published),
            entry.get("link") or None,
            outlet,
            where,
        )


SINGLE_ARTICLE_FORMATS = frozenset({"txt", "html"})
PARSERS = {"txt": parse_txt, "jsonl": parse_jsonl, "html": parse_html, "rss": parse_rss}


def publication_date(
    candidate: Candidate, report: IngestReport, given: dt.datetime | None
) -> dt.datetime | None:
    """The first of: the date the user gave the command, the file's or feed's own date, the
    dateline; else None (the caller skips the article and says how to date it). Guessed parts
    are reported as warnings. The file's modification time dates nothing: it is when the file
    was saved or copied, and an analyst's timeline showed such articles on that day."""
    if given is not None:
        return given
    if candidate.published_at is not None:
        return candidate.published_at
    reference = (
        file_date(candidate.mtime).date() if candidate.mtime is not None else timezone.now().date()
    )
    found = dateline_date(candidate.text, reference)
    if found is not None:
        if found.year_source != "dateline":
            origin = {
                "text": "the latest year the text mentions",
                "reference": "the file's modification time"
                if candidate.mtime is not None
                else "today's date",
            }[found.year_source]
            report.warnings.append(
                f"{candidate.where}: dated {found.date} from its dateline, the year from "
                f"{origin}; if that is wrong, {HOW_TO_DATE}"
            )
        return dt.datetime.combine(found.date, dt.time(12), tzinfo=dt.UTC)
    return None


def store(candidate: Candidate, report: IngestReport, given: dt.datetime | None) -> None:
    text = candidate.text.replace("\x00", "")
    published = publication_date(candidate, report, given)
    if published is None:
        report.skipped.append(f"{candidate.where}: missing date; {HOW_TO_DATE}")
        return
    if not text.strip():
        report.skipped.append(f"{candidate.where}: no text")
        return
    content_hash = Article.hash_text(text)
    url = http_url_or_none(
        candidate.url
    )  # a javascript: or malformed link is dropped, the article kept
    duplicate = Article.objects.filter(content_hash=content_hash).exists() or (
        url is not None and Article.objects.filter(url=url).exists()
    )
    if duplicate:
        report.duplicates += 1
        return
    try:
        with transaction.atomic():
            article = Article.objects.create(
                title=(candidate.title or "Untitled").strip()[:500],
                url=url,
                outlet=candidate.outlet[:200],
                published_at=published,
                text=text,
                **({"language": candidate.language[:8]} if candidate.language else {}),
            )
    except IntegrityError:
        # Another worker stored the same text or URL a moment ago.
        report.duplicates += 1
        return
    report.created.append(article.pk)
    if url is None and candidate.url:
        report.warnings.append(
            f"{candidate.where}: link {str(candidate.url)[:200]!r} is not an http(s) URL; "
            "stored without it"
        )


def ingest_paths(
    paths: Iterable[str],
    fmt: str = "auto",
    *,
    progress: bool = False,
    default_published: dt.date | None = None,
) -> IngestReport:
    """Ingest every file named by `paths` (files, globs or folders); never stops on a bad file."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    files, missing = expand(paths)
    report = IngestReport()
    report.skipped.extend(f"{pattern}: no such file" for pattern in missing)
    default_dt = (
        dt.datetime.combine(default_published, dt.time(12), tzinfo=dt.UTC)
        if default_published
        else None
    )
    from conflictmap.progress import Progress

    bar = Progress("ingest: reading", total=len(files), unit="files", enabled=progress)
    for path in bar.iterate(files):
        report.files += 1
        try:
            text = _read_text(path)
            kind = detect_format(path, text) if fmt == "auto" else fmt
            for item in PARSERS[kind](path, text):
                if isinstance(item, SkipItem):
                    report.skipped.append(str(item))
                    continue
                if kind in SINGLE_ARTICLE_FORMATS:
                    item.mtime = path.stat().st_mtime
                store(item, report, default_dt)
        except SkipItem as exc:
            report.skipped.append(f"{path}: {exc}")
        except OSError as exc:
            report.skipped.append(f"{path}: {exc.strerror or exc}")
        except Exception as exc:  # a parser bug on one file must not lose the others
            logger.exception("ingest failed on %s", path)
            report.skipped.append(f"{path}: {type(exc).__name__}: {exc}")
    return report


__all__ = ["FORMATS", "IngestReport", "ingest_paths"]
