"""Every public API answer on the seed data, byte for byte, against committed snapshots.

Refactoring the queries and serialisers must not change a single byte a client receives.
The snapshots in tests/api/snapshots/ were generated from the code before a refactoring;
after a deliberate change of an answer, regenerate them and review the diff:

    UPDATE_API_SNAPSHOTS=1 .venv/bin/pytest tests/api/test_responses_unchanged.py
    UPDATE_API_SNAPSHOTS=1 TEST_DATABASES=postgis scripts/run_tests.sh
    tests/api/test_responses_unchanged.py

(SpatiaLite first: it writes the shared files; PostGIS then writes `NAME.postgresql.json` only
for a layer where its answers differ.)

Database ids are part of the answers, so the sequences are reset before the data is loaded
(PostgreSQL sequences survive a rolled-back transaction) and the data is created in a fixed
order: the same ids on SpatiaLite and PostGIS. Nothing else needs normalising: the bodies
hold no timestamps of the run (Last-Modified and ETag are headers).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from django.db import connection

from articles.models import Actor
from places.models import Place
from tests.map.factory import load_seeds, make_article, make_mention, make_place, make_statement

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("UPDATE_API_SNAPSHOTS") == "1"

RAQQA_BOX = "bbox=38.5,35.5,39.5,36.5"
WIDE_BOX = "bbox=30,25,50,40"  # over 25 square degrees: the "wide box" query plans
WORLD_BOX = "bbox=-180,-90,180,90"
EMPTY_BOX = "bbox=0,0,1,1"
FILTERS = [
    "",
    RAQQA_BOX,
    WIDE_BOX,
    WORLD_BOX,
    EMPTY_BOX,
    "start=2016-11-01",
    "end=2016-11-05",
    "start=2016-11-06&end=2016-11-06",
    "start=2017-01-01",
    "start=2015-03-01&end=2015-03-31",
    "actor=Islamic+State",
    "actor=SDF",
    "actor=Peshmerga",
    "kind=settlement",
    "kind=river,region",
    "min_confidence=0.5",
    "min_confidence=0.95",
    "limit=3",
    "limit=3&offset=3",
    "limit=2&page=3",
    "date=2016-11-06",
    f"{RAQQA_BOX}&start=2016-11-01&end=2016-11-30&actor=SDF",
    f"{WIDE_BOX}&start=2016-11-06&kind=settlement&min_confidence=0.5",
]
ZOOMS = [
    "zoom=3",
    "zoom=5",
    "zoom=7",
    "zoom=8",
    "zoom=12",
    f"zoom=5&{WIDE_BOX}",
    f"zoom=4&{WORLD_BOX}",
    "zoom=6&start=2016-11-06",
    f"zoom=9&{RAQQA_BOX}",
]
REQUESTS = {
    "places": [f"/api/places.geojson?{q}" for q in FILTERS + ZOOMS],
    "mentions": [f"/api/mentions.geojson?{q}" for q in FILTERS + ZOOMS]
    + [
        "/api/mentions.geojson?place={raqqa}",
        "/api/mentions.geojson?place={raqqa}&zoom=4",
        "/api/mentions.geojson?place={raqqa}&start=2017-01-01",
    ],
    "campaigns": [f"/api/campaigns.geojson?{q}" for q in [*FILTERS, "zoom=5"]],
    "frontlines": [f"/api/frontlines.geojson?{q}" for q in [*FILTERS, "zoom=3", "zoom=10"]],
    "statements": [f"/api/statements.geojson?{q}" for q in FILTERS],
    "actors": ["/api/actors.json", "/api/actors.json?bbox=0,0,1,1"],
    "articles": [f"/api/articles.json?{q}" for q in [*FILTERS, "q=raqqa", "q=nothing+like+this"]],
    "search": [
        "/api/search.json?q=" + q
        for q in (
            "Raqqa",
            "raq",
            "Mosul",
            "Euphrates",
            "SDF",
            "Daesh",
            "Islamic",
            "IS",
            "syr",
            "zzz",
            "%C3%A9",
        )
    ]
    + ["/api/search.json?q=Ra&limit=3", "/api/search.json?q=a&limit=50"],
}


def load_data() -> dict[str, int]:
    """The seeds, plus a few rows the seeds lack: an undated quote, an older article and a
    curated place no article mentions (so every date branch has something to keep or drop)."""
    load_seeds()
    older = make_article(
        "Shelling hit Testville and Raqqa overnight, residents said.",
        title="Older report",
        outlet="Test wire",
        published_at=dt.datetime(2015, 3, 9, 23, 30, tzinfo=dt.UTC),
    )
    testville = make_place("Testville", 38.9, 36.1)
    raqqa = Place.objects.get(name="Raqqa")
    make_mention(older, testville, confidence=0.55)
    make_mention(older, raqqa, confidence=0.97)
    make_place("Curated Hill", 40.2, 35.1, curated=True, kind=Place.Kind.MOUNTAIN)
    make_statement(
        older,
        "residents said",
        places=[testville],
        said_on=None,
        speaker_name="Residents",
        speaker_actor=Actor.objects.get(name="Islamic State"),
    )
    return {"raqqa": raqqa.pk}


def body_text(data) -> str:
    # The API's own serialisation (conflictmap.api.endpoint), so equal text is equal bytes.
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def snapshot_paths(name: str) -> tuple[Path, Path]:
    """The shared snapshot and this backend's own, used where the backends answer differently."""
    return SNAPSHOTS / f"{name}.json", SNAPSHOTS / f"{name}.{connection.vendor}.json"


