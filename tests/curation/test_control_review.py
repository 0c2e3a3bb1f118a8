"""Reviewing control observations: only users who may change them can accept, reject or correct;
a viewer sees the list without buttons; a correction records the curator."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Actor, ControlObservation
from tests.curation.control_fixtures import grant_control_roles, observation

pytestmark = pytest.mark.django_db
LIST = "admin:articles_controlobservation_changelist"


@pytest.fixture
def pending(make):
    grant_control_roles()
    sdf = Actor.objects.create(name="Syrian Democratic Forces", kind="armed_group")
    tabqa = make.place("Tabqa", 38.548, 35.836, country_code="SY")
    article = make.article("The SDF said on Sunday it had captured Tabqa. Residents fled.")
    return observation(article, tabqa, sdf, "captured Tabqa", kind="claimed", claimant=sdf)


def _accept_url(obj) -> str:
    return reverse("admin:articles_controlobservation_accept", args=[obj.pk])


def test_a_viewer_sees_the_list_but_cannot_accept(pending, viewer, login):
    client = login(viewer)
    page = client.get(reverse(LIST))
    assert page.status_code == 200
    assert b"Tabqa" in page.content and b">Accept</button>" not in page.content
    assert client.post(_accept_url(pending)).status_code == 403
    pending.refresh_from_db()
    assert pending.status == "pending"


def test_anonymous_users_are_sent_to_the_login(pending, client):
    response = client.post(_accept_url(pending))
    assert response.status_code == 302 and "/login/" in response["Location"]
    pending.refresh_from_db()
    assert pending.status == "pending"


def test_accepting_needs_a_post(pending, curator, login):
    assert login(curator).get(_accept_url(pending)).status_code == 405


def test_bulk_reject(pending, curator, login):
    response = login(curator).post(
        reverse(LIST),
        {"action": "reject_selected", "_selected_action": [pending.pk]},
        follow=True,
    )
    assert "1 observation(s) rejected." in response.content.decode()
    pending.refresh_from_db()
    assert (pending.status, pending.curator) == ("rejected", curator)


def test_a_curator_corrects_the_side_and_date(pending, curator, login):
    isis = Actor.objects.create(name="Islamic State", kind="armed_group")
    url = reverse("admin:articles_controlobservation_change", args=[pending.pk])
    client = login(curator)
    form = client.get(url)
    assert "captured <mark>Tabqa</mark>" in form.content.decode()
    response = client.post(
        url,
        {
            "place": pending.place_id,
            "area": "",
            "area_name": "",
            "side": isis.pk,
            "event": "hold",
            "kind": "reported",
            "claimant": "",
            "observed_on": "2016-11-05",
            "date_precision": 1,
            "status": "accepted",
            "article": pending.article_id,
            "sentence_start": pending.sentence_start,
            "sentence_end": pending.sentence_end,
            "source_file": "",
            "source_feature": "",
            "source_name": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    corrected = ControlObservation.objects.get(pk=pending.pk)
    assert (corrected.side, str(corrected.observed_on), corrected.kind, corrected.curator) == (
        isis,
        "2016-11-05",
        "assessed",
        curator,
    )
    assert corrected.decided_at is not None


def test_the_list_reads_sentences_without_a_query_per_row(pending, curator, login, make):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = login(curator)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse(LIST)).status_code == 200
        return len(captured)

    few = queries()
    for n in range(4):
        place = make.place(f"Village {n}", 38.0 + n / 10, 35.8, country_code="SY")
        observation(pending.article, place, pending.side, "captured Tabqa", kind="reported")
    assert queries() == few


def test_the_side_filter_lists_only_sides_with_observations(pending, curator, login):
    """With the seed's ~1,500 actors every one was a filter link: a page 40,000 px tall."""
    Actor.objects.create(name="Unobserved Brigade", kind="armed_group")
    page = login(curator).get(reverse(LIST)).content.decode()
    assert "Syrian Democratic Forces" in page
    assert "Unobserved Brigade" not in page


def test_the_front_line_side_filters_list_only_sides_on_a_line(alice, login):
    from tests.map.factory import make_frontline

    sdf = Actor.objects.create(name="Syrian Democratic Forces", kind="armed_group")
    isis = Actor.objects.create(name="Islamic State", kind="armed_group")
    make_frontline(sdf, isis)
    Actor.objects.create(name="Unobserved Brigade", kind="armed_group")
    response = login(alice).get(reverse("admin:articles_frontline_changelist"))
    page = response.content.decode()
    assert response.status_code == 200 and "Islamic State" in page
    assert "Unobserved Brigade" not in page
