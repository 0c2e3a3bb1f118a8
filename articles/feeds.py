"""Polling RSS/Atom feeds: new items are downloaded, extracted, deduplicated, stored and processed.

For each entry of a feed: its link must be http(s) and not stored yet (then nothing is
downloaded); the page is fetched within articles/fetch.py's limits and must be HTML; trafilatura
extracts the text; the date is the feed entry's, else the page's, else the dateline
(articles/ingest.py's publication_date); a near-duplicate of a stored article
(articles/near_duplicates.py) is skipped; the rest goes through articles/ingest.py's `store`,
then articles/pipeline.py geocodes and extracts the new articles. Every failure is reported for
its item and the poll goes on; the feed keeps the last poll's time, articles taken and errors.
Polling again is harmless: stored links are skipped before any download, and items that failed
are tried again (a site that was down may be back).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from articles.fetch import HTML_TYPES, FetchError, fetch
from articles.ingest import (
    Candidate,
    IngestReport,
    SkipItem,
    html_candidate,
    publication_date,
    store,
)
from articles.models import Article, Feed
from articles.near_duplicates import near_duplicate_of
from conflictmap.links import http_url_or_none

logger = logging.getLogger(__name__)
MAX_ERRORS_KEPT = 50  # per feed, in Feed.last_errors


@dataclass
class FeedReport:
    feed: str
    entries: int = 0
    created: list[int] = field(default_factory=list)
    already_stored: int = 0
    near_duplicates: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    feed_failed: bool = False  # the feed itself could not be fetched or read

    def line(self) -> str:
        return (
            f"{self.feed}: {self.entries} item(s), {len(self.created)} new article(s), "
            f"{self.already_stored} already stored, {self.near_duplicates} near-duplicate(s), "
            f"{len(self.errors)} error(s)"
        )


def _entry_date(entry) -> dt.datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return dt.datetime(*parsed[:6], tzinfo=dt.UTC)
    except (TypeError, ValueError):
        return None


def _parse_feed(body: bytes):
    """The feedparser result; SkipItem when the document is not a feed at all."""
    import feedparser

    parsed = feedparser.parse(body)
    is_feed = parsed.get("version") or parsed.entries
    if not is_feed:
        problem = parsed.get("bozo_exception")
        raise SkipItem(f"not an RSS or Atom feed{f' ({problem})' if problem else ''}")
    return parsed


def _candidate(feed: Feed, entry, link: str, where: str) -> Candidate:
    """The article behind one feed entry: its page downloaded and extracted."""
    page = fetch(link, max_bytes=settings.FEED_MAX_PAGE_BYTES, accept=HTML_TYPES)
    candidate = html_candidate(page.body, where)
    candidate.url = link
    candidate.title = entry.get("title") or candidate.title
    candidate.published_at = _entry_date(entry) or candidate.published_at
    candidate.outlet = feed.outlet
    candidate.language = feed.language
    return candidate


def _take_entry(feed: Feed, entry, where: str, report: FeedReport) -> None:
    link = http_url_or_none(entry.get("link"))
    if link is None:
        raise SkipItem(f"no http(s) link ({str(entry.get('link', ''))[:200]!r})")
    if Article.objects.filter(url=link).exists():
        report.already_stored += 1
        return
    candidate = _candidate(feed, entry, link, where)
    stored = IngestReport()
    published = publication_date(candidate, stored, None)
    if published is None:
        raise SkipItem("no date in the feed entry, the page or a dateline")
    twin = near_duplicate_of(candidate.text, published)
    if twin is not None:
        report.near_duplicates += 1
        report.warnings.append(f"{where}: near-duplicate of article {twin.pk} ({twin.title!r})")
        return
    store(candidate, stored, published)
    report.created.extend(stored.created)
    report.already_stored += stored.duplicates
    report.warnings.extend(stored.warnings)
    if stored.skipped:
        raise SkipItem("; ".join(stored.skipped))


def _entries(feed: Feed, report: FeedReport) -> list:
    try:
        fetched = fetch(feed.url, max_bytes=settings.FEED_MAX_FEED_BYTES)
        return list(_parse_feed(fetched.body).entries)
    except (FetchError, SkipItem) as exc:
        report.errors.append(f"{feed.url}: {exc}")
        report.feed_failed = True
        return []


def poll_feed(feed: Feed, *, process: bool = True, progress: bool = False) -> FeedReport:
    """Poll one feed now (see the module docstring); never raises for a bad feed or item.
    `progress`: count the items downloaded (a bar on a terminal, a line per 10 otherwise)."""
    from conflictmap.progress import Progress

    started = timezone.now()
    report = FeedReport(feed=str(feed))
    entries = _entries(feed, report)
    report.entries = len(entries)
    bar = Progress("  items", total=len(entries), unit="items", every=10, enabled=progress)
    for number, entry in enumerate(bar.iterate(entries), 1):
        where = f"{feed.url} item {number} ({str(entry.get('link', ''))[:200]})"
        try:
            _take_entry(feed, entry, where, report)
        except (FetchError, SkipItem) as exc:
            report.errors.append(f"{where}: {exc}")
        except Exception as exc:  # a parser bug on one page must not lose the others
            logger.exception("polling %s failed on %s", feed.url, where)
            report.errors.append(f"{where}: {type(exc).__name__}: {exc}")
    _record(feed, started, report)
    if process and report.created:
        from articles.pipeline import process_articles

        process_articles(report.created)
    return report


def _record(feed: Feed, started: dt.datetime, report: FeedReport) -> None:
    """Write what this poll did; the total counts up in the database (polls may overlap). A feed
    that failed waits longer each time in a row (Feed.wait); one good poll resets that."""
    feed.failed_polls = feed.failed_polls + 1 if report.feed_failed else 0
    Feed.objects.filter(pk=feed.pk).update(
        last_polled_at=started,
        next_poll_at=started + feed.wait,
        failed_polls=feed.failed_polls,
        last_items_taken=len(report.created),
        items_taken_total=F("items_taken_total") + len(report.created),
        last_errors=report.errors[:MAX_ERRORS_KEPT],
    )
    feed.refresh_from_db()


__all__ = ["FeedReport", "poll_feed"]