def read_snapshot(name: str) -> dict:
    shared, own = snapshot_paths(name)
    return json.loads((own if own.exists() else shared).read_text(encoding="utf-8"))


def write_snapshot(name: str, answers: dict) -> None:
    """SpatiaLite (the default database) writes the shared file; another backend writes its
    own file only for answers that differ, e.g. statements without a date, which PostgreSQL
    sorts after the dated ones and SQLite before them."""
    shared, own = snapshot_paths(name)
    text = json.dumps(answers, indent=1, ensure_ascii=False) + "\n"
    if connection.vendor == "sqlite":
        shared.parent.mkdir(exist_ok=True)
        shared.write_text(text, encoding="utf-8")
    elif shared.exists() and json.loads(shared.read_text(encoding="utf-8")) == answers:
        own.unlink(missing_ok=True)
    else:
        own.write_text(text, encoding="utf-8")


def check_snapshots(
    client, requests: dict[str, list[str]], ids: dict[str, int], prefix: str = ""
) -> None:
    mismatches = []
    for layer, urls in requests.items():
        expected = {} if UPDATE else read_snapshot(prefix + layer)
        answers = {}
        for template in urls:
            url = template.format(**ids)
            response = client.get(url)
            assert response.status_code == 200, (url, response.content)
            body = response.content.decode()
            answers[template] = json.loads(body)
            if not UPDATE and (template not in expected or body != body_text(expected[template])):
                mismatches.append(url)
        if UPDATE:
            write_snapshot(prefix + layer, answers)
    assert not mismatches, f"answers differ from tests/api/snapshots for: {mismatches}"


@pytest.fixture
def unlimited(settings):
    settings.API_RATE_LIMIT = None
    settings.API_RATE_LIMIT_STAFF = None


@pytest.mark.django_db(transaction=True, reset_sequences=True)
def test_every_api_answer_matches_its_snapshot(client, unlimited):
    check_snapshots(client, REQUESTS, load_data())


@pytest.mark.django_db(transaction=True, reset_sequences=True)
def test_clustered_places_match_their_snapshot(client, unlimited):
    """Enough curated places (a 21 x 21 grid over Syria and Iraq) for the places layer to
    cluster.
    """
    ids = load_data()
    Place.objects.bulk_create(
        Place(
            name=f"Grid {i:03d}",
            point=Place.make_point(36 + (i % 21) * 0.4, 32 + (i // 21) * 0.4),
            kind=Place.Kind.SETTLEMENT,
            source=Place.Source.CURATOR,
            source_id=f"grid:{i}",
            curated=True,
        )
        for i in range(441)
    )
    zooms = [
        "zoom=2",
        "zoom=4",
        "zoom=6",
        "zoom=7",
        f"zoom=5&{WIDE_BOX}",
        "zoom=5&kind=settlement",
        "zoom=5&start=2016-11-06",
        "zoom=6&min_confidence=0.9",
    ]
    check_snapshots(
        client, {"places": [f"/api/places.geojson?{q}" for q in zooms]}, ids, prefix="clustered-"
    )
