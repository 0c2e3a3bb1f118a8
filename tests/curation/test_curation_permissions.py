"""Who can do what in the admin: curator edits, viewer reads, others are kept out, whichever way the
session started (a password, or a session naming the login throttle backend)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from places.models import Place

pytestmark = pytest.mark.django_db

ADD_PLACE = {
    "name": "Ain Issa",
    "kind": "settlement",
    "country_code": "SY",
    "admin1": "",
    "population": "0",
    "point": '{"type": "Point", "coordinates": [38.86, 36.385]}',
    "geometry": "",
    "source": "curator",
    "source_id": "",
    "feature_class": "",
    "feature_code": "",
    "names-TOTAL_FORMS": "1",
    "names-INITIAL_FORMS": "0",
    "names-MIN_NUM_FORMS": "0",
    "names-MAX_NUM_FORMS": "1000",
    "names-0-name": "Ayn Issa",
    "names-0-language": "",
    "names-0-kind": "name",
}

CURATED_PAGES = [
    "places_place",
    "places_placename",
    "articles_mention",
    "articles_actor",
    "articles_campaign",
    "articles_frontline",
    "articles_statement",
]


def test_it_sends_anonymous_users_to_the_login_page(client):
    for url in (
        reverse("admin:places_place_changelist"),
        reverse("admin:articles_mention_review"),
        reverse("admin:places_place_import"),
    ):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_it_gives_anonymous_users_no_write_path(client):
    client.post(reverse("admin:places_place_add"), ADD_PLACE)
    client.post(reverse("admin:places_place_import"), {"format": "auto"})
    client.post(reverse("admin:articles_mention_review"), {"group": "x|", "action": "reject"})
    for url in ("/", "/api/places.geojson", "/api/mentions.geojson", "/api/frontlines.geojson"):
        response = client.post(url, {"name": "Ain Issa"})
        assert response.status_code in (403, 404, 405), url
    assert not Place.objects.filter(name="Ain Issa").exists()


def test_it_lets_a_superuser_session_in_whichever_backend_started_it(client, alice):
    # force_login names the first authentication backend (the login throttle) in the session.
    client.force_login(alice)
    assert client.get("/admin/").status_code == 200


def test_it_lets_staff_log_in_with_a_password(client, alice):
    response = client.post(
        "/admin/login/?next=/admin/", {"username": "alice", "password": "alice-password-1"}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_it_refuses_logged_in_users_who_are_not_staff(client, login, charlie):
    login(charlie)
    response = client.get(reverse("admin:places_place_changelist"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(charlie)  # the session names the login throttle backend
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_it_forbids_staff_without_a_role(client, login, bob):
    login(bob)
    assert client.get(reverse("admin:places_place_changelist")).status_code == 403
    assert client.get(reverse("admin:articles_mention_review")).status_code == 403
    assert client.post(reverse("admin:places_place_add"), ADD_PLACE).status_code == 403
    assert not Place.objects.filter(name="Ain Issa").exists()


def test_it_lets_viewers_read_but_not_write(client, login, viewer, make):
    place = make.place("Raqqa", 39.01, 35.95)
    login(viewer)
    for name in CURATED_PAGES:
        assert client.get(reverse(f"admin:{name}_changelist")).status_code == 200, name
    change = client.get(reverse("admin:places_place_change", args=[place.pk]))
    assert change.status_code == 200
    assert b'name="_save"' not in change.content  # read-only form
    assert client.post(reverse("admin:places_place_add"), ADD_PLACE).status_code == 403
    assert (
        client.post(
            reverse("admin:places_place_change", args=[place.pk]), {**ADD_PLACE, "name": "Renamed"}
        ).status_code
        == 403
    )
    assert client.get(reverse("admin:places_place_import")).status_code == 403
    assert client.get(reverse("admin:articles_mention_review")).status_code == 200
    assert (
        client.post(
            reverse("admin:articles_mention_review"), {"group": "x|", "action": "reject"}
        ).status_code
        == 403
    )
    place.refresh_from_db()
    assert place.name == "Raqqa"
    assert not Place.objects.filter(name="Ain Issa").exists()


def test_it_lets_curators_edit_places_and_records_who(client, login, curator):
    login(curator)
    for name in CURATED_PAGES:
        assert client.get(reverse(f"admin:{name}_add")).status_code == 200, name
    response = client.post(reverse("admin:places_place_add"), ADD_PLACE)
    assert response.status_code == 302, response.content[:2000]
    place = Place.objects.get(name="Ain Issa")
    assert place.lat == pytest.approx(36.385)
    assert list(place.names.values_list("name", flat=True)) == ["Ayn Issa"]
    history = client.get(reverse("admin:places_place_history", args=[place.pk]))
    assert b"dora" in history.content and b"Added" in history.content


def test_it_keeps_curators_out_of_user_management(client, login, curator):
    login(curator)
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403


def test_it_offers_a_colour_picker_for_actors_and_checks_the_value(client, login, curator):
    from articles.models import Actor

    actor = Actor.objects.create(name="Syrian Democratic Forces", colour="#ffcc00")
    login(curator)
    url = reverse("admin:articles_actor_change", args=[actor.pk])
    assert b'type="color"' in client.get(url).content
    form = {
        "name": actor.name,
        "kind": "armed_group",
        "colour": "red",
        "parent": "",
        "description": "",
        "aliases-TOTAL_FORMS": "1",
        "aliases-INITIAL_FORMS": "0",
        "aliases-MIN_NUM_FORMS": "0",
        "aliases-MAX_NUM_FORMS": "1000",
        "aliases-0-alias": "SDF",
        "aliases-0-case_sensitive": "on",
    }
    assert b"Use a hex colour" in client.post(url, form).content
    assert client.post(url, {**form, "colour": "#1F78B4"}).status_code == 302
    actor.refresh_from_db()
    assert actor.colour == "#1f78b4"
    assert list(actor.aliases.values_list("alias", "case_sensitive")) == [("SDF", True)]
