"""/api/control.geojson (who holds what on a day) and /api/changes.geojson (what changed
between two days) on a fixture where two towns and one area change hands (issue 15)."""

from __future__ import annotations

import pytest

from tests.api.control_fixture import VALLEY_KM2, build_war

pytestmark = pytest.mark.django_db


@pytest.fixture
def war():
    return build_war()


def by_place(data: dict) -> dict[str, dict]:
    return {
        f["properties"]["place"]["name"]: f["properties"]
        for f in data["features"]
        if f["properties"]["type"] == "settlement"
    }


def test_changes_lists_the_two_towns_that_changed_hands_with_their_sources(client, war):
    data = client.get("/api/changes.geojson?from=2024-05-05&to=2024-05-20").json()
    towns = by_place(data)
    assert sorted(towns) == ["Alpha", "Beta"]  # Gamma: only B's claim, which never wins
    alpha = towns["Alpha"]
    assert alpha["from_side"]["name"] == "Side A" and alpha["to_side"]["name"] == "Side B"
    [report] = alpha["observations"]
    assert report["kind"] == "reported" and report["observed_on"] == "2024-05-14"
    article = war["article"]
    start, end = war["reported"].sentence_start, war["reported"].sentence_end
    assert report["source"]["url"] == f"/articles/{article.pk}/?start={start}&end={end}#source"
    assert war["reported"].sentence == "Residents said Alpha fell to B on Tuesday."
    assert [o["source"]["feature"] for o in towns["Beta"]["observations"]] == ["beta-2"]


def test_changes_measures_the_area_that_changed_hands_within_one_percent(client, war):
    data = client.get("/api/changes.geojson?from=2024-05-05&to=2024-05-20").json()
    areas = [f for f in data["features"] if f["properties"]["type"] == "area"]
    assert sorted((f["properties"]["change"], f["properties"]["side"]["name"]) for f in areas) == [
        ("gain", "Side B"),
        ("loss", "Side A"),
    ]
    for feature in areas:
        assert feature["properties"]["area_km2"] == pytest.approx(VALLEY_KM2, rel=0.01)
        sources = feature["properties"]["observations"]
        assert [s["source"]["feature"] for s in sources] == ["7"]
        assert sources[0]["source"]["name"] == "Test analysts"
    summary = {row["side"]["name"]: row for row in data["summary"]}
    assert summary["Side B"]["gained_km2"] == pytest.approx(VALLEY_KM2, rel=0.01)
    assert summary["Side A"]["lost_km2"] == pytest.approx(VALLEY_KM2, rel=0.01)
    assert summary["Side B"]["settlements_gained"] == 2
    assert summary["Side A"]["settlements_lost"] == 2
    assert summary["Side A"]["gained_km2"] == 0 and summary["Side B"]["lost_km2"] == 0


def test_nothing_changed_before_the_first_change(client, war):
    data = client.get("/api/changes.geojson?from=2024-05-01&to=2024-05-09").json()
    assert data["features"] == [] and data["summary"] == []


def test_changes_within_a_bbox_keep_its_towns_and_clip_its_areas(client, war):
    # The western half of the Valley, with Alpha (36.2) but not Beta (36.8).
    data = client.get(
        "/api/changes.geojson?from=2024-05-05&to=2024-05-20&bbox=35,34,36.5,37"
    ).json()
    assert sorted(by_place(data)) == ["Alpha"]
    areas = [
        f["properties"]["area_km2"] for f in data["features"] if f["properties"]["type"] == "area"
    ]
    assert areas and all(a == pytest.approx(VALLEY_KM2 / 2, rel=0.01) for a in areas)


def test_control_shows_each_kind_side_by_side_and_flags_disagreement(client, war):
    data = client.get("/api/control.geojson?date=2024-05-13").json()
    towns = by_place(data)
    gamma = towns["Gamma"]
    assert gamma["side"]["name"] == "Side A"  # B's claim does not override the assessment
    assert gamma["disputed"] is True
    claimed, assessed = gamma["observations"]["claimed"], gamma["observations"]["assessed"]
    assert claimed["side"]["name"] == "Side B" and claimed["claimant"]["name"] == "Side B"
    assert claimed["observed_on"] == "2024-05-12" and assessed["observed_on"] == "2024-05-01"
    assert gamma["observations"]["reported"] is None
    assert towns["Alpha"]["side"]["name"] == "Side A" and towns["Alpha"]["disputed"] is False
    assert towns["Beta"]["side"]["name"] == "Side B"  # assessed on 10 May, claimed A on 2 May
    assert towns["Beta"]["disputed"] is True


