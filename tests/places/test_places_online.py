"""The optional geopy fallback, against a local HTTP server that answers like Nominatim."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar
from urllib.parse import parse_qs, urlparse

import pytest

from articles.geocoding import geocode_articles
from articles.models import Article, Mention
from places.models import Place
from places.online import OnlineGeocoder

ANSWERS = {
    "Khirbat Zzyzx": [
        {
            "place_id": 1,
            "osm_type": "node",
            "osm_id": 42,
            "lat": "36.6974",
            "lon": "38.9567",
            "display_name": "Khirbat Zzyzx, Raqqa, Syria",
            "class": "place",
            "type": "town",
            "address": {"country_code": "sy"},
        }
    ],
}


class FakeNominatim(BaseHTTPRequestHandler):
    requests: ClassVar[list[dict]] = []

    def do_GET(self):  # the name http.server calls
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        FakeNominatim.requests.append(
            {"path": url.path, **query, "agent": self.headers.get("User-Agent")}
        )
        body = json.dumps(ANSWERS.get(query.get("q", ""), [])).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def nominatim():
    FakeNominatim.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeNominatim)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def make_geocoder(domain: str) -> OnlineGeocoder:
    from geopy.geocoders import Nominatim

    return OnlineGeocoder(
        Nominatim(user_agent="conflictmap-tests", domain=domain, scheme="http"), min_delay_seconds=0
    )


def test_it_asks_once_and_caches_the_answer_in_the_database(nominatim, db):
    geocoder = make_geocoder(nominatim)
    first = geocoder.geocode("Khirbat Zzyzx")
    assert first.created and first.place.source == Place.Source.ONLINE
    assert (round(first.place.lat, 2), first.place.country_code) == (36.70, "SY")
    again = geocoder.geocode("Khirbat Zzyzx")
    assert again.place.pk == first.place.pk and not again.created
    assert len(FakeNominatim.requests) == 1
    assert FakeNominatim.requests[0]["agent"] == "conflictmap-tests"


def test_it_remembers_names_with_no_answer(nominatim, db):
    geocoder = make_geocoder(nominatim)
    assert geocoder.geocode("Nowhereville Qq") is None
    assert geocoder.geocode("Nowhereville Qq") is None
    assert len(FakeNominatim.requests) == 1


def test_the_job_uses_it_only_when_given_and_stores_an_online_mention(nominatim, gazetteer, db):
    article = Article.objects.create(
        title="t",
        published_at=datetime(2016, 11, 6, tzinfo=UTC),
        text="Fighters advanced from Raqqa to positions near Khirbat Zzyzx.",
    )
    geocode_articles([article])
    assert not article.mentions.filter(method="online").exists()  # off by default
    geocode_articles([article], online=make_geocoder(nominatim))
    mention = article.mentions.get(text="Khirbat Zzyzx")
    assert (mention.method, mention.status) == ("online", Mention.Status.RESOLVED)
    assert mention.place.source == Place.Source.ONLINE
    assert article.mentions.get(text="Raqqa").method != "online"
