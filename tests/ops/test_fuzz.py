"""Hostile input: ≥10,000 malformed requests to every public endpoint, no 5xx, no data change.

A seeded random corpus (reproducible: the seed is in the failure message) mixes known
parameters with wrong types, huge and non-finite numbers, SQL and path strings, broken
percent-encoding and unicode edge cases; a Hypothesis test then explores parameter
combinations. Requests go through the Django test client with CSRF checks on.
"""

from __future__ import annotations

import os
import random
from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from tests.ops.world import build_world, fingerprint

ENDPOINTS = [
    "/",
    "/api/places.geojson",
    "/api/mentions.geojson",
    "/api/campaigns.geojson",
    "/api/frontlines.geojson",
    "/api/statements.geojson",
    "/api/actors.json",
    "/api/articles.json",
    "/api/search.json",
    "/admin/login/",
]
ARTICLE_PAGE = "/articles/{}/"
PARAMS = ["bbox", "srid", "start", "end", "date", "actor", "kind", "min_confidence", "limit", "offset",
          "page", "zoom", "q", "place", "format", "callback", "status", "id", "next", "lang"]
HOSTILE = [
    "", " ", "'", '"', "`", "' OR '1'='1", "1 OR 1=1", "1; DROP TABLE articles_article;--",
    "'); DELETE FROM places_place; --", "1 UNION SELECT password FROM auth_user--", "%' AND 1=1 --",
    "../../../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/shadow", "file:///etc/passwd",
    "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
    "{{7*7}}", "${7*7}", "%s%s%s%n", "\x00", "a\x00b", "\r\nSet-Cookie: x=1", "\t", "\u200b",
    "\u202e\u0644\u0627", "\ufeff", "\uffff", "𝕏", "🏳️‍🌈", "ｒａｑｑａ", "İ", "ß", "Ⅻ", "١٢٣", "１２３",
    "NaN", "nan", "-nan", "inf", "-inf", "Infinity", "1e309", "-1e309", "1e-400", "0x1F", "0b11", "1_000",
    "-0", "+5", "0.5e1", "9" * 400, "-" + "9" * 30, "18446744073709551616", "-9223372036854775809",
    "2147483648", "1.7976931348623157e308", "null", "None", "true", "false", "[]", "{}", "[1,2]",
    "{\"$gt\": \"\"}", "0,0,0,0", "1,2,3", "1,2,3,4,5", ",,,", "a,b,c,d", "180,90,-180,-90",
    "-181,-91,181,91", "-180,-90,180,90", "nan,nan,nan,nan", "inf,0,0,0", "1e309,1,2,3", "35,39,36,40",
    "2016-02-30", "2016-13-01", "2016-11-06", "0000-01-01", "0001-01-01", "9999-12-31", "10000-01-01",
    "-2016-01-01", "2016-11-06T25:00:00", "2016/11/06", "06/11/2016", "yesterday", "\u0662\u0660\u0661\u0666-11-06",
    "x" * 5000, "é" * 1000, "%", "%%", "%zz", "%00", "%c0%ae", "%ff%fe", "+", "&", "=", "#", "?", ";",
]


