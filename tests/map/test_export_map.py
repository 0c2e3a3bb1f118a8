"""`manage.py export_map`: one HTML file with the map's layers and popups that opens offline."""

from __future__ import annotations

import json
import re

import pytest
from django.core.management import CommandError, call_command

from articles.models import Campaign, Statement
from conflictmap import geojson
from conflictmap.params import parse
from places.models import Place
from tests.map.factory import make_actor, make_article, make_mention, make_place, make_statement

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
    page.wait_for_selector(".cm-statement")
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
    assert page.locator(".cm-statement").count() == 0
    page.locator(".leaflet-control-layers").get_by_text("Statements").click()
    page.locator(".cm-statement").first.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator("blockquote").inner_text()


@pytest.mark.django_db
def test_it_writes_the_title_filters_and_sources_as_data(tmp_path, seeded_db):
    seeded_db.url = "https://www.aljazeera.com/news/2016/11/6/raqqa"
    seeded_db.save()
    html = export(tmp_path, "--start", "2016-11-01", "--end", "2016-11-30", "--actor", "SDF")
    assert "<title>Conflict Map: From 2016-11-01 to 2016-11-30</title>" in html
    data = json.loads(re.search(r'id="cm-export-extras">(.*?)</script>', html, re.S)[1])
    assert data["filters"][0] == "From 2016-11-01 to 2016-11-30"
    assert any(
        line.startswith("Actors: ") and "Syrian Democratic Forces" in line
        for line in data["filters"]
    )
    assert "Syrian Democratic Forces" in [a["name"] for a in data["legend"]["actors"]]
    raqqa = Place.objects.get(geonameid=172955)
    cited = data["sources"]["places"][str(raqqa.pk)]
    assert cited["total"] >= 5 and len(cited["sources"]) == 5
    first = cited["sources"][0]
    assert first == {
        "outlet": "Al Jazeera English",
        "date": "2016-11-06",
        "sentence": first["sentence"],
        "link": "https://www.aljazeera.com/news/2016/11/6/raqqa",
    }
    campaign = Campaign.objects.get(name="Euphrates Anger")
    source = data["sources"]["campaigns"][str(campaign.pk)]["sources"][0]
    assert "Euphrates Anger" in source["sentence"] and source["outlet"] == "Al Jazeera English"


@pytest.mark.django_db
def test_export_title_cannot_inject_markup_or_template_code(tmp_path, db):
    make_actor(name="{{ 7*7 }}<b>Bold</b>", colour="#123456")
    html = export(tmp_path, "--actor", "{{ 7*7 }}<b>Bold</b>")
    assert "<b>Bold</b>" not in html and "49" not in re.findall(r"Actors: [^\"]*", html)[0]


def uncovered_point(page, selector: str) -> tuple[float, float]:
    """A point in the page where the element is the topmost one (what a click there hits)."""
    point = page.locator(selector).evaluate(
        """node => {
          const r = node.getBoundingClientRect();
          for (let i = 1; i < 10; i++) for (let j = 1; j < 10; j++) {
            const x = r.left + r.width * i / 10, y = r.top + r.height * j / 10;
            if (document.elementFromPoint(x, y) === node) return [x, y];
          }
          return null;
        }"""
    )
    assert point, f"{selector} is covered everywhere"
    return point[0], point[1]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_export_shows_a_title_legend_quote_markers_and_cited_popups(tmp_path, seeded, page):
    seeded.url = "https://www.aljazeera.com/news/2016/11/6/raqqa"
    seeded.save()
    out = tmp_path / "map.html"
    call_command("export_map", str(out), "--start", "2016-10-01", verbosity=0)
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    page.goto(out.as_uri())
    title = page.locator("#cm-export-title")
    title.wait_for()
    assert (
        "Conflict Map" in title.inner_text()
        and "From 2016-10-01 to the latest" in title.inner_text()
    )
    legend = page.locator("#cm-export-legend")
    assert "Statement (quote)" in legend.inner_text() and "Islamic State" in legend.inner_text()
    # One quote marker per statement and place it concerns, as on the live map.
    per_place = sum(s.places.count() for s in Statement.objects.all())
    assert page.locator(".cm-statement-icon").count() == per_place > 0
    mcgurk = Statement.objects.get(speaker_name="Brett McGurk")
    page.locator(".cm-statement-icon").nth(0).click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    sources = popup.locator(".cm-sources")
    assert "Al Jazeera English · 2016-11-06" in sources.inner_text()
    link = sources.get_by_role("link", name="Original article")
    assert link.get_attribute("href") == "https://www.aljazeera.com/news/2016/11/6/raqqa"
    assert Statement.objects.filter(
        quote__startswith=popup.locator("blockquote").inner_text()[:40]
    ).exists()
    assert mcgurk.article_id == seeded.pk
    # A place's popup lists its sentences with outlet, date and link: Raqqa's own marker,
    # clicked at a point of it that no campaign arrow or quote covers.
    page.keyboard.press("Escape")
    page.evaluate(
        "() => document.querySelectorAll('.leaflet-popup-close-button').forEach(b => b.click())"
    )
    # Opening the quote's popup pans the map to fit it (animated); a click while the map still
    # moves lands on whatever has slid under that point instead.
    from playwright.sync_api import expect  # only the browser tests need Playwright

    expect(page.locator(".leaflet-pan-anim")).to_have_count(0)
    expect(page.locator(".leaflet-popup")).to_have_count(0)
    raqqa = Place.objects.get(geonameid=172955)
    x, y = uncovered_point(page, f"path.cm-place-{raqqa.pk}")
    page.mouse.click(x, y)
    place_popup = page.locator(".leaflet-popup-content")
    place_popup.locator(".cm-sources").wait_for()
    assert place_popup.locator("h3").inner_text() == raqqa.name
    assert place_popup.locator("dd").nth(0).inner_text() == raqqa.kind
    sources = place_popup.locator(".cm-sources li:has(q)")
    assert sources.count() >= 1
    sentences = sources.locator("q").all_inner_texts()
    assert all("Raqqa" in s for s in sentences), sentences
    assert "Al Jazeera English · 2016-11-06" in sources.first.inner_text()
    link = sources.first.get_by_role("link", name="Original article")
    assert link.get_attribute("href") == "https://www.aljazeera.com/news/2016/11/6/raqqa"
    assert page.script_errors == []