def test_control_shows_each_areas_latest_version_on_the_day(client, war):
    def areas(day: str) -> dict[str, tuple[str, float]]:
        data = client.get(f"/api/control.geojson?date={day}").json()
        return {
            f["properties"]["name"]: (f["properties"]["side"]["name"], f["properties"]["area_km2"])
            for f in data["features"]
            if f["properties"]["type"] == "area"
        }

    assert set(areas("2024-05-14")) == {"Hills", "Valley"}
    assert areas("2024-05-14")["Valley"][0] == "Side A"
    assert areas("2024-05-15")["Valley"][0] == "Side B"
    assert areas("2024-05-15")["Hills"][0] == "Side A"
    assert areas("2024-05-15")["Valley"][1] == pytest.approx(VALLEY_KM2, rel=0.01)
    assert areas("2024-04-30") == {}


def test_control_after_the_changes_and_within_a_bbox(client, war):
    towns = by_place(client.get("/api/control.geojson?date=2024-05-20").json())
    assert {name: p["side"]["name"] for name, p in towns.items()} == {
        "Alpha": "Side B",
        "Beta": "Side B",
        "Gamma": "Side A",
    }
    boxed = client.get("/api/control.geojson?date=2024-05-20&bbox=39,37,40,38").json()
    assert sorted(by_place(boxed)) == ["Gamma"]
    assert [f["properties"]["type"] for f in boxed["features"]] == ["settlement"]


def test_control_at_continent_zoom_draws_areas_and_leaves_towns_for_closer_zooms(client, war):
    far = client.get("/api/control.geojson?date=2024-05-15&zoom=4").json()
    assert by_place(far) == {}
    assert {f["properties"]["name"] for f in far["features"]} == {"Hills", "Valley"}
    assert far["settlements_from_zoom"] == 6
    near = client.get("/api/control.geojson?date=2024-05-15&zoom=6").json()
    assert sorted(by_place(near)) == ["Alpha", "Beta", "Gamma"]
    assert "settlements_from_zoom" not in near


@pytest.mark.parametrize(
    "query, message",
    [
        ("to=2024-05-20", "from:"),
        ("from=2024-05-20", "to:"),
        ("from=2024-13-01&to=2024-05-20", "from:"),
        ("from=2024-05-01&to=yesterday", "to:"),
        ("from=2024-05-20&to=2024-05-01", "from must not be after to"),
        ("from=2010-01-01&to=2020-01-01", "days apart"),
        ("from=1800-01-01&to=1801-01-01", "from:"),
        ("from=2024-05-01&to=2024-05-20&bbox=40,35,38,36", "bbox:"),
    ],
)
def test_bad_ranges_are_a_400_with_a_json_error(client, war, query, message):
    response = client.get(f"/api/changes.geojson?{query}")
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_a_bad_date_on_the_control_layer_is_a_400(client, war):
    response = client.get("/api/control.geojson?date=2024-02-30")
    assert response.status_code == 400 and response.json()["error"].startswith("date:")


def test_an_area_that_moved_out_of_the_box_is_not_drawn_from_its_old_version(client, war):
    from tests.api.control_fixture import observe, square

    observe(war["a"], "2024-05-18", area=square(45, 30), area_name="Hills", source_feature="far")
    inside = "bbox=37.2,35.2,37.8,35.8"
    before = client.get(f"/api/control.geojson?date=2024-05-17&{inside}").json()
    assert [f["properties"]["name"] for f in before["features"]] == ["Hills"]
    after = client.get(f"/api/control.geojson?date=2024-05-18&{inside}").json()
    assert after["features"] == []


def test_an_areas_holes_are_not_counted_in_its_km2():
    from django.contrib.gis.geos import Polygon

    from conflictmap.control_layer import km2

    outer = ((36, 35), (37, 35), (37, 36), (36, 36), (36, 35))
    inner = ((36.2, 35.2), (36.2, 35.4), (36.4, 35.4), (36.4, 35.2), (36.2, 35.2))
    holed = Polygon(outer, inner, srid=4326)
    assert km2(Polygon(outer, srid=4326)) == pytest.approx(VALLEY_KM2, rel=0.01)
    assert km2(holed) == pytest.approx(
        km2(Polygon(outer, srid=4326)) - km2(Polygon(inner, srid=4326)), rel=1e-9
    )
    assert km2(holed) < VALLEY_KM2 * 0.97
