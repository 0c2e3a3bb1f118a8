"""Fixtures for the geoparser tests: a parser over the gazetteer slice (tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture
def parser(gazetteer, db):
    from places.geoparser import get_geoparser, invalidate

    invalidate()
    return get_geoparser()


@pytest.fixture
def every_name_a_person(monkeypatch):
    """The entity recogniser reads every name as a person, so that only the rules' own evidence
    keeps a place (`pytest.mark.usefixtures("every_name_a_person")` on a module)."""
    from tests.places.small_gazetteer import everything_a_person

    monkeypatch.setattr("places.nlp.entities", everything_a_person)
