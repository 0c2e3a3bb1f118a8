"""Entity types as evidence: a gazetteer name the parse reads as a person, an organisation or a
group is not a place on its own; one such use never removes the name from the whole document."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Manbij", 36.528, 37.955, 166365, "PPLA2", "SY", "settlement", 99_497, "09"),
    PlaceInfo(2, "Syria", 35.0, 38.0, 163843, "PCLI", "SY", "country", 22_000_000, ""),
    PlaceInfo(3, "Shabab", 29.6, 52.1, 1000001, "PPL", "IR", "settlement", 900, "07"),
    PlaceInfo(4, "Mogadishu", 2.037, 45.344, 53654, "PPLC", "SO", "settlement", 2_587_183, "13"),
    PlaceInfo(5, "Heras", 43.39, -3.73, 3120000, "PPL", "ES", "settlement", 1_200, "39"),
    PlaceInfo(6, "Somalia", 6.0, 48.0, 51537, "PCLI", "SO", "country", 15_000_000, ""),
    PlaceInfo(7, "Luvungi", -2.86, 29.03, None, "PPLL", "CD", "settlement", 0, "12"),
    PlaceInfo(8, "Uvira", -3.395, 29.138, 204405, "PPL", "CD", "settlement", 170_000, "12"),
]

parser = module_parser(PLACES)


def found(parser, text, **options):
    return [t.text for t in parser.parse(text, **options) if not t.is_demonym]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabab fighters attacked an army base near Mogadishu on Tuesday, officials said.",
        "The Somali government said the Al-Shabab militants had been pushed out of the district.",
    ],
)
def test_a_group_named_like_a_village_is_not_a_place(parser, text):
    assert "Al-Shabab" not in found(parser, text)
    assert "Shabab" not in found(parser, text)


@pytest.mark.parametrize(
    "text",
    [
        (
            '"The militias will not give up," said Nicholas Heras, an analyst at the New Lines '
            "Institute."
        ),
        "Analyst Nicholas Heras said on Monday that the front lines around the town had not moved.",
    ],
)
def test_an_analysts_surname_is_not_a_town(parser, text):
    assert "Heras" not in found(parser, text)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Turkish-backed fighters seize Syria's Manbij. Fighters captured the northern city of "
            "Manbij on Monday. The Manbij Military Council, a local force, condemned what it "
            "called an invasion."
        ),
        (
            "Rebels entered the town of Manbij at dawn. Later the Manbij Military Council said "
            "its fighters still held the eastern neighbourhoods."
        ),
    ],
)
def test_a_place_inside_an_organisations_name_still_counts_when_named_elsewhere(parser, text):
    names = found(parser, text)
    assert names.count("Manbij") == text.count("Manbij")


def test_the_fast_path_runs_the_rules_alone(parser):
    text = "Al-Shabab fighters attacked an army base near Mogadishu on Tuesday, officials said."
    assert "Al-Shabab" in found(parser, text, use_parse=False)
    assert "Al-Shabab" not in found(parser, text)


PATRONS = [
    PlaceInfo(21, "United States", 39.76, -98.5, 6252001, "PCLI", "US", "country", 330_000_000, ""),
    PlaceInfo(22, "Russia", 60.0, 100.0, 2017370, "PCLI", "RU", "country", 144_000_000, ""),
    PlaceInfo(23, "Iraq", 33.0, 44.0, 99237, "PCLI", "IQ", "country", 40_000_000, ""),
    PlaceInfo(24, "Mali", 17.0, -4.0, 2453866, "PCLI", "ML", "country", 20_000_000, ""),
]
PATRON_NAMES = [*own_names(PATRONS), (21, "US", name_key("US"), "abbr", True)]
ACTORS = ["US-led coalition", "Russia's Africa Corps", "Islamic State of Iraq"]

patrons = module_parser(PATRONS, PATRON_NAMES, stop_phrases=ACTORS)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Iraqi forces were backed by air strikes from the US-led coalition on Tuesday.", "US"),
        (
            "Troops in Mali, backed by fighters of Russia's Africa Corps, attacked the camp.",
            "Russia",
        ),
    ],
)
def test_a_country_that_leads_or_owns_an_actor_is_still_named(patrons, text, name):
    assert name in found(patrons, text)


def test_a_country_inside_an_actors_name_is_not(patrons):
    text = "A statement from the Islamic State of Iraq claimed the attack on Tuesday."
    assert "Iraq" not in found(patrons, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels pushed south from Uvira. They took Luvungi on Dec. 5, residents said.",
        "The rebels pushed south from Uvira. After taking Luvungi, they moved on to the border.",
        "The rebels pushed south from Uvira. Fighters raided Luvungi overnight, residents said.",
    ],
)
def test_a_village_taken_or_raided_stays_a_place_the_parse_reads_as_a_person(parser, text):
    assert "Luvungi" in found(parser, text)
