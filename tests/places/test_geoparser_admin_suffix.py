""" "Rakhine State", "Magway Region": where first-level regions are called so, the word after the
region's name belongs to the name and says region (not the town of the same name)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import geoparser_over, module_parser, own_names

PLACES = [
    PlaceInfo(1, "Rakhine", 19.7, 93.75, 1298852, "ADM1", "MM", "admin", 0, "01"),
    PlaceInfo(2, "Magway", 20.15, 94.93, 1311000, "PPLA", "MM", "settlement", 300_000, "15"),
    PlaceInfo(3, "Magway", 20.37, 94.84, 1311001, "ADM1", "MM", "admin", 0, "15"),
    PlaceInfo(4, "Myanmar", 22.0, 98.0, 1327865, "PCLI", "MM", "country", 53_000_000, ""),
    PlaceInfo(5, "Michigan", 44.0, -85.0, 5001836, "ADM1", "US", "admin", 0, "MI"),
    PlaceInfo(6, "Ohio", 40.25, -83.0, 5165418, "ADM1", "US", "admin", 0, "OH"),
    PlaceInfo(7, "Kyaukme", 22.53, 97.03, 1319001, "PPL", "MM", "settlement", 40_000, "17"),
    PlaceInfo(8, "Jackson", 40.0, -83.5, 4515001, "PPL", "US", "settlement", 6_000, "OH"),
]

parser = module_parser(PLACES, use_parse=False)


def readings(parser, text):
    return {t.text: (t.name, t.kind) for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The Arakan Army now controls most of Rakhine State and has moved into Magway Region.",
        "Junta jets bombed villages in Magway Region on Monday, and fighting went on in Rakhine "
        "State, residents of Myanmar said.",
    ],
)
def test_a_region_named_with_its_kind(parser, text):
    found = readings(parser, text)
    assert found["Rakhine State"] == ("Rakhine", "admin")
    assert found["Magway Region"] == ("Magway", "admin")


def test_not_where_the_word_names_something_else(parser):
    found = readings(parser, "Michigan State beat Ohio on Saturday.")
    assert "Michigan State" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Resistance forces said they had captured most of Rakhine state, Myanmar's west.",
        "Refugees from Rakhine state reached the border of Myanmar and Bangladesh on Monday.",
    ],
)
def test_the_kind_in_lower_case_joins_the_name_too(parser, text):
    assert readings(parser, text)["Rakhine state"] == ("Rakhine", "admin")


REGION_PLACES = [
    PlaceInfo(11, "Kharkiv", 49.98, 36.25, 706483, "PPLA", "UA", "settlement", 1_430_000, "07"),
    PlaceInfo(12, "Kharkivska oblast", 49.5, 36.5, 706482, "ADM1", "UA", "admin", 0, "07"),
    PlaceInfo(13, "Vovchansk", 50.29, 36.94, 689558, "PPL", "UA", "settlement", 17_000, "07"),
    PlaceInfo(14, "Homs", 34.73, 36.72, 169577, "PPLA", "SY", "settlement", 775_000, "11"),
    PlaceInfo(15, "Ḩimş", 34.3, 37.9, 169575, "ADM1", "SY", "admin", 0, "11"),
    PlaceInfo(16, "Al Qusayr", 34.51, 36.58, 169001, "PPLA2", "SY", "settlement", 30_000, "11"),
    PlaceInfo(17, "Ukraine", 49.0, 32.0, 690791, "PCLI", "UA", "country", 44_000_000, ""),
    PlaceInfo(18, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 22_000_000, ""),
]
REGION_NAMES = [
    *own_names(REGION_PLACES),
    (12, "Kharkiv", "kharkiv", "name", False),
    (15, "Homs", "homs", "name", False),
]

region_parser = module_parser(REGION_PLACES, REGION_NAMES, use_parse=False)


@pytest.mark.parametrize(
    "text, named, region, city",
    [
        (
            "Russian troops crossed into the Kharkiv region on Friday and reached Vovchansk, "
            "40 km from Kharkiv, Ukraine's second city. Shelling hit Kharkiv overnight.",
            "Kharkiv region",
            "Kharkivska oblast",
            "Kharkiv",
        ),
        (
            "Hezbollah fighters took Al Qusayr in Homs province near the Lebanese border, "
            "while the army shelled rebel districts of Homs, Syria's third city.",
            "Homs province",
            "Ḩimş",
            "Homs",
        ),
    ],
)
def test_a_name_with_its_region_word_is_the_region_beside_the_city(
    region_parser, text, named, region, city
):
    """The region word is explicit: the pull of the story's towns toward the city of the same
    name, and the city's other mentions, do not take the region's mention."""
    found = {t.text: t.name for t in region_parser.parse(text)}
    assert found[named] == region
    assert found[city] == city


@pytest.mark.parametrize(
    "text",
    [
        "A case of avian flu was found in a bird in the Eastern province of Prince Edward "
        "Island, the Canadian Food Inspection Agency said.",
        "Heavy snow closed roads across the Central region of the island on Monday, police said.",
    ],
)
def test_a_common_word_before_a_region_word_is_no_foreign_region_name(text):
    """Only where regions are called by that very word does it join a common word."""
    places = [
        PlaceInfo(21, "Eastern", 0.5, 38.5, 197001, "ADM1", "KE", "admin", 0, "03"),
        PlaceInfo(22, "Central", -0.5, 37.0, 197002, "ADM1", "KE", "admin", 0, "01"),
    ]
    parser = geoparser_over(places, use_parse=False)
    assert not [t.text for t in parser.parse(text) if " " in t.text]


@pytest.mark.parametrize(
    "text",
    [
        "The UN said at least 40 civilians had been killed by air strikes in Kyaukme Township.",
        "Air strikes hit villages in Kyaukme township of Myanmar's Shan State on Monday.",
    ],
)
def test_a_township_of_myanmar_is_its_seat_towns_area(parser, text):
    found = {t.text: t for t in parser.parse(text)}
    (township,) = [t for name, t in found.items() if name.lower() == "kyaukme township"]
    assert (township.name, township.kind) == ("Kyaukme", "settlement")


def test_the_township_word_joins_only_where_townships_are_named_after_towns(parser):
    assert "Jackson Township" not in readings(parser, "Voters in Jackson Township, Ohio, met.")


SEAT_PLACES = [
    PlaceInfo(31, "Diffa", 13.32, 12.61, 2445488, "PPLA", "NE", "settlement", 54_000, "02"),
    PlaceInfo(32, "Diffa", 16.0, 13.0, 2445486, "ADM1", "NE", "admin", 0, "02"),
    PlaceInfo(33, "Bosso", 13.7, 13.31, 2446201, "PPL", "NE", "settlement", 6_000, "02"),
    PlaceInfo(34, "Niger", 17.0, 9.0, 2440476, "PCLI", "NE", "country", 22_000_000, ""),
    PlaceInfo(35, "Timbuktu", 16.77, -3.0, 2449067, "PPLA", "ML", "settlement", 84_000, "06"),
    PlaceInfo(36, "Tombouctou", 20.0, -2.5, 2449066, "ADM1", "ML", "admin", 0, "06"),
    PlaceInfo(37, "Goundam", 16.41, -3.67, 2457000, "PPL", "ML", "settlement", 12_000, "06"),
    PlaceInfo(38, "Mali", 17.0, -4.0, 2453866, "PCLI", "ML", "country", 20_000_000, ""),
]
SEAT_NAMES = [*own_names(SEAT_PLACES), (36, "Timbuktu", "timbuktu", "name", False)]

seat_parser = module_parser(SEAT_PLACES, SEAT_NAMES, use_parse=False)


@pytest.mark.parametrize(
    "text, named, city",
    [
        (
            "Boko Haram fighters attacked the towns of Diffa and Bosso in Niger on Friday. "
            "More than 100,000 people had already fled into the Diffa region, and soldiers "
            "patrolled the streets of Diffa on Saturday.",
            "Diffa region",
            "Diffa",
        ),
        (
            "Gunmen overran an army post near Goundam in Mali's Timbuktu region overnight. "
            "Traders reached by telephone in Timbuktu said the roads out of Timbuktu were shut.",
            "Timbuktu region",
            "Timbuktu",
        ),
    ],
)
def test_the_region_word_does_not_take_the_bare_name_of_a_small_seat(
    seat_parser, text, named, city
):
    """A region's mention with its word is a sense of its own: the story's bare mentions of
    the name stay its seat, a town of under 100,000, where the region's cue used to outvote
    the city's lead for every mention of the name."""
    found = [(t.text, t.kind) for t in seat_parser.parse(text)]
    assert (named, "admin") in found
    assert {kind for name, kind in found if name == city} == {"settlement"}


@pytest.mark.parametrize(
    "text, city, direction",
    [
        (
            "Fighters raided villages across southern Diffa on Monday, and thousands fled into "
            "the Diffa region's camps, aid workers in Diffa said.",
            "Diffa",
            "southern",
        ),
        (
            "The convoy was ambushed in northern Timbuktu, the governor of the Timbuktu region "
            "told reporters by telephone from Timbuktu.",
            "Timbuktu",
            "northern",
        ),
    ],
)
def test_a_direction_word_goes_with_the_region_word(seat_parser, text, city, direction):
    """A direction word ("southern Diffa") beside "the Diffa region" says region; the bare
    name stays the seat."""
    found = {(t.qualifier, t.kind) for t in seat_parser.parse(text) if t.text == city}
    assert found == {("", "settlement"), (direction, "admin")}
