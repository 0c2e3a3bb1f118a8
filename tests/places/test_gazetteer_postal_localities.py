"""Villages near front lines from GeoNames' postal data: named in the spelling English copy uses,
placed where they are, and readings only in a story about their country."""

from __future__ import annotations

import pytest

from places.gazetteer_postal import read_postal_localities, romanise
from places.geoparser import PlaceInfo
from places.geoparser.index import haversine_km
from places.normalize import name_key
from tests.places.small_gazetteer import module_parser


@pytest.mark.parametrize(
    "ukrainian, english",
    [
        ("Роботине", "Robotyne"),
        ("Кліщіївка", "Klishchiivka"),
        ("Богоявленка", "Bohoiavlenka"),
        ("Костянтинівка", "Kostiantynivka"),
        ("Єнакієве", "Yenakiieve"),
        ("Згурівка", "Zghurivka"),
        ("П'ятихатки", "Piatykhatky"),
    ],
)
def test_ukrainian_names_in_the_official_romanisation(ukrainian, english):
    assert romanise(ukrainian) == english


@pytest.fixture(scope="module")
def localities():
    by_name: dict[str, list] = {}
    for r in read_postal_localities({"UA"}, known=[]):
        by_name.setdefault(r.name, []).append(r)
    return by_name


@pytest.mark.parametrize(
    "name, lat, lon",
    [
        ("Robotyne", 47.447, 35.835),  # Zaporizhzhia oblast, the 2023 counteroffensive
        ("Neskuchne", 47.908, 36.811),  # Donetsk oblast
        ("Klishchiivka", 48.531, 37.962),  # south of Bakhmut
    ],
)
def test_front_line_villages_cities500_lacks_are_placed_near_the_truth(localities, name, lat, lon):
    assert all(v.country_code == "UA" and v.feature_code == "PPLL" for v in localities[name])
    assert min(haversine_km(lat, lon, v.lat, v.lon) for v in localities[name]) < 50


def test_a_place_already_loaded_nearby_is_not_loaded_twice():
    robotyne = next(r for r in read_postal_localities({"UA"}, known=[]) if r.name == "Robotyne")
    known = [("UA", name_key("Robotyne"), robotyne.lat + 0.05, robotyne.lon)]
    assert "Robotyne" not in {r.name for r in read_postal_localities({"UA"}, known=known)}


PLACES = [
    PlaceInfo(1, "Tykhe", 50.0, 36.7, None, "PPLL", "UA", "settlement", 0, "07"),
    PlaceInfo(2, "Ukraine", 49.0, 32.0, 690791, "PCLI", "UA", "country", 44_000_000, ""),
    PlaceInfo(3, "Kharkiv", 50.0, 36.25, 706483, "PPLA", "UA", "settlement", 1_400_000, "07"),
    PlaceInfo(4, "Robotyne", 47.45, 35.84, None, "PPLL", "UA", "settlement", 0, "26"),
    PlaceInfo(5, "Egypt", 27.0, 30.0, 357994, "PCLI", "EG", "country", 100_000_000, ""),
]

parser = module_parser(PLACES, use_parse=False)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Russian troops shelled the village of Tykhe north-east of Kharkiv, Ukraine said.",
            "Tykhe",
        ),
        ("Ukrainian forces said they had retaken Robotyne in the south of Ukraine.", "Robotyne"),
    ],
)
def test_a_village_is_read_in_a_story_about_its_country_but_never_confidently(parser, text, name):
    (toponym,) = [t for t in parser.parse(text) if t.text == name]
    assert toponym.country == "UA" and toponym.confidence <= 0.85 and toponym.precision == 2


@pytest.mark.parametrize(
    "text",
    [
        "The statue of Tykhe, goddess of fortune, was found near Alexandria in Egypt.",
        "Cotton from Robotyne farms reached ports in Egypt by the end of the month.",
    ],
)
def test_a_village_is_no_reading_in_a_story_about_elsewhere(parser, text):
    assert not {"Tykhe", "Robotyne"} & {t.text for t in parser.parse(text)}
