"""/api/timeline.json: the days on which the map changes, the time slider's playback steps."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.models import ControlObservation
from tests.api.control_fixture import build_war, observe
from tests.map.factory import make_actor, make_campaign, make_frontline, make_place

pytestmark = pytest.mark.django_db


def dates(client, query: str = "") -> list[str]:
    response = client.get(f"/api/timeline.json?{query}")
    assert response.status_code == 200, response.content
    return response.json()["dates"]


def test_a_rejected_observation_makes_no_step(client):
    war = build_war()
    pending = observe(
        war["a"], "2024-05-16", place=war["alpha"], status=ControlObservation.Status.PENDING
    )
    rejected = observe(
        war["b"], "2024-05-17", place=war["beta"], status=ControlObservation.Status.REJECTED
    )
    days = dates(client, "start=2024-05-01&end=2024-05-31")
    assert "2024-05-16" in days  # pending observations are drawn, so they are steps
    assert "2024-05-17" not in days
    assert "2024-05-14" in days  # Alpha reported taken
    # A curator's later decision moves the step with it.
    rejected.status = ControlObservation.Status.ACCEPTED
    rejected.save()
    pending.status = ControlObservation.Status.REJECTED
    pending.save()
    days = dates(client, "start=2024-05-01&end=2024-05-31")
    assert "2024-05-17" in days and "2024-05-16" not in days


def test_a_campaign_steps_at_its_start_its_end_and_when_it_leaves_the_map(client, settings):
    settings.CAMPAIGN_FADE_DAYS = 10
    make_campaign(
        "Step push",
        attackers=[make_actor(name="Stepper")],
        targets=[make_place("Steptown")],
        started_on=dt.date(2024, 3, 1),
        ended_on=dt.date(2024, 3, 20),
    )
    assert dates(client) == ["2024-03-01", "2024-03-20", "2024-03-31"]
    assert dates(client, "start=2024-03-02&end=2024-03-30") == ["2024-03-20"]


def test_dates_at_the_end_of_the_calendar_are_no_error(client):
    side = make_actor(name="Late side")
    make_campaign(
        "Late push",
        attackers=[side],
        targets=[make_place("Lateville")],
        started_on=dt.date(9999, 12, 1),
        ended_on=dt.date(9999, 12, 20),
    )
    make_frontline(
        side,
        make_actor(name="Other side"),
        valid_from=dt.date(9999, 1, 1),
        valid_to=dt.date.max,
    )
    assert dates(client, "end=2100-12-31") == []
    assert "9999-12-20" in dates(client)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("start=2024-02-30", "start:"),
        ("end=20240101", "end:"),
        ("start=1899-12-31", "start:"),
        ("start=2024-05-20&end=2024-05-01", "start must not be after end"),
        ("start=1950-01-01&end=2024-01-01", "days apart"),
    ],
)
def test_bad_dates_and_ranges_are_a_400_with_a_json_error(client, query, message):
    response = client.get(f"/api/timeline.json?{query}")
    assert response.status_code == 400
    assert message in response.json()["error"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("date=2024-13-01", "date:"),
        ("date=2101-01-01", "date:"),
        ("date=today", "date:"),
        ("date=2024-05-01&bbox=40,35,38,36", "bbox:"),
    ],
)
def test_bad_dates_on_the_control_layer_are_a_400_with_a_json_error(client, query, message):
    response = client.get(f"/api/control.geojson?{query}")
    assert response.status_code == 400
    assert response.json()["error"].startswith(message)
