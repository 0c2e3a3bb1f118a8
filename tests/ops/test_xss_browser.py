"""Stored XSS: 112 OWASP-style payloads in article titles, quotes, speaker names, place
names and aliases, actor names and aliases; Chromium opens every page that shows them
(the map with its popups, every article page, search results, the admin) and no script
may run: no dialog, no `window.__xss`, and no payload turned into markup."""

from __future__ import annotations

import pytest

from articles.models import FrontLine, Statement
from tests.ops.world import build_world
from tests.ops.xss_payloads import PAYLOADS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Markup that can only come from a payload: inline handlers, javascript: URLs, frames,
# inline scripts mentioning the payload actions. Escaped payloads are text (or attribute
# values of form inputs in the admin), which this does not flag.
FIND_INJECTED = """() => {
  const bad = [];
  for (const node of document.querySelectorAll('*')) {
    for (const attr of node.attributes) {
      const value = attr.value.trim().toLowerCase();
      if (/^on/i.test(attr.name)) bad.push(node.tagName + '[' + attr.name + ']');
      const name = attr.name.toLowerCase();
      if (['href', 'src', 'action', 'formaction', 'data', 'srcdoc'].includes(name)
          && (value.startsWith('javascript:') || attr.name === 'srcdoc')) {
        bad.push(node.tagName + '[' + attr.name + ']');
      }
    }
    if (['IFRAME', 'OBJECT', 'EMBED', 'BASE', 'MARQUEE'].includes(node.tagName)) {
      bad.push(node.tagName);
    }
    if (node.tagName === 'META' && /refresh/i.test(node.getAttribute('http-equiv') || '')) {
      bad.push('META refresh');
    }
    // json_script data blocks (type=application/json) legitimately hold escaped payloads as data.
    if (node.tagName.toLowerCase() === 'script' && !/json/i.test(node.type || '')
        && /alert\\(1\\)|__xss/.test(node.textContent)) bad.push('inline SCRIPT');
  }
  return {xss: window.__xss === 1, bad: bad.slice(0, 10)};
}"""


EMPTY_LAYER = '{"type": "FeatureCollection", "features": []}'


def guard(page):
    page.dialogs = []
    # The Natural Earth basemap holds no stored data; skipping it makes each page load fast.
    page.route(
        "**/static/basemap/*.geojson",
        lambda route: route.fulfill(status=200, content_type="application/json", body=EMPTY_LAYER),
    )
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    return page


def assert_clean(page, where: str) -> None:
    result = page.evaluate(FIND_INJECTED)
    assert not page.dialogs, f"{where}: a payload opened a dialog {page.dialogs[:3]}"
    assert not result["xss"], f"{where}: a payload set window.__xss"
    assert not result["bad"], f"{where}: payload markup reached the DOM: {result['bad']}"
    errors = page.script_errors
    assert not errors, f"{where}: script errors {errors[:3]}"


@pytest.fixture
def poisoned(transactional_db):
    return [build_world(payload, n=i) for i, payload in enumerate(PAYLOADS)]


@pytest.mark.django_db(transaction=True)
def test_it_runs_no_payload_on_the_map_its_popups_or_search(live_server, page, poisoned):
    guard(page)
    page.goto(live_server.url + "/")
    page.wait_for_selector("body[data-ready='true']", timeout=20_000)
    # Every layer was filled with the poisoned rows (not an empty map that proves nothing).
    for layer in ("places", "campaigns", "frontlines", "statements"):
        assert int(page.evaluate(f"document.body.dataset.loaded{layer} || '0'")) >= 1, layer
    assert_clean(page, "/")
    # The event feed lists the poisoned statements, campaigns and mentions as text; paging on
    # shows more of them.
    page.wait_for_selector("body[data-feed-ready='true']", timeout=20_000)
    assert page.locator("#feed-list li").count() >= 10
    for _ in range(3):
        if page.locator("#feed-more").is_disabled():
            break
        page.evaluate("delete document.body.dataset.feedReady")
        page.click("#feed-more")
        page.wait_for_selector("body[data-feed-ready='true']", timeout=20_000)
    assert_clean(page, "/ (feed)")

    # Open the popup of a spread of features of every kind through the ?sel= deep link.
    sample = poisoned[:: max(1, len(poisoned) // 6)]
    statements = {s.article_id: s.pk for s in Statement.objects.all()}
    for row in sample:
        article = row["article"]
        frontline = FrontLine.objects.filter(source_article=article).first()
        for sel in (
            f"place-{row['place'].pk}",
            f"campaign-{row['campaign'].pk}",
            f"frontline-{frontline.pk}",
            f"statement-{statements[article.pk]}",
        ):
            page.goto(
                f"{live_server.url}/?sel={sel}&z=9&lat={row['place'].lat}&lng={row['place'].lon}"
            )
            page.wait_for_selector("body[data-ready='true']", timeout=20_000)
            assert_clean(page, f"/?sel={sel}")

    # Search results render names and aliases.
    page.goto(live_server.url + "/")
    page.wait_for_selector("body[data-ready='true']", timeout=20_000)
    for row in sample:
        page.fill("#search-input", row["place"].name[:30])
        page.press("#search-input", "Enter")
        page.wait_for_timeout(250)
        assert_clean(page, f"search {row['place'].name[:30]!r}")


@pytest.mark.django_db(transaction=True)
def test_it_runs_no_payload_on_any_article_page(live_server, page, poisoned):
    guard(page)
    for row in poisoned:
        article = row["article"]
        page.goto(f"{live_server.url}/articles/{article.pk}/")
        assert_clean(page, f"/articles/{article.pk}/")
        # The payload is shown, as text, not swallowed.
        assert article.title in page.inner_text("body")


@pytest.mark.django_db(transaction=True)
def test_it_runs_no_payload_in_the_admin(live_server, page, poisoned, alice):
    guard(page)
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "alice")
    page.fill("#id_password", "alice-password-1")
    page.click("input[type=submit]")
    page.wait_for_url(lambda url: "/admin/login/" not in url)
    row = poisoned[5]
    pages = [
        "/admin/articles/article/",
        "/admin/articles/actor/",
        "/admin/articles/actoralias/",
        "/admin/articles/statement/",
        "/admin/articles/mention/",
        "/admin/articles/campaign/",
        "/admin/articles/frontline/",
        "/admin/places/place/",
        "/admin/places/placename/",
        f"/admin/articles/article/{row['article'].pk}/change/",
        f"/admin/articles/actor/{row['actor'].pk}/change/",
        f"/admin/articles/statement/{row['statement'].pk}/change/",
        f"/admin/articles/campaign/{row['campaign'].pk}/change/",
        f"/admin/places/place/{row['place'].pk}/change/",
    ]
    visited = 0
    for path in pages:
        response = page.goto(live_server.url + path)
        if response.status == 404:  # model not registered in the admin
            continue
        assert response.status == 200, path
        visited += 1
        assert_clean(page, path)
    assert visited >= 5, "the admin shows too few of the poisoned models to test"
