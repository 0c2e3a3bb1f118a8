"""A town reached only through one of its other names (GeoNames' alternate names), in a country
where no other place of the story lies while the story names places elsewhere, is no reading:
a village the gazetteer lacks or a person ("Kurchi" in a Sudan story is no Jiagedaqi)."""

from __future__ import annotations

import pytest

from places.geoparser import PlaceInfo
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser, own_names

PLACES = [
    PlaceInfo(1, "Sudan", 15.0, 30.0, 366755, "PCLI", "SD", "country", 43_000_000, ""),
    PlaceInfo(2, "Kadugli", 11.01, 29.72, 371760, "PPLA", "SD", "settlement", 87_666, "13"),
    PlaceInfo(3, "Dilling", 12.05, 29.65, 379102, "PPL", "SD", "settlement", 30_000, "13"),
    PlaceInfo(4, "Jiagedaqi", 50.42, 124.12, 2036069, "PPL", "CN", "settlement", 135_760, "08"),
    PlaceInfo(5, "Isparta", 37.76, 30.55, 311073, "PPLA", "TR", "settlement", 172_334, "32"),
    PlaceInfo(6, "Heilongjiang", 47.0, 128.0, 2036965, "ADM1", "CN", "admin", 0, "08"),
    PlaceInfo(7, "Mumbai", 19.07, 72.88, 1275339, "PPLA", "IN", "settlement", 12_691_836, "16"),
    PlaceInfo(8, "London", 51.51, -0.13, 2643743, "PPLC", "GB", "settlement", 8_961_989, "ENG"),
    PlaceInfo(9, "Al Ubayyid", 13.18, 30.22, 379252, "PPLA", "SD", "settlement", 393_311, "56"),
    PlaceInfo(10, "Sierra Leone", 8.5, -11.5, 2403846, "PCLI", "SL", "country", 7_650_000, ""),
    PlaceInfo(11, "Koidu", 8.64, -10.97, 2407656, "PPL", "SL", "settlement", 87_539, "01"),
    PlaceInfo(12, "Kenema", 7.88, -11.19, 2407790, "PPLA", "SL", "settlement", 200_354, "01"),
    PlaceInfo(13, "Koni", 9.59, -5.69, 2286394, "PPL", "CI", "settlement", 0, "87"),
    PlaceInfo(14, "Tonho", 9.90, -5.73, 2280448, "PPL", "CI", "settlement", 0, "87"),
    PlaceInfo(15, "Ivory Coast", 8.0, -5.5, 2287781, "PCLI", "CI", "country", 25_000_000, ""),
]
NAMES = [
    *own_names(PLACES),
    (4, "Kurchi", name_key("Kurchi"), "name", False),  # other names of towns far away
    (5, "Hamid", name_key("Hamid"), "name", False),
    (7, "Bombay", name_key("Bombay"), "name", False),
    (9, "El Obeid", name_key("El Obeid"), "name", False),  # another spelling at home
    (13, "Kono", name_key("Kono"), "name", False),  # two villages of one country abroad
    (14, "Tongo", name_key("Tongo"), "name", False),
]

parser = module_parser(PLACES, NAMES, use_parse=False)


def read(parser, text):
    return {t.text: t.name for t in parser.parse(text)}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Rebels shelled Kurchi and Dilling on Monday, and thousands fled towards Kadugli "
            "in Sudan.",
            "Kurchi",
        ),
        (
            "The army said it had pushed the fighters out of Kurchi, a day's walk south of "
            "Kadugli, Sudan's state capital.",
            "Kurchi",
        ),
        ("Fighters loyal to Hamid held the road from Kadugli to Dilling.", "Hamid"),
        ("In Dilling, Hamid, a trader, said prices in Kadugli had doubled.", "Hamid"),
    ],
)
def test_a_foreign_town_under_another_name_is_no_reading(parser, text, name):
    readings = read(parser, text)
    assert name not in readings
    assert readings["Kadugli"] == "Kadugli"


@pytest.mark.parametrize(
    "text",
    [
        "Flights from London to Bombay were cancelled.",
        "The minister flew to Bombay after talks in London.",
    ],
)
def test_a_world_city_keeps_its_old_name(parser, text):
    assert read(parser, text)["Bombay"] == "Mumbai"


@pytest.mark.parametrize(
    "text",
    [
        "Aid convoys left El Obeid for Kadugli and Dilling.",
        "Displaced families reached El Obeid from Kadugli on foot.",
    ],
)
def test_another_name_of_a_town_in_the_storys_country_is_kept(parser, text):
    assert read(parser, text)["El Obeid"] == "Al Ubayyid"


@pytest.mark.parametrize(
    "text",
    [
        "Snow closed the airport at Kurchi, in Heilongjiang, on Sunday.",
        "Kurchi, the forestry town in Heilongjiang, reported record cold.",
    ],
)
def test_another_name_of_a_town_is_kept_where_the_story_is(parser, text):
    assert read(parser, text)["Kurchi"] == "Jiagedaqi"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels overran Kono and the diamond fields near Tongo before moving on Koidu and Kenema "
        "in eastern Sierra Leone.",
        "From Kenema, the ministry said, families were fleeing Tongo; in Kono district the "
        "fighting had reached Koidu.",
    ],
)
def test_two_foreign_towns_under_other_names_do_not_vouch_for_each_other(parser, text):
    readings = read(parser, text)
    assert "Kono" not in readings
    assert "Tongo" not in readings
    assert readings["Koidu"] == "Koidu"


@pytest.mark.parametrize(
    "text",
    [
        "In the north of Ivory Coast, farmers in Kono and Tongo lost their harvest.",
        "Ivory Coast's health ministry sent nurses to Tongo and Kono after the floods.",
    ],
)
def test_other_names_are_kept_where_the_story_names_their_country(parser, text):
    readings = read(parser, text)
    assert readings["Kono"] == "Koni"
    assert readings["Tongo"] == "Tonho"
