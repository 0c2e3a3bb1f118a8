"""A contraction opening a quote or a sentence ("They're", "They’re") is no place, though its
key folds like a village's; a village named in the same story still is."""

from __future__ import annotations

import pytest

from places.geoparser import GazetteerIndex, Geoparser, PlaceInfo
from places.normalize import name_key

PLACES = [
    PlaceInfo(1, "Teira", 12.52, 24.21, 1, "PPLL", "SD", "settlement", 0, "05"),
    PlaceInfo(3, "Sudan", 16.0, 30.0, 366755, "PCLI", "SD", "country", 41_801_533, ""),
    PlaceInfo(4, "El Fasher", 13.63, 25.35, 372753, "PPLA", "SD", "settlement", 252_609, "02"),
]
NAMES = [(p.place_id, p.name, name_key(p.name), "name", True) for p in PLACES]


@pytest.fixture(scope="module")
def parser():
    return Geoparser(GazetteerIndex.build(PLACES, NAMES))


@pytest.mark.parametrize(
    "text, contraction",
    [
        (
            'EL FASHER, Sudan (AP) — "They\'re shelling the camp every night," a teacher in '
            "El Fasher said on Tuesday.",
            "They're",
        ),
        (
            "Residents of El Fasher, in Sudan's North Darfur state, said fighters went door to "
            "door. \u201cThey\u2019re taking the men away,\u201d one woman said.",
            "They\u2019re",
        ),
    ],
)
def test_a_contraction_is_no_place(parser, text, contraction):
    found = {t.text for t in parser.parse(text)}
    assert "El Fasher" in found
    assert contraction not in found


def test_the_village_its_key_folds_like_is_still_read(parser):
    text = "Fighters entered Teira, west of El Fasher in Sudan, on Monday, residents said."
    assert "Teira" in {t.text for t in parser.parse(text)}
