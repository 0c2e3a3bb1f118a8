"""A town far from all the story's other towns gives way to a namesake of its country among
them (`places/geoparser/near_namesakes.py`)."""

from __future__ import annotations

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

PLACES = [
    # A populated copy far away and the story's village with no population on record.
    PlaceInfo(1, "Kalima", -5.49, 28.22, 214000, "PPL", "CD", "settlement", 72_000, "29"),
    PlaceInfo(2, "Kalima", -2.56, 26.62, None, "PPLL", "CD", "settlement", 0, ""),
    PlaceInfo(3, "Kindu", -2.94, 25.92, 212902, "PPLA", "CD", "settlement", 234_000, "10"),
    PlaceInfo(4, "Kasongo", -4.43, 26.67, 214389, "PPL", "CD", "settlement", 60_000, "10"),
    PlaceInfo(5, "Punia", -1.47, 26.45, 209000, "PPL", "CD", "settlement", 20_000, "10"),
    PlaceInfo(6, "Kinshasa", -4.33, 15.31, 2314302, "PPLC", "CD", "settlement", 7_800_000, "06"),
    PlaceInfo(7, "Bailundo", -9.57, 15.99, 3351000, "PPL", "AO", "settlement", 70_000, "12"),
    PlaceInfo(8, "Bailundo", -12.20, 15.87, 3351001, "PPL", "AO", "settlement", 0, "08"),
    PlaceInfo(9, "Huambo", -12.78, 15.74, 3348313, "PPLA", "AO", "settlement", 600_000, "08"),
    PlaceInfo(10, "Andulo", -11.49, 16.70, 3354000, "PPL", "AO", "settlement", 20_000, "02"),
    PlaceInfo(11, "Kuito", -12.38, 16.93, 3347000, "PPLA", "AO", "settlement", 110_000, "02"),
    # A region's seat far away and a village of its name near the story's towns.
    PlaceInfo(12, "Gemena", 3.26, 19.77, 2315000, "PPLA", "CD", "settlement", 120_000, "27"),
    PlaceInfo(13, "Gemena", -2.20, 26.30, None, "PPLL", "CD", "settlement", 0, ""),
]

parser = module_parser(PLACES, use_parse=False)


def _read(parser, text, name):
    return {(t.place_id, t.confidence < 0.9) for t in parser.parse(text) if t.text == name}


def test_a_village_among_the_story_towns_beats_a_far_populated_copy(parser):
    text = (
        "Rebel columns took the mining town of Kalima on Saturday after marching from Punia. "
        "Government troops fell back on Kindu, and aid agencies said families fled to Kasongo. "
        "Kindu airport stayed open."
    )
    assert _read(parser, text, "Kalima") == {(2, True)}


def test_the_near_namesake_also_wins_in_a_list_of_towns(parser):
    text = (
        "UNITA fighters shelled Bailundo and Andulo overnight, officials in Huambo said. "
        "Civilians from Andulo reached Kuito on foot, while the garrison at Bailundo held."
    )
    assert _read(parser, text, "Bailundo") == {(8, True)}


def test_the_populated_copy_keeps_the_lead_without_story_towns_beside_the_namesake(parser):
    text = "Soldiers patrolled Kalima on Monday, the army said in Kinshasa."
    assert {pid for pid, _low in _read(parser, text, "Kalima")} == {1}


def test_a_regions_seat_keeps_its_lead(parser):
    text = (
        "The wounded were flown to Gemena, while fighting went on near Kindu, Punia and "
        "Kasongo, the provincial governor said."
    )
    assert {pid for pid, _low in _read(parser, text, "Gemena")} == {12}
