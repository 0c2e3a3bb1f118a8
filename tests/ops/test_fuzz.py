"""Hostile input: ≥10,000 malformed requests to every public endpoint, no 5xx, no data change.

A seeded random corpus (reproducible: the seed is in the failure message) mixes known
parameters with wrong types, huge and non-finite numbers, SQL and path strings, broken
percent-encoding and unicode edge cases; then each API endpoint gets 10,000 queries of
its own, weighted toward the classes that once gave 500s (issue 11): digits and numerals
of other scripts, boundary and overflow numbers, extreme dates, and world and
antimeridian bboxes. A Hypothesis test explores parameter combinations. Requests go
through the Django test client (full middleware stack, CSRF checks on, no sleeps).
"""

from __future__ import annotations

import logging
import os
import random
from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

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
API_ENDPOINTS = [url for url in ENDPOINTS if url.startswith("/api/")]
ARTICLE_PAGE = "/articles/{}/"
PARAMS = [
    "bbox",
    "srid",
    "start",
    "end",
    "date",
    "actor",
    "kind",
    "min_confidence",
    "limit",
    "offset",
    "page",
    "zoom",
    "q",
    "place",
    "format",
    "callback",
    "status",
    "id",
    "next",
    "lang",
]
HOSTILE = [
    "",
    " ",
    "'",
    '"',
    "`",
    "' OR '1'='1",
    "1 OR 1=1",
    "1; DROP TABLE articles_article;--",
    "'); DELETE FROM places_place; --",
    "1 UNION SELECT password FROM auth_user--",
    "%' AND 1=1 --",
    "../../../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "/etc/shadow",
    "file:///etc/passwd",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "{{7*7}}",
    "${7*7}",
    "%s%s%s%n",
    "\x00",
    "a\x00b",
    "\r\nSet-Cookie: x=1",
    "\t",
    "\u200b",
    "\u202e\u0644\u0627",
    "\ufeff",
    "\uffff",
    "𝕏",
    "🏳️‍🌈",
    "ｒａｑｑａ",
    "İ",
    "ß",
    "Ⅻ",
    "١٢٣",
    "１２３",
    "NaN",
    "nan",
    "-nan",
    "inf",
    "-inf",
    "Infinity",
    "1e309",
    "-1e309",
    "1e-400",
    "0x1F",
    "0b11",
    "1_000",
    "-0",
    "+5",
    "0.5e1",
    "9" * 400,
    "-" + "9" * 30,
    "18446744073709551616",
    "-9223372036854775809",
    "2147483648",
    "1.7976931348623157e308",
    "null",
    "None",
    "true",
    "false",
    "[]",
    "{}",
    "[1,2]",
    '{"$gt": ""}',
    "0,0,0,0",
    "1,2,3",
    "1,2,3,4,5",
    ",,,",
    "a,b,c,d",
    "180,90,-180,-90",
    "-181,-91,181,91",
    "-180,-90,180,90",
    "nan,nan,nan,nan",
    "inf,0,0,0",
    "1e309,1,2,3",
    "35,39,36,40",
    "2016-02-30",
    "2016-13-01",
    "2016-11-06",
    "0000-01-01",
    "0001-01-01",
    "9999-12-31",
    "10000-01-01",
    "-2016-01-01",
    "2016-11-06T25:00:00",
    "2016/11/06",
    "06/11/2016",
    "yesterday",
    "\u0662\u0660\u0661\u0666-11-06",
    "x" * 5000,
    "é" * 1000,
    "%",
    "%%",
    "%zz",
    "%00",
    "%c0%ae",
    "%ff%fe",
    "+",
    "&",
    "=",
    "#",
    "?",
    ";",
]

