"""manage.py import_control / export_control (issue 15): control layers from GeoJSON, KML and
KMZ as map projects publish them, refused when unsafe, idempotent, and an export round trip."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from articles.models import ActorAlias, ControlObservation, FrontLine
from tests.api.control_fixture import build_war
from tests.map.factory import make_actor, make_frontline, make_place

pytestmark = pytest.mark.django_db

BOWTIE = [[[36.0, 36.0], [36.5, 36.5], [36.5, 36.0], [36.0, 36.5], [36.0, 36.0]]]


def square(lon, lat, size=0.5):
    return [
        [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]
    ]


def feature(geometry_type, coordinates, **props):
    return {
        "type": "Feature",
        "geometry": {"type": geometry_type, "coordinates": coordinates},
        "properties": props,
    }


@pytest.fixture
def sides():
    russia = make_actor(name="Russia", colour="#cc0000")
    ukraine = make_actor(name="Ukraine", colour="#0057b7")
    ActorAlias.objects.create(actor=russia, alias="Russian forces")
    ActorAlias.objects.create(actor=ukraine, alias="UA")
    make_place("Alpha", 36.2, 35.5)
    make_place("Alpha", 39.0, 38.0)  # the same name far away: never matched
    return russia, ukraine


def run(path, *args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_control", str(path), *args, stdout=out, stderr=err)
        code = 0
    except CommandError as exc:
        code = exc.returncode
        err.write(str(exc))
    return code, out.getvalue(), err.getvalue()


def daily_file(tmp_path, day="2024-05-14"):
    collection = {
        "type": "FeatureCollection",
        "features": [
            feature("Polygon", square(36, 35), controller="Russian forces", name="Occupied"),
            feature("Polygon", square(36.5, 35), controller="Russian forces", name="Occupied"),
            feature("Polygon", BOWTIE, owner="UA"),
            feature("Point", [36.21, 35.49], name="Alpha", side="Russia"),
            feature("LineString", [[36, 35], [37, 36]], name="Front", side_a="Russia", side_b="UA"),
            feature("Polygon", square(38, 35), side="Martians"),
            feature("Point", [30.0, 30.0], name="Nowhere", side="UA"),
        ],
    }
    path = tmp_path / f"deepstate-{day}.geojson"
    path.write_text(json.dumps(collection))
    return path


def test_it_imports_a_dated_geojson_layer_and_reports_bad_features(tmp_path, sides):
    russia, ukraine = sides
    code, out, err = run(daily_file(tmp_path), "--source-name", "DeepState")
    assert code == 1
    assert "feature 6: no known side (side='Martians')" in err
    assert "feature 7: no gazetteer place called 'Nowhere'" in err
    assert "7/7 features read" in out and "1 repaired" in out
    occupied = ControlObservation.objects.get(area_name="Occupied")
    assert occupied.side == russia and occupied.observed_on == dt.date(2024, 5, 14)
    assert occupied.kind == "assessed" and occupied.source_name == "DeepState"
    assert occupied.source_file == "deepstate-2024-05-14.geojson"
    assert occupied.source_feature == "1,2"
    assert occupied.area.area == pytest.approx(0.5, rel=1e-6)  # both squares, merged
    repaired = ControlObservation.objects.get(area_name="DeepState: Ukraine")
    assert repaired.side == ukraine and repaired.area.valid
    alpha = ControlObservation.objects.get(place__isnull=False)
    assert (alpha.place.point.x, alpha.side) == (36.2, russia)
    line = FrontLine.objects.get(name="Front")
    assert (line.side_a, line.side_b, line.valid_from) == (russia, ukraine, dt.date(2024, 5, 14))
    assert "DeepState" in line.source_note


def test_reimporting_changes_nothing_and_a_new_day_is_a_new_version(tmp_path, sides):
    run(daily_file(tmp_path), "--source-name", "DeepState")
    before = list(ControlObservation.objects.order_by("pk").values())
    _code, out, _ = run(daily_file(tmp_path), "--source-name", "DeepState")
    assert "0 created, 0 updated, 4 unchanged" in out
    assert list(ControlObservation.objects.order_by("pk").values()) == before
    run(daily_file(tmp_path, "2024-05-20"), "--source-name", "DeepState")
    assert ControlObservation.objects.filter(area_name="Occupied").count() == 2
    first, second = FrontLine.objects.filter(name="Front").order_by("valid_from")
    assert first.valid_to == dt.date(2024, 5, 19) and second.valid_to is None


def kml(placemarks: str, styles: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
        f"<Document>{styles}{placemarks}</Document></kml>"
    )


RED_STYLE = (
    '<Style id="ru"><PolyStyle><color>800000cc</color></PolyStyle></Style>'
    '<StyleMap id="ru-map"><Pair><key>normal</key><styleUrl>#ru</styleUrl></Pair></StyleMap>'
)
RED_AREA = (
    "<Placemark><name>Zone</name><styleUrl>#ru-map</styleUrl>"
    "<TimeStamp><when>2024-05-02T00:00:00Z</when></TimeStamp><Polygon><outerBoundaryIs>"
    "<LinearRing><coordinates>36,35,0 37,35,0 37,36,0 36,36,0 36,35,0</coordinates>"
    "</LinearRing></outerBoundaryIs></Polygon></Placemark>"
)


def test_it_imports_a_kmz_with_style_colours_and_timestamps(tmp_path, sides):
    russia, _ = sides
    path = tmp_path / "layer.kmz"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("doc.kml", kml(RED_AREA, RED_STYLE))
    code, _out, err = run(path, "--source-name", "ISW")
    assert code == 0, err
    zone = ControlObservation.objects.get(area_name="Zone")
    assert zone.side == russia and zone.observed_on == dt.date(2024, 5, 2)


def test_it_maps_sides_given_on_the_command_line(tmp_path, sides):
    _, ukraine = sides
    path = tmp_path / "layer.kml"
    path.write_text(kml(RED_AREA.replace("#ru-map", "#blue"), ""))
    assert run(path)[0] == 1  # no side known for the feature
    code, _, err = run(path, "--side", "Zone=UA")
    assert code == 0, err
    assert ControlObservation.objects.get(area_name="Zone").side == ukraine


def test_it_refuses_kml_with_entities(tmp_path, sides):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    path = tmp_path / "xxe.kml"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY x SYSTEM "file://{secret}">]>'
        + kml(RED_AREA.replace("<name>Zone</name>", "<name>&x;</name>"), RED_STYLE)[21:]
    )
    code, _, err = run(path)
    assert code == 1 and "DOCTYPE or entities is refused" in err
    assert not ControlObservation.objects.exists()


def test_it_refuses_zip_bombs_and_huge_files(tmp_path, sides):
    bomb = tmp_path / "bomb.kmz"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("doc.kml", kml(RED_AREA, RED_STYLE) + " " * 50_000_000)
    code, _, err = run(bomb)
    assert code == 1 and "zip bomb" in err
    with override_settings(CONTROL_IMPORT_MAX_BYTES=1000):
        code, _, err = run(daily_file(tmp_path))
    assert code == 1 and "the limit is" in err
    assert not ControlObservation.objects.exists()


def test_it_refuses_other_coordinate_systems(tmp_path, sides):
    path = tmp_path / "mercator.geojson"
    collection = {
        "type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": "EPSG:3857"}},
        "features": [],
    }
    path.write_text(json.dumps(collection))
    code, _, err = run(path, "--date", "2024-05-01")
    assert code == 1 and "only WGS84 (EPSG:4326)" in err


def test_a_feature_without_any_date_is_skipped(tmp_path, sides):
    path = tmp_path / "undated.geojson"
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    feature("Polygon", square(36, 35), side="Russia"),
                ],
            }
        )
    )
    code, _, err = run(path)
    assert code == 1 and "no date" in err
    assert run(path, "--date", "2024-05-03")[0] == 0
    assert ControlObservation.objects.get().observed_on == dt.date(2024, 5, 3)


@pytest.mark.parametrize("fmt", ["geojson", "kml"])
def test_export_then_import_gives_the_same_export(tmp_path, fmt):
    war = build_war()
    make_frontline(war["a"], war["b"], name="Valley front", valid_from=dt.date(2024, 5, 15))
    exported = tmp_path / f"control.{fmt}"
    call_command(
        "export_control", "--date", "2024-05-20", "--format", fmt, "--output", str(exported)
    )
    first = exported.read_text()
    assert "Valley" in first and "Alpha" in first and "Valley front" in first
    ControlObservation.objects.all().delete()
    FrontLine.objects.all().delete()
    code, _, err = run(exported)
    assert code == 0, err
    again = tmp_path / f"again.{fmt}"
    call_command("export_control", "--date", "2024-05-20", "--format", fmt, "--output", str(again))
    assert again.read_text() == first
