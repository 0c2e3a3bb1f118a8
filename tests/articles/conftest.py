"""Fixtures for the extraction tests: the seed article and an actor dictionary from the fixture."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from articles.extraction import SEED_ACTORS, ActorDictionary

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = ROOT / "seeds" / "articles" / "euphrates-anger-raqqa.txt"
SEED_PUBLISHED = dt.date(2016, 11, 6)


@pytest.fixture(scope="session")
def dictionary() -> ActorDictionary:
    return ActorDictionary.from_fixture(SEED_ACTORS)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")
