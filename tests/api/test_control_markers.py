"""The map's compact control layer (`/api/control.geojson?fields=marker`) and the popup's
queries for one settlement or area (`place=`, `area=`): the same holders and flags as the
full layer, without the observations, which a popup fetches for its one feature."""

from __future__ import annotations

import pytest
from django.contrib.gis.geos import MultiPolygon, Polygon

from conflictmap.control_markers import outline_json
from tests.api.control_fixture import build_war, observe, square

pytestmark = pytest.mark.django_db


@pytest.fixture
def war():
    return build_war()


def flags(data: dict, sides: dict | None = None) -> dict[str, tuple]:
    """feature id -> (holder's name, as of, contested, disputed), from either answer."""
    rows = {}
    for f in data["features"]:
        p = f["properties"]
        side = sides[str(p["side_id"])] if sides is not None else p["side"]
        rows[f["id"]] = (side["name"], p["as_of"], p["contested"], p["disputed"])
    return rows


@pytest.mark.parametrize(
    "query",
    [
        "date=2024-05-13",
        "date=2024-05-20",
        "date=2024-05-15&zoom=4",
        "date=2024-05-20&bbox=39,37,40,38&zoom=9",
        "date=2024-05-20&bbox=-180,-90,180,90&zoom=2",
        "date=2024-04-30",
    ],
)
def test_markers_hold_the_full_layers_features_and_flags(client, war, query):
    full = client.get(f"/api/control.geojson?{query}").json()
    compact = client.get(f"/api/control.geojson?{query}&fields=marker").json()
    assert flags(compact, compact["sides"]) == flags(full)
    assert compact["date"] == full["date"]
    assert compact.get("settlements_from_zoom") == full.get("settlements_from_zoom")
    for feature in compact["features"]:
        assert "observations" not in feature["properties"]
        assert set(compact["sides"][str(feature["properties"]["side_id"])]) == {
            "id",
            "name",
            "colour",
            "kind",
        }


def test_markers_carry_the_settlements_place_and_the_areas_outline(client, war):
    data = client.get("/api/control.geojson?date=2024-05-15&fields=marker").json()
    by_id = {f["id"]: f for f in data["features"]}
    alpha = by_id[f"control-place-{war['alpha'].pk}"]
    assert alpha["properties"]["place"] == {"id": war["alpha"].pk, "name": "Alpha"}
    assert alpha["geometry"] == {"type": "Point", "coordinates": [36.2, 35.5]}
    valley = by_id[f"control-area-{war['valley_b'].pk}"]
    assert valley["properties"]["name"] == "Valley"
    assert valley["geometry"] == {
        "type": "Polygon",
        "coordinates": [[[36, 35], [37, 35], [37, 36], [36, 36], [36, 35]]],
    }


def test_an_area_that_moved_out_of_the_box_is_not_drawn_as_a_marker_either(client, war):
    observe(war["a"], "2024-05-18", area=square(45, 30), area_name="Hills", source_feature="far")
    inside = "bbox=37.2,35.2,37.8,35.8&fields=marker"
    before = client.get(f"/api/control.geojson?date=2024-05-17&{inside}").json()
    assert [f["properties"]["name"] for f in before["features"]] == ["Hills"]
    after = client.get(f"/api/control.geojson?date=2024-05-18&{inside}").json()
    assert after["features"] == []


def test_a_popup_fetches_its_one_settlement_with_its_sources(client, war):
    url = f"/api/control.geojson?date=2024-05-13&place={war['gamma'].pk}"
    [gamma] = client.get(url).json()["features"]
    observations = gamma["properties"]["observations"]
    assert observations["claimed"]["side"]["name"] == "Side B"
    assert observations["assessed"]["observed_on"] == "2024-05-01"
    assert observations["claimed"]["source"]["url"].startswith(
        f"/articles/{war['article'].pk}/?start="
    )


def test_a_popup_fetches_its_one_area_by_name(client, war):
    [valley] = client.get("/api/control.geojson?date=2024-05-15&area=Valley").json()["features"]
    assert valley["properties"]["name"] == "Valley"
    assert valley["properties"]["observations"]["assessed"]["side"]["name"] == "Side B"
    assert client.get("/api/control.geojson?date=2024-05-15&area=Nowhere").json()["features"] == []


@pytest.mark.parametrize(
    "query, message",
    [
        ("fields=everything", "fields:"),
        ("place=abc", "place:"),
        ("area=" + "x" * 201, "area:"),
    ],
)
def test_bad_marker_and_popup_parameters_are_a_400(client, war, query, message):
    response = client.get(f"/api/control.geojson?date=2024-05-15&{query}")
    assert response.status_code == 400
    assert response.json()["error"].startswith(message)


def test_large_outlines_are_simplified_to_about_a_pixel():
    # A circle of 400 vertices, ~1° across: at zoom 3 (a pixel ≈ 0.5°) a few remain.
    import math

    ring = [
        (40 + 0.5 * math.cos(2 * math.pi * i / 400), 35 + 0.5 * math.sin(2 * math.pi * i / 400))
        for i in range(400)
    ]
    circle = MultiPolygon(Polygon([*ring, ring[0]]), srid=4326)
    far = outline_json(bytes(circle.wkb), 3, None)
    near = outline_json(bytes(circle.wkb), 14, None)
    assert far["type"] == "Polygon" and 4 <= len(far["coordinates"][0]) < 20
    assert len(near["coordinates"][0]) > 100
    assert outline_json(bytes(circle.wkb), 3, (50, 50, 60, 60)) is None
