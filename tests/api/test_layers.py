"""The GeoJSON layers: what they return for the seeds and how every parameter filters."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from articles.models import Actor, Mention
from conflictmap import clusters
from places.models import Place
from tests.map.factory import make_article, make_frontline, make_mention, make_place, make_statement

pytestmark = pytest.mark.django_db


def names(response, key="name"):
    assert response.status_code == 200, response.content
    return {f["properties"][key] for f in response.json()["features"]}


def test_it_returns_the_seeded_places_with_mention_counts(client, seeded):
    r = client.get("/api/places.geojson")
    assert r["Content-Type"] == "application/geo+json"
    features = {f["properties"]["name"]: f for f in r.json()["features"]}
    assert features["Raqqa"]["properties"]["mentions"] >= 5
    assert features["Raqqa"]["geometry"]["coordinates"] == pytest.approx([39.008, 35.953], abs=0.01)
    # Rivers are lines, not points.
    assert features["Euphrates"]["geometry"]["type"] in ("LineString", "MultiLineString")
    assert features["Raqqa"]["properties"]["mentions"] > features["Mosul"]["properties"]["mentions"]


def test_it_holds_only_places_on_the_map_not_the_gazetteer(client, seeded):
    make_place("Unmentioned Town", 10, 10)
    ids = {f["properties"]["id"] for f in client.get("/api/places.geojson").json()["features"]}
    # On the map, less what the layer leaves out by default (issue 16): countries, and
    # curated regions and admin areas no article names (Kurdistan Region, the governorate).
    unnamed_areas = Place.objects.filter(kind__in=("region", "admin")).exclude(
        mentions__status__in=("resolved", "confirmed")
    )
    hidden = Place.objects.filter(kind="country") | unnamed_areas
    assert {"Kurdistan Region", "Raqqa Governorate"} <= set(hidden.values_list("name", flat=True))
    expected = set(Place.objects.on_map().values_list("pk", flat=True))
    assert ids == expected - set(hidden.values_list("pk", flat=True))
    assert "Unmentioned Town" not in names(client.get("/api/places.geojson"))


def test_it_filters_places_by_bbox(client, seeded):
    around_raqqa = names(client.get("/api/places.geojson?bbox=38.5,35.5,39.5,36.5"))
    assert "Raqqa" in around_raqqa
    assert "Mosul" not in around_raqqa
    # The Euphrates crosses the box, so its line is included though its point may not be.
    assert "Euphrates" in around_raqqa


def test_it_filters_places_by_date_kind_and_confidence(client, seeded):
    assert names(client.get("/api/places.geojson?start=2016-11-01&end=2016-11-30")) >= {
        "Raqqa",
        "Mosul",
    }
    # Later than any article: only curated places that no article mentions remain.
    timeless = set(
        Place.objects.filter(curated=True)
        .exclude(kind__in=("region", "admin"))  # areas only where mentioned (issue 16)
        .exclude(mentions__status__in=("resolved", "confirmed"))
        .values_list("name", flat=True)
    )
    assert names(client.get("/api/places.geojson?start=2017-01-01")) == timeless
    assert "Raqqa" not in timeless
    assert names(client.get("/api/places.geojson?kind=settlement")) >= {"Raqqa", "Mosul"}
    assert "Syria" not in names(client.get("/api/places.geojson?kind=settlement"))
    Mention.objects.filter(place__name="Mosul").update(confidence=0.3)
    confident = names(client.get("/api/places.geojson?min_confidence=0.5"))
    assert "Raqqa" in confident and "Mosul" not in confident


def test_it_pages_places(client, seeded):
    everything = [f["id"] for f in client.get("/api/places.geojson").json()["features"]]
    first = client.get("/api/places.geojson?limit=2").json()["features"]
    second = client.get("/api/places.geojson?limit=2&offset=2").json()["features"]
    page2 = client.get("/api/places.geojson?limit=2&page=2").json()["features"]
    assert [f["id"] for f in first + second] == everything[:4]
    assert page2 == second


def test_it_lists_mentions_with_links_to_their_sentence(client, seeded):
    features = client.get("/api/mentions.geojson?bbox=38.5,35.5,39.5,36.5").json()["features"]
    assert features and "Mosul" not in {f["properties"]["place"] for f in features}
    for f in features:
        lon, lat = f["geometry"]["coordinates"]
        assert 38.5 <= lon <= 39.5 and 35.5 <= lat <= 36.5
    raqqa = next(f for f in features if f["properties"]["place"] == "Raqqa")
    assert raqqa["properties"]["url"].startswith(f"/articles/{seeded.pk}/?start=")
    assert raqqa["properties"]["date"] == "2016-11-06"


def test_it_filters_mentions_by_date_place_and_kind(client, seeded):
    assert client.get("/api/mentions.geojson?end=2016-11-05").json()["features"] == []
    raqqa = Place.objects.get(geonameid=172955)
    only = client.get(f"/api/mentions.geojson?place={raqqa.pk}").json()["features"]
    assert only and {f["properties"]["place_id"] for f in only} == {raqqa.pk}
    assert {
        f["properties"]["kind"]
        for f in client.get("/api/mentions.geojson?kind=country").json()["features"]
    } == {"country"}


def test_it_clusters_mentions_at_low_zoom(client, seeded):
    low = client.get("/api/mentions.geojson?zoom=3").json()
    high = client.get("/api/mentions.geojson?zoom=12").json()
    assert low["clustered"] is True
    assert sum(f["properties"]["count"] for f in low["features"]) == len(high["features"])
    assert len(low["features"]) < len(high["features"])


def test_it_draws_campaigns_as_arrows_with_sources(client, seeded):
    features = {
        f["properties"]["name"]: f for f in client.get("/api/campaigns.geojson").json()["features"]
    }
    anger = features["Euphrates Anger"]["properties"]
    assert anger["started_on"] == "2016-11-05"
    assert [a["name"] for a in anger["attackers"]] == ["Syrian Democratic Forces"]
    assert anger["colour"] == Actor.objects.get(name="Syrian Democratic Forces").colour
    assert anger["arrow"] is True
    assert "Euphrates Anger" in anger["sources"][0]["sentence"]
    assert anger["sources"][0]["url"].endswith("#source")


def test_it_derives_an_arrow_from_the_attackers_front_line(client, seeded):
    from articles.models import Campaign
    from tests.map.factory import make_campaign

    sdf = Actor.objects.get(name="Syrian Democratic Forces")
    target = Place.objects.get(geonameid=172955)
    Campaign.objects.filter(name="Euphrates Anger").update(geometry=None)
    make_campaign("Test push", attackers=[sdf], targets=[target], started_on=dt.date(2016, 11, 6))
    feature = next(
        f
        for f in client.get("/api/campaigns.geojson").json()["features"]
        if f["properties"]["name"] == "Test push"
    )
    assert feature["geometry"]["type"] == "LineString"
    start, end = feature["geometry"]["coordinates"]
    assert end == pytest.approx([target.point.x, target.point.y], abs=1e-4)
    assert start[1] > end[1]  # the SDF front line lies north of Raqqa


def test_it_filters_campaigns_by_actor_and_date(client, seeded):
    assert names(client.get("/api/campaigns.geojson?actor=SDF")) == {"Euphrates Anger"}
    assert names(client.get("/api/campaigns.geojson?actor=Iraqi Security Forces")) == {
        "Mosul offensive"
    }
    assert names(client.get("/api/campaigns.geojson?end=2016-11-01")) == {"Mosul offensive"}
    assert names(client.get("/api/campaigns.geojson?bbox=38,35,40,37")) == {"Euphrates Anger"}


def test_it_shows_only_front_lines_valid_on_the_date(client, seeded):
    sdf, isis = (
        Actor.objects.get(name="Syrian Democratic Forces"),
        Actor.objects.get(name="Islamic State"),
    )
    make_frontline(
        sdf,
        isis,
        name="Old Raqqa front",
        valid_from=dt.date(2016, 10, 1),
        valid_to=dt.date(2016, 11, 4),
    )
    assert names(client.get("/api/frontlines.geojson?date=2016-10-20")) == {"Old Raqqa front"}
    assert names(client.get("/api/frontlines.geojson?date=2016-11-06")) == {
        "Raqqa northern front",
        "Mosul front",
    }
    assert "Old Raqqa front" in names(
        client.get("/api/frontlines.geojson?start=2016-10-01&end=2016-11-30")
    )
    line = client.get("/api/frontlines.geojson?date=2016-11-06").json()["features"][0]["properties"]
    assert line["side_a"]["colour"].startswith("#") and line["side_b"]["name"] == "Islamic State"


def test_it_filters_front_lines_by_actor_confidence_and_bbox(client, seeded):
    assert names(client.get("/api/frontlines.geojson?actor=Iraqi forces")) == {"Mosul front"}
    assert names(client.get("/api/frontlines.geojson?min_confidence=0.9")) == set()
    assert names(client.get("/api/frontlines.geojson?bbox=38,35,41,37")) == {"Raqqa northern front"}


def test_it_includes_member_groups_in_an_actor_filter(client, seeded):
    ypg = Actor.objects.get(name="People's Protection Units")
    isis = Actor.objects.get(name="Islamic State")
    make_frontline(ypg, isis, name="YPG line")
    assert "YPG line" in names(client.get("/api/frontlines.geojson?actor=Syrian Democratic Forces"))


def test_it_returns_statements_at_their_places(client, seeded):
    features = client.get("/api/statements.geojson").json()["features"]
    mcgurk = [f for f in features if f["properties"]["speaker"] == "Brett McGurk"]
    assert len(mcgurk) == 1
    props = mcgurk[0]["properties"]
    assert props["quote"].startswith("When it comes to Raqqa")
    assert props["role"].startswith("United States Special Envoy")
    assert props["actor"]["name"] == "Global Coalition to Counter ISIS"
    assert props["place"]["name"] == "Raqqa"
    assert props["url"] == f"/articles/{seeded.pk}/?start=1469&end=1942#source"
    # Cafarella speaks about Raqqa and Mosul: one quote marker at each.
    assert len([f for f in features if f["properties"]["speaker"] == "Jennifer Cafarella"]) == 2


def test_it_filters_statements(client, seeded):
    assert names(client.get("/api/statements.geojson?actor=Coalition"), "speaker") == {
        "Brett McGurk"
    }
    around_mosul = names(client.get("/api/statements.geojson?bbox=42.5,36,43.8,36.8"), "speaker")
    assert around_mosul == {"Masrour Barzani", "Jennifer Cafarella"}
    assert names(client.get("/api/statements.geojson?start=2016-11-07"), "speaker") == set()
    assert len(client.get("/api/statements.geojson?limit=1").json()["features"]) == 1


def test_it_lists_actors_with_aliases_and_parents(client, seeded):
    actors = {a["name"]: a for a in client.get("/api/actors.json").json()["actors"]}
    assert "Daesh" in actors["Islamic State"]["aliases"]
    assert actors["People's Protection Units"]["parent"]["name"] == "Syrian Democratic Forces"
    assert actors["Islamic State"]["colour"].startswith("#")


def test_it_lists_articles_with_paging_and_filters(client, seeded):
    make_article(
        "Another text about Testville.",
        title="Later",
        published_at=dt.datetime(2017, 1, 2, tzinfo=dt.UTC),
    )
    page = client.get("/api/articles.json?limit=1").json()
    assert (
        page["count"] == 2 and page["next_offset"] == 1 and page["results"][0]["title"] == "Later"
    )
    assert client.get("/api/articles.json?limit=1&offset=1").json()["results"][0]["id"] == seeded.pk
    assert [a["id"] for a in client.get("/api/articles.json?end=2016-12-31").json()["results"]] == [
        seeded.pk
    ]
    assert [a["id"] for a in client.get("/api/articles.json?actor=ISW").json()["results"]] == [
        seeded.pk
    ]
    assert [
        a["id"] for a in client.get("/api/articles.json?bbox=38.5,35.5,39.5,36.5").json()["results"]
    ] == [seeded.pk]


def test_it_escapes_nothing_but_returns_data_as_json_strings(client, db):
    """Payloads travel as JSON strings; the page (not the API) is where they must stay text."""
    place = make_place("<img src=x onerror=alert(1)>")
    article = make_article(
        "Shelling hit <img src=x onerror=alert(1)> today.", title="<script>alert(1)</script>"
    )
    make_mention(article, place, "<img src=x onerror=alert(1)>")
    make_statement(article, "Shelling hit", places=[place], speaker_name="<b>x</b>")
    r = client.get("/api/statements.geojson")
    assert r.json()["features"][0]["properties"]["speaker"] == "<b>x</b>"
    assert r["Content-Type"] == "application/geo+json"


def test_it_finds_the_same_mentions_through_either_query_plan(client, seeded):
    """A wide bbox with a date window takes the date-driven plan; results must not change."""
    wide = "/api/mentions.geojson?bbox=20,20,60,50&start=2016-11-01&end=2016-11-30"
    narrow_boxes = [f"{x},{y},{x + 4},{y + 4}" for x in range(20, 60, 4) for y in range(20, 50, 4)]
    wide_ids = {f["id"] for f in client.get(wide).json()["features"]}
    pieces = set()
    for box in narrow_boxes:
        pieces |= {
            f["id"]
            for f in client.get(
                f"/api/mentions.geojson?bbox={box}&start=2016-11-01&end=2016-11-30"
            ).json()["features"]
        }
    assert wide_ids and wide_ids == pieces


def test_it_clusters_places_at_low_zoom_only_when_there_are_many(client, seeded, settings):
    from conflictmap import geojson

    few = client.get("/api/places.geojson?zoom=5").json()
    assert "clustered" not in few and "Raqqa" in {
        f["properties"].get("name") for f in few["features"]
    }
    for i in range(geojson.PLACE_CLUSTER_MIN + 1):
        make_place(f"Synthetic {i}", 38 + (i % 40) * 0.1, 34 + (i // 40) * 0.1, curated=True)
    many = client.get("/api/places.geojson?zoom=5").json()
    assert many["clustered"] is True
    clusters = [f for f in many["features"] if f["properties"].get("cluster")]
    shapes = [f for f in many["features"] if not f["properties"].get("cluster")]
    assert sum(c["properties"]["places"] for c in clusters) == geojson.PLACE_CLUSTER_MIN + 1 + len(
        [f for f in few["features"] if f["geometry"]["type"] == "Point"]
    )
    assert all(f["geometry"]["type"] != "Point" for f in shapes)  # rivers and regions stay shapes
    # Through zoom 8 (markercluster took ~0.1 s a redraw there); from 9 every place on its own.
    assert client.get("/api/places.geojson?zoom=8").json()["clustered"] is True
    assert "clustered" not in client.get("/api/places.geojson?zoom=9").json()


def test_it_returns_exactly_the_mentions_in_the_box_and_window(client, db):
    """Checked against a plain Python filter, whatever query shape the database gets."""
    inside, outside = make_place("Inside", 39.0, 36.0), make_place("Outside", 45.0, 30.0)
    early = make_article(
        "Inside and Outside early.",
        published_at=dt.datetime(2016, 10, 1, 9, tzinfo=dt.UTC),
    )
    late = make_article(
        "Inside and Outside late.",
        published_at=dt.datetime(2016, 11, 30, 23, tzinfo=dt.UTC),
    )
    expected = set()
    for article in (early, late):
        for place in (inside, outside):
            m = make_mention(article, place)
            if place is inside and article is late:
                expected.add(f"mention-{m.pk}")
    r = client.get("/api/mentions.geojson?bbox=38.5,35.5,39.5,36.5&start=2016-11-30&end=2016-11-30")
    assert {f["id"] for f in r.json()["features"]} == expected
    feature = r.json()["features"][0]
    assert (
        feature["properties"]["place"] == "Inside" and feature["properties"]["date"] == "2016-11-30"
    )
    assert feature["geometry"]["coordinates"] == [39.0, 36.0]


def test_countries_named_as_a_whole_are_counted_for_shading(client, seeded):
    syria = Place.objects.get(name="Syria", kind="country")
    named = Mention.objects.located().filter(place=syria).count()
    assert named  # the seed article names Syria as a whole
    data = client.get("/api/countries.json").json()["countries"]
    by_code = {c["code"]: c for c in data}
    assert by_code["SY"] == {"code": "SY", "name": "Syria", "mentions": named}
    assert all(c["mentions"] > 0 for c in data)
    assert client.get("/api/countries.json?end=2000-01-01").json() == {"countries": []}


def test_a_cluster_centre_does_not_depend_on_the_order_the_database_returns_rows():
    """PostgreSQL returns unordered rows in any order; float sums taken in another order can
    round the centre to another fifth decimal (these three places did: 38.80397 or 38.80398),
    and a map that moves a cluster by a metre between two identical requests breaks caches."""
    places = [(1, 38.8219, 36.2024), (2, 38.5204, 35.1135), (3, 39.0517, 36.0016)]
    mentions = {1: 4, 2: 2, 3: 2}
    answers = {
        str(clusters.mention_cells(order, mentions, zoom=3))
        for order in itertools.permutations(places)
    }
    weighted = [(mentions[pk], x, y) for pk, x, y in places]
    place_answers = {
        str(clusters.place_cells(order, zoom=3)) for order in itertools.permutations(weighted)
    }
    assert len(answers) == 1 and len(place_answers) == 1
