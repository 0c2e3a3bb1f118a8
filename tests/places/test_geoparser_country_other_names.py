"""A country's other name that names nothing else ("East Pakistan", "Portuguese Guinea",
"Burma") names the country as its usual name does, so the villages of a story set there are read
(`StoryCountries._only_country`); a demonym names no country."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.spotter import spot
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Bangladesh", 24.0, 90.0, 1210997, "PCLI", "BD", "country", 160_000_000, ""),
    PlaceInfo(2, "Akhaura", 23.87, 91.21, None, "PPLL", "BD", "settlement", 0, "84"),
    PlaceInfo(3, "India", 22.0, 79.0, 1269750, "PCLI", "IN", "country", 1_300_000_000, ""),
    PlaceInfo(4, "Agartala", 23.84, 91.28, 1279186, "PPLA", "IN", "settlement", 400_000, "26"),
    PlaceInfo(5, "Guinea-Bissau", 12.0, -15.0, 2372248, "PCLI", "GW", "country", 1_800_000, ""),
    PlaceInfo(6, "Guileje", 11.27, -15.03, None, "PPLL", "GW", "settlement", 0, "11"),
]
NAMES = [
    *own_names(PLACES),
    (1, "East Pakistan", name_key("East Pakistan"), "name", False),
    (1, "Bangladeshi", name_key("Bangladeshi"), "demonym", False),
    (5, "Portuguese Guinea", name_key("Portuguese Guinea"), "name", False),
]

parser = module_parser(PLACES, NAMES, use_parse=False)


def countries(parser, text):
    """The countries the text names (not its main country, where most readings lie)."""
    spots = spot(text, parser.index.automaton, parser.index.spot_keys)
    return parser._named_and_main(spots)[0]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Indian troops crossed from Agartala into East Pakistan on Friday.", "BD"),
        ("The war in Portuguese Guinea entered its tenth year, Lisbon said.", "GW"),
    ],
)
def test_an_other_name_of_one_country_names_it(parser, text, country):
    assert country in countries(parser, text)


@pytest.mark.parametrize(
    "text",
    ["Bangladeshi guerrillas shelled Agartala.", "Agartala took in Bangladeshi refugees."],
)
def test_a_demonym_names_no_country(parser, text):
    assert countries(parser, text) == set()


@pytest.mark.parametrize(
    ("text", "village"),
    [
        (
            "AGARTALA, India - Indian troops held the East Pakistan railway junction of "
            "Akhaura on Monday after five days of fighting.",
            "Akhaura",
        ),
        (
            "Guerrillas shelled the Portuguese barracks at Guileje, in the south of Portuguese "
            "Guinea, for a third night.",
            "Guileje",
        ),
    ],
)
def test_a_village_of_a_country_named_by_its_other_name_is_read(parser, text, village):
    assert village in {t.name for t in parser.parse(text)}
