"""The geocoding job stores nationality words ("Syrian troops") as demonym mentions: off the map
(Mention.objects.located(), the review queue, the article page), still read by extraction
(located_places). A country's name stays a place, also before a side's noun ("Turkey army")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from articles.extraction_store import located_places
from articles.geocoding import geocode_articles
from articles.models import Article, Mention

WHEN = datetime(2016, 11, 6, tzinfo=UTC)


@pytest.fixture(
    params=[
        "Syrian troops and Turkey army advanced on Raqqa, officials in Iraq said.",
        "Officials in Iraq said Turkey army units and Syrian soldiers had reached Raqqa.",
    ]
)
def article(request, gazetteer, db):
    return Article.objects.create(title="t", published_at=WHEN, text=request.param)


def test_a_demonym_is_stored_but_left_off_the_map(article):
    geocode_articles([article])
    stored = {m.text: m for m in article.mentions.all()}
    assert stored["Syrian"].is_demonym
    assert not any(stored[name].is_demonym for name in ("Turkey", "Raqqa", "Iraq"))
    on_map = set(Mention.objects.located().filter(article=article).values_list("text", flat=True))
    assert on_map == {"Turkey", "Raqqa", "Iraq"}
    assert not Mention.objects.needs_review().filter(is_demonym=True).exists()


def test_extraction_still_reads_the_demonym(article):
    geocode_articles([article])
    read = {p.text: p for p in located_places(article)}
    assert {"Syrian", "Turkey", "Raqqa", "Iraq"} <= set(read)
    assert read["Syrian"].kind == "country" and read["Syrian"].country == "SY"


def test_the_article_page_marks_no_demonym_as_a_place(article):
    from conflictmap.views import article_spans

    geocode_articles([article])
    places = {article.text[s.start : s.end] for s in article_spans(article) if s.kind == "place"}
    assert places == {"Turkey", "Raqqa", "Iraq"}
