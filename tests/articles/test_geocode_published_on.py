"""The geocoder's bulk writes carry the article's day (Mention.published_on) for the map."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from articles.geocoding import geocode_articles
from articles.models import Article, Mention


@pytest.fixture
def article(gazetteer, db):
    # 02:00 in Damascus on 7 November is 6 November in UTC, the day the map filters on.
    when = datetime(2016, 11, 7, 2, tzinfo=timezone(timedelta(hours=3)))
    return Article.objects.create(
        title="t", published_at=when, text="Fighting near Raqqa and Mosul."
    )


def test_it_sets_published_on_on_geocoded_mentions(article):
    geocode_articles([article])
    assert Mention.objects.filter(article=article).count() == 2
    assert set(Mention.objects.values_list("published_on", flat=True)) == {date(2016, 11, 6)}
