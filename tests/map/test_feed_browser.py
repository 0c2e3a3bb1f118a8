"""The event feed beside the map, in Debian Chromium: newest first, following the time slider
and the view, and opening an item's popup on the map."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.models import Statement
from places.models import Place
from tests.map.factory import make_article, make_place, make_statement
from tests.map.test_map_browser import wait_until

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def later_statement(seeded):
    article = make_article(
        'An official said: "Talks will resume in Geneva next week." Newtown was calm.',
        title="Talks",
        outlet="Later Outlet",
        published_at=dt.datetime(2016, 11, 20, 9, tzinfo=dt.UTC),
    )
    newtown = make_place("Newtown", 39.3, 36.1, curated=True)
    return make_statement(
        article,
        "Talks will resume in Geneva next week.",
        places=[newtown],
        speaker_name="Ann Official",
    )


def feed_ids(page) -> list[str]:
    return page.locator("#feed-list li").evaluate_all("nodes => nodes.map(n => n.dataset.feedId)")


def statement_ids(page) -> list[str]:
    return [i for i in feed_ids(page) if i.startswith("statement-")]


def test_the_feed_lists_statements_newest_first_and_follows_the_slider(later_statement, open_map):
    page = open_map("?lat=36&lng=40&z=6")
    page.wait_for_selector("body[data-feed-ready=true]")
    seed = [f"statement-{pk}" for pk in Statement.objects.exclude(pk=later_statement.pk)
            .order_by("-pk").values_list("pk", flat=True)]  # fmt: skip
    assert statement_ids(page) == [f"statement-{later_statement.pk}", *seed]
    first = page.locator("#feed-list li").first
    assert "2016-11-20" in first.inner_text() and "Later Outlet" in first.inner_text()
    assert "Ann Official" in first.inner_text()
    assert "Talks will resume in Geneva" in first.inner_text()
    mcgurk = page.locator("#feed-list li", has_text="Brett McGurk")
    assert "When it comes to Raqqa" in mcgurk.inner_text()
    assert (
        "corroborating article" in mcgurk.inner_text() or "no other article" in mcgurk.inner_text()
    )
    # Five days back on the slider: the statement of the 20th leaves the feed.
    page.get_by_label("Showing up to").focus()
    for _ in range(5):
        page.keyboard.press("ArrowLeft")
    wait_until(
        page, f"!document.querySelector('[data-feed-id=\"statement-{later_statement.pk}\"]')"
    )
    wait_until(page, "document.body.dataset.feedReady === 'true'")
    assert page.locator("#time-label").inner_text() == "2016-11-15"
    assert statement_ids(page) == seed
    assert page.script_errors == []


def test_the_feed_follows_the_view(later_statement, open_map):
    mosul = "Mosul offensive began"
    page = open_map("?lat=36&lng=40&z=6")
    page.wait_for_selector("body[data-feed-ready=true]")
    assert page.locator("#feed-list li", has_text=mosul).count() == 1
    page.goto(page.url.replace("lng=40", "lng=38.5").replace("z=6", "z=9"))
    page.wait_for_selector("body[data-feed-ready=true]")
    assert page.locator("#feed-list li", has_text=mosul).count() == 0
    assert page.locator("#feed-list li", has_text="Euphrates Anger began").count() == 1


def test_clicking_an_item_flies_to_it_and_opens_its_popup(later_statement, open_map):
    page = open_map("?lat=30&lng=20&z=4")  # zoomed out far away: the markers are clustered
    page.wait_for_selector("body[data-feed-ready=true]")
    page.locator("#feed-list li", has_text="Brett McGurk").get_by_role("button").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(timeout=15000)
    assert "When it comes to Raqqa" in popup.inner_text()
    wait_until(page, "location.search.indexOf('z=9') >= 0")
    # A group of mentions opens its place's popup, even while the places layer reloads.
    raqqa = Place.objects.get(geonameid=172955)
    page.locator("#feed-list li.feed-mentions").first.get_by_role("button").click()
    wait_until(page, f"location.search.indexOf('sel=place-{raqqa.pk}') >= 0")
    place_popup = page.locator(".leaflet-popup-content", has_text="Mentions")
    place_popup.wait_for(timeout=15000)
    assert place_popup.locator("h3").inner_text() == "Raqqa"
    assert page.script_errors == []
