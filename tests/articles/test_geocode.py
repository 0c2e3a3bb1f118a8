"""The geocoding job: idempotent, resumable, and it never overrides staff."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.core.management import call_command

from articles import geocoding
from articles.geocoding import geocode_articles
from articles.models import Article, Mention
from places.models import Place

WHEN = datetime(2016, 11, 6, tzinfo=UTC)


def make_article(text: str, title: str = "t") -> Article:
    return Article.objects.create(title=title, published_at=WHEN, text=text)


@pytest.fixture
def articles(gazetteer, db):
    return [
        make_article(f"Report {i}: fighting near Raqqa and Mosul, said officials in Iraq.")
        for i in range(25)
    ]


def test_it_writes_mentions_with_candidates_and_sentences(articles):
    summary = geocode_articles([articles[0]])
    mentions = list(articles[0].mentions.order_by("start"))
    assert [m.text for m in mentions] == ["Raqqa", "Mosul", "Iraq"]
    raqqa = mentions[0]
    assert raqqa.place.geonameid == 172955 and raqqa.status == Mention.Status.RESOLVED
    assert raqqa.geo_precision == 2  # "near Raqqa"
    assert raqqa.candidates[0]["place_id"] == raqqa.place_id
    assert set(raqqa.candidates[0]) == {"place_id", "name", "country", "lat", "lon", "score"}
    assert articles[0].text[raqqa.sentence_start : raqqa.sentence_end].startswith("Report 0")
    assert summary.created == 3 and summary.statuses["resolved"] == 3
    articles[0].refresh_from_db()
    assert articles[0].geocoded_at is not None


def test_it_adds_nothing_when_run_again(articles):
    geocode_articles()
    count = Mention.objects.count()
    assert count == 75
    again = geocode_articles(Article.objects.all())
    assert Mention.objects.count() == count
    assert again.created == 0 and again.unchanged == count
    assert geocode_articles().articles == 0  # nothing pending


def test_it_resumes_after_a_crash_without_losing_committed_work(articles, monkeypatch):
    real = geocoding.geocode_article
    calls = {"n": 0}

    def crash_on_the_23rd(article, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 23:
            raise KeyboardInterrupt("killed")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(geocoding, "geocode_article", crash_on_the_23rd)
    with pytest.raises(KeyboardInterrupt):
        geocode_articles()
    # The first batch (20 articles) was committed; the interrupted batch left nothing behind.
    assert Article.objects.filter(geocoded_at__isnull=False).count() == 20
    assert Mention.objects.count() == 60
    monkeypatch.setattr(geocoding, "geocode_article", real)
    summary = geocode_articles()
    assert summary.articles == 5
    assert Mention.objects.count() == 75


def test_it_never_changes_staff_decisions_and_learns_from_them(articles, alice):
    geocode_articles([articles[0]])
    raqqa = articles[0].mentions.get(text="Raqqa")
    mosul = articles[0].mentions.get(text="Mosul")
    governorate = Place.objects.get(kind=Place.Kind.ADMIN, country_code="SY", names__name="Raqqa")
    raqqa.status, raqqa.place, raqqa.decided_by = Mention.Status.CONFIRMED, governorate, alice
    raqqa.save()
    mosul.status, mosul.place = Mention.Status.REJECTED, None
    mosul.save()
    call_command("geocode", "--all", "--redo", verbosity=0)
    raqqa.refresh_from_db()
    mosul.refresh_from_db()
    assert (raqqa.status, raqqa.place_id) == (Mention.Status.CONFIRMED, governorate.pk)
    assert (mosul.status, mosul.place_id) == (Mention.Status.REJECTED, None)
    # Later articles follow the staff: Raqqa is the governorate, Mosul is skipped.
    later = articles[1].mentions.get(text="Raqqa")
    assert later.place_id == governorate.pk and later.method == "staff"
    assert not articles[1].mentions.filter(text="Mosul").exists()


def test_the_command_reports_a_summary(articles, capsys):
    call_command("geocode", "--article", str(articles[0].pk), verbosity=0)
    assert "3 mentions created" in capsys.readouterr().out
