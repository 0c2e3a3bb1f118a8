"""Search on the map page (issue 16): ranked results, map features, the result opened only
once its layer is drawn, and actors and places filtering the map."""

from __future__ import annotations

import pytest

from articles.models import Actor, Campaign
from places.models import Place
from tests.api.test_search_ranking import LOOKALIKES, add_lookalikes
from tests.map.test_filters_browser import drawn_places
from tests.map.test_map_browser import wait_until

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def run_search(page, text: str) -> None:
    page.get_by_label("Find a place or actor").fill(text)
    page.get_by_role("button", name="Go", exact=True).click()
    page.wait_for_selector("#search-results button")


def test_raqqa_is_first_nothing_foreign_in_the_top_three_and_it_opens(seeded, open_map):
    add_lookalikes()  # Rockford, Rocklin, Luxembourg, Raqqa Springs (Turkey)
    page = open_map()
    with page.expect_response(lambda r: "/api/search.json" in r.url) as answer:
        run_search(page, "Raqqa")
    results = answer.value.json()["results"]
    buttons = page.locator("#search-results button").all_inner_texts()
    assert [b.split(" · ")[0] for b in buttons] == [r["name"] for r in results[:6]]
    assert buttons[0].startswith("Raqqa ·")
    assert all(r.get("country") in (None, "SY") for r in results[:3]), results[:3]
    foreign = [name for name, *_ in LOOKALIKES]
    assert not any(b.split(" · ")[0] in foreign for b in buttons[:3])
    popup = page.locator(".leaflet-popup-content h3", has_text="Raqqa")
    popup.wait_for()
    raqqa = Place.objects.get(geonameid=172955)
    assert f"sel=place-{raqqa.pk}" in page.url
    assert page.script_errors == []


def test_a_search_before_the_layers_are_drawn_waits_for_them(seeded, live_server, page):
    dam = Place.objects.get(name="Tishrin Dam")
    page.goto(f"{live_server.url}/?lat=36&lng=39&z=6")
    run_search(page, "Tishrin Dam")  # typed while the layers may still be loading
    page.locator(".leaflet-popup-content h3", has_text="Tishrin Dam").wait_for(timeout=15000)
    assert f"sel=place-{dam.pk}" in page.url
    assert page.script_errors == []


def test_a_campaign_found_by_name_opens_on_the_map(seeded, open_map):
    page = open_map("?layers=places")  # the campaigns layer is off: search turns it on
    run_search(page, "Euphrates Anger")
    page.locator(".leaflet-popup-content h3", has_text="Euphrates Anger").wait_for()
    assert page.locator("input[name=layer][value=campaigns]").is_checked()
    # Campaigns and front lines have no place kind: the button said "· undefined".
    button = page.locator("#search-results button", has_text="Euphrates Anger").first
    assert button.inner_text() == "Euphrates Anger · campaign"
    assert page.script_errors == []


def test_an_actor_found_by_alias_filters_the_map(seeded, open_map):
    isis = Actor.objects.get(name="Islamic State")
    page = open_map()
    run_search(page, "Daesh")
    wait_until(page, f"location.search.includes('actor={isis.pk}')")
    assert page.get_by_label("Actor", exact=True).input_value() == str(isis.pk)
    assert "filtered" in page.locator("#search-status").inner_text()


def test_a_place_found_filters_every_layer_to_what_relates_to_it(second_front, open_map):
    _brigade, manbij = second_front
    raqqa = Place.objects.get(geonameid=172955)
    page = open_map("?lat=36.2&lng=38.6&z=9")
    assert {raqqa.pk, manbij.pk} <= drawn_places(page)
    assert page.locator(".cm-statement").count() > 0
    run_search(page, "Manbij")
    wait_until(page, f"location.search.includes('about={manbij.pk}')")
    wait_until(page, f"!document.querySelector('path.cm-place-{raqqa.pk}')")
    wait_until(page, "document.querySelector('[data-count-for=campaigns]').textContent === '(0)'")
    assert manbij.pk in drawn_places(page)
    assert page.locator(".cm-statement").count() == 0  # every seed statement is on Raqqa
    assert "Manbij" in page.locator("#about-filter").inner_text()
    page.get_by_role("button", name="Show everything").click()
    wait_until(page, f"!!document.querySelector('path.cm-place-{raqqa.pk}')")
    assert "about=" not in page.url
    run_search(page, "Raqqa")  # its campaign stays, the one on Mosul goes
    wait_until(page, f"location.search.includes('about={raqqa.pk}')")
    wait_until(page, "document.querySelector('[data-count-for=campaigns]').textContent === '(1)'")
    anger, mosul = (Campaign.objects.get(name=n) for n in ("Euphrates Anger", "Mosul offensive"))
    assert page.locator(f".cm-campaign-{anger.pk}").count() > 0
    assert page.locator(f".cm-campaign-{mosul.pk}").count() == 0
    assert manbij.pk not in drawn_places(page)
    assert page.script_errors == []


def test_a_place_found_under_an_actor_filter_says_so_and_can_drop_it(second_front, open_map):
    """The Actor menu's filter (down in Filters) stays when a place is chosen in search: the
    place showed less than it has and nothing said why."""
    _brigade, manbij = second_front
    isis = Actor.objects.get(name="Islamic State")
    page = open_map(f"?lat=36.2&lng=38.6&z=9&actor={isis.pk}")
    note = page.locator("#search-actor")
    assert note.is_hidden()  # an actor alone: the menu and the legend say it
    run_search(page, "Manbij")
    wait_until(page, f"location.search.includes('about={manbij.pk}')")
    note.wait_for()
    assert "Islamic State" in note.inner_text()
    assert "Islamic State" in page.locator("#search-status").inner_text()
    note.get_by_role("button", name="Show all actors").click()
    wait_until(page, "!location.search.includes('actor=')")
    assert page.get_by_label("Actor", exact=True).input_value() == ""
    assert note.is_hidden()
    assert f"about={manbij.pk}" in page.url  # the place stays chosen
    assert page.script_errors == []
