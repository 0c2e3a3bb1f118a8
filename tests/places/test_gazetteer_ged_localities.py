"""Towns and villages where UCDP's GED places conflict events: named without GED's word for their
kind, placed where they are, loaded once beside cities500, and given a first-level region."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from places.gazetteer_ged import read_ged_localities, read_rows
from places.geoparser.index import haversine_km
from places.normalize import name_key

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_ucdp_places.py"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_ucdp_places", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "raw, names",
    [
        ("Kitshanga village", ["Kitshanga"]),
        ("Maungdaw town", ["Maungdaw"]),
        ("Longkawng village town", ["Longkawng"]),
        ("Dayr al-Fardis", ["Dayr al-Fardis"]),
        ("Has/Hassef town", ["Has", "Hassef"]),
        ("Ghazal (Qizil Mazra'ah) village", ["Ghazal", "Qizil Mazra'ah"]),
        ("Hacilar / Hajilar village", ["Hacilar", "Hajilar"]),
    ],
)
def test_names_lose_the_word_for_their_kind_and_split_into_their_spellings(build, raw, names):
    assert build.clean_names(raw) == names


@pytest.mark.parametrize(
    "raw",
    [
        "Tallaf airbase",
        "Mahjurah Air Defense Base",
        "Eastern Homs Governorate",
        "Yangon - Mawlamyine highway (Kyaikhto township)",
        "known position of event on the banks of River Vovodo",
        "Maleh oil field",
    ],
)
def test_what_is_no_settlement_is_left_out(build, raw):
    assert build.clean_names(raw) == []


def test_events_of_one_name_make_one_place_at_their_mean_point(build):
    events = [
        ("MM", ["Paletwa"], "Chin state", 21.30, 92.85),
        ("MM", ["Paletwa"], "Chin state", 21.32, 92.87),
        ("MM", ["Paletwa"], "Chin state", 25.0, 95.0),  # a namesake far away: a place of its own
    ]
    rows = build.cluster(events)
    assert [(r[1], r[5]) for r in rows] == [("Paletwa", 2), ("Paletwa", 1)]
    assert rows[0][3] == pytest.approx(21.31)


@pytest.fixture(scope="module")
def localities():
    by_name: dict[str, list] = {}
    for r in read_ged_localities(None, known=[]):
        by_name.setdefault(r.name, []).append(r)
    return by_name


@pytest.mark.parametrize(
    "name, country, lat, lon",
    [
        ("Maungdaw", "MM", 20.82, 92.37),  # Rakhine, cities500 has no population for it
        ("Paletwa", "MM", 21.30, 92.85),  # Chin
        ("Kawlin", "MM", 23.78, 95.68),  # Sagaing
    ],
)
def test_conflict_towns_cities500_lacks_are_placed_near_the_truth(
    localities, name, country, lat, lon
):
    found = localities[name]
    assert all(v.country_code == country and v.feature_code == "PPLL" for v in found)
    assert min(haversine_km(lat, lon, v.lat, v.lon) for v in found) < 25


def test_every_row_of_the_table_is_a_known_country_and_a_point():
    rows = list(read_rows())
    assert len(rows) > 3000
    assert {cc for cc, *_ in rows} == {"CF", "MM", "SY"}
    assert all(-90 <= lat <= 90 and -180 <= lon <= 180 for _cc, _n, _a, lat, lon, _e in rows)


def test_a_town_already_loaded_nearby_is_not_loaded_twice_and_lends_its_region(localities):
    kawlin = localities["Kawlin"][0]
    known = [
        ("MM", name_key("Kawlin"), kawlin.lat + 0.05, kawlin.lon, "05"),
        ("MM", name_key("Wuntho"), kawlin.lat - 0.3, kawlin.lon, "05"),
    ]
    records = list(read_ged_localities({"MM"}, known=known))
    assert "Kawlin" not in {r.name for r in records}
    khampat = next(r for r in records if r.name == "Khampat")  # 160 km west: too far for "05"
    assert khampat.admin1 != "05"
    near = [r for r in records if haversine_km(r.lat, r.lon, kawlin.lat, kawlin.lon) < 30]
    assert near and all(r.admin1 == "05" for r in near)


def test_only_the_countries_asked_for_are_read():
    assert {r.country_code for r in read_ged_localities({"SY", "IQ"}, known=[])} == {"SY"}
    assert list(read_ged_localities({"IQ"}, known=[])) == []
