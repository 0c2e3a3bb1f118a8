"""process_articles on the seed article reproduces the curated fixtures without duplicating them,
never overwrites curators, and merges campaigns."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from django.core.management import call_command

from articles.models import ActorMention, Article, Campaign, CampaignSource, Statement
from articles.pipeline import process_articles

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def seeded(db):
    for name in ("01_places", "02_actors", "03_articles", "04_campaigns", "06_statements"):
        call_command("loaddata", str(SEEDS / f"{name}.json"), verbosity=0)
    return Article.objects.get()


def _statements() -> list[tuple]:
    return list(
        Statement.objects.order_by("start").values_list(
            "start", "end", "speaker_name", "speaker_role", "speaker_actor__name"
        )
    )


def test_it_reproduces_the_curated_statements_without_duplicates(seeded):
    before = _statements()
    summary = process_articles(Article.objects.all())
    assert summary.failed == 0 and summary.statements_created == 0
    assert _statements() == before
    assert len(before) == 4


def test_it_matches_the_fixture_offsets_and_speakers(seeded):
    """Extraction alone (fixture rows removed) finds the same four quotes and speakers."""
    fixture = [row["fields"] for row in json.loads((SEEDS / "06_statements.json").read_text())]
    Statement.objects.all().delete()
    process_articles(Article.objects.all())
    got = _statements()
    assert [(g[0], g[1]) for g in got] == [(f["start"], f["end"]) for f in fixture]
    assert [g[2] for g in got] == [f["speaker_name"] for f in fixture]
    assert [g[3].casefold() for g in got[:3]] == [f["speaker_role"].casefold() for f in fixture[:3]]
    assert [g[4] for g in got] == [f["speaker_actor"][0] for f in fixture]
    raqqa_statement = Statement.objects.get(start=fixture[0]["start"])
    assert list(raqqa_statement.places.values_list("geonameid", flat=True)) == [172955]


def test_it_never_overwrites_a_curators_edit(seeded):
    statement = Statement.objects.get(speaker_name="Brett McGurk")
    statement.speaker_role = "US envoy (edited)"
    statement.save()
    blank = Statement.objects.get(speaker_name="Masrour Barzani")
    blank.speaker_role = ""
    blank.save()
    process_articles(Article.objects.all())
    assert Statement.objects.get(pk=statement.pk).speaker_role == "US envoy (edited)"
    # An empty field is filled from the text.
    assert (
        Statement.objects.get(pk=blank.pk).speaker_role
        == "head of the Kurdistan Regional Government Security Council"
    )


def test_it_merges_campaigns_and_stores_actor_mentions_once(seeded):
    process_articles(Article.objects.all())
    Article.objects.update(extracted_at=None)
    process_articles(Article.objects.all())
    assert sorted(Campaign.objects.values_list("name", flat=True)) == [
        "Euphrates Anger",
        "Mosul offensive",
    ]
    euphrates = Campaign.objects.get(name="Euphrates Anger")
    assert euphrates.started_on == dt.date(2016, 11, 5)
    assert list(euphrates.attackers.values_list("name", flat=True)) == ["Syrian Democratic Forces"]
    assert CampaignSource.objects.filter(article=seeded).count() == 2
    mentions = ActorMention.objects.filter(article=seeded)
    # IS, ISIL, ISIS and Daesh alike; "Counter IS" is inside the Coalition's name, so not counted.
    expected = len(re.findall(r"\b(?:IS|ISIS|ISIL|Daesh)\b", seeded.text)) - seeded.text.count(
        "Counter IS"
    )
    assert mentions.filter(actor__name="Islamic State").count() == expected == 18
    assert mentions.count() == len(set(mentions.values_list("start", "end")))
    assert Article.objects.get().extracted_at is not None


def test_it_creates_a_new_campaign_and_statement_for_a_new_article(seeded):
    article = Article.objects.create(
        title="Manbij",
        published_at=dt.datetime(2024, 12, 9, 12, tzinfo=dt.UTC),
        text=(
            "The Syrian National Army launched its offensive on Manbij last week, officials "
            'said.\n"Manbij is now in our hands and we will go further east," said Fahim Issa, a '
            "commander in the SNA.\n"
        ),
    )
    summary = process_articles([article])
    assert summary.campaigns_created == 1 and summary.statements_created == 1
    campaign = Campaign.objects.get(name="Manbij offensive")
    assert (campaign.named, campaign.started_on, campaign.date_precision) == (
        False,
        dt.date(2024, 12, 2),
        2,
    )
    assert list(campaign.attackers.values_list("name", flat=True)) == ["Syrian National Army"]
    statement = Statement.objects.get(article=article)
    assert (statement.speaker_name, statement.speaker_actor.name) == (
        "Fahim Issa",
        "Syrian National Army",
    )
    assert article.text[statement.start : statement.end] == statement.quote


def test_it_counts_a_failing_article_and_goes_on(seeded, monkeypatch):
    from articles import pipeline

    good = Article.objects.create(
        title="ok",
        published_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
        text="The SDF said Turkey attacked.",
    )
    real = pipeline.extract_article

    def flaky(article, *args, **kwargs):
        if article.pk == seeded.pk:
            raise RuntimeError("boom")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_article", flaky)
    summary = process_articles(Article.objects.all())
    assert (summary.articles, summary.failed) == (1, 1)
    assert Article.objects.get(pk=good.pk).extracted_at is not None
    assert Article.objects.get(pk=seeded.pk).extracted_at is None


def _count_parsed_texts(monkeypatch) -> list[str]:
    """Every text the statistical pipeline runs on from now on (whole articles or windows)."""
    from places import nlp

    seen: list[str] = []
    real_run = nlp.run_pipes

    def run(model, docs, *args, **kwargs):
        seen.extend(doc.text for doc in docs)
        return real_run(model, docs, *args, **kwargs)

    nlp._parses.clear()
    monkeypatch.setattr(nlp, "run_pipes", run)
    return seen


def test_a_run_parses_each_article_once_for_geocoding_and_extraction(seeded, monkeypatch):
    texts = [
        "KYIV, May 3 (Reuters) - Russian forces captured the village of Ocheretyne, Ukraine's "
        'military said. "We pulled back to new lines," said Oleksandr Shtupun, a spokesman.',
        'Goma (AFP) - M23 rebels seized Rubaya on Thursday, a local official told AFP. "The '
        'army withdrew toward Sake," said Jean Kasereka, a resident.',
    ]
    articles = [
        Article.objects.create(
            title=f"wire {i}", published_at=dt.datetime(2024, 5, 3, tzinfo=dt.UTC), text=text
        )
        for i, text in enumerate(texts)
    ]
    from places.geoparser.entities import EntityEvidence

    # The geocoder consults the parse's entities for every mention, not only doubtful ones.
    monkeypatch.setattr(EntityEvidence, "_is_doubtful", lambda self, m, ctx, keys: True)
    seen = _count_parsed_texts(monkeypatch)
    summary = process_articles([*articles, seeded])
    assert summary.articles == 3
    assert sorted(seen) == sorted(a.text for a in [*articles, seeded])
    assert Statement.objects.filter(article__in=articles).count() == 2


def test_articles_are_processed_when_parsing_ahead_fails(seeded, monkeypatch):
    from articles import pipeline

    def broken(texts):
        raise MemoryError("parse batch")

    monkeypatch.setattr(pipeline, "parse_batch", broken)
    summary = process_articles([seeded])
    assert (summary.articles, summary.failed) == (1, 0)
    assert Statement.objects.filter(article=seeded).exists()
