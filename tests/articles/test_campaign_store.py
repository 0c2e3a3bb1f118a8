"""Processing an article stores where a campaign came from and when it ended, as the text says,
and never moves an end date a curator set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.core.management import call_command

from articles.models import Article, Campaign
from articles.pipeline import process_articles

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
TEXT = (
    "Syrian Democratic Forces launched an assault on Raqqa on 6 June 2017 after they pushed "
    "south from Tishrin Dam, officials said. The Syrian Democratic Forces captured Raqqa on "
    "17 October 2017, officials said."
)


@pytest.fixture
def article(db) -> Article:
    for name in ("01_places", "02_actors"):
        call_command("loaddata", str(SEEDS / f"{name}.json"), verbosity=0)
    return Article.objects.create(
        title="Raqqa taken",
        published_at=dt.datetime(2017, 10, 20, 12, tzinfo=dt.UTC),
        text=TEXT,
    )


def test_it_stores_the_origin_and_the_end_the_text_reports(article):
    summary = process_articles([article])
    assert summary.failed == 0 and summary.campaigns_created == 1
    campaign = Campaign.objects.get()
    assert campaign.origin.name == "Tishrin Dam"
    assert [t.name for t in campaign.targets.all()] == ["Raqqa"]
    assert (campaign.started_on, campaign.ended_on, campaign.status) == (
        dt.date(2017, 6, 6),
        dt.date(2017, 10, 17),
        Campaign.Status.ENDED,
    )


def test_a_reprocessed_article_ends_a_campaign_once_and_never_moves_a_curators_end(article):
    process_articles([article])
    Campaign.objects.update(ended_on=None, status=Campaign.Status.ONGOING)
    process_articles([article])
    assert Campaign.objects.get().ended_on == dt.date(2017, 10, 17)
    Campaign.objects.update(ended_on=dt.date(2017, 10, 20))
    process_articles([article])
    assert Campaign.objects.get().ended_on == dt.date(2017, 10, 20)
