"""The seed fixtures: load twice without duplicates, real coordinates, exact quote offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command

from articles.models import Article, Campaign, CampaignSource, FrontLine, Statement
from places.models import Place

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
FIXTURES = [
    "01_places.json",
    "02_actors.json",
    "03_articles.json",
    "04_campaigns.json",
    "05_frontlines.json",
    "06_statements.json",
]
ARTICLE_FILE = SEEDS / "articles" / "euphrates-anger-raqqa.txt"

pytestmark = pytest.mark.django_db


def load_all() -> None:
    call_command("loaddata", *[str(SEEDS / name) for name in FIXTURES], verbosity=0)


def row_counts() -> dict[str, int]:
    labels = {"places", "articles"}
    return {
        m._meta.label: m.objects.count() for m in apps.get_models() if m._meta.app_label in labels
    }


def test_it_loads_every_fixture_twice_with_the_same_rows():
    load_all()
    first = row_counts()
    load_all()
    assert row_counts() == first
    assert first["places.Place"] >= 10
    assert first["articles.Statement"] == 4
    assert first["articles.CampaignSource"] == 2


def test_it_loads_each_fixture_file_twice_on_its_own():
    # Each file on its own (after its dependencies) is also idempotent.
    for index, name in enumerate(FIXTURES):
        call_command("loaddata", *[str(SEEDS / n) for n in FIXTURES[: index + 1]], verbosity=0)
        before = row_counts()
        call_command("loaddata", str(SEEDS / name), verbosity=0)
        assert row_counts() == before, name


def test_it_uses_natural_keys_and_no_primary_keys():
    for name in FIXTURES:
        for row in json.loads((SEEDS / name).read_text(encoding="utf-8")):
            assert "pk" not in row, f"{name}: {row['model']} has a pk"


def test_it_stores_the_article_text_exactly_with_its_hash():
    load_all()
    article = Article.objects.get()
    assert article.text == ARTICLE_FILE.read_text(encoding="utf-8").strip()
    assert article.content_hash == Article.hash_text(ARTICLE_FILE.read_text(encoding="utf-8"))
    assert article.outlet == "Al Jazeera English"
    assert article.published_at.isoformat().startswith("2016-11-06")
    assert article.published_at.tzinfo is not None


def test_it_points_statement_offsets_at_the_quote_text():
    load_all()
    article = Article.objects.get()
    statements = list(Statement.objects.order_by("start"))
    assert [s.speaker_name for s in statements] == [
        "",
        "Brett McGurk",
        "Masrour Barzani",
        "Jennifer Cafarella",
    ]
    for statement in statements:
        assert article.text[statement.start : statement.end] == statement.quote
        # The span excludes the quote marks, which sit right outside it.
        assert article.text[statement.start - 1] == '"' and article.text[statement.end] == '"'
        assert '"' not in statement.quote
        assert statement.sentence_start <= statement.start < statement.end <= statement.sentence_end
        assert statement.said_on.isoformat() == "2016-11-06"
    assert statements[0].quote.startswith("We bring to you the good news")
    assert statements[0].speaker_actor.name == "Syrian Democratic Forces"
    assert statements[1].speaker_actor.name == "Global Coalition to Counter ISIS"
    assert statements[2].speaker_actor.name == "Kurdistan Regional Government"
    assert {p.name for p in statements[3].places.all()} == {"Raqqa", "Mosul"}


def test_it_places_the_seed_places_at_real_coordinates():
    load_all()
    raqqa = Place.objects.get(source="geonames", source_id="172955")
    assert abs(raqqa.lat - 35.95) < 0.1 and abs(raqqa.lon - 39.01) < 0.1
    mosul = Place.objects.get(geonameid=99072)
    assert abs(mosul.lat - 36.34) < 0.1 and abs(mosul.lon - 43.12) < 0.1
    syria = Place.objects.get(geonameid=163843)
    assert syria.geometry.contains(raqqa.point)
    assert Place.objects.get(geonameid=99237).geometry.contains(mosul.point)
    governorate = Place.objects.get(geonameid=172957)
    assert governorate.kind == Place.Kind.ADMIN
    assert governorate.geometry.contains(raqqa.point)
    kurdistan = Place.objects.get(source_id="region:kurdistan-region")
    assert not kurdistan.geometry.contains(mosul.point)  # Mosul is in Ninawa, outside the KRI
    euphrates = Place.objects.get(source_id="river:Euphrates")
    assert euphrates.geometry.geom_type == "MultiLineString"
    # From Turkey through Syria to Iraq.
    for country in (298795, 163843, 99237):
        assert euphrates.geometry.intersects(Place.objects.get(geonameid=country).geometry)
    assert euphrates.geometry.distance(raqqa.point) < 0.1
    # Only the fixture's places: other tests may leave gazetteer rows in a shared database.
    seeded = [
        row["fields"]
        for row in json.loads((SEEDS / "01_places.json").read_text())
        if row["model"] == "places.place"
    ]
    for fields in seeded:
        assert Place.objects.get(source=fields["source"], source_id=fields["source_id"]).curated


def test_it_finds_raqqa_by_its_spellings():
    load_all()
    for spelling in ("Raqqa", "Ar-Raqqah", "al-Raqqa", "Rakka"):
        assert Place.objects.get(geonameid=172955) in Place.objects.matching(spelling)


def test_it_links_campaigns_and_front_lines_to_actors_and_sources():
    load_all()
    euphrates = Campaign.objects.get(name="Euphrates Anger")
    assert [a.name for a in euphrates.attackers.all()] == ["Syrian Democratic Forces"]
    assert euphrates.started_on.isoformat() == "2016-11-05"
    assert euphrates.geometry.geom_type == "LineString"
    mosul = Campaign.objects.get(name="Mosul offensive")
    assert not mosul.named
    assert {a.name for a in mosul.attackers.all()} == {
        "Iraqi Security Forces",
        "Global Coalition to Counter ISIS",
    }
    source = CampaignSource.objects.get(campaign=euphrates)
    assert '"Euphrates Anger" campaign' in source.sentence
    for line in FrontLine.objects.all():
        assert line.approximate and line.source_note
        assert line.side_b.name == "Islamic State"
        assert line.valid_from.isoformat() <= "2016-11-06" <= line.valid_to.isoformat()
