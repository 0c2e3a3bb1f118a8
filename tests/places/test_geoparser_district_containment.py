"""A district holds only the towns near its point in "X, Y" (`Resolver._contain`): the
index keeps no second-level code, and a state code shared with X is not enough."""

from __future__ import annotations

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    PlaceInfo(1, "Maiduguri", 11.85, 13.16, 2331447, "PPLA", "NG", "settlement", 1_110_000, "27"),
    # A hamlet of another state under the state capital's name, 160 km from the district.
    PlaceInfo(2, "Maiduguri", 12.95, 11.95, None, "PPLL", "NG", "settlement", 0, "44"),
    PlaceInfo(3, "Potiskum", 11.71, 11.08, 2324000, "ADM2", "NG", "admin", 0, "44"),
    PlaceInfo(4, "Potiskum", 11.71, 11.08, 2324001, "PPLA2", "NG", "settlement", 86_000, "44"),
    PlaceInfo(5, "Dogo", 11.60, 11.20, None, "PPLL", "NG", "settlement", 0, "44"),
    PlaceInfo(6, "Dogo", 9.90, 8.90, None, "PPLL", "NG", "settlement", 0, "23"),
    PlaceInfo(7, "Yobe", 12.0, 11.5, 2595345, "ADM1", "NG", "admin", 0, "44"),
    PlaceInfo(8, "Gujba", 11.50, 11.93, 2340000, "ADM2", "NG", "admin", 0, "44"),
    PlaceInfo(9, "Kukareta", 11.90, 12.10, None, "PPLL", "NG", "settlement", 0, "44"),
    PlaceInfo(10, "Kukareta", 7.50, 4.50, None, "PPLL", "NG", "settlement", 0, "30"),
]

parser = module_parser(PLACES, use_parse=False)


def _read(parser, text, name):
    return {t.place_id for t in parser.parse(text) if t.text == name}


def test_a_district_does_not_hold_a_far_town_of_its_state(parser):
    text = (
        "The unrest spread on Monday to Maiduguri, Potiskum in Yobe state and other towns, "
        "police said."
    )
    assert _read(parser, text, "Maiduguri") == {1}


def test_a_district_still_holds_a_village_near_it(parser):
    text = "Gunmen raided Dogo, Potiskum on Friday night, residents said."
    assert _read(parser, text, "Dogo") == {5}


def test_a_district_holds_a_village_of_its_area_in_other_wording(parser):
    text = "Troops cleared Kukareta, Gujba after an overnight attack, a military spokesman said."
    assert _read(parser, text, "Kukareta") == {9}
