"""The map page in Debian Chromium: markers, layers, filters, time slider, popups, permalinks,
search.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from urllib.parse import parse_qs, urlsplit

import pytest

from articles.models import Actor, Campaign, FrontLine, Statement
from places.models import Place
from tests.map.factory import make_frontline

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def wait_until(page, expression: str, timeout: float = 10.0) -> None:
    """Poll a JS expression from Python: the page's CSP forbids the eval wait_for_function uses."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(f"() => Boolean({expression})"):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression}")
        time.sleep(0.1)


def wait_reload(page):
    """After a filter or date change: wait until every reload started so far is drawn. A change
    reloads at once (map.js), so the reload it started may already be drawn by now."""
    started = page.evaluate("() => Number(document.body.dataset.reloadsStarted || 0)")
    wait_until(page, f"Number(document.body.dataset.reloadsDone || 0) >= {started}", 15)


def test_it_opens_the_map_with_the_raqqa_marker(seeded, open_map):
    raqqa = Place.objects.get(geonameid=172955)
    page = open_map("?lat=36&lng=39&z=9")
    marker = page.locator(f"path.cm-place-{raqqa.pk}")
    assert marker.count() == 1 and marker.is_visible()
    marker.hover()
    assert page.locator(".leaflet-tooltip", has_text="Raqqa").first.is_visible()
    assert "GeoNames" in page.locator(".leaflet-control-attribution").inner_text()
    assert "Natural Earth" in page.locator(".leaflet-control-attribution").inner_text()
    assert page.script_errors == []


def test_it_draws_rivers_as_lines_and_the_offline_basemap(seeded, open_map):
    euphrates = Place.objects.get(source_id__icontains="Euphrates")
    page = open_map()
    d = page.locator(f"path.cm-place-{euphrates.pk}").get_attribute("d")
    assert d.count("L") > 20  # a real polyline, not a marker
    # Countries, lakes and rivers come from static/basemap (no network).
    wait_until(
        page,
        "document.body.dataset.basemapcountries && document.body.dataset.basemaprivers"
        " && document.body.dataset.basemaplakes",
    )
    assert page.locator(".leaflet-basemap-pane canvas").count() == 1


def test_it_toggles_layers(seeded, open_map):
    page = open_map()
    assert page.locator(".cm-statement").count() == 5
    assert page.locator("path.cm-frontline").count() == 2
    page.get_by_label("Statements").uncheck()
    assert page.locator(".cm-statement").count() == 0
    page.get_by_label("Front lines").uncheck()
    assert page.locator("path.cm-frontline").count() == 0
    assert "layers=places%2Ccampaigns" in page.url or "layers=places,campaigns" in page.url
    page.get_by_label("Statements").check()
    wait_until(page, "document.querySelectorAll('.cm-statement').length === 5")


def test_it_hides_other_actors_features_when_filtering_by_actor(seeded, open_map):
    sdf = Actor.objects.get(name="Syrian Democratic Forces")
    mosul_offensive = Campaign.objects.get(name="Mosul offensive")
    anger = Campaign.objects.get(name="Euphrates Anger")
    page = open_map()
    assert page.locator(f"path.cm-campaign-{mosul_offensive.pk}").count() >= 1
    page.get_by_label("Actor", exact=True).select_option(label="Syrian Democratic Forces")
    wait_reload(page)
    assert page.locator(f"path.cm-campaign-{mosul_offensive.pk}").count() == 0
    assert page.locator(f"path.cm-campaign-{anger.pk}").count() >= 1
    mosul_front = FrontLine.objects.get(name="Mosul front")
    assert page.locator(f"path.cm-frontline-{mosul_front.pk}").count() == 0
    assert page.locator("path.cm-frontline").count() == 1
    speakers = set(Statement.objects.filter(speaker_actor=sdf).values_list("pk", flat=True))
    drawn = {
        int(re.search(r"cm-statement-(\d+)", c).group(1))
        for c in page.locator(".cm-statement").evaluate_all("els => els.map(e => e.className)")
    }
    assert drawn == speakers
    assert f"actor={sdf.pk}" in page.url


def test_it_changes_the_front_lines_with_the_time_slider(seeded, open_map):
    sdf, isis = (
        Actor.objects.get(name="Syrian Democratic Forces"),
        Actor.objects.get(name="Islamic State"),
    )
    old = make_frontline(
        sdf,
        isis,
        name="October Raqqa front",
        valid_from=dt.date(2016, 10, 1),
        valid_to=dt.date(2016, 11, 4),
        coords=((38.6, 36.6), (39.4, 36.55)),
    )
    page = open_map()
    current = FrontLine.objects.get(name="Raqqa northern front")
    assert page.locator(f"path.cm-frontline-{current.pk}").count() == 1
    assert page.locator(f"path.cm-frontline-{old.pk}").count() == 0
    slider = page.get_by_label("Showing up to")
    slider.focus()
    page.keyboard.press("Home")  # the first day of the range: 2016-10-01
    wait_reload(page)
    assert page.locator("#time-label").inner_text() == "2016-10-01"
    assert page.locator(f"path.cm-frontline-{old.pk}").count() == 1
    assert page.locator(f"path.cm-frontline-{current.pk}").count() == 0
    assert "date=2016-10-01" in page.url


