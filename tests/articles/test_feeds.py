"""Feeds polled against a local HTTP server: new items stored once, every broken item reported."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.feeds import poll_feed
from articles.models import Article, Feed, Mention
from tests.articles.feed_server import FeedServer, article_body, page_html, rss
from tests.ops.corpus import make_places

pytestmark = pytest.mark.django_db
DAY = dt.datetime(2024, 5, 14, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def server(settings):
    settings.FEED_READ_TIMEOUT = 1
    settings.FEED_DOWNLOAD_DEADLINE = 5
    settings.FEED_MAX_PAGE_BYTES = 2 * 1024 * 1024
    server = FeedServer()
    yield server
    server.close()


def serve_articles(server: FeedServer, numbers, prefix: str = "/news") -> list:
    """Pages for these article numbers; the feed items (title, link, date) pointing at them."""
    items = []
    for i in numbers:
        title, body = article_body(i)
        server.add(f"{prefix}/{i}.html", page_html(title, body))
        items.append((title, server.url(f"{prefix}/{i}.html"), DAY + dt.timedelta(minutes=i)))
    return items


def poll(*args) -> tuple[str, str, int]:
    """Run `manage.py poll_feeds`; (stdout, stderr, exit status)."""
    from io import StringIO

    out, err = StringIO(), StringIO()
    try:
        call_command("poll_feeds", *args, stdout=out, stderr=err)
        status = 0
    except CommandError as exc:
        err.write(str(exc))
        status = exc.returncode
    return out.getvalue(), err.getvalue(), status


def test_a_feed_of_twenty_with_three_broken_items_polled_twice_stores_seventeen(server):
    items = serve_articles(server, range(20))
    server.routes.pop("/news/4.html")  # 404
    server.add("/news/9.html", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")
    elsewhere = server.url("/news/14.html", host="localhost")
    server.add_route("/news/14.html", lambda: (302, {"Location": elsewhere}, b""))
    server.add("/feed.xml", rss(items), "application/rss+xml")
    feed = Feed.objects.create(url=server.url("/feed.xml"), outlet="Test Outlet", language="fr")

    out, err, status = poll("--no-process")
    assert status == 1 and "3 item(s) or feed(s) failed" in err
    assert "[1/1] polling" in out and "20 item(s), 17 new article(s)" in out
    assert "/news/4.html): HTTP 404" in err
    assert "not an HTML page (content type 'image/png')" in err
    assert "redirected to another host (localhost); not followed" in err
    assert Article.objects.count() == 17
    stored = Article.objects.get(url=server.url("/news/7.html"))
    assert (stored.outlet, stored.language, stored.published_at) == (
        "Test Outlet",
        "fr",
        DAY + dt.timedelta(minutes=7),
    )
    assert stored.text.strip().endswith(article_body(7)[1].split("\n\n")[-1])

    out, err, status = poll("--no-process", "--feed", str(feed.pk))
    assert "20 item(s), 0 new article(s), 17 already stored" in out and status == 1
    assert Article.objects.count() == 17
    # Stored links are not downloaded again; the broken ones are tried again.
    assert server.requests["/news/7.html"] == 1 and server.requests["/news/4.html"] == 2
    feed.refresh_from_db()
    assert (feed.last_items_taken, feed.items_taken_total, len(feed.last_errors)) == (0, 17, 3)
    assert feed.last_polled_at is not None and feed.next_poll_at > feed.last_polled_at


def test_feeds_that_are_no_feeds_or_unreachable_are_reported_and_the_rest_polled(server):
    server.add("/page.html", page_html("Not a feed", "Just a page."))
    server.add("/garbage.xml", b"\x00\x01{ this is not xml", "application/xml")
    server.add_route("/down.xml", lambda: (503, {"Content-Type": "text/plain"}, b"busy"))
    entries = "".join(
        f"<entry><title>{title}</title><link href='{link}'/><id>{link}</id>"
        f"<updated>{published.isoformat()}</updated></entry>"
        for title, link, published in serve_articles(server, [1, 2])
    )
    atom = (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>Atom Outlet</title><id>urn:test</id>{entries}</feed>"
    )
    server.add("/good.xml", atom.encode(), "application/atom+xml")
    for path in ("/page.html", "/garbage.xml", "/down.xml", "/good.xml"):
        Feed.objects.create(url=server.url(path), outlet=path)
    Feed.objects.create(url="http://127.0.0.1:9/closed.xml", outlet="closed port")

    out, err, status = poll("--no-process")
    assert status == 1 and "[5/5] polling" in out
    assert "page.html: not an RSS or Atom feed" in err
    assert "garbage.xml: not an RSS or Atom feed" in err
    assert "down.xml: HTTP 503" in err
    assert "closed.xml: network error" in err
    assert set(Article.objects.values_list("url", flat=True)) == {
        server.url("/news/1.html"),
        server.url("/news/2.html"),
    }
    assert Feed.objects.get(outlet="/down.xml").last_errors == [
        f"{server.url('/down.xml')}: HTTP 503 Service Unavailable"
    ]


def test_a_huge_page_is_abandoned_while_streaming_and_a_slow_one_times_out(server):
    chunk = b"<p>" + b"x" * (64 * 1024 - 3)

    def fifty_megabytes():
        return 200, {"Content-Type": "text/html"}, (chunk for _ in range(800))

    def declared_fifty_megabytes():
        headers = {"Content-Type": "text/html", "Content-Length": str(50 * 1024 * 1024)}
        return 200, headers, (chunk for _ in range(800))

    def slow():
        time.sleep(2)
        return 200, {"Content-Type": "text/html"}, b"<p>late</p>"

    server.add_route("/huge.html", fifty_megabytes)
    server.add_route("/declared.html", declared_fifty_megabytes)
    server.add_route("/slow.html", slow)
    good = serve_articles(server, [3])
    broken = [
        ("Huge", server.url("/huge.html"), DAY),
        ("Declared", server.url("/declared.html"), DAY),
        ("Slow", server.url("/slow.html"), DAY),
        ("Script", "javascript:alert(1)", DAY),
        ("Undated", server.url("/undated.html"), None),
    ]
    server.add("/undated.html", page_html("Undated", "Nothing here says when this happened."))
    server.add("/feed.xml", rss(broken + good), "application/rss+xml")
    feed = Feed.objects.create(url=server.url("/feed.xml"), outlet="Test Outlet")

    started = time.monotonic()
    report = poll_feed(feed, process=False)
    assert time.monotonic() - started < 10
    errors = "\n".join(report.errors)
    assert "huge.html): too large: over 2,097,152 bytes; download abandoned" in errors
    assert "declared.html): too large: 52,428,800 bytes" in errors
    assert "slow.html): network error: timed out" in errors
    assert "no http(s) link ('javascript:alert(1)')" in errors
    assert "undated.html): no date in the feed entry, the page or a dateline" in errors
    assert len(report.errors) == 5 and len(report.created) == 1
    # Reading stopped near the cap: far less than 50 MB left the server.
    assert server.sent["/huge.html"] < 12 * 1024 * 1024
    assert server.sent["/declared.html"] < 12 * 1024 * 1024


def test_near_duplicates_are_skipped_and_different_reports_kept(server):
    title, body = article_body(5)
    server.add("/a.html", page_html(title, body))
    edited = body.replace("said", "told reporters", 1) + "\n\nMore details will follow."
    server.add("/b.html", page_html("Updated: " + title, edited))
    other = serve_articles(server, [6])
    items = [("A", server.url("/a.html"), DAY), ("B", server.url("/b.html"), DAY), *other]
    server.add("/feed.xml", rss(items), "application/rss+xml")
    feed = Feed.objects.create(url=server.url("/feed.xml"), outlet="Wire")

    report = poll_feed(feed, process=False)
    assert (len(report.created), report.near_duplicates, report.errors) == (2, 1, [])
    first = Article.objects.get(url=server.url("/a.html"))
    assert f"b.html): near-duplicate of article {first.pk}" in report.warnings[0]
    assert not Article.objects.filter(url=server.url("/b.html")).exists()


def test_new_articles_are_geocoded_and_extracted_with_the_page_date_when_the_feed_has_none(
    server,
):
    make_places()
    title, body = article_body(8)
    server.add("/dated.html", page_html(title, body, published="2023-02-01T08:00:00Z"))
    server.add("/feed.xml", rss([(title, server.url("/dated.html"), None)]), "application/rss+xml")
    feed = Feed.objects.create(url=server.url("/feed.xml"), outlet="Test Outlet")

    out, err, status = poll()
    assert status == 0, err
    assert "Done: 1 new article(s)." in out
    article = Article.objects.get()
    assert article.published_at.date() == dt.date(2023, 2, 1)
    assert article.processing_status == Article.ProcessingStatus.PROCESSED
    places = set(Mention.objects.filter(article=article).values_list("place__name", flat=True))
    assert places & {"Raqqa", "Mosul", "Manbij", "Tabqa", "Kobani", "Aleppo", "Homs"}
    feed.refresh_from_db()
    assert (feed.last_items_taken, feed.last_errors) == (1, [])


def test_only_due_feeds_are_claimed_and_a_claimed_feed_is_not_due_again():
    now = dt.datetime(2024, 1, 1, 12, tzinfo=dt.UTC)
    fresh = Feed.objects.create(url="https://a.example/feed", outlet="A", poll_interval_minutes=30)
    Feed.objects.create(url="https://b.example/feed", outlet="B", enabled=False)
    polled = Feed.objects.create(url="https://c.example/feed", outlet="C")
    polled.last_polled_at = now - dt.timedelta(minutes=10)
    polled.save()  # interval 60: due again at 12:50
    assert list(Feed.objects.due(now)) == [fresh]
    assert Feed.objects.claim(fresh.pk, now) == fresh
    assert Feed.objects.claim(fresh.pk, now) is None
    assert Feed.objects.due(now + dt.timedelta(minutes=30)).count() == 1
    assert set(Feed.objects.due(now + dt.timedelta(minutes=50))) == {fresh, polled}
