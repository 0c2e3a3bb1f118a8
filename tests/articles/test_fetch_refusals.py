"""Feed and page URLs that point inside the host or its network are refused before connecting.

A staff member's feed URL or "Add article" URL must not make the server fetch its own services
(a database console on localhost, a cloud metadata endpoint on 169.254.169.254).
"""

from __future__ import annotations

import pytest

from articles.fetch import FetchError, fetch
from articles.models import Article, Feed
from tests.articles.feed_server import FeedServer, page_html
from tests.articles.test_feeds import poll


@pytest.fixture
def server(settings):
    settings.FEED_ALLOW_PRIVATE_ADDRESSES = False
    server = FeedServer()
    server.add("/page.html", page_html("Title", "Body text of a page."))
    yield server
    server.close()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_hosts_are_refused_without_a_request(server, host):
    with pytest.raises(FetchError, match=r"refused: .* private or local address"):
        fetch(server.url("/page.html", host=host), max_bytes=10_000)
    assert server.requests["/page.html"] == 0


@pytest.mark.parametrize(
    "url", ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/", "http://[::1]:9/"]
)
def test_link_local_private_and_ipv6_loopback_addresses_are_refused(server, url):
    with pytest.raises(FetchError, match="refused"):
        fetch(url, max_bytes=10_000)


def test_the_setting_lets_an_intranet_source_through(server, settings):
    settings.FEED_ALLOW_PRIVATE_ADDRESSES = True
    assert b"Body text" in fetch(server.url("/page.html"), max_bytes=10_000).body


@pytest.mark.django_db
def test_a_poll_reports_the_refused_feed_and_stores_nothing(server):
    Feed.objects.create(url=server.url("/feed.xml"), outlet="Inside")
    _out, err, status = poll("--no-process")
    assert status == 1 and "refused: 127.0.0.1 is a private or local address" in err
    assert server.requests["/feed.xml"] == 0 and Article.objects.count() == 0
