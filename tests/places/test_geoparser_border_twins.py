"""Twin towns across a border ("Rafah" of Egypt and of Gaza, two kilometres apart) are one name on
both sides: a cue word does not say which side, so such a reading stays below 0.9
(`places/geoparser/namesakes.py`)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

RAFAH_EG = PlaceInfo(1, "Rafah", 31.28, 34.24, 349340, "PPLA2", "EG", "settlement", 44_215, "27")
RAFAH_PS = PlaceInfo(2, "Rafah", 31.30, 34.25, 281102, "PPLA2", "PS", "settlement", 126_305, "")
OTHERS = [
    PlaceInfo(3, "Egypt", 27.0, 30.0, 357994, "PCLI", "EG", "country", 100_000_000, ""),
    PlaceInfo(4, "Arish", 31.13, 33.80, 361546, "PPLA", "EG", "settlement", 165_000, "27"),
    PlaceInfo(5, "Khan Yunis", 31.34, 34.31, 281133, "PPLA2", "PS", "settlement", 180_000, ""),
    PlaceInfo(6, "Sheikh Zuweid", 31.21, 34.11, 349158, "PPL", "EG", "settlement", 60_000, "27"),
]

twins = module_parser([RAFAH_EG, RAFAH_PS, *OTHERS], use_parse=False)
alone = module_parser([RAFAH_EG, *OTHERS], use_parse=False)

TEXTS = [
    "Armoured columns entered the border town of Rafah at dawn after shelling Sheikh Zuweid, "
    "an Egyptian officer in Arish said.",
    "Fighting reached the town of Rafah on Tuesday, a day after militants attacked Sheikh "
    "Zuweid, officials in Arish said.",
]


def _rafah(parser, text):
    return [t for t in parser.parse(text) if t.text == "Rafah"]


@pytest.mark.parametrize("text", TEXTS)
def test_a_town_with_a_twin_across_the_border_stays_below_090(twins, text):
    found = _rafah(twins, text)
    assert found and all(t.confidence < 0.9 for t in found)


@pytest.mark.parametrize("text", TEXTS)
def test_a_town_without_a_twin_keeps_its_cue(alone, text):
    found = _rafah(alone, text)
    assert found and found[0].place_id == 1 and found[0].confidence >= 0.9


def test_containment_still_places_a_twin(twins):
    found = _rafah(twins, "Troops entered the town of Rafah, Egypt, after shelling Arish.")
    assert found and found[0].country == "EG" and found[0].confidence >= 0.9
