"""A feed whose polls keep failing is polled less and less often, up to a cap, and the admin shows
it (issue 17); one good poll brings it back to its interval. Against a local HTTP server."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from articles.feeds import poll_feed
from articles.models import Feed
from tests.articles.feed_server import FeedServer, article_body, page_html, rss

pytestmark = pytest.mark.django_db
DAY = dt.datetime(2024, 5, 14, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def server(settings):
    settings.FEED_READ_TIMEOUT = 1
    settings.FEED_DOWNLOAD_DEADLINE = 5
    server = FeedServer()
    yield server
    server.close()


def _waits(feed: Feed) -> dt.timedelta:
    feed.refresh_from_db()
    return feed.next_poll_at - feed.last_polled_at


def test_failing_polls_wait_longer_each_time_up_to_the_cap_then_recover(server, settings):
    settings.FEED_BACKOFF_MAX_MINUTES = 240
    server.add_route("/feed.xml", lambda: (503, {"Content-Type": "text/plain"}, b"down"))
    feed = Feed.objects.create(
        url=server.url("/feed.xml"), outlet="Local", poll_interval_minutes=30
    )
    waits = []
    for _ in range(5):
        report = poll_feed(feed, process=False)
        assert report.feed_failed and "503" in report.errors[0]
        waits.append(_waits(feed))
    assert [w.total_seconds() / 60 for w in waits] == [60, 120, 240, 240, 240]
    assert feed.failed_polls == 5
    # Not due during its backoff, though its own interval has long run out.
    assert not Feed.objects.due(feed.last_polled_at + dt.timedelta(minutes=200)).exists()
    assert Feed.objects.due(feed.last_polled_at + dt.timedelta(minutes=240)).exists()

    title, body = article_body(1)
    server.add("/n/1.html", page_html(title, body))
    server.add("/feed.xml", rss([(title, server.url("/n/1.html"), DAY)]), "application/rss+xml")
    report = poll_feed(feed, process=False)
    assert not report.feed_failed and len(report.created) == 1
    assert _waits(feed) == dt.timedelta(minutes=30) and feed.failed_polls == 0


def test_a_failing_item_is_no_failed_poll_but_a_document_that_is_no_feed_is(server):
    title, _body = article_body(2)
    server.add(
        "/feed.xml", rss([(title, server.url("/n/missing.html"), DAY)]), "application/rss+xml"
    )
    feed = Feed.objects.create(
        url=server.url("/feed.xml"), outlet="Local", poll_interval_minutes=10
    )
    report = poll_feed(feed, process=False)
    assert report.errors and not report.feed_failed
    assert _waits(feed) == dt.timedelta(minutes=10)
    server.add("/feed.xml", b"<html><body>Not a feed</body></html>")
    poll_feed(feed, process=False)
    assert feed.failed_polls == 1 and _waits(feed) == dt.timedelta(minutes=20)


def test_an_interval_longer_than_the_cap_is_kept_and_an_edit_keeps_the_backoff(server, settings):
    settings.FEED_BACKOFF_MAX_MINUTES = 60
    server.add_route("/feed.xml", lambda: (404, {}, b""))
    feed = Feed.objects.create(
        url=server.url("/feed.xml"), outlet="Local", poll_interval_minutes=90
    )
    poll_feed(feed, process=False)
    assert _waits(feed) == dt.timedelta(minutes=90)
    feed.poll_interval_minutes = 20
    feed.save()  # as the admin saves it: the next poll counts from the last one, backoff included
    assert _waits(feed) == dt.timedelta(minutes=40)


def test_the_command_and_the_admin_show_the_failures_in_a_row(server, client, django_user_model):
    server.add_route("/feed.xml", lambda: (500, {}, b""))
    feed = Feed.objects.create(url=server.url("/feed.xml"), outlet="Down Outlet")
    err = io.StringIO()
    for _ in range(2):
        with pytest.raises(CommandError):
            call_command("poll_feeds", "--no-process", stdout=io.StringIO(), stderr=err)
    assert "the feed failed 2 poll(s) in a row" in err.getvalue()
    staff = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(staff)
    page = client.get(reverse("admin:articles_feed_changelist")).content.decode()
    assert "failed polls in a row" in page.lower()
    row = page[page.index("Down Outlet") :]
    assert '<td class="field-failed_polls">2</td>' in row
    detail = client.get(reverse("admin:articles_feed_change", args=[feed.pk])).content.decode()
    assert "Failed polls in a row" in detail
