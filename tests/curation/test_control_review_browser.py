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


@pytest.mark.django_db(transaction=True)
def test_the_sentence_is_readable_beside_its_row_on_a_laptop_screen(
    live_server, page, make, curator, settings
):
    """At 1400 px a long side's name (one line: foreign keys do not wrap in the admin) squeezed
    the sentence into a column four words wide: rows 500 px tall, and the buttons beyond the
    edge of the table, behind a horizontal scroll that hid the place's name."""
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    grant_control_roles()
    fardc = Actor.objects.create(
        name="Armed Forces of the Democratic Republic of the Congo", kind="state"
    )
    bukavu = make.place("Bukavu", 28.843, -2.491, country_code="CD")
    article = make.article(
        "The Congolese National Army has beaten off a three-day assault on Bukavu by several "
        "thousand rebel tribesmen, and by last night the capital of Kivu province was quiet "
        "again except for the occasional burst of fire from patrols hunting stragglers in the "
        "banana groves above Lake Kivu."
    )
    observation(article, bukavu, fardc, "assault on Bukavu", event="held")

    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(f"{live_server.url}/admin/login/?next=/admin/articles/controlobservation/")
    page.fill("#id_username", "dora")
    page.fill("#id_password", "dora-password-1")
    page.click("input[type=submit]")
    row = page.locator("#result_list tbody tr", has_text="Bukavu")
    assert row.bounding_box()["height"] < 200
    assert row.locator(".control-source").bounding_box()["width"] >= 240
    # The place, its sentence and the buttons in view together, with no horizontal scroll.
    results = page.locator(".results").bounding_box()
    accept = row.get_by_role("button", name="Accept").bounding_box()
    assert accept["x"] + accept["width"] <= results["x"] + results["width"]
    assert page.evaluate("document.querySelector('.results').scrollLeft") == 0
    assert page.script_errors == []
