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
    # Two villages of one name in one country, the better known outside the region named.
    PlaceInfo(7, "Sarafere", 15.75, -3.60, None, "PPLL", "ML", "settlement", 0, "04"),
    PlaceInfo(8, "Sarafere", 12.60, -8.00, 2450001, "PPL", "ML", "settlement", 2_000, "05"),
    PlaceInfo(9, "Koulikoro", 13.80, -7.50, 2454533, "ADM1", "ML", "admin", 0, "05"),
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


@pytest.mark.parametrize(
    "text",
    [
        "Militants moved into Sarafere in the neighbouring Mopti region within days.",
        "Residents fled Sarafere in northern Mopti after the army post was overrun.",
    ],
)
def test_a_region_of_the_country_picks_among_its_namesakes(parser, text):
    found = [t for t in parser.parse(text) if t.text == "Sarafere"]
    assert {t.place_id for t in found} == {7}
    assert all(t.confidence < 0.9 for t in found)  # an ordering, not containment


def test_the_lead_inside_the_named_region_stays(parser):
    text = "Militants moved into Sarafere in the Koulikoro region on Monday."
    found = {t.place_id for t in parser.parse(text) if t.text == "Sarafere"}
    assert found == {8}


def test_a_bare_namesake_keeps_the_known_village(parser):
    text = "Militants moved into Sarafere on Monday."
    found = {t.place_id for t in parser.parse(text) if t.text == "Sarafere"}
    assert found == {8}