def random_value(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.45:
        return rng.choice(HOSTILE)
    if roll < 0.6:
        return str(rng.choice([rng.randint(-10**20, 10**20), rng.randint(-5, 30), rng.randint(0, 2**63)]))
    if roll < 0.7:
        return repr(rng.uniform(-1e6, 1e6))
    if roll < 0.8:
        return ",".join(str(rng.choice([rng.uniform(-200, 200), rng.choice(HOSTILE)])) for _ in range(rng.randint(0, 6)))
    if roll < 0.9:
        return "".join(chr(rng.choice([rng.randint(0, 0x7f), rng.randint(0x80, 0xd7ff), rng.randint(0xe000, 0x10ffff)]))
                       for _ in range(rng.randint(1, 40)))
    return rng.choice(HOSTILE) + rng.choice(HOSTILE)


def query_string(rng: random.Random) -> str:
    pairs = []
    for _ in range(rng.randint(0, 6)):
        key = rng.choice(PARAMS) if rng.random() < 0.85 else random_value(rng)
        pairs.append(f"{quote(key, safe='')}={quote(random_value(rng), safe='')}")
    if rng.random() < 0.1:  # raw, broken encodings straight into QUERY_STRING
        pairs.append(rng.choice(["%zz=1", "bbox=%", "q=%ff%fe", "limit", "=", "&&&", "start=%00"]))
    return "&".join(pairs)


def random_request(rng: random.Random, article_ids: list[int]) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.12:
        ident = rng.choice([*map(str, article_ids), "0", "-1", "18446744073709551616", "9" * 40,
                            "99999999", quote(rng.choice(HOSTILE), safe=""), "1.5", "１"])
        path = ARTICLE_PAGE.format(ident)
    elif roll < 0.15:
        path = "/" + quote(random_value(rng), safe="/") + rng.choice(["", ".geojson", ".json", "/"])
    else:
        path = rng.choice(ENDPOINTS)
    qs = query_string(rng)
    method = rng.choices(["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"], weights=[80, 6, 6, 3, 3, 2])[0]
    return method, f"{path}?{qs}" if qs else path


def send(client: Client, method: str, url: str, rng: random.Random):
    headers = {}
    if rng.random() < 0.2:
        headers["HTTP_IF_NONE_MATCH"] = rng.choice(['"abc"', "*", "W/\"x\"", random_value(rng)])
    if rng.random() < 0.1:
        headers["HTTP_IF_MODIFIED_SINCE"] = rng.choice(["Sun, 06 Nov 2016 08:49:37 GMT", "garbage", random_value(rng)])
    if rng.random() < 0.1:
        headers["HTTP_ACCEPT"] = rng.choice(["*/*", "text/html", "application/json", random_value(rng)])
    if method == "POST":
        return client.post(url, {k: random_value(rng) for k in rng.sample(PARAMS, 3)}, **headers)
    return client.generic(method, url, **headers)


@pytest.fixture
def world(db):
    rows = [build_world("Raqqa", n=0), build_world("Mosul", n=1), build_world("Manbij", n=2)]
    return [row["article"].pk for row in rows]


@pytest.mark.slow
def test_it_answers_ten_thousand_hostile_requests_without_a_server_error(world):
    seed = int(os.getenv("FUZZ_SEED", "20161106"))
    total = int(os.getenv("FUZZ_REQUESTS", "10000"))
    rng = random.Random(seed)
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    before = fingerprint()
    failures: list[str] = []
    statuses: dict[int, int] = {}
    for i in range(total):
        method, url = random_request(rng, world)
        response = send(client, method, url, rng)
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
        if response.status_code >= 500 and len(failures) < 20:
            failures.append(f"#{i} {method} {url[:300]!r} -> {response.status_code}")
    assert sum(statuses.values()) == total >= 10_000
    assert not failures, f"server errors (FUZZ_SEED={seed}):\n" + "\n".join(failures)
    assert fingerprint() == before, "hostile requests changed stored data"
    # The corpus must reach the views, not only bounce off validation.
    assert statuses.get(200, 0) > total // 10, statuses
    assert statuses.get(400, 0) > total // 20, statuses


PARAM_VALUES = st.one_of(
    st.sampled_from(HOSTILE),
    st.integers().map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=50),
    st.lists(st.floats(allow_nan=True, allow_infinity=True), max_size=5).map(lambda xs: ",".join(map(str, xs))),
    st.dates().map(str),
)


@given(path=st.sampled_from(ENDPOINTS[1:9]),
       params=st.dictionaries(st.sampled_from(PARAMS), PARAM_VALUES, max_size=6))
@hsettings(max_examples=int(os.getenv("FUZZ_EXAMPLES", "400")), deadline=None,
           suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_it_never_fails_on_generated_api_parameters(world, path, params):
    client = Client(raise_request_exception=False)
    response = client.get(path, params)
    assert response.status_code < 500, (path, params)
    if response.status_code == 400:
        assert "error" in response.json()
