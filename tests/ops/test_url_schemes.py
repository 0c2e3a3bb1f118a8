"""Only http and https URLs are stored or rendered as links (issue 11, finding 6): ingest of every
format, the admin's article form, the API, the article page and the events export."""

from __future__ import annotations

import datetime as dt
import json
from importlib import import_module
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.gis.geos import Point
from django.core.management import call_command

from articles.importexport import export_events_csv
from articles.ingest import ingest_paths
from articles.models import Article, Mention
from places.models import Place

pytestmark = pytest.mark.django_db

TEXT = "Houthi rebels launched an offensive on Marib on Monday, officials said.\n"
HOSTILE = [
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "ftp://example.org/story",
    "javascript://example.org/%0aalert(1)",
    "//evil.example.org/x",
    "example.org/no-scheme",
]


def _feed(link: str) -> str:
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
      <item><title>Marib</title><link>{link}</link><pubDate>Mon, 15 Feb 2021 10:00:00 GMT</pubDate>
        <description>{TEXT} {link}</description></item></channel></rss>"""


@pytest.mark.parametrize("link", HOSTILE)
def test_it_stores_feed_items_without_a_link_that_is_not_http(tmp_path, link):
    (tmp_path / "feed.rss").write_text(
        _feed(link.replace("&", "&amp;").replace("<", "&lt;")), encoding="utf-8"
    )
    out, err = StringIO(), StringIO()
    call_command(
        "ingest", str(tmp_path / "feed.rss"), "--no-process", "-v", "0", stdout=out, stderr=err
    )
    article = Article.objects.get()
    assert article.url is None and article.text.startswith("Houthi rebels")
    assert "is not an http(s) URL; stored without it" in err.getvalue()


def test_it_refuses_unsafe_links_in_every_ingest_format(tmp_path):
    (tmp_path / "a.txt").write_text(
        f"Title: A\nDate: 2021-02-15\nURL: javascript:alert(1)\n\n{TEXT}A", encoding="utf-8"
    )
    (tmp_path / "b.jsonl").write_text(
        json.dumps(
            {
                "title": "B",
                "published_at": "2021-02-15",
                "text": TEXT + "B",
                "url": "data:text/html,<b>x</b>",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "c.jsonl").write_text(
        json.dumps(
            {
                "title": "C",
                "published_at": "2021-02-15",
                "text": TEXT + "C",
                "url": ["https://example.org/list"],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "d.html").write_text(
        '<html><head><title>D</title><link rel="canonical" href="javascript:alert(1)">'
        '<meta property="article:published_time" content="2021-02-15"></head><body><article>'
        f"<p>{TEXT * 3}</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "e.jsonl").write_text(
        json.dumps(
            {
                "title": "E",
                "published_at": "2021-02-15",
                "text": TEXT + "E",
                "url": "https://example.org/e",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    report = ingest_paths([str(tmp_path)])
    assert report.skipped == [] and report.created_count == 5
    assert dict(Article.objects.values_list("title", "url")) == {
        "A": None,
        "B": None,
        "C": None,
        "D": None,
        "E": "https://example.org/e",
    }
    assert (
        len(report.warnings) == 3
    )  # the canonical javascript: link of d.html is not even read as a URL


def _bad_row() -> Article:
    """An article stored before links were checked (bypassing the model's validation)."""
    article = Article.objects.create(
        title="Old", published_at=dt.datetime(2021, 2, 15, tzinfo=dt.UTC), text=TEXT
    )
    Article.objects.filter(pk=article.pk).update(url="javascript:alert(1)")
    return article


def test_it_shows_an_old_unsafe_link_as_text_on_the_article_page(client):
    article = _bad_row()
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert 'href="javascript:' not in html
    assert "original (not a web link): javascript:alert(1)" in html


def test_it_links_an_http_source_on_the_article_page(client):
    article = Article.objects.create(
        title="New",
        url="https://example.org/new",
        text=TEXT,
        published_at=dt.datetime(2021, 2, 15, tzinfo=dt.UTC),
    )
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert '<a href="https://example.org/new" rel="noopener noreferrer">original</a>' in html


def test_it_returns_null_for_an_old_unsafe_link_in_the_api(client):
    _bad_row()
    Article.objects.create(
        title="New",
        url="https://example.org/new",
        text=TEXT + "2",
        published_at=dt.datetime(2021, 2, 14, tzinfo=dt.UTC),
    )
    results = client.get("/api/articles.json").json()["results"]
    assert [(r["title"], r["source_url"]) for r in results] == [
        ("Old", None),
        ("New", "https://example.org/new"),
    ]


def test_it_leaves_an_old_unsafe_link_out_of_the_events_export():
    article = _bad_row()
    marib = Place.objects.create(
        name="Marib", kind=Place.Kind.SETTLEMENT, point=Point(45.32, 15.45, srid=4326)
    )
    start = article.text.index("Marib")
    Mention.objects.create(
        article=article,
        start=start,
        end=start + 5,
        text="Marib",
        place=marib,
        status=Mention.Status.RESOLVED,
        confidence=0.9,
    )
    text, count = export_events_csv()
    assert count == 1 and "javascript" not in text


@pytest.mark.parametrize(
    "link", ["ftp://example.org/story", "javascript://example.org/%0aalert(1)", "data:text/html,x"]
)
def test_it_refuses_an_unsafe_link_in_the_admin_article_form(client, alice, link):
    article = Article.objects.create(
        title="New", text=TEXT, published_at=dt.datetime(2021, 2, 15, tzinfo=dt.UTC)
    )
    client.force_login(alice, backend="django.contrib.auth.backends.ModelBackend")
    response = client.post(
        f"/admin/articles/article/{article.pk}/change/",
        {
            "title": "New",
            "url": link,
            "outlet": "",
            "published_at_0": "2021-02-15",
            "published_at_1": "00:00:00",
            "text": TEXT,
            "language": "en",
        },
    )
    assert response.status_code == 200  # the form again, with the error
    assert (
        "Enter a valid URL." in response.content.decode()
        or "http:// or https://" in response.content.decode()
    )
    article.refresh_from_db()
    assert article.url is None


def test_it_accepts_an_https_link_in_the_admin_article_form(client, alice):
    article = Article.objects.create(
        title="New", text=TEXT, published_at=dt.datetime(2021, 2, 15, tzinfo=dt.UTC)
    )
    client.force_login(alice, backend="django.contrib.auth.backends.ModelBackend")
    response = client.post(
        f"/admin/articles/article/{article.pk}/change/",
        {
            "title": "New",
            "url": "https://example.org/ok",
            "outlet": "",
            "published_at_0": "2021-02-15",
            "published_at_1": "00:00:00",
            "text": TEXT,
            "language": "en",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()
    assert article.url == "https://example.org/ok"


def test_the_migration_clears_stored_links_that_are_not_http():
    old = _bad_row()
    good = Article.objects.create(
        title="New",
        url="https://example.org/new",
        text=TEXT + "2",
        published_at=dt.datetime(2021, 2, 14, tzinfo=dt.UTC),
    )
    migration = import_module("articles.migrations.0004_article_url_http_only")
    migration.clear_unsafe_links(apps, None)
    assert dict(Article.objects.values_list("pk", "url")) == {
        old.pk: None,
        good.pk: "https://example.org/new",
    }
