"""/api/events.geojson: the ACLED and UCDP events layer, filtered like the other layers."""

from __future__ import annotations

from pathlib import Path

import pytest

from articles.event_import import import_events
from articles.models import Actor, ActorAlias
from tests.map.factory import make_place

FIXTURES = Path(__file__).parents[1] / "articles" / "fixtures"


@pytest.fixture
def events(db):
    """Both fixtures imported: ACLED SYR1001–SYR1006 (four good rows), UCDP 201901–201903."""
    make_place("Raqqa", 39.0167, 35.9500)
    make_place("Tabqa", 38.5481, 35.8356)
    make_place("Manbij", 37.9500, 36.5281)
    for name, alias in (("Syrian Democratic Forces", "SDF"), ("Islamic State", "IS")):
        actor = Actor.objects.create(name=name)
        ActorAlias.objects.create(actor=actor, alias=alias, case_sensitive=True)
    Actor.objects.create(name="Turkey", kind=Actor.Kind.STATE)
    import_events((FIXTURES / "acled_events.csv").read_bytes(), "acled")
    import_events((FIXTURES / "ucdp_events.csv").read_bytes(), "ucdp")


def ids(client, query: str = "") -> list[str]:
    response = client.get(f"/api/events.geojson?{query}")
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/geo+json"
    return [f["properties"]["event_id"] for f in response.json()["features"]]


def test_every_event_is_a_feature_with_its_uncertainty_and_sources(client, events):
    assert ids(client) == [
        "201903",  # all of 2016, first by its start
        "201902",
        "SYR1001",
        "201901",
        "SYR1002",
        "SYR1003",
        "SYR1006",
    ]
    features = client.get("/api/events.geojson").json()["features"]
    strike = next(f for f in features if f["properties"]["event_id"] == "SYR1002")
    assert strike["geometry"] == {"type": "Point", "coordinates": [37.955, 36.5281]}
    props = strike["properties"]
    assert props["layer"] == "events" and props["dataset"] == "acled"
    assert (props["geo_precision"], props["uncertainty_m"], props["date_precision"]) == (
        2,
        15000,
        2,
    )
    assert props["actor1"]["name"] == "Turkey" and props["actor2"]["name"] == "Civilians (Syria)"
    assert props["actor1_name"] == "Military Forces of Turkey (2016-)"
    assert props["sources"] == "Anadolu Agency" and "3 civilians killed" in props["notes"]
    assert props["place"]["name"] == "Manbij" and props["fatalities"] == 3
    assert "needs_review" not in props and "review_reason" not in props


def test_events_are_filtered_by_date_window_overlap(client, events):
    # An event counts while its date range overlaps the window (UCDP's spans included).
    assert ids(client, "start=2016-11-07&end=2016-11-08") == ["201903", "201902", "SYR1002"]
    assert ids(client, "start=2016-11-10") == ["201903", "201902", "SYR1006"]
    assert ids(client, "end=2016-10-31") == ["201903"]


def test_events_are_filtered_by_actor_on_either_side(client, events):
    assert ids(client, "actor=Turkey") == ["SYR1002"]
    assert ids(client, "actor=SDF") == ["201902", "SYR1001", "SYR1003"]
    assert ids(client, "actor=Islamic+State&start=2016-11-07") == ["201902", "SYR1003"]
    # Actors the import created are filterable by their dataset name.
    assert ids(client, "actor=Government+of+Syria") == ["201903", "201901"]


def test_events_are_filtered_by_bbox_and_paged(client, events):
    assert ids(client, "bbox=37.5,36.3,38.2,36.7") == ["SYR1002"]
    assert ids(client, "bbox=30,25,50,40&start=2016-11-09&end=2016-11-09") == [
        "201903",
        "201902",
        "SYR1003",
    ]
    assert ids(client, "limit=2&offset=1") == ["201902", "SYR1001"]


def test_bad_parameters_get_a_json_error(client, events):
    response = client.get("/api/events.geojson?start=2016-11-31")
    assert response.status_code == 400
    assert "start" in response.json()["error"]


def test_actors_the_events_name_are_on_the_map_actor_list(events):
    on_map = set(Actor.objects.on_map().values_list("name", flat=True))
    assert {"Turkey", "Civilians (Syria)", "Government of Syria"} <= on_map


def test_the_map_asks_for_the_newest_events_as_markers_and_one_in_full(client, events):
    assert ids(client, "order=newest&limit=3") == ["SYR1006", "SYR1003", "SYR1002"]
    markers = client.get("/api/events.geojson?order=newest&fields=marker&limit=3").json()
    starts = [f["properties"]["start"] for f in markers["features"]]
    assert starts == sorted(starts, reverse=True) and starts[0] == "2016-11-12"
    first = markers["features"][0]["properties"]
    assert set(first) == {"id", "event_type", "start", "location", "colour", "uncertainty_m"}
    full = client.get(f"/api/events.geojson?id={first['id']}").json()["features"]
    assert [f["properties"]["id"] for f in full] == [first["id"]]
    assert full[0]["properties"]["notes"]  # the popup's request brings the rest
    newest = client.get("/api/events.geojson?order=newest").json()["features"]
    assert newest[0]["properties"]["start"] >= newest[-1]["properties"]["start"]
    assert client.get("/api/events.geojson?order=latest").status_code == 400
    assert client.get("/api/events.geojson?fields=some").status_code == 400
