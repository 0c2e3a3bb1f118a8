"""The API's HTTP contract: 400 on bad parameters, 405 on writes, 304 on unchanged layers, pinned
query counts.
"""

from __future__ import annotations

import pytest

from tests.map.factory import make_place

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    "/api/places.geojson",
    "/api/mentions.geojson",
    "/api/campaigns.geojson",
    "/api/frontlines.geojson",
    "/api/statements.geojson",
    "/api/actors.json",
    "/api/articles.json",
    "/api/search.json?q=Raqqa",
    "/api/control.geojson?date=2016-11-06",
    "/api/changes.geojson?from=2016-10-01&to=2016-11-06",
    "/api/timeline.json",
]

BAD = [
    ("bbox=1,2,3", "bbox"),
    ("bbox=a,b,c,d", "bbox"),
    ("bbox=40,35,38,36", "bbox"),
    ("bbox=-200,0,10,10", "bbox"),
    ("bbox=nan,0,10,10", "bbox"),
    ("bbox=0,inf,10,10", "bbox"),
    ("srid=3857", "srid"),
    ("srid=abc", "srid"),
    ("start=yesterday", "start"),
    ("start=2016-13-01", "start"),
    ("end=06/11/2016", "end"),
    ("date=2016-02-30", "date"),
    ("start=2016-12-01&end=2016-11-01", "start must not be after end"),
    ("actor=Nobody+at+all", "actor"),
    ("actor=999999", "actor"),
    ("kind=volcano", "kind"),
    ("min_confidence=1.5", "min_confidence"),
    ("min_confidence=-0.1", "min_confidence"),
    ("min_confidence=high", "min_confidence"),
    ("limit=0", "limit"),
    ("limit=-5", "limit"),
    ("limit=100000000", "limit"),
    ("limit=ten", "limit"),
    ("offset=-1", "offset"),
    ("page=0", "page"),
    ("zoom=99", "zoom"),
    ("zoom=x", "zoom"),
]


@pytest.mark.parametrize("url", ENDPOINTS)
@pytest.mark.parametrize("query,field", BAD)
def test_it_rejects_bad_parameters_with_a_json_400(client, db, url, query, field):
    sep = "&" if "?" in url else "?"
    r = client.get(f"{url}{sep}{query}")
    assert r.status_code == 400, (url, query, r.content)
    assert r["Content-Type"] == "application/json"
    assert field in r.json()["error"]


def test_it_rejects_a_bad_place_id_and_an_empty_search(client, seeded):
    assert client.get("/api/mentions.geojson?place=abc").status_code == 400
    r = client.get("/api/search.json?q=")
    assert r.status_code == 400 and "q" in r.json()["error"]


@pytest.mark.parametrize("url", ENDPOINTS)
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_it_is_read_only(client, alice, url, method):
    assert getattr(client, method)(url).status_code == 405
    client.force_login(alice)  # even a superuser cannot write through the API
    assert getattr(client, method)(url).status_code == 405


@pytest.mark.parametrize("url", ENDPOINTS)
def test_it_answers_head(client, db, url):
    assert client.head(url).status_code == 200


def test_it_answers_an_unchanged_layer_with_304(client, seeded):
    first = client.get("/api/places.geojson")
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag and modified
    again = client.get("/api/places.geojson", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert client.get("/api/places.geojson", HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    # A different query is a different representation.
    assert client.get("/api/places.geojson?kind=river", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_it_resends_a_layer_after_a_change(client, seeded):
    etag = client.get("/api/places.geojson")["ETag"]
    make_place("Newly curated", 39.5, 36.5, curated=True)
    changed = client.get("/api/places.geojson", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert "Newly curated" in {f["properties"]["name"] for f in changed.json()["features"]}


# One query for Last-Modified plus the layer's own queries; adding rows must not add queries.
QUERY_COUNTS = {
    "/api/places.geojson": 3,
    "/api/mentions.geojson": 2,
    "/api/mentions.geojson?zoom=3": 3,
    "/api/frontlines.geojson": 2,
    "/api/statements.geojson": 3,
    "/api/campaigns.geojson": 8,  # the campaigns, and those not located
    "/api/actors.json": 3,
    "/api/articles.json": 3,
}


@pytest.mark.parametrize("url,count", QUERY_COUNTS.items())
def test_it_uses_a_fixed_number_of_queries(client, seeded, django_assert_num_queries, url, count):
    with django_assert_num_queries(count):
        assert client.get(url).status_code == 200
