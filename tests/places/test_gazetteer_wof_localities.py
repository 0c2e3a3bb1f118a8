"""Villages and towns of Who's On First (GeoNames' populated places whatever their population) in
countries at war without an OpenStreetMap extract: their Latin-script names, loaded once beside
cities500 and the other localities, with a region."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from places.gazetteer_wof import COUNTRIES, read_rows, read_wof_localities, wire_forms
from places.gazetteer_wof import PATH as WOF_PATH
from places.geoparser.index import haversine_km
from places.normalize import name_key

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_wof_places.py"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_wof_places", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_latin_script_names_come_first_and_unit_names_are_left_out(build):
    props = {
        "wof:name": "Ormāra",
        "gn:name": "Ormāra",
        "name:eng_x_preferred": ["Ormara Tehsil"],
        "name:und_x_variant": ["Urmara", "اورماڑہ", "Or"],
        "gn:asciiname": "Ormara",
    }
    assert build.latin_names(props) == ["Ormāra", "Urmara"]  # "Ormara": Ormāra unaccented


def test_of_two_spellings_differing_by_accents_the_accented_one_is_kept(build):
    # the spotter reads "Malacañang" also as "Malacanang", not the other way round
    props = {"wof:name": "Malacanang", "name:und_x_variant": ["Malacañang", "Malcanang"]}
    assert build.latin_names(props) == ["Malacañang", "Malcanang"]


@pytest.mark.parametrize(
    "props, kept",
    [
        ({}, True),
        ({"wof:placetype": "county"}, False),  # a district: not a settlement
        ({"edtf:deprecated": "2019-01-01"}, False),
        ({"wof:superseded_by": [1]}, False),
        ({"gn:feature_code": "PPLQ"}, False),  # abandoned
        ({"wof:country": "US"}, False),
    ],
)
def test_only_current_settlements_of_the_covered_countries_are_kept(build, props, kept):
    base = {"wof:placetype": "locality", "wof:country": "LB", "geom:latitude": 33.2}
    assert build._wanted(base | props, frozenset(COUNTRIES)) is kept


@pytest.fixture(scope="module")
def localities():
    """Records by the key of each of their names (a record is named by its accented spelling:
    "Mārjah")."""
    by_key: dict[str, list] = {}
    for r in read_wof_localities(None, known=[]):
        for key in {name_key(n) for n, _kind in r.names}:
            by_key.setdefault(key, []).append(r)
    return by_key


@pytest.mark.parametrize(
    "name, country, lat, lon",
    [
        ("Aitaroun", "LB", 33.12, 35.47),  # on the border with Israel
        ("Kubaysah", "IQ", 33.58, 42.60),  # Anbar
        ("Marjah", "AF", 31.52, 64.12),  # Helmand
        ("Kaniguram", "PK", 32.52, 69.78),  # South Waziristan
        ("Playa Giron", "CU", 22.07, -81.03),  # the Bay of Pigs
        ("Kagitumba", "RW", -1.06, 30.45),  # the 1990 crossing from Uganda
        ("Jebel Moya", "SD", 13.50, 33.33),  # Sennar state
        ("Kokkina", "CY", 35.18, 32.61),  # Tylliria
        ("Port Fuad", "EG", 31.23, 32.32),  # across the canal from Port Said
        ("True Blue", "GD", 12.00, -61.77),  # Grenada's medical school campus
        ("Balibo", "TL", -8.97, 125.04),  # the 1975 border incursion
        ("Hilli", "BD", 25.28, 89.01),  # the 1971 battle on the Indian border
        ("Cam Duong", "VN", 22.42, 104.02),  # Lao Cai province, 1979
        ("Hutjena", "PG", -5.40, 154.68),  # Buka island, Bougainville
        ("Emberemi", "ER", 15.72, 39.42),  # near Massawa
        ("U-Tapao", "TH", 12.70, 101.00),  # the air base
    ],
)
def test_villages_near_front_lines_cities500_lacks_are_placed_near_the_truth(
    localities, name, country, lat, lon
):
    found = [r for r in localities.get(name_key(name), []) if r.country_code == country]
    assert found and all(r.feature_code == "PPLL" and r.source == "wof" for r in found)
    assert min(haversine_km(lat, lon, r.lat, r.lon) for r in found) < 25


def test_every_row_of_the_table_is_a_covered_country_and_a_point():
    rows = list(read_rows(WOF_PATH))
    assert len(rows) > 100_000
    assert {cc for cc, *_ in rows} == set(COUNTRIES)
    assert all(-90 <= lat <= 90 and -180 <= lon <= 180 for *_, lat, lon, _p in rows)


def test_a_place_already_loaded_nearby_is_not_loaded_twice_and_lends_its_region(localities):
    (village,) = [r for r in localities[name_key("Aitaroun")] if r.country_code == "LB"]
    known = [
        ("LB", name_key("Aitaroun"), village.lat + 0.05, village.lon, "08"),
        ("LB", name_key("Bint Jubayl"), village.lat - 0.01, village.lon - 0.03, "08"),
    ]
    records = list(read_wof_localities({"LB"}, known=known))
    assert name_key("Aitaroun") not in {name_key(n) for r in records for n, _kind in r.names}
    near = [r for r in records if haversine_km(r.lat, r.lon, village.lat, village.lon) < 10]
    assert near and all(r.admin1 == "08" for r in near)


def test_only_the_countries_asked_for_are_read():
    assert {r.country_code for r in read_wof_localities({"LB", "SO"}, known=[])} == {"LB"}
    assert list(read_wof_localities({"SO"}, known=[])) == []


@pytest.mark.parametrize(
    "name, also",
    [
        ("Dayr al Qamar", "Dayr al-Qamar"),  # wire copy: "Deir al-Qamar"
        ("Maroun er Ras", "Maroun er-Ras"),
        ("Kfar-Kila", "Kfar Kila"),
    ],
)
def test_a_name_is_also_written_as_english_copy_writes_it(name, also):
    assert also in wire_forms([name])


def test_a_spaced_name_without_an_article_gets_no_hyphenated_form():
    assert wire_forms(["Kfar Matta", "El Khiyam"]) == ["Kfar Matta", "El Khiyam"]


@pytest.mark.parametrize("name, also", [("El Khiyam", "El-Khiyam"), ("Et Taiyibe", "Et-Taiyibe")])
def test_in_an_arab_country_a_leading_article_is_also_hyphenated(name, also):
    # hyphenated, the name key drops the article: "Khiam" and "Taibe" then find the village
    assert also in wire_forms([name], arabic=True)


def test_in_egypt_and_sudan_a_leading_article_is_also_hyphenated():
    # "El Arish", "El Ahmar": copy writes "El-Arish"; hyphenated, the key drops the article
    names = {n for r in read_wof_localities({"EG", "SD"}, known=[]) for n, _kind in r.names}
    assert {"El-Arish", "El-Ahmar"} <= names
