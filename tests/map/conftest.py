from __future__ import annotations

import datetime as dt

import pytest

from articles.models import ActorMention
from tests.map.factory import load_seeds, make_actor, make_article, make_mention, make_place


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


@pytest.fixture
def second_front(seeded):
    """An article on Manbij naming only a brigade the seed article does not name."""
    brigade = make_actor(name="Northern Sector Brigade")
    manbij = make_place("Manbij", 37.95, 36.53, population=100_000)
    text = "The Northern Sector Brigade said fighting continued in Manbij."
    article = make_article(text, published_at=dt.datetime(2016, 11, 5, 12, tzinfo=dt.UTC))
    make_mention(article, manbij, "Manbij", start=text.rindex("Manbij"))
    ActorMention.objects.create(
        article=article, actor=brigade, start=4, end=27, text="Northern Sector Brigade"
    )
    return brigade, manbij
