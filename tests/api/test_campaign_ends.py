"""Campaigns that end and move (issue 15): an arrow's tail is the origin the text gives, else
the attacker's nearest held place, else its front line; an ended campaign is drawn faded for
CAMPAIGN_FADE_DAYS, then leaves the map; a campaign with nothing to point at is listed as not
located, never dropped."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.models import Campaign, ControlObservation
from tests.api.control_fixture import observe
from tests.map.factory import make_actor, make_campaign, make_place

pytestmark = pytest.mark.django_db
Kind = ControlObservation.Kind


@pytest.fixture
def sides():
    return make_actor(name="Northern Army", colour="#aa3300"), make_actor(name="Southern Army")


def features(client, query: str = "") -> dict[str, list[dict]]:
    data = client.get(f"/api/campaigns.geojson?{query}").json()
    found: dict[str, list[dict]] = {}
    for f in data["features"]:
        found.setdefault(f["properties"]["name"], []).append(f)
    return found


def test_the_arrow_starts_at_the_origin_the_text_gives(client, sides):
    north, _ = sides
    town = make_place("Hilltown", 36.0, 36.0)
    base = make_place("Riverbase", 36.0, 36.8)
    make_campaign("Hilltown push", attackers=[north], targets=[town], origin=base)
    (feature,) = features(client)["Hilltown push"]
    assert feature["geometry"] == {
        "type": "LineString",
        "coordinates": [[36.0, 36.8], [36.0, 36.0]],
    }
    assert feature["properties"]["origin"] == {"name": "Riverbase", "from": "text"}
    assert feature["properties"]["arrow"] is True


def test_without_an_origin_the_arrow_starts_at_the_attackers_nearest_held_place(client, sides):
    north, south = sides
    target = make_place("Target", 36.0, 36.0)
    near = make_place("Near", 36.3, 36.0)  # held by the attacker: the tail
    far = make_place("Far", 37.0, 36.0)  # the attacker's too, further away
    enemy = make_place("Enemy", 36.1, 36.0)  # nearer, but the defender's
    later = make_place("Later", 36.05, 36.0)  # the attacker's only after the campaign began
    for place, side, day in (
        (near, north, "2024-04-01"),
        (far, north, "2024-04-01"),
        (enemy, south, "2024-04-01"),
        (later, north, "2024-06-01"),
    ):
        observe(side, day, place=place, source_feature=place.name)
    # The press reports the defender in Near later: irrelevant to where the campaign began.
    observe(south, "2024-05-20", kind=Kind.REPORTED, place=near, source_feature="near-2")
    make_campaign(
        "Target push", attackers=[north], targets=[target], started_on=dt.date(2024, 5, 1)
    )
    (feature,) = features(client, "end=2024-06-10")["Target push"]
    assert feature["geometry"]["coordinates"] == [[36.3, 36.0], [36.0, 36.0]]
    assert feature["properties"]["origin"] == {"name": None, "from": "held place"}


def test_a_campaign_with_no_held_place_nor_front_line_is_a_ring_on_its_target(client, sides):
    north, _ = sides
    target = make_place("Lonely", 30.0, 30.0)
    make_campaign("Lonely push", attackers=[north], targets=[target])
    (feature,) = features(client)["Lonely push"]
    assert feature["geometry"]["type"] == "Point"
    assert (feature["properties"]["arrow"], feature["properties"]["origin"]) == (False, None)


@pytest.mark.parametrize(
    ("end", "phase"),
    [
        ("2024-05-09", "ongoing"),  # before its end
        ("2024-05-10", "ended"),  # its last day: faded from then
        ("2024-06-09", "ended"),  # 30 days after its end: still faded
        ("2024-06-10", None),  # 31 days after: history, off the map
    ],
)
def test_an_ended_campaign_fades_then_leaves_the_map(client, sides, end, phase):
    north, _ = sides
    target = make_place("Fortown", 36.0, 36.0)
    make_campaign(
        "Fortown push",
        attackers=[north],
        targets=[target],
        started_on=dt.date(2024, 4, 1),
        ended_on=dt.date(2024, 5, 10),
        status=Campaign.Status.ENDED,
    )
    found = features(client, f"end={end}")
    got = found["Fortown push"][0]["properties"]["phase"] if "Fortown push" in found else None
    assert got == phase


def test_the_fade_lasts_as_long_as_the_setting_says(client, sides, settings):
    north, _ = sides
    make_campaign(
        "Short fade",
        attackers=[north],
        targets=[make_place("Shortville", 36.0, 36.0)],
        started_on=dt.date(2024, 4, 1),
        ended_on=dt.date(2024, 5, 10),
    )
    settings.CAMPAIGN_FADE_DAYS = 5
    assert "Short fade" in features(client, "end=2024-05-15")
    assert "Short fade" not in features(client, "end=2024-05-16")
    # Back on its dates, it is drawn again.
    assert features(client, "end=2024-05-01")["Short fade"][0]["properties"]["phase"] == "ongoing"


def test_a_campaign_without_a_target_is_listed_as_not_located(client, sides):
    north, _ = sides
    make_campaign("Nowhere push", attackers=[north], started_on=dt.date(2024, 4, 1))
    make_campaign(
        "Old nowhere push",
        attackers=[north],
        started_on=dt.date(2020, 1, 1),
        ended_on=dt.date(2020, 2, 1),
    )
    for query in ("end=2024-05-01", "end=2024-05-01&bbox=0,0,1,1"):
        data = client.get(f"/api/campaigns.geojson?{query}").json()
        assert data["features"] == []
        assert [(c["name"], c["phase"]) for c in data["not_located"]] == [
            ("Nowhere push", "ongoing")
        ]
        assert data["not_located"][0]["attackers"][0]["name"] == "Northern Army"
    # Filtered by actor like the layer: the other side's map does not list it.
    other = client.get("/api/campaigns.geojson?end=2024-05-01&actor=Southern Army").json()
    assert other["not_located"] == []
