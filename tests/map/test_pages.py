"""The map page and the article view as HTML: config through json_script, no inline code,
escaping.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.map.factory import make_article, make_mention, make_place, make_statement

pytestmark = pytest.mark.django_db


def config(response, element_id: str) -> dict:
    html = response.content.decode()
    match = re.search(
        rf'<script id="{element_id}" type="application/json">(.*?)</script>', html, re.DOTALL
    )
    assert match, f"no json_script {element_id}"
    return json.loads(match.group(1))


def inline_scripts(html: str) -> list[str]:
    return [
        tag
        for tag in re.findall(r"<script\b[^>]*>", html)
        if "src=" not in tag and 'type="application/json"' not in tag
    ]


def test_it_passes_the_map_config_through_json_script(client, seeded_db):
    r = client.get("/")
    assert r.status_code == 200
    cfg = config(r, "map-config")
    assert (
        cfg["api"]["places"] == "/api/places.geojson" and cfg["api"]["search"] == "/api/search.json"
    )
    assert "GeoNames (CC BY 4.0)" in cfg["attribution"] and "Natural Earth" in cfg["attribution"]
    assert cfg["dates"] == {"min": "2016-10-17", "max": "2016-11-06"}
    assert "Syrian Democratic Forces" in {a["name"] for a in cfg["actors"]}
    assert cfg["tileUrl"] == ""
    assert inline_scripts(r.content.decode()) == []
    assert "script-src 'self'" in r["Content-Security-Policy"]


def test_it_adds_the_optional_tile_layer(client, db, settings):
    settings.MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    assert config(client.get("/"), "map-config")["tileUrl"] == settings.MAP_TILE_URL


def test_it_labels_every_control(client, db):
    html = client.get("/").content.decode()
    for control_id in re.findall(r'<(?:input|select)[^>]*\bid="([^"]+)"', html):
        assert f'for="{control_id}"' in html, control_id


def test_it_escapes_article_data_and_marks_the_span(client, db):
    payload = '<img src=x onerror="alert(1)">'
    place = make_place("Hostileville")
    article = make_article(f'In Hostileville {payload} they said "{payload} go".', title=payload)
    make_mention(article, place)
    statement = make_statement(article, f"{payload} go", places=[place], speaker_name=payload)
    r = client.get(f"/articles/{article.pk}/?start={statement.start}&end={statement.end}")
    html = r.content.decode()
    assert payload not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert '<mark id="source"' in html
    assert inline_scripts(html) == []
    assert config(r, "article-config")["places"][0]["name"] == "Hostileville"


def test_it_ignores_a_bad_span_and_404s_a_missing_article(client, db):
    article = make_article("Short text.")
    for query in ("?start=abc&end=2", "?start=5&end=2", "?start=0&end=99999", "?start=-1&end=3"):
        r = client.get(f"/articles/{article.pk}/{query}")
        assert (
            r.status_code == 200
            and "<mark" not in r.content.decode()
            and "Marked:" not in r.content.decode()
        )
    assert client.get("/articles/999999/").status_code == 404
    assert client.post(f"/articles/{article.pk}/").status_code == 405


def test_it_answers_favicon_ico_with_the_site_icon_that_every_page_links(client, alice):
    redirect = client.get("/favicon.ico")
    assert redirect.status_code == 302
    icon_url = redirect["Location"]
    icon = client.get(icon_url)
    assert icon.status_code == 200 and icon["Content-Type"] == "image/svg+xml"
    assert b"<svg" in b"".join(icon.streaming_content)
    client.force_login(alice)
    for url in ("/", "/admin/"):
        assert (
            f'<link rel="icon" href="{icon_url}" type="image/svg+xml">'
            in client.get(url).content.decode()
        ), url
