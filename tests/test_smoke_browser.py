import pytest

pytestmark = pytest.mark.browser


@pytest.mark.django_db(transaction=True)
def test_it_serves_the_map_page_to_chromium(live_server, page):
    page.goto(live_server.url + "/")
    assert page.title() == "Conflict Map"
