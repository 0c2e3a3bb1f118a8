"""Former names of countries that stories of past wars use are read as the successor state
(`places/gazetteer_aliases.EXTRA_ALIASES`)."""

from __future__ import annotations

import pytest

from places.gazetteer_sources import read_countries


@pytest.mark.parametrize(
    "country, former",
    [
        ("RU", "Soviet Union"),
        ("BD", "East Pakistan"),
        ("GW", "Portuguese Guinea"),
        ("NA", "South West Africa"),
    ],
)
def test_a_former_name_is_an_alias_of_the_successor_state(country, former):
    (record,) = list(read_countries({country}, {}))
    assert former in {name for name, _kind in record.names}