# Classes the first corpus never generated (each once a 500 or a cost):
# digits and numerals that str.isdigit(), int() or float() accept but are not ASCII.
UNICODE_NUMERALS = [
    "\u00b2",
    "\u00b3",
    "\u00b9",
    "\u2070",
    "\u2460",
    "\u2469",
    "\u2473",
    "\u24ea",
    "\u2776",
    "\u277f",
    "\u0661",
    "\u0669\u0669",
    "\u06f1\u06f2",
    "\u0967",
    "\u09e7",
    "\u0e51",
    "\u1041",
    "\uff11\uff12",
    "\U0001d7ce",
    "\U0001d7e2",
    "\u2160",
    "\u216b",
    "\u2189",
    "\u00bd",
    "\u2155",
    "\u3007",
    "\u4e09",
    "1\u00b2",
    "\u00b21",
    "4\u0662",
    "-\u0661",
    "0.\u0665",
    "1e\u0663",
    "\uff11,\uff12,\uff13,\uff14",
]
BOUNDARY_NUMBERS = [
    "0",
    "1",
    "-1",
    "+1",
    "00",
    "007",
    "2147483647",
    "2147483648",
    "-2147483649",
    "4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "18446744073709551615",
    "99999999999999999999999999",
    "1" + "0" * 40,
    "9" * 4301,
    "1e18",
    "1e19",
    "1.0",
    "1.",
    ".5",
    "5000",
    "5001",
    "10000000",
    "10000001",
    "1000000",
    "1000001",
    "22",
    "23",
    "4326",
    "1e-320",
    "0e0",
    "-0.0",
]
EXTREME_DATES = [
    "9999-12-31",
    "9999-12-30",
    "0001-01-01",
    "0001-01-02",
    "1899-12-31",
    "1900-01-01",
    "2100-12-31",
    "2101-01-01",
    "2000-02-29",
    "1900-02-29",
    "2100-02-28",
    "10000-01-01",
    "0000-12-31",
    "1970-01-01",
    "2038-01-19",
    "2038-01-20",
    "\u0662\u0660\u0661\u0666-11-06",
    "\uff12\uff10\uff11\uff16-11-06",
]
WORLD_BBOXES = [
    "-180,-90,180,90",
    "-180.0,-90.0,180.0,90.0",
    "-180,-85.0511,180,85.0511",
    "-179.9999,-89.9999,179.9999,89.9999",
    "170,-10,-170,10",
    "179,-90,-179,90",
    "180,-90,-180,90",
    "-180,0,-180,0",
    "180,90,180,90",
    "0,-90,0,90",
    "-180,-90,0,90",
    "0,-90,180,90",
    "-180.0000001,-90,180,90",
    "-180,-90,180,90.0000001",
    "190,-10,200,10",
    "-540,-90,540,90",
    "-180,-90,180,90,0",
    "1e2,-9e1,1.8e2,9e1",
    "-0,-0,0,0",
]
NEW_CLASSES = [UNICODE_NUMERALS, BOUNDARY_NUMBERS, EXTREME_DATES, WORLD_BBOXES]
# Which parameters each class is aimed at (it also lands on others at random).
TARGETS = {
    id(UNICODE_NUMERALS): [
        "actor",
        "place",
        "limit",
        "offset",
        "page",
        "zoom",
        "srid",
        "min_confidence",
        "bbox",
    ],
    id(BOUNDARY_NUMBERS): [
        "actor",
        "place",
        "limit",
        "offset",
        "page",
        "zoom",
        "srid",
        "min_confidence",
    ],
    id(EXTREME_DATES): ["start", "end", "date"],
    id(WORLD_BBOXES): ["bbox"],
}


def new_class_value(rng: random.Random) -> str:
    values = rng.choice(NEW_CLASSES)
    return rng.choice(values)


