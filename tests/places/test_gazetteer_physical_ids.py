"""A load of a few countries (`load_gazetteer --countries`) reads Natural Earth's physical
features inside those countries' box. Features sharing a name are told apart by a number in
their source_id; that number must be the one a whole-world load gives, or a partial load would
move one lake's row onto its namesake's point, and the next whole-world load move it back."""

from __future__ import annotations

import pytest

from places.gazetteer_sources import read_physical


@pytest.fixture(scope="module")
def whole_world() -> dict[tuple[float, float], str]:
    return {(r.lat, r.lon): r.source_id for r in read_physical(None)}


@pytest.mark.parametrize(
    "bbox",
    [
        (-60.0, 47.0, -55.0, 51.0),  # Newfoundland: the second "Grand Lake" of the file only
        (-100.0, 48.0, -90.0, 55.0),  # north-western Ontario: the second "Trout Lake" only
        (25.0, 55.0, 45.0, 70.0),  # Karelia and around: many lakes named twice
    ],
)
def test_a_boxed_read_names_each_feature_as_the_whole_world_read_does(whole_world, bbox):
    boxed = list(read_physical(bbox))
    assert boxed, "the box holds no feature: the test would prove nothing"
    assert any("#" in r.source_id for r in boxed), "no numbered namesake in the box"
    for record in boxed:
        assert record.source_id == whole_world[(record.lat, record.lon)], record.name
