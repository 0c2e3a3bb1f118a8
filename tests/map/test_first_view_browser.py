"""Honest defaults (issue 16): the first view fits the data, countries (shaded instead) and
unmentioned regions stay off the point layer, campaign labels do not pile up."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest

from places.models import Place
from tests.map.factory import make_article, make_mention, make_place
from tests.map.test_map_browser import wait_until

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def sudan(seeded):
    """Reports from Sudan ingested after the seed: the newest week of data."""
    khartoum = make_place("Khartoum", 32.53, 15.55, population=1_974_647, country_code="SD")
    fasher = make_place("El Fasher", 25.35, 13.63, population=217_827, country_code="SD")
    for day, place in ((20, khartoum), (21, fasher), (22, khartoum)):
        article = make_article(
            f"Clashes were reported in {place.name} on {day} November.",
            title=f"Sudan report {day}",
            published_at=dt.datetime(2016, 11, day, 8, tzinfo=dt.UTC),
        )
        make_mention(article, place)
    return khartoum, fasher


def view_of(page) -> tuple[float, float, int]:
    wait_until(page, "location.search.includes('lat=')")
    query = parse_qs(urlsplit(page.url).query)
    return float(query["lat"][0]), float(query["lng"][0]), int(query["z"][0])


def on_screen(page, selector: str) -> bool:
    if page.locator(selector).count() == 0:  # markercluster drops markers far off screen
        return False
    box = page.locator(selector).bounding_box()
    size = page.viewport_size
    return bool(box) and 0 <= box["x"] <= size["width"] and 0 <= box["y"] <= size["height"]


def test_the_first_view_fits_freshly_ingested_data_elsewhere(sudan, open_map):
    khartoum, fasher = sudan
    raqqa = Place.objects.get(geonameid=172955)
    page = open_map()
    lat, lng, zoom = view_of(page)
    assert 12 < lat < 17 and 24 < lng < 34 and zoom >= 4
    assert on_screen(page, f"path.cm-place-{khartoum.pk}")
    assert on_screen(page, f"path.cm-place-{fasher.pk}")
    assert not on_screen(page, f"path.cm-place-{raqqa.pk}")
    # A chosen period fits that period's data: the seed's, in Syria and Iraq.
    page = open_map("?from=2016-11-01&to=2016-11-06")
    lat, lng, _zoom = view_of(page)
    assert 33 < lat < 38 and 37 < lng < 45
    assert on_screen(page, f"path.cm-place-{raqqa.pk}")
    assert page.script_errors == []


def client_countries(page) -> list[str]:
    return page.evaluate(
        "() => fetch(window.conflictMap.config.api.countries).then(r => r.json())"
        ".then(d => d.countries.map(c => c.code))"
    )


def test_countries_and_unmentioned_regions_stay_off_the_map(seeded, open_map):
    syria = Place.objects.get(name="Syria", kind="country")
    kurdistan = Place.objects.get(name="Kurdistan Region")  # curated, no article names it
    northern = Place.objects.get(name="Northern Syria")  # named in the seed article
    page = open_map("?lat=36&lng=40&z=6")
    assert page.locator(f".cm-place-{syria.pk}").count() == 0
    assert page.locator(f".cm-place-{kurdistan.pk}").count() == 0
    assert page.locator(f".cm-place-{northern.pk}").count() == 1
    # Named as a whole, Syria shades its outline instead (with the count in its tooltip).
    shade = page.locator("path.cm-country-SY")
    shade.wait_for()
    assert page.locator("path.cm-country").count() == len(client_countries(page)), (
        "one shaded outline per country the articles name"
    )
    page = open_map("?lat=36&lng=40&z=6&kind=country")
    assert page.locator(f".cm-place-{syria.pk}").count() == 1


def test_a_country_shading_does_not_look_like_territorial_control(seeded, open_map):
    """Countries were shaded in the same pink as control areas (and the place markers): a
    reader could not tell "Syria was named" from "someone holds this". Dots inside a dotted
    border now, with their own entry in the legend."""
    page = open_map("?lat=36&lng=40&z=6")
    shade = page.locator("path.cm-country-SY")
    shade.wait_for()
    assert shade.get_attribute("fill") == "url(#cm-country-dots)"
    assert shade.get_attribute("stroke-dasharray") == "1 4"
    stroke = shade.get_attribute("stroke")
    control = page.locator(".swatch-control").evaluate("e => getComputedStyle(e).backgroundImage")
    assert stroke.lower() not in control.lower()  # not a control colour
    key = page.locator("#layers .swatch-country")
    assert key.is_visible()
    assert "Country named as a whole" in page.locator("#layers").inner_text()
    assert page.script_errors == []


def test_campaign_labels_do_not_overlap_at_world_zoom(seeded, open_map):
    page = open_map("?lat=30&lng=30&z=2")
    wait_until(page, "document.querySelectorAll('.campaign-tooltip').length >= 2")
    boxes = page.locator(".campaign-tooltip:not(.cm-label-hidden)").evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect();"
        " return [r.left, r.top, r.right, r.bottom]; })"
    )
    assert boxes
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
    hidden = page.locator(".campaign-tooltip.cm-label-hidden").count()
    assert hidden + len(boxes) == page.locator(".campaign-tooltip").count()
