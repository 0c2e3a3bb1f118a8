"""A second-level unit written with its kind in lower case ("Puncak regency") is the unit the
gazetteer names with the word capitalised ("Puncak Regency"), also where the bare name is no
place; a bare name that is already a unit keeps its own readings ("Mannar district"), and a
district named after its seat town stays the town ("Zhari district")."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Puncak", -3.9, 137.2, 6000001, "PPLA4", "ID", "settlement", 600, "39"),
    PlaceInfo(2, "Kabupaten Puncak", -3.8, 137.5, 6000002, "ADM2", "ID", "admin", 0, "39"),
    PlaceInfo(3, "Kabupaten Nduga", -4.4, 138.2, 6000003, "ADM2", "ID", "admin", 0, "39"),
    PlaceInfo(4, "Mannar", 8.98, 79.9, 6000004, "ADM1", "LK", "admin", 0, "38"),
    PlaceInfo(5, "Mannar", 8.98, 79.91, 6000005, "PPLA", "LK", "settlement", 24_000, "38"),
    PlaceInfo(6, "Al Manar", 15.0, 44.0, 6000006, "ADM2", "YE", "admin", 0, "10"),
    PlaceInfo(7, "Zhari", 31.6, 65.5, 6000007, "PPL", "AF", "settlement", 5_000, "23"),
    PlaceInfo(8, "Zhari District", 31.58, 65.45, 6000008, "ADM2", "AF", "admin", 0, "23"),
]
NAMES = [
    *own_names(PLACES),
    (2, "Puncak Regency", name_key("Puncak Regency"), "name", False),
    (3, "Nduga Regency", name_key("Nduga Regency"), "name", False),
    (6, "Al Manar District", name_key("Al Manar District"), "name", False),
]

parser = module_parser(PLACES, NAMES)


def _readings(parser, text):
    return {t.text: (t.name, t.kind, t.country) for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Troops were flown into Puncak regency after the rebels burned a school.",
        "Villagers fled Beoga district, Puncak regency, on foot, a pastor said.",
    ],
)
def test_a_lower_case_unit_word_joins_a_unit_of_that_full_name(parser, text):
    assert _readings(parser, text)["Puncak regency"] == ("Kabupaten Puncak", "admin", "ID")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands have fled to the forests of Nduga regency since December.",
        "The army said it had secured roads in Nduga regency on Sunday.",
    ],
)
def test_a_unit_whose_bare_name_is_no_place_is_found(parser, text):
    assert _readings(parser, text)["Nduga regency"][1:] == ("admin", "ID")


@pytest.mark.parametrize(
    "text",
    [
        "Shelling was reported in Mannar district near the coast, the army said.",
        "Refugees from Mannar district crossed to India by boat.",
    ],
)
def test_a_bare_name_that_is_already_a_unit_keeps_its_readings(parser, text):
    readings = _readings(parser, text)
    assert "Mannar district" not in readings
    assert readings["Mannar"][2] == "LK"


@pytest.mark.parametrize(
    "text",
    [
        "Canadian troops pushed into Zhari district before dawn, officials said.",
        "Taliban fighters regrouped in the Zhari district west of Kandahar.",
    ],
)
def test_a_district_named_after_its_seat_town_stays_the_town(parser, text):
    readings = _readings(parser, text)
    assert "Zhari district" not in readings
    assert readings["Zhari"][1:] == ("settlement", "AF")
