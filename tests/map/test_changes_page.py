"""The printable /changes/?from=&to= page (issue 15): the summary per side, the settlements that
changed hands and the areas gained and lost, each with its sources."""

from __future__ import annotations

import re
from html import unescape

import pytest

from articles.models import Actor
from tests.api.control_fixture import VALLEY_KM2, build_war

pytestmark = pytest.mark.django_db


def test_it_tabulates_what_changed_with_sources(client):
    war = build_war()
    response = client.get("/changes/?from=2024-05-05&to=2024-05-20")
    assert response.status_code == 200
    html = unescape(response.content.decode())
    assert "What changed from 5 May 2024 to 20 May 2024" in html
    settlements = html[html.index('id="settlements"') : html.index('id="areas"')]
    assert "Alpha" in settlements and "Beta" in settlements and "Gamma" not in settlements
    article = war["article"]
    assert f'href="/articles/{article.pk}/?start=' in settlements and "Alpha falls" in settlements
    areas = html[html.index('id="areas"') :]
    assert "gain" in areas and "loss" in areas and "Test analysts" in areas
    cells = [float(km2) for km2 in re.findall(r"<td>([0-9.]+)</td>", areas)]
    assert len(cells) == 2 and all(c == pytest.approx(VALLEY_KM2, rel=0.01) for c in cells)


def test_names_from_the_data_stay_text(client):
    build_war()
    Actor.objects.filter(name="Side B").update(name="<script>alert(1)</script>", colour='red;x:"')
    html = client.get("/changes/?from=2024-05-05&to=2024-05-20").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "red;x" not in html


@pytest.mark.parametrize(
    "query", ["", "from=2024-05-20&to=2024-05-01", "from=2000-01-01&to=2024-01-01"]
)
def test_a_bad_range_is_a_400_with_a_json_error(client, query):
    response = client.get(f"/changes/?{query}")
    assert response.status_code == 400 and "error" in response.json()
