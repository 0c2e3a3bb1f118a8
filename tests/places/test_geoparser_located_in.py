""" "X in Y": a town placed in a country or first-level region by the words after it gains its
readings there, and the one spelled as written leads (`places/geoparser/located_in.py`)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Kone", -21.06, 164.86, 2140000, "PPLA", "NC", "settlement", 4_500, "01"),
    PlaceInfo(2, "Kona", 14.10, -4.50, None, "PPLL", "ML", "settlement", 0, "04"),
    PlaceInfo(3, "Konna", 14.94, -3.89, None, "PPLL", "ML", "settlement", 0, "04"),
    PlaceInfo(4, "Mali", 17.0, -4.0, 2453866, "PCLI", "ML", "country", 20_000_000, ""),
    PlaceInfo(5, "Mopti", 14.49, -4.20, 2453348, "ADM1", "ML", "admin", 0, "04"),
    PlaceInfo(6, "Kona", 7.50, -5.20, 2290000, "PPL", "CI", "settlement", 640, "77"),
]
NAMES = [*own_names(PLACES), (1, "Kona", name_key("Kona"), "name", False)]

parser = module_parser(PLACES, NAMES, use_parse=False)


@pytest.mark.parametrize(
    "text",
    [
        "Islamist fighters seized the town of Konna in central Mali on Thursday.",
        "French jets struck rebel positions around Konna in the Mopti region overnight.",
    ],
)
def test_a_town_in_a_named_country_or_region_reads_there(parser, text):
    found = {t.place_id for t in parser.parse(text) if t.text == "Konna"}
    assert found == {3}


def test_in_after_a_town_without_a_holder_changes_nothing(parser):
    text = "Islamist fighters seized the town of Konna in the morning."
    found = {t.place_id for t in parser.parse(text) if t.text == "Konna"}
    assert 3 not in found
