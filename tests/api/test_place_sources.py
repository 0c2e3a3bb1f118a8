"""/api/place_sources.json: a place popup's sentences and geocoding (issue 16)."""

from __future__ import annotations

import pytest

from places.models import Place

pytestmark = pytest.mark.django_db


def test_it_cites_the_seed_sentences_once_each_with_their_links(client, seeded):
    raqqa = Place.objects.get(geonameid=172955)
    data = client.get("/api/place_sources.json", {"place": raqqa.pk}).json()
    sources = data["sources"]
    assert 1 <= len(sources) <= 5
    assert len({s["url"] for s in sources}) == len(sources)  # one entry per sentence
    assert all("Raqqa" in s["sentence"] or "Raqqah" in s["sentence"] for s in sources)
    assert sources[0]["outlet"] == "Al Jazeera English" and sources[0]["date"] == "2016-11-06"
    assert data["more"] >= 0 and data["geocoding"]["mentions"] >= len(sources)
    # Where its marker stands: a link to a place hidden in a server-side cluster flies there.
    assert (data["place"]["lat"], data["place"]["lon"]) == (
        round(raqqa.point.y, 5),
        round(raqqa.point.x, 5),
    )


def test_the_filters_apply_to_the_sentences(client, seeded):
    raqqa = Place.objects.get(geonameid=172955)
    data = client.get("/api/place_sources.json", {"place": raqqa.pk, "end": "2016-11-01"}).json()
    assert data["sources"] == [] and data["more"] == 0 and data["geocoding"]["mentions"] == 0


@pytest.mark.parametrize("query", ["", "place=abc", "place=999999", "place=1&start=x"])
def test_it_rejects_a_missing_or_unknown_place(client, db, query):
    response = client.get(f"/api/place_sources.json?{query}")
    assert response.status_code == 400 and "error" in response.json()
