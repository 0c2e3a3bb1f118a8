"""ACLED and UCDP events in the offline map (`manage.py export_map`, issue 17): a layer of their
own, filtered like the others, with popups that cite the dataset, the event id and its source."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from django.core.management import call_command

from articles.event_import import import_events
from articles.models import Actor, ActorAlias
from tests.map.factory import make_place

FIXTURES = Path(__file__).parents[1] / "articles" / "fixtures"


def _import_fixtures() -> None:
    """ACLED SYR1001–SYR1006 (four good rows) and UCDP 201901–201903, as the events API tests."""
    make_place("Raqqa", 39.0167, 35.9500)
    make_place("Tabqa", 38.5481, 35.8356)
    make_place("Manbij", 37.9500, 36.5281)
    for name, alias in (("Syrian Democratic Forces", "SDF"), ("Islamic State", "IS")):
        actor = Actor.objects.create(name=name)
        ActorAlias.objects.create(actor=actor, alias=alias, case_sensitive=True)
    Actor.objects.create(name="Turkey", kind=Actor.Kind.STATE)
    import_events((FIXTURES / "acled_events.csv").read_bytes(), "acled")
    import_events((FIXTURES / "ucdp_events.csv").read_bytes(), "ucdp")


def _layers(html: str) -> dict[str, dict]:
    """Each drawn layer's data, by kind, from the JSON blocks the export writes."""
    blocks = dict(re.findall(r'<script type="application/json" id="([^"]+)">(.*?)</script>', html))
    draw = (
        r'conflictmapDraw\([^,]+, [^,]+, "(\w+)",\s*JSON\.parse\(document\.getElementById\("([^"]+)'
    )
    calls = re.findall(draw, html)
    return {kind: json.loads(blocks[block]) for kind, block in calls if kind != "basemap"}


def export(tmp_path, *args) -> str:
    out = tmp_path / "map.html"
    call_command("export_map", str(out), *args, verbosity=0)
    return out.read_text()


@pytest.mark.django_db
def test_events_are_a_layer_of_their_own_with_dataset_and_source(tmp_path):
    _import_fixtures()
    html = export(tmp_path)
    events = _layers(html)["events"]["features"]
    assert sorted(f["properties"]["event_id"] for f in events) == [
        "201901",
        "201902",
        "201903",
        "SYR1001",
        "SYR1002",
        "SYR1003",
        "SYR1006",
    ]
    strike = next(f for f in events if f["properties"]["event_id"] == "SYR1002")
    assert strike["properties"]["dataset_label"] == "ACLED"
    assert strike["properties"]["sources"] == "Anadolu Agency"
    assert "Events (ACLED, UCDP) (7)" in html


@pytest.mark.django_db
def test_the_events_layer_follows_the_export_filters(tmp_path):
    _import_fixtures()
    events = _layers(export(tmp_path, "--actor", "Turkey"))["events"]["features"]
    assert [f["properties"]["event_id"] for f in events] == ["SYR1002"]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_event_popup_cites_its_dataset_and_source_offline(tmp_path, page):
    _import_fixtures()
    out = tmp_path / "map.html"
    call_command("export_map", str(out), "--actor", "Turkey", verbosity=0)
    page.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort(),
    )
    page.goto(out.as_uri())
    page.wait_for_selector("path.cm-event")
    assert page.script_errors == []
    page.locator("path.cm-event").first.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert "ACLED event SYR1002" in text and "Anadolu Agency" in text
    assert "3 civilians killed" in text and "Military Forces of Turkey" in text
