"""A front line's internal note stays internal; its public source note is published (issue 11,
finding 9): the API, the map data and the exported map carry only `source_note`."""

from __future__ import annotations

from html import unescape

import pytest
from django.core.management import call_command

from articles.models import FrontLine
from tests.map.factory import make_actor, make_frontline

pytestmark = pytest.mark.django_db

INTERNAL = "Internal: drawn from a leaked briefing, do not publish"
PUBLIC = "After ISW's situation map of 3 November 2016; approximate to 10 km"


@pytest.fixture
def line() -> FrontLine:
    return make_frontline(
        make_actor(name="SDF"), make_actor(name="ISIL"), note=INTERNAL, source_note=PUBLIC
    )


def test_it_publishes_the_source_note_but_never_the_internal_note(client, line):
    body = client.get("/api/frontlines.geojson").content.decode()
    feature = client.get("/api/frontlines.geojson").json()["features"][0]
    assert feature["properties"]["source_note"] == PUBLIC
    assert "note" not in feature["properties"]
    assert INTERNAL not in body


def test_it_leaves_the_internal_note_out_of_the_exported_map(tmp_path, line):
    out = tmp_path / "map.html"
    call_command("export_map", str(out), verbosity=0)
    html = out.read_text(encoding="utf-8")
    assert PUBLIC in html
    assert INTERNAL not in html


def test_it_shows_both_notes_to_curators_in_the_admin(client, alice, line):
    client.force_login(alice, backend="django.contrib.auth.backends.ModelBackend")
    html = unescape(client.get(f"/admin/articles/frontline/{line.pk}/change/").content.decode())
    assert INTERNAL in html and PUBLIC in html
    assert "Internal note" in html and "Public source note" in html
    assert "never published" in html.lower()
