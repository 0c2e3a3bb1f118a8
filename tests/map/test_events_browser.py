"""The events layer in Debian Chromium: markers with uncertainty circles, popups, actor filter."""

from __future__ import annotations

from pathlib import Path

import pytest

from articles.event_import import import_events
from articles.models import Actor, ActorAlias, Event
from tests.map.factory import make_place
from tests.map.test_map_browser import wait_reload

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ACLED = Path(__file__).parents[1] / "articles" / "fixtures" / "acled_events.csv"


@pytest.fixture
def events(transactional_db):
    make_place("Raqqa", 39.0167, 35.9500)
    make_place("Manbij", 37.9500, 36.5281)
    sdf = Actor.objects.create(name="Syrian Democratic Forces", colour="#f1c40f")
    ActorAlias.objects.create(actor=sdf, alias="SDF", case_sensitive=True)
    Actor.objects.create(name="Turkey", kind=Actor.Kind.STATE, colour="#c0392b")
    import_events(ACLED.read_bytes(), "acled")
    return {e.source_event_id: e for e in Event.objects.all()}


def test_events_are_drawn_with_their_uncertainty_and_filtered_by_actor(events, open_map):
    page = open_map("?lat=36.2&lng=39&z=7&layers=events")
    assert page.locator("path.cm-event").count() == 4
    strike = events["SYR1002"]
    clash = events["SYR1001"]
    # The circle follows the precision: "near Manbij" (2) 15 km, Raqqa itself (1) 2 km.
    near = page.locator(f"path.cm-uncertainty-event-{strike.pk}").bounding_box()
    exact = page.locator(f"path.cm-uncertainty-event-{clash.pk}").bounding_box()
    assert near["width"] > 5 * exact["width"]
    assert 20 < near["width"] < 45  # 30 km at zoom 7 (~1.0 km per pixel at 36°N)
    page.locator(f"path.cm-event-{strike.pk}").click()
    popup = page.locator(".leaflet-popup-content")
    popup.get_by_text("ACLED SYR1002").wait_for()  # the popup fetches the event in full
    assert "Air/drone strike" in popup.inner_text()
    assert "ACLED SYR1002" in popup.inner_text()
    assert "Turkish drones struck" in popup.inner_text()
    assert "within about 15 km" in popup.inner_text()
    page.get_by_label("Actor", exact=True).select_option(label="Turkey")
    wait_reload(page)
    assert page.locator("path.cm-event").count() == 1
    page.get_by_label("Events (ACLED, UCDP)").uncheck()
    assert page.locator("path.cm-event").count() == 0
    assert page.script_errors == []