def random_value(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.35:
        return rng.choice(HOSTILE)
    if roll < 0.45:
        return new_class_value(rng)
    if roll < 0.6:
        return str(
            rng.choice([rng.randint(-(10**20), 10**20), rng.randint(-5, 30), rng.randint(0, 2**63)])
        )
    if roll < 0.7:
        return repr(rng.uniform(-1e6, 1e6))
    if roll < 0.8:
        return ",".join(
            str(rng.choice([rng.uniform(-200, 200), rng.choice(HOSTILE)]))
            for _ in range(rng.randint(0, 6))
        )
    if roll < 0.9:
        return "".join(
            chr(
                rng.choice(
                    [rng.randint(0, 0x7F), rng.randint(0x80, 0xD7FF), rng.randint(0xE000, 0x10FFFF)]
                )
            )
            for _ in range(rng.randint(1, 40))
        )
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
        ident = rng.choice(
            [
                *map(str, article_ids),
                "0",
                "-1",
                "18446744073709551616",
                "9" * 40,
                "99999999",
                quote(rng.choice(HOSTILE), safe=""),
                "1.5",
                "１",
            ]
        )
        path = ARTICLE_PAGE.format(ident)
    elif roll < 0.15:
        path = "/" + quote(random_value(rng), safe="/") + rng.choice(["", ".geojson", ".json", "/"])
    else:
        path = rng.choice(ENDPOINTS)
    qs = query_string(rng)
    method = rng.choices(
        ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"], weights=[80, 6, 6, 3, 3, 2]
    )[0]
    return method, f"{path}?{qs}" if qs else path


def send(client: Client, method: str, url: str, rng: random.Random):
    headers = {}
    if rng.random() < 0.2:
        headers["HTTP_IF_NONE_MATCH"] = rng.choice(['"abc"', "*", 'W/"x"', random_value(rng)])
    if rng.random() < 0.1:
        headers["HTTP_IF_MODIFIED_SINCE"] = rng.choice(
            ["Sun, 06 Nov 2016 08:49:37 GMT", "garbage", random_value(rng)]
        )
    if rng.random() < 0.1:
        headers["HTTP_ACCEPT"] = rng.choice(
            ["*/*", "text/html", "application/json", random_value(rng)]
        )
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
    assert not failures, f"server errors (FUZZ_SEED={seed}):\n" + "\n".join(failures)
    assert sum(statuses.values()) == total >= 10_000
    assert fingerprint() == before, "hostile requests changed stored data"
    # The corpus must reach the views, not only bounce off validation.
    assert statuses.get(200, 0) > total // 10, statuses
    assert statuses.get(400, 0) > total // 20, statuses


def targeted_query(rng: random.Random) -> str:
    """A query aimed at one endpoint: mostly the new classes on the parameters they break,
    combined with valid-looking values so a request gets past the first check."""
    pairs = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.7:
            values = rng.choice(NEW_CLASSES)
            key = rng.choice(TARGETS[id(values)])
            value = rng.choice(values)
        elif roll < 0.85:
            key, value = rng.choice(VALID_PAIRS)
        else:
            key, value = rng.choice(PARAMS), random_value(rng)
        pairs.append(f"{key}={quote(value, safe=',')}")
    return "&".join(pairs)


# Values that pass validation, so hostile ones are combined with real queries (and 200s).
VALID_PAIRS = [
    ("bbox", "-180,-90,180,90"),
    ("bbox", "35,32,40,36"),
    ("start", "2016-11-01"),
    ("end", "2016-11-30"),
    ("date", "2016-11-06"),
    ("zoom", "5"),
    ("zoom", "12"),
    ("limit", "10"),
    ("offset", "1"),
    ("page", "2"),
    ("min_confidence", "0.5"),
    ("kind", "settlement"),
    ("q", "Raqqa"),
    ("actor", "Raqqa #0"),
    ("srid", "4326"),
]


@pytest.fixture
def quiet_request_log():
    """Every 400 logs a warning; 10,000s of them cost time. 5xx still log (ERROR)."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.ERROR)
    yield
    logger.setLevel(level)


@pytest.mark.slow
@pytest.mark.parametrize("path", API_ENDPOINTS)
def test_each_api_endpoint_answers_ten_thousand_targeted_queries(world, quiet_request_log, path):
    seed = int(os.getenv("FUZZ_SEED", "20161106"))
    total = int(os.getenv("FUZZ_REQUESTS", "10000"))
    rng = random.Random(f"{seed}:{path}")
    client = Client(raise_request_exception=False)
    failures: list[str] = []
    statuses: dict[int, int] = {}
    for i in range(total):
        # Search answers 400 without q: give a quarter of its queries one, so they reach the query.
        url = f"{path}?{'q=Raqqa&' if path.endswith('search.json') and i % 4 == 0 else ''}{targeted_query(rng)}"
        response = client.head(url) if i % 10 == 9 else client.get(url)
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
        if response.status_code >= 500 and len(failures) < 20:
            failures.append(f"#{i} {url[:300]!r} -> {response.status_code}")
        elif response.status_code == 400 and i % 10 != 9:
            assert response.json()["error"], url
    assert not failures, f"server errors on {path} (FUZZ_SEED={seed}):\n" + "\n".join(failures)
    assert sum(statuses.values()) == total >= 10_000
    assert statuses.get(200, 0) > total // 20 and statuses.get(400, 0) > total // 5, statuses


NUMERALS = st.text(
    alphabet=st.characters(whitelist_categories=("Nd", "No", "Nl")), min_size=1, max_size=6
)
EDGE_DEGREES = st.sampled_from(
    [-540, -180.0001, -180, -179.99, -90, -85.0511, 0, 85.0511, 90, 179.99, 180, 180.0001]
)
BBOXES = st.lists(st.one_of(EDGE_DEGREES, st.floats(-200, 200)), min_size=4, max_size=4).map(
    lambda xs: ",".join(map(str, xs))
)
NUMBERS = st.one_of(
    st.sampled_from(BOUNDARY_NUMBERS), st.integers(min_value=-(2**70), max_value=2**70).map(str)
)
PARAM_VALUES = st.one_of(
    st.sampled_from(HOSTILE),
    st.sampled_from(UNICODE_NUMERALS + BOUNDARY_NUMBERS + EXTREME_DATES + WORLD_BBOXES),
    st.integers().map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=50),
    st.lists(st.floats(allow_nan=True, allow_infinity=True), max_size=5).map(
        lambda xs: ",".join(map(str, xs))
    ),
    st.dates().map(str),
    NUMERALS,
    BBOXES,
)
NUMERIC_PARAMS = ["actor", "place", "limit", "offset", "page", "zoom", "srid", "min_confidence"]
# One of the four new classes on a parameter it is aimed at.
CLASS_PAIRS = st.one_of(
    st.tuples(
        st.sampled_from(NUMERIC_PARAMS), st.one_of(st.sampled_from(UNICODE_NUMERALS), NUMERALS)
    ),
    st.tuples(st.sampled_from(NUMERIC_PARAMS), NUMBERS),
    st.tuples(
        st.sampled_from(["start", "end", "date"]),
        st.one_of(st.sampled_from(EXTREME_DATES), st.dates().map(str)),
    ),
    st.tuples(st.just("bbox"), st.one_of(st.sampled_from(WORLD_BBOXES), BBOXES)),
)
HYPOTHESIS = hsettings(
    max_examples=int(os.getenv("FUZZ_EXAMPLES", "400")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def assert_no_server_error(path: str, params: dict) -> None:
    response = Client(raise_request_exception=False).get(path, params)
    assert response.status_code < 500, (path, params)
    if response.status_code == 400:
        assert "error" in response.json()


@given(path=st.sampled_from(API_ENDPOINTS), pairs=st.lists(CLASS_PAIRS, min_size=1, max_size=4))
@HYPOTHESIS
def test_it_never_fails_on_numerals_numbers_dates_and_bboxes_at_their_edges(world, path, pairs):
    assert_no_server_error(path, dict(pairs))


@given(
    path=st.sampled_from(ENDPOINTS[1:9]),
    params=st.dictionaries(st.sampled_from(PARAMS), PARAM_VALUES, max_size=6),
)
@HYPOTHESIS
def test_it_never_fails_on_generated_api_parameters(world, path, params):
    assert_no_server_error(path, params)
