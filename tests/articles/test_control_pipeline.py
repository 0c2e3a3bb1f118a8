"""Processing an article stores its control observations pending review, each citing its
sentence and the place; re-processing replaces pending ones and leaves a curator's decisions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.core.management import call_command

from articles.models import Article, ControlObservation
from articles.pipeline import process_articles

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
TEXT = (
    "Iraqi forces said on Tuesday they had recaptured Mosul from Islamic State.\n"
    "Islamic State fighters still hold the city of Raqqa, residents said.\n"
)


@pytest.fixture
def article(db) -> Article:
    for name in ("01_places", "02_actors"):
        call_command("loaddata", str(SEEDS / f"{name}.json"), verbosity=0)
    return Article.objects.create(
        title="Mosul retaken",
        published_at=dt.datetime(2017, 7, 13, 12, tzinfo=dt.UTC),  # a Thursday
        text=TEXT,
    )


def _rows() -> list[tuple]:
    return list(
        ControlObservation.objects.order_by("place__name").values_list(
            "place__name", "side__name", "event", "kind", "claimant__name", "observed_on", "status"
        )
    )


def test_it_stores_claimed_and_reported_observations_with_their_sentence(article):
    summary = process_articles([article])
    assert summary.failed == 0 and summary.control_observations == 2
    assert _rows() == [
        (
            "Mosul",
            "Iraqi Security Forces",
            "retake",
            "claimed",
            "Iraqi Security Forces",
            dt.date(2017, 7, 11),
            "pending",
        ),
        # "Still hold" gives no day: it holds as of the publication day.
        ("Raqqa", "Islamic State", "hold", "reported", None, dt.date(2017, 7, 13), "pending"),
    ]
    mosul = ControlObservation.objects.get(place__name="Mosul")
    assert mosul.sentence == TEXT.splitlines()[0]
    assert mosul.article == article


def test_reprocessing_replaces_pending_ones_and_keeps_a_curators_decisions(article, admin_user):
    process_articles([article])
    accepted = ControlObservation.objects.get(place__name="Mosul")
    accepted.status, accepted.kind, accepted.curator = "accepted", "assessed", admin_user
    accepted.save()
    # The article is corrected: Raqqa's sentence now says the SDF took it.
    Article.objects.filter(pk=article.pk).update(
        text=TEXT.splitlines()[0] + "\nThe Syrian Democratic Forces captured Raqqa on Monday.\n",
        extracted_at=None,
    )
    process_articles([article])
    process_articles([article])
    assert _rows() == [
        (
            "Mosul",
            "Iraqi Security Forces",
            "retake",
            "assessed",
            "Iraqi Security Forces",
            dt.date(2017, 7, 11),
            "accepted",
        ),
        (
            "Raqqa",
            "Syrian Democratic Forces",
            "capture",
            "reported",
            None,
            dt.date(2017, 7, 10),
            "pending",
        ),
    ]


@pytest.mark.parametrize(
    ("state", "forces"), [("Benin", "Benin Armed Forces"), ("Chad", "Chadian National Army")]
)
def test_a_forces_side_without_its_own_row_is_stored_under_its_state(article, state, forces):
    from types import SimpleNamespace

    from articles.control_store import store_control
    from articles.extraction.control_record import ControlRecord
    from articles.models import Actor

    assert not Actor.objects.filter(name=forces).exists()
    Actor.objects.get_or_create(name=state, defaults={"kind": "state"})
    record = ControlRecord(
        place="Mosul",
        place_text="Mosul",
        start=0,
        end=5,
        side=forces,
        event="capture",
        kind="reported",
        claimant=None,
        observed_on=dt.date(2017, 7, 11),
        date_precision=1,
        sentence_start=0,
        sentence_end=len(TEXT.splitlines()[0]),
    )
    assert store_control(article, SimpleNamespace(control=[record])) == 1
    assert ControlObservation.objects.get().side.name == state
