from __future__ import annotations

import pytest

from tests.map.factory import load_seeds


@pytest.fixture
def seeded(db):
    """The seed fixtures, with the seed article's mentions linked by alias."""
    return load_seeds()
