"""`manage.py export_map`: one HTML file with the map's layers and popups that opens offline."""

from __future__ import annotations

import re

import pytest
from django.core.management import CommandError, call_command

from conflictmap import geojson
from conflictmap.params import parse
from tests.map.factory import make_article, make_mention, make_place, make_statement

SCRIPT = "<script>window.__pwned=1</script>"


def export(tmp_path, *args) -> str:
    out = tmp_path / "map.html"
    call_command("export_map", str(out), *args, verbosity=0)
    return out.read_text()


@pytest.mark.django_db
def test_it_writes_a_file_without_remote_assets(tmp_path, seeded_db):
    html = export(tmp_path)
    assert not re.findall(r'<(?:script|link)[^>]+(?:src|href)="(?:https?:)?//', html)
    assert "cdn" not in " ".join(re.findall(r'(?:src|href)="[^"]*"', html)).lower()
    assert "Euphrates Anger" in html and "Brett McGurk" in html


@pytest.mark.django_db
def test_it_applies_filters(tmp_path, seeded_db):
    html = export(tmp_path, "--actor", "SDF")
    assert "Euphrates Anger" in html and "Mosul offensive" not in html
    with pytest.raises(CommandError, match="start"):
        export(tmp_path, "--start", "yesterday")
    with pytest.raises(CommandError, match="actor"):
        export(tmp_path, "--actor", "Nobody")


@pytest.mark.django_db
def test_it_cannot_be_broken_out_of_by_a_script_tag(tmp_path, db):
    place = make_place("Hostileville", curated=True)
    article = make_article(f"In Hostileville {SCRIPT} we fight.", title=SCRIPT)
    make_mention(article, place)
    make_statement(article, f"{SCRIPT} we fight", places=[place], speaker_name=SCRIPT)
    html = export(tmp_path)
    assert SCRIPT not in html  # JSON in a script element escapes "<"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_it_opens_offline_and_shows_the_features(tmp_path, seeded, page):
    out = tmp_path / "map.html"
    call_command("export_map", str(out), verbosity=0)
    requested = []

    def only_files(route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            requested.append(route.request.url)
            route.abort()

    page.route("**/*", only_files)
    page.goto(out.as_uri())
    page.wait_for_selector("path.cm-statement")
    assert requested == []
    assert page.script_errors == []
    # Every place the map's places layer holds (countries and unnamed regions are not: issue 16).
    shown = geojson.places_collection(parse({}))["features"]
    assert len(shown) >= 5
    assert page.locator("path.cm-place").count() == len(shown)
    assert page.locator("path.cm-frontline").count() == 2
    assert page.locator(".leaflet-tooltip", has_text="Euphrates Anger").count() == 1
    assert "GeoNames" in page.locator(".leaflet-control-attribution").inner_text()
    page.locator(".leaflet-control-layers").get_by_text("Statements").click()
    assert page.locator("path.cm-statement").count() == 0
    page.locator(".leaflet-control-layers").get_by_text("Statements").click()
    page.locator("path.cm-statement").first.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator("blockquote").inner_text()
