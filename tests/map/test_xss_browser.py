"""Markup inside article data is shown as text on every page and never runs."""

from __future__ import annotations

import pytest

from tests.map.factory import make_article, make_mention, make_place, make_statement

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

IMG = '<img src=x onerror="window.__pwned=1;alert(1)">'
SCRIPT = "<script>window.__pwned=2;alert(2)</script>"


@pytest.fixture
def hostile(transactional_db):
    place = make_place("Hostileville", 39.2, 36.1, curated=True)
    place.add_name(IMG + "town")
    text = (
        f'Fighting near {IMG}town was reported. {SCRIPT} said a man: "{IMG} {SCRIPT} we will win".'
    )
    article = make_article(text, title=f"{SCRIPT}{IMG} headline")
    make_mention(article, place, IMG + "town")
    quote = f"{IMG} {SCRIPT} we will win"
    statement = make_statement(
        article, quote, places=[place], speaker_name=SCRIPT, speaker_role=IMG
    )
    return article, statement, place


def assert_never_ran(page, dialogs):
    assert page.evaluate("() => window.__pwned === undefined")
    assert dialogs == []
    assert page.locator("img[src=x]").count() == 0
    assert page.locator('script:not([src]):not([type="application/json"])').count() == 0


def test_it_shows_payloads_as_text_on_the_map(hostile, live_server, page):
    _article, statement, _place = hostile
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{live_server.url}/?lat=36.1&lng=39.2&z=9&sel=statement-{statement.pk}")
    page.wait_for_selector("body[data-ready=true]")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert IMG in popup.inner_text() and SCRIPT in popup.inner_text()
    page.get_by_label("Find a place or actor").fill(IMG + "town")
    page.get_by_role("button", name="Go", exact=True).click()
    page.wait_for_selector("#search-results button")
    assert "Hostileville" in page.locator("#search-status").inner_text()
    place_popup = page.locator(".leaflet-popup-content", has_text="Mentions")
    place_popup.wait_for()
    place_popup.locator("li a").first.wait_for()
    assert IMG + "town" in place_popup.locator("li a").first.inner_text()
    assert_never_ran(page, dialogs)


def test_it_shows_payloads_as_text_in_the_event_feed(hostile, live_server, page):
    _article, statement, _place = hostile
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{live_server.url}/?lat=36.1&lng=39.2&z=9")
    page.wait_for_selector("body[data-feed-ready=true]")
    item = page.locator(f'[data-feed-id="statement-{statement.pk}"]')
    assert SCRIPT in item.inner_text() and IMG in item.inner_text()
    grouped = page.locator("#feed-list li.feed-mentions").first
    assert "Hostileville" in grouped.inner_text() and IMG in grouped.inner_text()
    item.get_by_role("button").click()
    page.locator(".leaflet-popup-content blockquote").wait_for()
    assert_never_ran(page, dialogs)


def test_it_shows_payloads_as_text_in_the_article_view(hostile, live_server, page):
    article, statement, _place = hostile
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(
        f"{live_server.url}/articles/{article.pk}/?start={statement.start}&end={statement.end}"
    )
    assert page.locator("#article-title").inner_text() == f"{SCRIPT}{IMG} headline"
    assert page.title().startswith(SCRIPT)
    assert IMG + "town" in page.locator(".hl-place").all_inner_texts()
    assert "".join(page.locator("mark.hl-source").all_inner_texts()) == statement.quote
    page.wait_for_selector("path.cm-article-place")
    assert_never_ran(page, dialogs)


def test_it_sends_a_strict_content_security_policy(live_server, page, transactional_db):
    response = page.goto(live_server.url + "/")
    csp = response.headers["content-security-policy"]
    script_src = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
