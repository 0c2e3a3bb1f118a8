"""Who reaches the admin: staff in, everyone else out, whichever way the session started."""

import pytest

pytestmark = pytest.mark.django_db


def test_it_lets_a_staff_session_in(client, alice):
    # force_login names the first authentication backend (the login throttle) in the session.
    client.force_login(alice)
    assert client.get("/admin/").status_code == 200


def test_it_lets_staff_log_in_with_a_password(client, alice):
    response = client.post("/admin/login/?next=/admin/",
                           {"username": "alice", "password": "alice-password-1"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_it_keeps_non_staff_out(client, charlie):
    client.force_login(charlie)
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_it_sends_anonymous_users_to_the_login_page(client):
    response = client.get("/admin/places/place/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
