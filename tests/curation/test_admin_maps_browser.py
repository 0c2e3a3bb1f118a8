"""The admin's map widgets in Debian Chromium: they open around the object, a new place is
placed by clicking the map, and merging far-apart places shows them on a map and asks first."""

from __future__ import annotations

import pytest

from places.models import Place
from tests.map.factory import make_place

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def admin_page(live_server, page, alice):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "alice")
    page.fill("#id_password", "alice-password-1")
    page.click("input[type=submit]")
    page.wait_for_url(lambda url: "/admin/login/" not in url)
    return page


def point_map(page):
    return page.locator("#id_point-map, #id_point_map, .leaflet-container").first


def test_a_place_opens_at_town_zoom_around_its_point(admin_page, live_server):
    raqqa = make_place("Raqqa", 39.008, 35.953, curated=True)
    admin_page.goto(f"{live_server.url}/admin/places/place/{raqqa.pk}/change/")
    widget = point_map(admin_page)
    admin_page.wait_for_selector(".leaflet-container[data-framed=true]")
    assert widget.get_attribute("data-zoom") == "10"
    box = widget.bounding_box()
    marker = admin_page.locator(".leaflet-marker-icon").first.bounding_box()
    # The marker is in the middle of the map, not at a corner of a street-level view.
    assert abs(marker["x"] + marker["width"] / 2 - (box["x"] + box["width"] / 2)) < 30
    assert admin_page.script_errors == []


def test_a_new_place_is_placed_by_clicking_the_map(admin_page, live_server):
    admin_page.goto(f"{live_server.url}/admin/places/place/add/")
    admin_page.wait_for_selector(".leaflet-container[data-framed=true]")
    admin_page.fill("#id_name", "Clickville")
    widget = point_map(admin_page)
    widget.scroll_into_view_if_needed()
    widget.click(position={"x": 200, "y": 120})
    placed = widget.get_attribute("data-placed")
    assert placed and "Placed at" in widget.inner_text()
    lat, lon = (float(v) for v in placed.split(","))
    assert '"Point"' in admin_page.locator("#id_point").input_value()
    first = (lat, lon)
    # A second click moves it (one point, not two), to where the map was clicked.
    widget.click(position={"x": 260, "y": 160})
    lat, lon = (float(v) for v in widget.get_attribute("data-placed").split(","))
    assert (lat, lon) != first and lat < first[0] and lon > first[1]  # lower and to the right
    assert admin_page.locator(".leaflet-marker-icon").count() == 1
    tip = admin_page.locator(".leaflet-marker-icon").evaluate(
        "m => { const r = m.getBoundingClientRect();"
        " const a = L.Icon.Default.prototype.options.iconAnchor;"
        " return [r.left + a[0], r.top + a[1]]; }"
    )
    box = widget.bounding_box()
    assert tip == pytest.approx([box["x"] + 260, box["y"] + 160], abs=2)
    admin_page.click("input[name=_save]")
    admin_page.wait_for_url(lambda url: url.endswith("/admin/places/place/"))
    place = Place.objects.get(name="Clickville")
    assert place.point.y == pytest.approx(lat, abs=1e-4)
    assert place.point.x == pytest.approx(lon, abs=1e-4)
    assert admin_page.script_errors == []


def merge_page(page, live_server, places):
    page.goto(f"{live_server.url}/admin/places/place/?q=Merge")
    for place in places:
        page.check(f"input[name=_selected_action][value='{place.pk}']")
    page.select_option("select[name=action]", "merge_places")
    page.click("button[name=index]")
    page.wait_for_selector("#merge-map[data-ready=true]")


def test_merging_far_apart_places_shows_the_distance_and_asks_first(admin_page, live_server):
    town = make_place("Merge town", 39.0, 36.0, curated=True)
    district = make_place("Merge district", 39.4, 36.0)  # ~36 km east
    merge_page(admin_page, live_server, [town, district])
    assert admin_page.locator(".cm-merge-place").count() == 2
    assert "36.0 km" in admin_page.locator("#merge-distance").inner_text()
    assert "more than 25 km" in admin_page.locator("#merge-warning").inner_text()
    assert admin_page.locator(".leaflet-tooltip", has_text="36.0 km").count() == 1
    admin_page.click("input[name=apply]")
    assert "tick the box to confirm" in admin_page.locator(".errorlist").inner_text()
    assert Place.objects.filter(name__startswith="Merge").count() == 2
    admin_page.check("#id_confirm_distance")
    admin_page.click("input[name=apply]")
    admin_page.wait_for_selector(".messagelist .success")
    assert list(Place.objects.filter(name__startswith="Merge").values_list("name", flat=True)) == [
        "Merge town"
    ]
    assert admin_page.script_errors == []


def test_merging_nearby_places_needs_no_confirmation(admin_page, live_server):
    town = make_place("Merge town", 39.0, 36.0, curated=True)
    twin = make_place("Merge twin", 39.05, 36.02)  # ~5 km
    merge_page(admin_page, live_server, [town, twin])
    assert admin_page.locator("#merge-warning").count() == 0
    assert admin_page.locator("#id_confirm_distance").count() == 0
    admin_page.click("input[name=apply]")
    admin_page.wait_for_selector(".messagelist .success")
    assert Place.objects.filter(name__startswith="Merge").count() == 1
