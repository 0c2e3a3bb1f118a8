"""A curator reviews extracted control observations in the admin: the source sentence beside each
row with the place marked, one click to accept one (it becomes assessed) and reject another."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.models import Actor, ControlObservation
from tests.curation.control_fixtures import grant_control_roles, observation

pytestmark = pytest.mark.browser


@pytest.mark.django_db(transaction=True)
def test_a_curator_accepts_one_observation_and_rejects_another(
    live_server, page, make, curator, settings
):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    grant_control_roles()
    sdf = Actor.objects.create(name="Syrian Democratic Forces", kind="armed_group")
    isis = Actor.objects.create(name="Islamic State", kind="armed_group")
    tabqa = make.place("Tabqa", 38.548, 35.836, country_code="SY")
    mansura = make.place("Mansura", 38.8, 35.83, country_code="SY")
    article = make.article(
        "The SDF said on Sunday it had captured <b>Tabqa</b>. Islamic State still holds Mansura, "
        "residents said."
    )
    claimed = observation(article, tabqa, sdf, "<b>Tabqa</b>", kind="claimed", claimant=sdf)
    reported = observation(article, mansura, isis, "Islamic State still holds Mansura")

    page.goto(f"{live_server.url}/admin/login/?next=/admin/articles/controlobservation/")
    page.fill("#id_username", "dora")
    page.fill("#id_password", "dora-password-1")
    page.click("input[type=submit]")
    page.wait_for_selector("#result_list")
    row = page.locator("#result_list tbody tr", has_text="Tabqa")
    # The sentence is text (the article's markup is not rendered), the place marked in it.
    assert "<b>Tabqa</b>" in row.locator(".control-source").inner_text()
    assert row.locator(".control-source mark").inner_text() == "Tabqa"
    row.get_by_role("button", name="Accept").click()
    page.wait_for_selector(".messagelist .success")
    assert "accepted" in page.locator(".messagelist").inner_text()

    page.locator("#result_list tbody tr", has_text="Mansura").get_by_role(
        "button", name="Reject"
    ).click()
    page.wait_for_selector(".messagelist .success >> text=rejected")

    claimed.refresh_from_db()
    reported.refresh_from_db()
    assert (claimed.status, claimed.kind, claimed.curator) == ("accepted", "assessed", curator)
    assert claimed.decided_at is not None
    assert (reported.status, reported.kind, reported.curator) == ("rejected", "reported", curator)
    # Decided rows show their status instead of the buttons; the filter finds the pending ones.
    assert page.locator("#result_list button").count() == 0
    page.goto(f"{live_server.url}/admin/articles/controlobservation/?status__exact=pending")
    assert page.locator("#result_list").count() == 0
    assert page.script_errors == []
    assert ControlObservation.objects.filter(observed_on=dt.date(2016, 11, 6)).count() == 2
