"""A town abroad gives way to its namesake in the story's country, and a spelling that names
only villages abroad is read as the place at home it spells (`places/geoparser/strays.py`,
`variants.read_at_home`)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.geoparser.strays import HOME_MARGIN, prefer_home_readings
from places.normalize import name_key
from tests.places.small_gazetteer import (
    countries_read,
    leader,
    module_parser,
    own_names,
    scored_mention,
)

PLACES = [
    PlaceInfo(1, "Palma", 39.57, 2.65, 2512989, "PPLA", "ES", "settlement", 438_000, "07"),
    PlaceInfo(2, "Palma", -10.78, 40.47, None, "PPLL", "MZ", "settlement", 0, "01"),
    PlaceInfo(
        3, "Mocímboa da Praia", -11.35, 40.35, 1024699, "PPL", "MZ", "settlement", 30_000, "01"
    ),
    PlaceInfo(4, "Pemba", -12.97, 40.52, 1028434, "PPLA", "MZ", "settlement", 141_000, "01"),
    PlaceInfo(5, "Spain", 40.0, -4.0, 2510769, "PCLI", "ES", "country", 46_000_000, ""),
    PlaceInfo(6, "Paris", 48.85, 2.35, 2988507, "PPLC", "FR", "settlement", 2_100_000, "11"),
    PlaceInfo(7, "Paris", -11.9, 40.1, None, "PPLL", "MZ", "settlement", 0, "01"),
    PlaceInfo(8, "Bayjī", 34.93, 43.49, 97783, "PPLA2", "IQ", "settlement", 200_000, "18"),
    PlaceInfo(9, "Tikrīt", 34.62, 43.68, 90150, "PPLA", "IQ", "settlement", 160_000, "18"),
    PlaceInfo(10, "Beiji", 11.2, 7.6, None, "PPLL", "NG", "settlement", 0, "18"),
    PlaceInfo(11, "Beji", 9.1, 7.9, None, "PPLL", "NG", "settlement", 0, "15"),
    PlaceInfo(12, "Maiduguri", 11.85, 13.16, 2331447, "PPLA", "NG", "settlement", 800_000, "02"),
]
NAMES = [
    *own_names(PLACES),
    (3, "Mocimboa da Praia", name_key("Mocimboa da Praia"), "name", False),
    (9, "Tikrit", name_key("Tikrit"), "name", False),
]

parser = module_parser(PLACES, NAMES, use_parse=False)


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents attacked the town of Palma, north of Mocimboa da Praia, and were seen near "
        "Pemba on Wednesday.",
        "Thousands fled Palma by boat for Pemba after the raid; others walked to Mocimboa da "
        "Praia, aid workers said.",
    ],
)
def test_a_town_abroad_gives_way_to_its_namesake_in_the_story(parser, text):
    assert countries_read(parser, text, "Palma") == {"MZ"}


def test_the_home_reading_leads_narrowly_and_only_in_a_story_about_its_country(parser):
    places = parser.index.places
    palma = scored_mention(parser, "Palma", 0, {1: 12.0, 2: 8.0})  # Mallorca leads
    pemba = scored_mention(parser, "Pemba", 20, {4: 7.0})
    mocimboa = scored_mention(parser, "Mocimboa da Praia", 40, {3: 6.0})
    prefer_home_readings([palma, pemba, mocimboa], places, parser._is_famous_name)
    assert leader(parser, palma).country == "MZ"
    assert sorted(palma.scores)[-1] - sorted(palma.scores)[-2] == HOME_MARGIN
    alone = scored_mention(parser, "Palma", 0, {1: 12.0, 2: 8.0})
    prefer_home_readings(
        [alone, scored_mention(parser, "Pemba", 20, {4: 7.0})], places, parser._is_famous_name
    )
    assert leader(parser, alone).country == "ES"  # one town is no story about Mozambique


@pytest.mark.parametrize(
    "text",
    [
        "Tourists crowded Palma, Spain, while ferries left for Pemba.",  # containment
        "Flights from Palma were cancelled, the airline said.",  # no other place in the story
        "The ferry from Palma docked in Pemba.",  # one town is no story about Mozambique
    ],
)
def test_explicit_evidence_or_a_story_elsewhere_keeps_the_foreign_town(parser, text):
    assert countries_read(parser, text, "Palma") == {"ES"}


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Pemba said the minister had flown to Paris for talks.",
        "Donors met in Paris to discuss aid for Mocimboa da Praia.",
    ],
)
def test_a_famous_reading_is_never_pulled_to_a_village_at_home(parser, text):
    assert countries_read(parser, text, "Paris") == {"FR"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Iraqi forces retook Beiji, north of Tikrit, after a week of fighting.", "Beiji"),
        ("The refinery at Beyji, 40 km from Tikrit, was shelled again.", "Beyji"),
    ],
)
def test_a_spelling_of_villages_abroad_is_read_as_the_place_at_home(parser, text, name):
    found = [t for t in parser.parse(text) if t.text == name]
    assert [t.country for t in found] == ["IQ"]
    assert found[0].confidence <= 0.7  # a spelling variant


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided Beiji, a village south of Maiduguri, residents said.",
        "Villagers fled Beiji for Maiduguri overnight.",
    ],
)
def test_the_village_stays_itself_in_a_story_about_its_country(parser, text):
    assert countries_read(parser, text, "Beiji") == {"NG"}
