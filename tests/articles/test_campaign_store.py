"""Processing an article stores where a campaign came from and when it ended, as the text says,
and never moves an end date a curator set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.core.management import call_command

import articles.extraction_store as store
from articles.extraction import PlaceRecord
from articles.extraction.campaign_record import CampaignRecord
from articles.extraction_store import _target_places
from articles.models import Article, Campaign
from articles.pipeline import process_articles
from places.models import Place

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


@pytest.mark.parametrize(
    "text",
    [
        "Syrian Democratic Forces pressed their offensive on Raqqa and on Mosul, officials said.",
        "The assault targets Mosul as well as Raqqa, a spokesman for the coalition said.",
    ],
)
def test_each_target_of_a_campaign_is_stored_as_its_own_place(db, text):
    """A campaign on two towns keeps both, each from its own mention, not the first one twice."""
    call_command("loaddata", str(SEEDS / "01_places.json"), verbosity=0)
    names = ("Raqqa", "Mosul")
    located = []
    for name in names:
        start = text.index(name)
        place = Place.objects.get(name=name, kind=Place.Kind.SETTLEMENT)
        located.append(PlaceRecord(start, start + len(name), name, name, place_id=place.pk))
    order = sorted(names, key=text.index)
    record = CampaignRecord(
        name="offensive",
        named=False,
        targets=list(order),
        target_spans=[(text.index(n), text.index(n) + len(n)) for n in order],
    )
    assert [p.name for p in _target_places(record, located)] == order


def test_a_campaign_another_worker_stored_meanwhile_is_merged_into(article, monkeypatch):
    """Two workers extracting at once can both find no campaign of a name and both store it;
    the second must merge into the first's, not fail the article on the unique name."""
    Campaign.objects.create(name="Raqqa offensive")  # the other worker's, stored in between
    monkeypatch.setattr(store, "_find_campaign", lambda *args: None)
    summary = process_articles([article])
    assert summary.failed == 0
    campaign = Campaign.objects.get()
    assert [t.name for t in campaign.targets.all()] == ["Raqqa"]
    assert campaign.started_on == dt.date(2017, 6, 6)
