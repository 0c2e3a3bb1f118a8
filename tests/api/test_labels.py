"""/api/labels.json: the basemap's names for a box and zoom (issue 16)."""

from __future__ import annotations

import pytest

from tests.map.factory import make_place

pytestmark = pytest.mark.django_db


def names(client, query: str) -> list[str]:
    response = client.get(f"/api/labels.json?{query}")
    assert response.status_code == 200, response.content
    return [label["name"] for label in response.json()["labels"]]


@pytest.fixture
def towns(db):
    make_place("Big City", 30.0, 10.0, population=2_000_000, feature_code="PPLA")
    make_place("Mid Town", 30.2, 10.1, population=50_000, feature_code="PPL")
    make_place("Hamlet", 30.21, 10.11, population=300, feature_code="PPL")
    make_place("Capital", 31.0, 11.0, population=90_000, feature_code="PPLC")


def test_it_names_bigger_towns_first_and_small_ones_only_close_up(client, towns):
    wide = names(client, "bbox=20,0,40,20&zoom=4")
    assert "Big City" in wide and "Capital" in wide
    assert "Mid Town" not in wide and "Hamlet" not in wide
    mid = names(client, "bbox=29,9,31,11&zoom=8")
    assert mid.index("Big City") < mid.index("Mid Town") and "Hamlet" not in mid
    assert "Hamlet" in names(client, "bbox=30.1,10.05,30.3,10.15&zoom=12")


def test_it_names_regions_countries_and_water_from_natural_earth(client, db):
    at_4 = names(client, "bbox=30,25,50,40&zoom=4")
    assert {"Syria", "Iraq"} <= set(at_4)
    at_7 = names(client, "bbox=37,34,41,37&zoom=7")
    assert "Ar Raqqah" in at_7 and "Al Furat" in at_7  # the governorate and the Euphrates
    assert "Syria" in names(client, "bbox=37,34,41,37&zoom=6")
    assert "Syria" not in at_7  # country names give way to regions and towns


def test_it_leaves_out_what_is_outside_the_box(client, towns):
    assert names(client, "bbox=0,0,1,1&zoom=12") == []


@pytest.mark.parametrize(
    "query", ["zoom=5", "bbox=0,0,1,1", "bbox=0,0,1,1&zoom=99", "bbox=x&zoom=3"]
)
def test_it_rejects_a_request_without_a_valid_box_and_zoom(client, db, query):
    response = client.get(f"/api/labels.json?{query}")
    assert response.status_code == 400 and "error" in response.json()
