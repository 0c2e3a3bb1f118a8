"""A curator fixes an ambiguous mention in the review queue, and the map's API shows the place."""

from __future__ import annotations

import json

import pytest

from articles.models import Mention
from places.models import Place

pytestmark = pytest.mark.browser


@pytest.mark.django_db(transaction=True)
def test_it_fixes_an_ambiguous_mention_and_the_map_shows_it(
    live_server, page, make, curator, settings
):
    # Plain http in the test server: cookies must not require HTTPS.
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    city = make.place("Raqqa", 39.008, 35.953, country_code="SY")
    governorate = make.place(
        "Raqqa Governorate", 38.6, 35.85, country_code="SY", kind=Place.Kind.ADMIN
    )
    article = make.article(
        "The SDF said the push on Raqqa had begun. Residents of <b>Raqqa</b> fled."
    )
    candidates = [{"place_id": city.pk, "score": 0.51}, {"place_id": governorate.pk, "score": 0.49}]
    first = make.mention(article, "Raqqa", candidates=candidates)
    second = make.mention(article, "Raqqa", occurrence=1, candidates=candidates)

    def places_on_map() -> set[str]:
        response = page.request.get(f"{live_server.url}/api/places.geojson")
        assert response.ok
        return {f["properties"]["name"] for f in json.loads(response.text())["features"]}

    assert places_on_map() == set()  # ambiguous mentions put nothing on the map

    page.goto(f"{live_server.url}/admin/login/?next=/admin/articles/mention/review/")
    page.fill("#id_username", "dora")
    page.fill("#id_password", "dora-password-1")
    page.click("input[type=submit]")
    page.wait_for_selector(".review-group")
    group = page.locator(".review-group").first
    assert "2 mentions" in group.locator("h2").inner_text()
    # The sentence is shown as text: the article's markup is not rendered.
    assert "<b>Raqqa</b>" in group.locator(".review-sentences").inner_text()
    page.wait_for_selector(".review-map[data-ready='2']")
    assert page.locator(".review-map .leaflet-interactive").count() == 2

    row = group.locator("tr", has_text="Raqqa Governorate")
    row.get_by_role("button", name="Accept").click()
    page.wait_for_selector(".messagelist .success")
    assert (
        "2 mention(s) of “Raqqa” confirmed as Raqqa Governorate"
        in page.locator(".messagelist").inner_text()
    )
    assert page.locator(".review-group").count() == 0

    for mention in (first, second):
        mention.refresh_from_db()
        assert mention.status == Mention.Status.CONFIRMED and mention.place == governorate
        assert mention.decided_by == curator
    assert places_on_map() == {"Raqqa Governorate"}
    assert page.script_errors == []


@pytest.mark.django_db(transaction=True)
def test_it_draws_a_front_line_on_the_admin_map(live_server, page, curator, settings):
    from django.core.management import call_command

    from articles.models import Actor, FrontLine

    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    call_command("loaddata", "seeds/02_actors.json", verbosity=0)
    page.goto(f"{live_server.url}/admin/login/?next=/admin/articles/frontline/add/")
    page.fill("#id_username", "dora")
    page.fill("#id_password", "dora-password-1")
    page.click("input[type=submit]")
    page.wait_for_selector(".leaflet-container")
    # The drawing toolbar is there; draw a two-point line with it.
    page.wait_for_selector(".leaflet-draw-draw-polyline")
    page.click(".leaflet-draw-draw-polyline")
    box = page.locator(".leaflet-container").first.bounding_box()
    for fx, fy in ((0.4, 0.5), (0.6, 0.45)):
        page.mouse.move(box["x"] + box["width"] * fx, box["y"] + box["height"] * fy)
        page.mouse.down()
        page.mouse.up()
        page.wait_for_timeout(300)
    page.get_by_role("link", name="Finish").click()
    page.fill("#id_name", "Drawn front")
    page.fill("#id_valid_from", "2016-11-20")
    sdf, isis = (
        Actor.objects.get(name="Syrian Democratic Forces"),
        Actor.objects.get(name="Islamic State"),
    )
    # Autocomplete selects hold plain <option>s once chosen; set them directly.
    for field, actor in (("side_a", sdf), ("side_b", isis)):
        page.evaluate(
            "([id, value, label]) => { const s = document.getElementById(id);"
            " s.add(new Option(label, value, true, true)); }",
            [f"id_{field}", str(actor.pk), actor.name],
        )
    page.click("input[name=_save]")
    page.wait_for_load_state()
    errors = page.locator(".errorlist, .errornote").all_inner_texts()
    assert not errors, (errors, page.locator("#id_geometry").input_value())
    page.wait_for_selector(".messagelist .success")
    line = FrontLine.objects.get(name="Drawn front")
    assert line.geometry.geom_type in ("LineString", "MultiLineString")
    assert line.curator == curator and line.side_a == sdf
    assert page.script_errors == []
