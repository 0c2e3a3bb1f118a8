"""The article view: highlighted mentions, the source sentence marked and in view, a small map."""

from __future__ import annotations

import pytest

from articles.models import Statement
from places.models import Place

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_it_marks_the_source_of_a_feature_and_scrolls_to_it(seeded, live_server, page):
    st = Statement.objects.get(speaker_name="Brett McGurk")
    page.goto(f"{live_server.url}/articles/{st.article_id}/?start={st.start}&end={st.end}#source")
    mark = page.locator("mark#source")
    assert mark.inner_text().startswith("When it comes to")
    marked_text = "".join(page.locator("mark.hl-source").all_inner_texts())
    assert marked_text == st.quote
    box = mark.bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"]
    assert page.script_errors == []


def test_it_highlights_places_actors_and_quotes(seeded, live_server, page):
    page.goto(f"{live_server.url}/articles/{seeded.pk}/")
    assert "Raqqa" in page.locator(".hl-place").all_inner_texts()
    actors = " ".join(page.locator(".hl-actor").all_inner_texts())
    assert "SDF" in actors and "ISIL" in actors
    assert page.locator(".hl-quote").count() > 0
    assert page.locator("mark").count() == 0  # nothing marked without a span
    mapped = Place.objects.filter(mentions__article=seeded).distinct().count()
    page.wait_for_selector("path.cm-article-place")
    assert page.locator("path.cm-article-place").count() == mapped


def test_it_links_every_map_feature_back_to_an_article(seeded, live_server, page):
    st = Statement.objects.get(speaker_name="Brett McGurk")
    page.goto(f"{live_server.url}/?lat=36&lng=39&z=8")
    page.wait_for_selector("body[data-ready=true]")
    page.locator(f".cm-statement-{st.pk}").click()
    page.get_by_role("link", name="Read the quote in its article").click()
    page.wait_for_selector("mark#source")
    assert "".join(page.locator("mark.hl-source").all_inner_texts()) == st.quote
