"""/api/search.json ranks exact, then prefix, then close spellings; map features are found
(issue 16)."""

from __future__ import annotations

import pytest

from tests.map.factory import make_place

pytestmark = pytest.mark.django_db


def search(client, q: str) -> list[dict]:
    response = client.get("/api/search.json", {"q": q})
    assert response.status_code == 200, response.content
    return response.json()["results"]


# Gazetteer towns whose folded names start like Raqqa's (GeoNames has these spellings).
LOOKALIKES = [
    ("Rockford", "Rakaphorda", -89.09, 42.27, "US", 148_000),
    ("Rocklin", "Rakalina", -121.24, 38.79, "US", 70_000),
    ("Luxembourg", "Rakapuo", 6.13, 49.61, "LU", 76_000),
    ("Raqqa Springs", "Raqqa Springs", 35.0, 36.0, "TR", 500),
]


def add_lookalikes() -> None:
    for name, alias, lon, lat, cc, pop in LOOKALIKES:
        make_place(name, lon, lat, country_code=cc, population=pop).add_name(alias)


@pytest.fixture
def lookalikes(seeded):
    add_lookalikes()


def test_raqqa_comes_first_and_nothing_foreign_in_the_top_three(client, lookalikes):
    results = search(client, "Raqqa")
    assert (results[0]["type"], results[0]["name"]) == ("place", "Raqqa")
    top = results[:3]
    assert all(r.get("country") in (None, "SY") for r in top), top
    assert [r["match"] for r in results] == sorted(
        (r["match"] for r in results), key=["exact", "prefix", "fuzzy"].index
    )
    # The prefix look-alikes still come, after: most mentioned, then the same country first.
    names = [r["name"] for r in results]
    assert names.index("Raqqa Springs") > names.index("Raqqa Governorate")


def test_it_finds_the_maps_own_features(client, seeded):
    dam = search(client, "Tishrin Dam")
    assert (dam[0]["name"], dam[0]["kind"], dam[0]["match"]) == ("Tishrin Dam", "other", "exact")
    assert search(client, "Tishreen Dam")[0]["name"] == "Tishrin Dam"
    campaigns = [r for r in search(client, "Euphrates Anger") if r["type"] == "campaign"]
    assert campaigns and campaigns[0]["bbox"]
    fronts = [r["name"] for r in search(client, "Mosul") if r["type"] == "frontline"]
    assert fronts == ["Mosul front"]


def test_close_spellings_come_last(client, seeded):
    results = search(client, "Mosl")  # a typo: no name starts so
    assert results and results[0]["name"] == "Mosul" and results[0]["match"] == "fuzzy"
    assert search(client, "Zzyzx") == []
