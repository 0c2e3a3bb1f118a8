"""A name that says it is water ("the Red Sea port", "on the Red Sea coast") is the sea, not
the Sudanese state or Egyptian governorate named after it, unless a region word follows."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Red Sea", 20.0, 38.0, None, "SEA", "", "water", 0, ""),
    PlaceInfo(2, "Red Sea", 19.5, 36.5, 408646, "ADM1", "SD", "admin", 0, "36"),
    PlaceInfo(3, "Al Bahr al Ahmar", 26.0, 33.5, 361468, "ADM1", "EG", "admin", 0, "02"),
    PlaceInfo(4, "Port Sudan", 19.62, 37.22, 377039, "PPLA", "SD", "settlement", 490_000, "36"),
    PlaceInfo(5, "Hodeidah", 14.8, 42.95, 79415, "PPLA", "YE", "settlement", 620_000, "08"),
    PlaceInfo(6, "Kassala", 15.45, 36.4, 371760, "PPLA", "SD", "settlement", 400_000, "05"),
]
NAMES = [*own_names(PLACES), (3, "Red Sea", "red sea", "name", False)]

parser = module_parser(PLACES, NAMES, use_parse=False)


def kinds(parser, text):
    return {t.text: t.kind for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The rebels moved hundreds of fighters from Hodeidah, the Red Sea port, officials said.",
        "Houthi missiles struck a cargo ship in the Red Sea off Hodeidah on Tuesday, the navy "
        "said.",
    ],
)
def test_a_name_that_says_water_is_the_water(parser, text):
    assert kinds(parser, text)["Red Sea"] == "water"


def test_a_region_word_after_it_says_the_region(parser):
    text = "Port Sudan, the capital of Red Sea state, hosts the army-backed government."
    found = {t.text: (t.kind, t.country) for t in parser.parse(text)}
    assert found["Red Sea state"] == ("admin", "SD")


# A river and a town of one name: English names the river with "the" or the word river, so a
# bare name is the town ("fled towards Pibor"), "the Pibor" the river.
RIVER_TOWN = [
    PlaceInfo(1, "Pibor", 7.26, 33.01, 364000, "STM", "", "river", 0, ""),
    PlaceInfo(2, "Pibor", 6.80, 33.13, 9000001, "PPLL", "SS", "settlement", 0, "05"),
    PlaceInfo(3, "Bor", 6.21, 31.56, 373303, "PPLA", "SS", "settlement", 315_351, "03"),
    PlaceInfo(4, "South Sudan", 7.5, 30.0, 7909807, "PCLI", "SS", "country", 12_000_000, ""),
]


river_town = module_parser(RIVER_TOWN, use_parse=False)


@pytest.mark.parametrize(
    "text",
    [
        "The army retook Bor and said the rebels had fled towards Pibor and into the bush.",
        "Aid workers in Bor said families walked for days to reach Pibor, in South Sudan.",
    ],
)
def test_a_bare_name_is_the_town_not_the_river(river_town, text):
    assert kinds(river_town, text)["Pibor"] == "settlement"


@pytest.mark.parametrize(
    "text",
    [
        "Cattle raiders from Bor crossed the Pibor at night, South Sudan's army said.",
        "Floods along the Pibor river cut the road from Bor, in South Sudan, for weeks.",
    ],
)
def test_the_river_named_as_a_river(river_town, text):
    found = {t.text: t.kind for t in river_town.parse(text)}
    assert found.get("Pibor", found.get("Pibor river")) == "river"
