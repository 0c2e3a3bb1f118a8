"""The geocoding job stores nationality words and countries modifying a side's noun as side words:
off the map (Mention.objects.located()), still read by extraction (located_places)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from articles.extraction_store import located_places
from articles.geocoding import geocode_articles
from articles.models import Article, Mention

WHEN = datetime(2016, 11, 6, tzinfo=UTC)


@pytest.fixture
def article(gazetteer, db):
    text = "Syrian troops and Turkey army advanced on Raqqa, officials in Iraq said."
    return Article.objects.create(title="t", published_at=WHEN, text=text)


def test_side_words_are_stored_but_left_off_the_map(article):
    geocode_articles([article])
    stored = {m.text: m for m in article.mentions.all()}
    assert stored["Syrian"].is_side_word and stored["Syrian"].is_demonym
    assert not stored["Turkey"].is_side_word  # COUNTRY_MODIFIERS is off
    assert not stored["Raqqa"].is_side_word and not stored["Iraq"].is_side_word
    on_map = set(Mention.objects.located().filter(article=article).values_list("text", flat=True))
    assert on_map == {"Turkey", "Raqqa", "Iraq"}
    assert not Mention.objects.needs_review().filter(is_side_word=True).exists()


def test_extraction_still_reads_the_side_words(article):
    geocode_articles([article])
    read = {p.text: p for p in located_places(article)}
    assert {"Syrian", "Turkey", "Raqqa", "Iraq"} <= set(read)
    assert read["Syrian"].kind == "country" and read["Syrian"].country == "SY"


def test_the_article_page_marks_no_side_word_as_a_place(article):
    from conflictmap.views import article_spans

    geocode_articles([article])
    places = {article.text[s.start : s.end] for s in article_spans(article) if s.kind == "place"}
    assert places == {"Turkey", "Raqqa", "Iraq"}
