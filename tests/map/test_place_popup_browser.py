"""A place's popup cites its sentences and says how the point was geocoded; a front line's
cites its sentence (issue 16)."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlparse

import pytest

from articles.models import Actor
from places.models import Place
from tests.map.factory import make_article, make_frontline, make_mention, make_place

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def raqqa_reports(seeded):
    """Six more reports on Raqqa, a day apart, each naming it in one sentence."""
    raqqa = Place.objects.get(geonameid=172955)
    for day in range(1, 7):
        sentence = f"Report {day}: shelling hit the outskirts of Raqqa overnight."
        text = f"Headline. {sentence} More text follows."
        article = make_article(
            text,
            title=f"Report {day}",
            outlet=f"Outlet {day}",
            published_at=dt.datetime(2016, 11, day, 9, tzinfo=dt.UTC),
        )
        start = text.index(sentence)
        make_mention(
            article,
            raqqa,
            "Raqqa",
            start=text.index("Raqqa"),
            sentence_start=start,
            sentence_end=start + len(sentence),
            confidence=0.95,
            method="context",
            candidates=[
                {"place_id": raqqa.pk, "name": "Raqqa", "country": "SY", "score": 9.5},
                {"place_id": None, "name": "Raqqa Governorate", "country": "SY", "score": 4.1},
            ],
        )
    return raqqa


def test_a_place_popup_cites_five_sentences_and_why_the_point_is_there(raqqa_reports, open_map):
    raqqa = raqqa_reports
    page = open_map(f"?lat=35.95&lng=39.01&z=10&sel=place-{raqqa.pk}")
    popup = page.locator(".leaflet-popup-content")
    popup.locator(".sources li a").first.wait_for()
    links = popup.locator(".sources li a")
    assert links.count() == 5
    # Newest first: the seed article (6 November) and report 6 share the day.
    texts = links.all_inner_texts()
    assert any("Report 6: shelling hit the outskirts of Raqqa" in t for t in texts[:2])
    assert not any("Report 1:" in t for t in texts)
    assert "Outlet 6, 2016-11-06" in popup.inner_text()
    more = popup.locator(".sources li.more").inner_text()
    assert more.endswith("more") and int(more.split()[0]) >= 2
    href = next(links.nth(i).get_attribute("href") for i in range(5) if "Report 6" in texts[i])
    assert href.startswith("/articles/") and "start=10&end=" in href and href.endswith("#source")
    why = popup.locator(".geocoding").inner_text()
    assert "Why is this point here?" in why
    assert "context" in why and "0.95" in why
    assert "2 candidates considered" in why and "Raqqa Governorate (SY)" in why
    page.goto(page.url.split("/?")[0] + href)
    assert "Report 6: shelling" in page.locator("mark#source").inner_text()
    assert page.script_errors == []


def test_a_front_line_popup_cites_its_sentence_with_outlet_date_and_link(seeded, open_map):
    sentence = "The front ran along the canal south of the town by Friday."
    text = f"Headline. {sentence} Nothing else."
    article = make_article(
        text,
        title="Canal front",
        outlet="Front Desk",
        published_at=dt.datetime(2016, 11, 4, 8, tzinfo=dt.UTC),
    )
    start = text.index(sentence)
    actors = list(Actor.objects.order_by("pk")[:2])
    line = make_frontline(
        *actors,
        name="Canal line",
        source_article=article,
        source_sentence_start=start,
        source_sentence_end=start + len(sentence),
    )
    page = open_map(f"?lat=36.25&lng=39&z=8&date=2016-11-20&sel=frontline-{line.pk}")
    popup = page.locator(".leaflet-popup-content")
    cited = popup.locator(".sources li a")
    cited.first.wait_for()
    assert cited.count() == 1
    assert sentence in cited.inner_text()
    assert "Front Desk, 2016-11-04" in popup.inner_text()
    href = cited.get_attribute("href")
    assert href == f"/articles/{article.pk}/?start={start}&end={start + len(sentence)}#source"
    assert page.script_errors == []


def test_a_link_to_a_place_inside_a_cluster_zooms_to_it_and_opens_it(seeded, open_map):
    """`?sel=place-N` for a marker markercluster had folded into a cluster opened nothing: the
    link showed the cluster and no sign of the place it named."""
    near = make_place("Hazima", 39.06, 35.99)  # ~5 km from Raqqa: one cluster at zoom 6
    text = "Fighting was reported in Hazima on Sunday."
    article = make_article(text, published_at=dt.datetime(2016, 11, 6, 9, tzinfo=dt.UTC))
    make_mention(article, near, "Hazima", start=text.index("Hazima"))
    page = open_map(f"?lat=36&lng=39&z=6&sel=place-{near.pk}")
    page.locator(".leaflet-popup-content h3", has_text="Hazima").wait_for(timeout=15000)
    view = parse_qs(urlparse(page.url).query)
    assert int(view["z"][0]) >= 9  # zoomed past clustering, onto the place
    assert abs(float(view["lat"][0]) - 35.99) < 0.01 and abs(float(view["lng"][0]) - 39.06) < 0.01
    assert view["sel"] == [f"place-{near.pk}"]
    assert page.script_errors == []


def test_a_link_to_a_place_the_server_folded_into_a_grid_cell_opens_it(seeded, open_map):
    """Past PLACE_CLUSTER_MIN places in view the server sends grid cells below zoom 9, so a
    `?sel=place-N` link had no marker to zoom to: the map showed the cells and nothing else."""
    from conflictmap import geojson

    for i in range(geojson.PLACE_CLUSTER_MIN + 1):
        make_place(f"Synthetic {i}", 37 + (i % 40) * 0.1, 33 + (i // 40) * 0.1, curated=True)
    far = make_place("Tall Abyad", 38.95, 36.70)
    text = "Clashes were reported near Tall Abyad on Sunday."
    article = make_article(text, published_at=dt.datetime(2016, 11, 6, 9, tzinfo=dt.UTC))
    make_mention(article, far, "Tall Abyad", start=text.index("Tall Abyad"))
    page = open_map(f"?lat=35&lng=39&z=6&sel=place-{far.pk}")
    page.locator(".leaflet-popup-content h3", has_text="Tall Abyad").wait_for(timeout=15000)
    view = parse_qs(urlparse(page.url).query)
    assert int(view["z"][0]) >= 9
    assert abs(float(view["lat"][0]) - 36.70) < 0.01 and abs(float(view["lng"][0]) - 38.95) < 0.01
    assert view["sel"] == [f"place-{far.pk}"]
    assert page.script_errors == []


def test_a_place_popup_stays_inside_the_map_once_its_sources_arrive(raqqa_reports, open_map):
    """The popup opens small and grows when its sentences load; Leaflet kept it in view only
    for the size it opened with, so a place near the top edge showed a popup cut off there."""
    raqqa = raqqa_reports
    page = open_map("?lat=35.62&lng=39.01&z=10")
    point = page.evaluate(
        "(ll) => conflictMap.map.latLngToContainerPoint(ll)",
        {"lat": raqqa.point.y, "lng": raqqa.point.x},
    )
    assert point["y"] < 150, point  # near the top edge, where a grown popup would not fit
    page.mouse.click(
        *page.evaluate(
            "(p) => { const r = conflictMap.map.getContainer().getBoundingClientRect();"
            " return [r.left + p.x, r.top + p.y]; }",
            point,
        )
    )
    popup = page.locator(".leaflet-popup-content")
    popup.locator(".sources li a").first.wait_for()
    page.wait_for_timeout(600)  # any pan it starts has finished
    top = page.evaluate(
        "() => document.querySelector('.leaflet-popup').getBoundingClientRect().top"
        " - conflictMap.map.getContainer().getBoundingClientRect().top"
    )
    assert top >= 0, f"popup starts {-top:.0f} px above the map's top edge"
    assert "Raqqa" in popup.locator("h3").inner_text()  # still open after the pan
    assert page.script_errors == []
