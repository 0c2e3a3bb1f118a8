"""A military rank's abbreviation is no place: "Brig. Gen." is not Brig, Switzerland."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Brig", 46.32, 7.99, 2661032, "PPLA2", "CH", "settlement", 12_000, "VS"),
    PlaceInfo(2, "Marib", 15.46, 45.33, 71808, "PPLA", "YE", "settlement", 16_000, "24"),
]

parser = module_parser(PLACES, use_parse=False)


@pytest.mark.parametrize(
    "text",
    [
        '"We will not withdraw from Marib," said Brig. Gen. Abdu Abdullah Majili, a spokesman.',
        "The city of Marib has not fallen, according to Brig. Gen. Yahya Saree, who spoke on TV.",
    ],
)
def test_a_brigadier_is_no_town(parser, text):
    found = {t.text for t in parser.parse(text)}
    assert "Brig" not in found
    assert "Marib" in found
