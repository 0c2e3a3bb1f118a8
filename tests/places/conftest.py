"""Fixtures for the geoparser tests: a parser over the gazetteer slice (tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture
def parser(gazetteer, db):
    from places.geoparser import get_geoparser, invalidate

    invalidate()
    return get_geoparser()
