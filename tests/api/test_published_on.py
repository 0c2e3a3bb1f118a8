"""Mention.published_on: the denormalised article day the map's date filters read."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.models import Article, Mention
from tests.map.factory import make_article, make_mention, make_place

pytestmark = pytest.mark.django_db

# 01:30 in Baghdad on 6 November is still 5 November in UTC, the day the map filters on.
LATE_EVENING_UTC = dt.datetime(2016, 11, 6, 1, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))


def mention_dates(client, start: str, end: str) -> list[str]:
    r = client.get("/api/mentions.geojson", {"bbox": "38,35,40,37", "start": start, "end": end})
    assert r.status_code == 200, r.content
    return [f["properties"]["date"] for f in r.json()["features"]]


def test_it_sets_published_on_for_a_new_mention_in_utc():
    article = make_article(published_at=LATE_EVENING_UTC)
    mention = make_mention(article, make_place())
    mention.refresh_from_db()
    assert mention.published_on == dt.date(2016, 11, 5)


def test_it_sets_published_on_when_saved_without_the_article_loaded():
    article = make_article(published_at=dt.datetime(2016, 11, 6, 12, tzinfo=dt.UTC))
    place = make_place()
    mention = Mention(
        article_id=article.pk,
        place=place,
        start=0,
        end=8,
        text="Fighting",
        status=Mention.Status.RESOLVED,
        confidence=0.9,
    )
    mention.save()
    assert Mention.objects.get(pk=mention.pk).published_on == dt.date(2016, 11, 6)


def test_it_sets_published_on_in_bulk_create_from_article_or_article_id():
    first = make_article(
        text="One in Testville.", published_at=dt.datetime(2016, 1, 2, 9, tzinfo=dt.UTC)
    )
    second = make_article(
        text="Two in Testville.", published_at=dt.datetime(2017, 3, 4, 9, tzinfo=dt.UTC)
    )
    place = make_place()
    Mention.objects.bulk_create(
        [
            Mention(
                article=first,
                place=place,
                start=7,
                end=15,
                text="Testville",
                status=Mention.Status.RESOLVED,
            ),
            Mention(
                article_id=second.pk,
                place=place,
                start=7,
                end=15,
                text="Testville",
                status=Mention.Status.RESOLVED,
            ),
        ]
    )
    assert dict(Mention.objects.values_list("article_id", "published_on")) == {
        first.pk: dt.date(2016, 1, 2),
        second.pk: dt.date(2017, 3, 4),
    }


def test_it_moves_mentions_when_the_article_date_changes(client):
    article = make_article(published_at=dt.datetime(2016, 11, 6, 12, tzinfo=dt.UTC))
    make_mention(article, make_place(lon=39.0, lat=36.0))
    assert mention_dates(client, "2016-11-01", "2016-11-30") == ["2016-11-06"]

    article = Article.objects.get(pk=article.pk)  # as an editor would load it
    article.published_at = dt.datetime(2017, 2, 1, 8, tzinfo=dt.UTC)
    article.save()

    assert list(Mention.objects.values_list("published_on", flat=True)) == [dt.date(2017, 2, 1)]
    assert mention_dates(client, "2016-11-01", "2016-11-30") == []
    assert mention_dates(client, "2017-02-01", "2017-02-01") == ["2017-02-01"]


def test_it_follows_a_date_change_on_an_article_loaded_without_its_date():
    article = make_article(published_at=dt.datetime(2016, 11, 6, 12, tzinfo=dt.UTC))
    make_mention(article, make_place())
    article = Article.objects.only("id", "text").get(pk=article.pk)
    article.published_at = dt.datetime(2018, 5, 5, 12, tzinfo=dt.UTC)
    article.save(update_fields=["published_at"])
    assert list(Mention.objects.values_list("published_on", flat=True)) == [dt.date(2018, 5, 5)]


def test_it_leaves_mentions_alone_when_other_article_fields_change(django_assert_num_queries):
    article = make_article()
    make_mention(article, make_place())
    article = Article.objects.get(pk=article.pk)
    article.title = "Renamed"
    with django_assert_num_queries(1):  # the article's UPDATE only
        article.save(update_fields=["title"])
    assert list(Mention.objects.values_list("published_on", flat=True)) == [dt.date(2016, 11, 6)]
