from __future__ import annotations

import pytest

from tests.map.factory import load_seeds


@pytest.fixture
def seeded(transactional_db):
    """The seed fixtures with the seed article's mentions linked, visible to the live server."""
    return load_seeds()


@pytest.fixture
def open_map(live_server, page):
    """Open the map (optionally with a query string) and wait until every layer is drawn."""

    def go(query: str = ""):
        page.goto(f"{live_server.url}/{query}")
        page.wait_for_selector("body[data-ready=true]", timeout=15000)
        return page

    return go


@pytest.fixture
def seeded_db(db):
    """The seeds inside a normal (rolled back) test transaction, for tests without a browser."""
    return load_seeds()
