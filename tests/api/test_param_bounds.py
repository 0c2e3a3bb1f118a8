"""Parameters the fuzzer once turned into 500s (issue 11, finding 4): each is a JSON 400 now.

Four causes: `str.isdigit()` accepts superscripts and circled digits that `int()` rejects;
an id beyond 64 bits overflows SQLite's integer; a date near 9999-12-31 overflows when a
day is added; and numbers written in other scripts' digits slipped through `int()`.
"""

from __future__ import annotations

import pytest

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
    "/api/feed.json",
    "/api/countries.json",
]
# ² ① ١ １ Ⅻ 1²
UNICODE_DIGITS = ["%C2%B2", "%E2%91%A0", "%D9%A1", "%EF%BC%91", "%E2%85%AB", "1%C2%B2"]
TOO_BIG = ["99999999999999999999999999", "9223372036854775808"]


def assert_json_400_everywhere(client, query: str, field: str, endpoints=ENDPOINTS) -> None:
    for url in endpoints:
        response = client.get(f"{url}{'&' if '?' in url else '?'}{query}")
        assert response.status_code == 400, (
            url,
            query,
            response.status_code,
            response.content[:200],
        )
        assert response["Content-Type"] == "application/json"
        assert field in response.json()["error"], (url, query, response.json())


@pytest.mark.parametrize("digits", UNICODE_DIGITS)
def test_an_actor_or_place_in_unicode_digits_is_a_400(client, seeded, digits):
    assert_json_400_everywhere(client, f"actor={digits}", "actor")
    assert_json_400_everywhere(client, f"place={digits}", "place", ["/api/mentions.geojson"])


@pytest.mark.parametrize("value", [*TOO_BIG, "0", "-1"])
def test_an_id_out_of_range_is_a_400(client, seeded, value):
    assert_json_400_everywhere(client, f"place={value}", "place", ["/api/mentions.geojson"])
    assert_json_400_everywhere(client, f"actor={value}", "actor")


@pytest.mark.parametrize(
    "query,field",
    [
        ("end=9999-12-31", "end"),
        ("start=9999-12-31", "start"),
        ("date=9999-12-31", "date"),
        ("start=0001-01-01", "start"),
        ("end=1899-12-31", "end"),
        ("start=2101-01-01", "start"),
    ],
)
def test_dates_outside_1900_to_2100_are_a_400(client, seeded, query, field):
    assert_json_400_everywhere(client, query, field)


def test_the_first_and_last_day_of_the_range_still_answer(client, seeded):
    for url in ENDPOINTS:
        sep = "&" if "?" in url else "?"
        assert (
            client.get(f"{url}{sep}start=1900-01-01&end=2100-12-31&date=2100-12-31").status_code
            == 200
        ), url


@pytest.mark.parametrize(
    "query,field",
    [
        *(
            (f"{name}={value}", name)
            for name in ("limit", "offset", "page", "zoom", "srid")
            for value in TOO_BIG
        ),
        ("limit=%C2%B2", "limit"),
        ("zoom=%E2%91%A0", "zoom"),
        ("limit=%D9%A1%D9%A2", "limit"),
        ("offset=%EF%BC%91", "offset"),
        ("min_confidence=%D9%A0.5", "min_confidence"),
        ("bbox=%EF%BC%91,0,2,2", "bbox"),
        ("bbox=1e309,0,2,2", "bbox"),
    ],
)
def test_numbers_out_of_range_or_not_in_ascii_are_a_400(client, db, query, field):
    assert_json_400_everywhere(client, query, field, ENDPOINTS[:2])
