"""Villages and towns OpenStreetMap names in countries at war: their Latin-script names, the
country whose polygon holds them, loaded once beside cities500 and the GED, with a region."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from places.gazetteer_osm import COUNTRIES, read_osm_localities, read_rows
from places.geoparser.index import haversine_km
from places.normalize import name_key

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_osm_places.py"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_osm_places", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "tags, names",
    [
        (("Muqdisho", "Muqdisho مقديشو"), ["Muqdisho"]),
        ((None, "Kadugli كادقلي"), ["Kadugli"]),
        (("Goma", "Goma;Ngoma"), ["Goma", "Ngoma"]),
        ((None, "Ras Lanuf"), ["Ras Lanuf"]),
        ((None, "Camp 4"), []),
        ((None, "مليط"), []),
        ((None, "ab"), []),
    ],
)
def test_only_latin_script_names_of_three_letters_or_more_are_kept(build, tags, names):
    assert build.latin_names(*tags) == names


def test_a_point_takes_the_country_whose_polygon_holds_it(build):
    countries = build.Countries()
    assert countries.of(-1.68, 29.22) == "CD"  # Goma, 2 km from the border with Rwanda
    assert countries.of(-1.70, 29.26) == "RW"  # Gisenyi, across it
    assert countries.of(9.56, 44.06) == "SO"  # Hargeisa: Natural Earth's Somaliland
    assert countries.of(0.0, -30.0) == ""  # the Atlantic


@pytest.fixture(scope="module")
def localities():
    by_name: dict[str, list] = {}
    for r in read_osm_localities(None, known=[]):
        by_name.setdefault(r.name, []).append(r)
    return by_name


@pytest.mark.parametrize(
    "name, country, lat, lon",
    [
        ("Kiwanja", "CD", -1.16, 29.43),  # North Kivu, beside Rutshuru
        ("Boulkessi", "ML", 14.80, -1.30),  # on the border with Burkina Faso
        ("Metele", "NG", 13.36, 13.43),  # Borno
        ("Quissanga", "MZ", -12.43, 40.48),  # Cabo Delgado
    ],
)
def test_villages_near_front_lines_cities500_lacks_are_placed_near_the_truth(
    localities, name, country, lat, lon
):
    found = [r for r in localities[name] if r.country_code == country]
    assert found and all(r.feature_code == "PPLL" and r.source == "osm" for r in found)
    assert min(haversine_km(lat, lon, r.lat, r.lon) for r in found) < 25


def test_every_row_of_the_table_is_a_covered_country_and_a_point():
    rows = list(read_rows())
    assert len(rows) > 100_000
    assert {cc for cc, *_ in rows} == set(COUNTRIES)
    assert all(-90 <= lat <= 90 and -180 <= lon <= 180 for *_, lat, lon, _p in rows)


def test_a_place_already_loaded_nearby_is_not_loaded_twice_and_lends_its_region(localities):
    kiwanja = next(r for r in localities["Kiwanja"] if r.country_code == "CD")
    known = [
        ("CD", name_key("Kiwanja"), kiwanja.lat + 0.05, kiwanja.lon, "11"),
        ("CD", name_key("Rutshuru"), kiwanja.lat - 0.01, kiwanja.lon - 0.05, "11"),
    ]
    records = list(read_osm_localities({"CD"}, known=known))
    assert "Kiwanja" not in {r.name for r in records}
    near = [r for r in records if haversine_km(r.lat, r.lon, kiwanja.lat, kiwanja.lon) < 20]
    assert near and all(r.admin1 == "11" for r in near)


def test_only_the_countries_asked_for_are_read():
    assert {r.country_code for r in read_osm_localities({"SO", "IQ"}, known=[])} == {"SO"}
    assert list(read_osm_localities({"IQ"}, known=[])) == []


@pytest.mark.parametrize(
    "name, joined", [("Pont Sondé", "Pont-Sondé"), ("Saut d'Eau", "Saut-d'Eau")]
)
def test_a_name_of_several_words_is_also_written_hyphenated(localities, name, joined):
    (place,) = [r for r in localities[name] if r.country_code == "HT"]
    assert joined in {n for n, _kind in place.names}
