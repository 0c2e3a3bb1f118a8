"""Fixtures for the geoparser tests: a small slice of the real gazetteer, loaded once."""

from __future__ import annotations

import pytest

# Syria, Iraq, Turkey, Lebanon and Libya: the seed's region plus both Tripolis. Loads in seconds.
SLICE = ("SY", "IQ", "TR", "LB", "LY")


@pytest.fixture(scope="module")
def gazetteer(django_db_setup, django_db_blocker):
    """Load the slice for one test module and remove it afterwards, so no gazetteer rows leak
    into other folders' tests that share the database."""
    from places.gazetteer import load_gazetteer
    from places.geoparser import invalidate
    from places.models import GazetteerState, Place

    with django_db_blocker.unblock():
        summary = load_gazetteer(countries=SLICE, force=True)
        invalidate()
    yield summary
    with django_db_blocker.unblock():
        from articles.models import Article

        Article.objects.all().delete()
        Place.objects.all().delete()
        GazetteerState.objects.all().delete()
        invalidate()


@pytest.fixture
def parser(gazetteer, db):
    from places.geoparser import get_geoparser, invalidate

    invalidate()
    return get_geoparser()
