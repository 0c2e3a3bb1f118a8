"""Hostile and careless import files (issue 11, finding 8): deep nesting, absurd coordinates,
GEOS's messages, other encodings and missing columns all end in a clear report, never a
traceback, stderr noise or a silent zero exit."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from articles.importexport import import_frontlines_geojson
from places.importexport import ImportFileError, import_places
from places.models import Place

pytestmark = pytest.mark.django_db


def _feature(geometry: dict, name: str = "X") -> dict:
    return {"type": "Feature", "geometry": geometry, "properties": {"name": name}}


def _collection(*features: dict) -> bytes:
    return json.dumps({"type": "FeatureCollection", "features": list(features)}).encode()


def _deep_json(levels: int) -> bytes:
    return b'{"type": "FeatureCollection", "features": ' + b"[" * levels + b"]" * levels + b"}"


# Nesting ------------------------------------------------------------------------------------------


def test_it_refuses_json_nested_100000_levels_deep_with_a_clear_error():
    with pytest.raises(ImportFileError, match="nested too deeply"):
        import_places(_deep_json(100_000), "geojson")
    with pytest.raises(ImportFileError, match="nested too deeply"):
        import_frontlines_geojson(_deep_json(100_000))


def test_it_reports_a_deeply_nested_file_in_the_admin_and_the_commands(
    tmp_path, curator, login, client
):
    upload = io.BytesIO(_deep_json(100_000))
    upload.name = "deep.geojson"
    page = login(curator).post(
        reverse("admin:places_place_import"), {"file": upload, "format": "auto"}
    )
    assert page.status_code == 200 and "nested too deeply" in page.content.decode()
    path = tmp_path / "deep.geojson"
    path.write_bytes(_deep_json(100_000))
    with pytest.raises(CommandError, match="nested too deeply"):
        call_command("import_places", str(path), verbosity=0)
    with pytest.raises(CommandError, match="nested too deeply"):
        call_command("import_layers", "frontlines", str(path), verbosity=0)


def test_it_bounds_nested_geometry_collections_in_geojson_and_kml():
    geometry = {"type": "Point", "coordinates": [39.0, 36.0]}
    for _ in range(50):
        geometry = {"type": "GeometryCollection", "geometries": [geometry]}
    report = import_places(
        _collection(
            _feature(geometry, "Deep"),
            _feature({"type": "Point", "coordinates": [39.1, 36.1]}, "Flat"),
        ),
        "geojson",
    )
    assert report.errors == [(1, "geometry collections nested more than 8 levels deep")]
    kml_geometry = "<Point><coordinates>39,36</coordinates></Point>"
    for _ in range(50):
        kml_geometry = f"<MultiGeometry>{kml_geometry}</MultiGeometry>"
    kml = (
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark>'
        f"<name>Deep KML</name>{kml_geometry}"
        "</Placemark></Document></kml>"
    )
    report = import_places(kml.encode(), "kml")
    assert report.errors == [(1, "MultiGeometry nested more than 8 levels deep")]
    assert list(Place.objects.values_list("name", flat=True)) == ["Flat"]


# Exit status and GEOS's messages ------------------------------------------------------------------

BAD_GEOMETRIES = [
    ("POINT (38 36", "Expected"),  # GEOS ParseException
    ("POLYGON ((0 0, 1 0, 1 1))", "closed linestring"),
    ("POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))", "Self-intersection"),
    ("POLYGON ((0 0, 1 1, 0 0))", "Too few points"),
    ("LINESTRING (0 0)", "point array must contain 0 or >1 elements"),
    ("POINT (38 36 1e308)", "elevation"),
    ("POINT Z (38 36 -1e308)", "elevation"),
    ("LINESTRING Z (38 36 1, 39 36 1e300)", "elevation"),
    ("POINT (38 1e308)", "out of range"),
    ("POINT (nan 36)", "finite"),
    ("LINESTRING (38 36, nan 36.5)", "finite"),
    ("POINT (1e400 36)", "finite"),
    ("GEOMETRYCOLLECTION (POINT (1 2), POLYGON ((0 0, 1 0, 1 1)))", "closed linestring"),
    (
        "MULTIPOLYGON (((0 0, 2 0, 2 2, 0 2, 0 0)), ((1 1, 3 1, 3 3, 1 3, 1 1)))",
        "Self-intersection",
    ),
]


def _bad_geometry_csv() -> bytes:
    rows = (
        ["name,wkt"]
        + [f'Bad {n},"{wkt}"' for n, (wkt, _) in enumerate(BAD_GEOMETRIES)]
        + ['Good,"POINT (38 36)"']
    )
    return ("\n".join(rows) + "\n").encode()


def test_it_gives_geos_messages_as_reasons_not_as_stderr_noise(caplog):
    report = import_places(_bad_geometry_csv(), "csv")
    reasons = dict(report.errors)
    assert len(reasons) == len(BAD_GEOMETRIES) == 14
    for row, (wkt, expected) in enumerate(BAD_GEOMETRIES, start=2):
        assert expected in reasons[row], (wkt, reasons[row])
        assert "GEOS C function" not in reasons[row]
    assert "GEOS_" not in caplog.text  # nothing reached the log handlers (and so stderr)
    assert list(Place.objects.values_list("name", flat=True)) == ["Good"]


def test_the_command_exits_non_zero_when_rows_were_skipped(tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_bytes(_bad_geometry_csv())
    with pytest.raises(CommandError, match="14 bad row") as raised:
        call_command("import_places", str(path), verbosity=0)
    assert raised.value.returncode == 1
    captured = capsys.readouterr()
    assert "1 created" in captured.out and captured.err.count("row ") == 14
    assert "GEOS_" not in captured.err


def test_the_layer_command_exits_non_zero_when_features_were_skipped(tmp_path):
    path = tmp_path / "lines.geojson"
    path.write_bytes(
        _collection(_feature({"type": "LineString", "coordinates": [[38, 36], [39, 36, 1e308]]}))
    )
    with pytest.raises(CommandError, match="1 bad feature") as raised:
        call_command("import_layers", "frontlines", str(path), verbosity=0)
    assert raised.value.returncode == 1


# Coordinates in every dimension -------------------------------------------------------------------


@pytest.mark.parametrize(
    "position, reason",
    [
        ([39.0, 36.0, 1e308], "elevation"),
        ([39.0, 36.0, -100_001], "elevation"),
        ([39.0, 36.0, float("nan")], "elevation"),
        ([39.0, 36.0, 10.0, 5.0], "a position is [longitude, latitude]"),
        ([39.0], "a position is [longitude, latitude]"),
        ([181.0, 36.0], "out of range"),
        ([39.0, -90.5], "out of range"),
    ],
)
def test_it_range_checks_every_dimension_of_geojson_positions(position, reason):
    report = import_places(
        _collection(_feature({"type": "Point", "coordinates": position})), "geojson"
    )
    assert len(report.errors) == 1 and reason in report.errors[0][1]
    assert Place.objects.count() == 0


def test_it_accepts_a_sane_elevation_and_stores_two_dimensions():
    doc = _collection(
        _feature({"type": "Point", "coordinates": [39.0, 36.0, 350.0]}, "Hill"),
        _feature({"type": "LineString", "coordinates": [[38, 36, 1], [39, 36.5, 2]]}, "Wadi"),
    )
    report = import_places(doc, "geojson")
    assert report.errors == [] and report.created == 2
    data = b'name,wkt\nRidge,"LINESTRING Z (38 36 800, 39 36.5 900)"\n'
    assert import_places(data, "csv").created == 1
    kml = (
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Peak</name>'
        "<Point><coordinates>39.5,36.5,1200</coordinates></Point></Placemark><Placemark><name>Sky</name>"
        "<Point><coordinates>39.5,36.5,1e308</coordinates></Point></Placemark></Document></kml>"
    )
    report = import_places(kml.encode(), "kml")
    assert report.created == 1 and "elevation" in report.errors[0][1]
    ridge = Place.objects.get(name="Ridge")
    assert not ridge.geometry.hasz and ridge.geometry.coords == ((38.0, 36.0), (39.0, 36.5))
    assert not Place.objects.get(name="Peak").point.hasz


def test_it_reports_numbers_too_big_for_a_float_instead_of_crashing():
    big = "1" + "0" * 400
    doc = _collection(
        _feature({"type": "Point", "coordinates": [0, 36]}, "A"),
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [39, 36]},
            "properties": {"name": "B", "population": 0},
        },
    ).decode()
    doc = doc.replace("[0, 36]", f"[{big}, 36]").replace('"population": 0', f'"population": {big}')
    report = import_places(doc.encode(), "geojson")
    assert report.errors == [
        (1, "coordinates must be finite numbers"),
        (2, "population must be a whole number, not '1000000000000000000000000000000000000000'"),
    ]
    report = import_places(b"name,lat,lon,population\nA,36,39,1e400\n", "csv")
    assert report.errors == [(2, "population must be a whole number, not '1e400'")]
    line = {
        "type": "Feature",
        "geometry": {"type": "LineString", "coordinates": [[38, 36], [39, 36]]},
        "properties": {
            "name": "L",
            "valid_from": "2016-01-01",
            "side_a": "A",
            "side_b": "B",
            "confidence": 1,
        },
    }
    report = import_frontlines_geojson(
        json.dumps({"type": "FeatureCollection", "features": [line]})
        .replace('"confidence": 1', f'"confidence": {big}')
        .encode()
    )
    assert report.errors == [(1, "int too large to convert to float")]
    assert Place.objects.count() == 0


# Encodings and columns ----------------------------------------------------------------------------


def _with_bom(text: str, encoding: str) -> bytes:
    # Python writes a BOM for utf-16, utf-32 and utf-8-sig, not for the explicit big-endian codec.
    return b"\xfe\xff" + text.encode(encoding) if encoding == "utf-16-be" else text.encode(encoding)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_it_reads_text_with_a_byte_order_mark(encoding):
    csv_text = "name,lat,lon\nQamishlī,37.05,41.22\nRaʾs al-ʿAyn,36.85,40.07\n"
    report = import_places(_with_bom(csv_text, encoding), "csv")
    assert report.errors == [] and report.created == 2
    geojson_text = json.dumps(
        json.loads(_collection(_feature({"type": "Point", "coordinates": [38.0, 36.0]}, "Kobanê"))),
        ensure_ascii=False,
    )
    assert import_places(_with_bom(geojson_text, encoding), "geojson").created == 1
    assert sorted(Place.objects.values_list("name", flat=True)) == [
        "Kobanê",
        "Qamishlī",
        "Raʾs al-ʿAyn",
    ]


def test_it_reads_a_spreadsheets_tab_separated_unicode_text():
    data = "name\tlat\tlon\nManbij\t36.53\t37.95\n".encode("utf-16")
    assert import_places(data, "auto", name="places.csv").created == 1


def test_it_says_utf16_without_a_byte_order_mark_is_not_text():
    with pytest.raises(ImportFileError, match="not a text file"):
        import_places("name,lat,lon\nManbij,36.53,37.95\n".encode("utf-16-le"), "csv")


def test_it_reports_a_latin1_csv_row_by_row_and_exits_non_zero(tmp_path, capsys):
    path = tmp_path / "latin1.csv"
    path.write_bytes("name,lat,lon\nQamishlï,37.05,41.22\nAïn Issa,36.38,38.86\n".encode("latin-1"))
    with pytest.raises(CommandError, match="2 bad row"):
        call_command("import_places", str(path), verbosity=0)
    err = capsys.readouterr().err
    assert "row 2: not UTF-8 text; save the file as UTF-8" in err and "row 3:" in err
    assert Place.objects.count() == 0


@pytest.mark.parametrize(
    "header, missing",
    [
        ("name,lat", "missing column(s): lon"),
        ("name,longitude", "missing column(s): lat"),
        ("name,kind", "missing column(s): lat, lon"),
        ("title,lat,lon", "missing column(s): name"),
        ("place,x,y", "missing column(s): name, lat, lon"),
    ],
)
def test_it_names_the_missing_columns(header, missing):
    with pytest.raises(ImportFileError) as raised:
        import_places(f"{header}\nManbij,36.53,37.95\n".encode(), "csv")
    assert str(raised.value).startswith(missing) and header.replace(",", ", ") in str(raised.value)


def test_it_names_the_columns_a_short_row_leaves_out():
    report = import_places(
        b"name,lat,lon,kind\nManbij,36.53\nJarablus,36.81,\nTabqa,35.84,38.55\n", "csv"
    )
    empty_lon = "lon is empty: a position needs both lat and lon"
    assert report.errors == [
        (2, f"{empty_lon} (the row has fewer values than columns: nothing for lon, kind)"),
        (3, f"{empty_lon} (the row has fewer values than columns: nothing for kind)"),
    ]
    # A trailing optional value may be left out.
    assert list(Place.objects.values_list("name", flat=True)) == ["Tabqa"]
