"""The admin's "Add article" (text, file, URL) and the feed list, through Django's test client."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Actor, ActorAlias, ActorMention, Article, Feed, Mention, Statement
from tests.articles.feed_server import FeedServer, page_html
from tests.ops.corpus import make_places

pytestmark = pytest.mark.django_db
ADD = reverse("admin:articles_article_add")
TEXT = (
    "Fighters of the Syrian Democratic Forces entered Raqqa on Saturday as residents fled "
    "towards Tabqa.\n\n"
    "\u201cWe will hold Raqqa,\u201d a commander told reporters in Manbij."
)


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    # The users are created with passwords; the default hasher takes about a second each here.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def staff(client, alice):
    client.force_login(alice)
    return client


@pytest.fixture
def places():
    make_places()


@pytest.fixture
def server():
    server = FeedServer()
    yield server
    server.close()


def add(client, **fields):
    data = {"language": "en", "text": "", "url": "", "outlet": "", "published": "", **fields}
    return client.post(ADD, data)


def assert_found_page(response, article: Article) -> str:
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert response["Location"] == reverse("admin:articles_article_found", args=[article.pk])
    page = response.client.get(response["Location"]).content.decode()
    mention = Mention.objects.filter(article=article, place__name="Raqqa").first()
    assert mention is not None
    assert reverse("admin:articles_mention_change", args=[mention.pk]) in page
    assert reverse("admin:articles_mention_review") in page
    return page


def test_pasted_text_is_stored_processed_and_what_was_found_listed(staff, places):
    sdf = Actor.objects.create(name="Syrian Democratic Forces")
    ActorAlias.objects.create(actor=sdf, alias="Syrian Democratic Forces")
    response = add(staff, text=TEXT, title="Raqqa entered", outlet="Desk", published="2024-05-14")
    article = Article.objects.get()
    assert (article.title, article.outlet, article.published_at.date()) == (
        "Raqqa entered",
        "Desk",
        dt.date(2024, 5, 14),
    )
    assert article.processing_status == Article.ProcessingStatus.PROCESSED
    page = assert_found_page(response, article)
    statement = Statement.objects.get(article=article)
    assert reverse("admin:articles_statement_change", args=[statement.pk]) in page
    assert "We will hold Raqqa" in page and "Campaigns (" in page
    assert ActorMention.objects.filter(article=article, actor=sdf).exists()
    assert reverse("admin:articles_actor_change", args=[sdf.pk]) in page


def test_an_uploaded_html_file_is_dated_from_its_page(staff, places):
    html = page_html("Raqqa entered", TEXT, published="2023-03-02T10:00:00Z")
    upload = SimpleUploadedFile("report.html", html, content_type="text/html")
    response = add(staff, file=upload, outlet="Desk")
    article = Article.objects.get()
    assert article.published_at.date() == dt.date(2023, 3, 2)
    assert_found_page(response, article)


def test_a_url_is_downloaded_and_its_text_extracted(staff, server, places):
    server.add("/story.html", page_html("Raqqa entered", TEXT))
    response = add(staff, url=server.url("/story.html"), published="2024-01-09")
    article = Article.objects.get()
    assert article.url == server.url("/story.html") and "hold Raqqa" in article.text
    assert_found_page(response, article)
    # The same URL again, its page since edited: refused, with a link to the stored article.
    server.add("/story.html", page_html("Raqqa entered (updated)", TEXT + "\n\nMore soon."))
    page = add(staff, url=server.url("/story.html"), published="2024-01-09").content.decode()
    assert "Not stored: this article is already stored" in page
    assert reverse("admin:articles_article_change", args=[article.pk]) in page
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({}, "Give exactly one of: pasted text, a file or a URL."),
        ({"text": TEXT, "url": "https://example.org/a"}, "Give exactly one of"),
        ({"text": TEXT}, "No publication date found: give one in the date field"),
        ({"url": "javascript:alert(1)"}, "Enter a valid URL."),
        ({"published": "2024-13-40", "text": TEXT}, "Enter a valid date."),
    ],
)
def test_bad_input_is_a_form_error_and_nothing_is_stored(staff, fields, message):
    response = add(staff, **fields)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Article.objects.exists()


def test_a_binary_upload_a_dead_url_and_a_foreign_redirect_store_nothing(staff, server):
    png = SimpleUploadedFile("photo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    response = add(staff, file=png, published="2024-01-09")
    assert "upload a plain-text (.txt) or HTML (.html) file" in response.content.decode()
    response = add(staff, url=server.url("/missing.html"), published="2024-01-09")
    assert "Could not read the article: HTTP 404" in response.content.decode()
    away = server.url("/elsewhere.html", host="localhost")
    server.add_route("/moved.html", lambda: (301, {"Location": away}, b""))
    response = add(staff, url=server.url("/moved.html"), published="2024-01-09")
    assert "redirected to another host (localhost)" in response.content.decode()
    assert not Article.objects.exists()


def test_the_same_article_twice_is_refused_with_a_link_to_the_first(staff, places):
    add(staff, text=TEXT, published="2024-05-14")
    first = Article.objects.get()
    response = add(staff, text=TEXT, published="2024-05-15")
    page = response.content.decode()
    assert "Not stored: this article is already stored" in page
    assert reverse("admin:articles_article_change", args=[first.pk]) in page
    assert Article.objects.count() == 1


def test_only_staff_with_the_add_permission_reach_the_form(client, bob, charlie):
    client.force_login(charlie)
    assert client.get(ADD).status_code == 302  # to the admin login
    client.force_login(bob)
    assert client.get(ADD).status_code == 403
    assert add(client, text=TEXT, published="2024-05-14").status_code == 403
    assert not Article.objects.exists()


def test_the_feed_list_shows_each_feeds_last_poll_and_errors(staff):
    feed = Feed.objects.create(url="https://example.org/feed.xml", outlet="Example")
    Feed.objects.filter(pk=feed.pk).update(
        last_items_taken=4,
        items_taken_total=9,
        last_errors=["https://example.org/a: HTTP 404", "https://example.org/b: <b>timed out</b>"],
        last_polled_at=dt.datetime(2024, 5, 14, 9, tzinfo=dt.UTC),
    )
    listing = staff.get(reverse("admin:articles_feed_changelist")).content.decode()
    assert "Example" in listing and ">4<" in listing and ">9<" in listing and ">2<" in listing
    change = staff.get(reverse("admin:articles_feed_change", args=[feed.pk])).content.decode()
    assert "https://example.org/a: HTTP 404" in change
    assert "&lt;b&gt;timed out&lt;/b&gt;" in change and "<b>timed out" not in change