def test_it_shows_mcgurks_quote_and_name_in_the_statement_popup(seeded, open_map):
    st = Statement.objects.get(speaker_name="Brett McGurk")
    page = open_map("?lat=36&lng=39&z=8")
    page.locator(f".cm-statement-{st.pk}").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "When it comes to Raqqa I want to make very clear" in popup.inner_text()
    assert "Brett McGurk" in popup.inner_text()
    assert "Special Envoy" in popup.inner_text()
    assert "Global Coalition to Counter ISIS" in popup.inner_text()
    href = popup.get_by_role("link").first.get_attribute("href")
    assert href == f"/articles/{st.article_id}/?start={st.start}&end={st.end}#source"
    assert f"sel=statement-{st.pk}" in page.url


def test_it_restores_the_view_from_a_permalink(seeded, open_map):
    sdf = Actor.objects.get(name="Syrian Democratic Forces")
    st = Statement.objects.get(speaker_actor=sdf)
    query = (
        f"?lat=36.1000&lng=39.2000&z=9&layers=places,statements&from=2016-11-01&to=2016-11-06"
        f"&date=2016-11-06&actor={sdf.pk}&kind=settlement&conf=0.5&sel=statement-{st.pk}"
    )
    page = open_map(query)
    assert page.get_by_label("Statements").is_checked()
    assert not page.locator("input[name=layer][value=campaigns]").is_checked()
    assert not page.get_by_label("Front lines").is_checked()
    assert page.get_by_label("Actor", exact=True).input_value() == str(sdf.pk)
    assert page.get_by_label("Place kind").input_value() == "settlement"
    assert page.locator("#date-from").input_value() == "2016-11-01"
    assert page.locator("#time-label").inner_text() == "2016-11-06"
    assert page.locator("#confidence-label").inner_text() == "0.50"
    page.locator(".leaflet-popup-content").wait_for()
    assert "Raqqa" in page.locator(".leaflet-popup-content").inner_text()
    state = parse_qs(urlsplit(page.url).query)
    assert state["z"] == ["9"] and state["sel"] == [f"statement-{st.pk}"]
    assert float(state["lat"][0]) == pytest.approx(36.1, abs=0.05)
    # Panning updates the link so it can be copied.
    page.locator("#map").focus()
    page.keyboard.press("ArrowLeft")
    wait_until(page, "!location.search.includes('lng=39.2000')")


@pytest.mark.parametrize("query,expected", [("Daesh", "Islamic State"), ("Ar-Raqqah", "Raqqa")])
def test_it_finds_places_and_actors_by_alias(seeded, open_map, query, expected):
    page = open_map()
    page.get_by_label("Find a place or actor").fill(query)
    page.get_by_role("button", name="Go", exact=True).click()
    wait_until(page, "document.getElementById('search-status').textContent.length > 0")
    assert page.locator("#search-status").inner_text().startswith(expected)
    wait_until(page, "!location.search.includes('z=6&')", timeout=5)


def test_it_fits_a_phone_screen(seeded, browser, live_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(live_server.url + "/")
    page.wait_for_selector("body[data-ready=true]")
    toggle = page.get_by_role("button", name="Controls")
    assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    assert not page.get_by_label("Actor", exact=True).is_visible()
    toggle.click()
    assert page.get_by_label("Actor", exact=True).is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_it_reaches_every_feature_from_the_keyboard(seeded, open_map):
    page = open_map()
    page.locator("#feature-index summary").focus()
    page.keyboard.press("Enter")
    button = page.get_by_role("button", name="Statement: Brett McGurk on Raqqa")
    button.focus()
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content", has_text="Brett McGurk")
    popup.wait_for()
    assert "When it comes to Raqqa" in popup.inner_text()
    assert (
        page.get_by_role("button", name=re.compile("^Front line: Raqqa northern front")).count()
        == 1
    )
    assert page.get_by_role("button", name=re.compile("^Raqqa · ")).count() == 1
    page.get_by_label("Statements").uncheck()
    assert page.get_by_role("button", name=re.compile("^Statement:")).count() == 0


def popup_title(entry: str) -> str:
    """The name its popup shows for a feature list entry ('Campaign: Mosul offensive → Mosul')."""
    name = re.sub(r"^(Campaign|Front line|Statement): ", "", entry)
    return re.split(r" · | → | on ", name)[0]


def test_it_opens_every_entry_of_the_feature_list_without_errors(seeded, open_map):
    # Entries threw "Cannot use 'in' operator to search for '_leaflet_id' in undefined" on every
    # later move once a click had asked markercluster to show a place that a reload then replaced.
    page = open_map()
    page.locator("#feature-index summary").click()
    entries = page.locator("#feature-list button").all_inner_texts()
    assert len(entries) >= 10  # places, campaigns, front lines and statements of the seeds
    for entry in entries:  # quick succession, as a keyboard user clicks through the list
        page.locator("#feature-list button", has_text=entry).first.click()
        page.wait_for_timeout(150)
    page.wait_for_timeout(1500)  # the last fly-to ends, and its moveend handlers run
    assert page.script_errors == []
    titles = page.locator(".leaflet-popup-content h3, .leaflet-popup-content .speaker")
    for entry in entries:  # one at a time: each opens its own popup
        page.locator("#feature-list button", has_text=entry).first.click()
        title = re.compile(rf"^(Unknown speaker, )?{re.escape(popup_title(entry))}(,|$)")
        titles.filter(has_text=title).first.wait_for(timeout=10000)
    page.wait_for_timeout(1500)
    assert page.script_errors == []
