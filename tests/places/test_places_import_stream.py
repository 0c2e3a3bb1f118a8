"""GeoJSON imports read one feature at a time (issue 17, "import at the speed of the loader"):
a cut file, a broken feature in the middle, a huge feature and JSON that is not a
FeatureCollection all end in a clear error, and a file-level error leaves nothing stored."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command

from places import geojson_stream
from places.importexport import ImportFileError, export_places, import_places
from places.models import Place, PlaceName

pytestmark = pytest.mark.django_db


def _feature(name: str, lon: float, lat: float, **props) -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {"name": name, **props},
    }


def _collection_text(count: int, start: int = 0) -> str:
    features = [
        _feature(f"Place {i}", 30 + i / 1000, 10, source="geonames", source_id=str(i))
        for i in range(start, start + count)
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}, indent=1)


@pytest.fixture
def small_chunks(monkeypatch):
    """Read 64 bytes at a time, so every value of these small files spans chunk boundaries."""
    monkeypatch.setattr(geojson_stream, "CHUNK_BYTES", 64)


def test_a_file_cut_short_is_refused_and_nothing_is_stored(small_chunks, tmp_path):
    text = _collection_text(30)
    for cut in (len(text) // 2, len(text) - 3, text.index('"Place 29"') + 3):
        with pytest.raises(ImportFileError, match=r"cut short"):
            import_places(text[:cut].encode(), "geojson")
        assert Place.objects.count() == 0
    path = tmp_path / "cut.geojson"
    path.write_text(text[: len(text) // 2])
    with pytest.raises(CommandError, match=r"cut\.geojson: not valid JSON: .*cut short"):
        call_command("import_places", str(path), verbosity=0)
    assert Place.objects.count() == 0


def test_a_file_cut_after_many_batches_leaves_nothing_half_stored(monkeypatch, small_chunks):
    from places import importexport

    monkeypatch.setattr(importexport, "IMPORT_BATCH", 5)  # many batches written before the cut
    text = _collection_text(40)
    with pytest.raises(ImportFileError, match="cut short"):
        import_places(text[: text.index('"Place 37"')].encode(), "geojson")
    assert Place.objects.count() == 0 and PlaceName.objects.count() == 0


def test_broken_json_in_the_middle_names_its_line_and_stores_nothing(small_chunks):
    text = _collection_text(20)
    broken = text.replace('"Place 12"', '"Place 12" "oops"', 1)
    line = broken[: broken.index('"oops"')].count("\n") + 1
    with pytest.raises(
        ImportFileError, match=rf"Expecting ',' delimiter in feature 13 \(line {line}, column"
    ):
        import_places(broken.encode(), "geojson")
    assert Place.objects.count() == 0


def test_a_bad_feature_in_the_middle_is_reported_and_the_rest_imported(small_chunks):
    doc = json.loads(_collection_text(9))
    doc["features"][4]["geometry"]["coordinates"] = [200.0, 10.0]
    doc["features"][6] = {"type": "Feature", "properties": {"name": "No shape"}}
    data = json.dumps(doc).encode()
    report = import_places(data, "geojson")
    assert [row for row, _ in report.errors] == [5, 7]
    assert "out of range" in report.errors[0][1]
    assert report.errors[1][1] == "no geometry and no lat/lon"
    assert report.created == 7 and Place.objects.count() == 7
    Place.objects.all().delete()
    report = import_places(data, "geojson", atomic=True)
    assert report.rolled_back and report.created == 7 and len(report.errors) == 2
    assert Place.objects.count() == 0


def test_the_command_reports_a_bad_feature_and_atomic_stores_nothing(tmp_path, small_chunks):
    doc = json.loads(_collection_text(5))
    doc["features"][2]["properties"]["kind"] = "castle"
    path = tmp_path / "places.geojson"
    path.write_text(json.dumps(doc))
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="Nothing was imported"):
        call_command("import_places", str(path), "--atomic", stdout=out, stderr=err, verbosity=0)
    assert "row 3: unknown kind 'castle'" in err.getvalue()
    assert Place.objects.count() == 0
    with pytest.raises(CommandError, match="1 bad row"):
        call_command("import_places", str(path), stdout=out, stderr=err, verbosity=0)
    assert Place.objects.count() == 4


def test_a_huge_feature_spanning_many_chunks_is_read_whole(monkeypatch):
    monkeypatch.setattr(geojson_stream, "CHUNK_BYTES", 4096)
    ring = [[30 + i / 100_000, 10 + (i % 2) / 1000] for i in range(60_000)]
    ring = [[30, 9.9], *ring, [31, 9.9], [30, 9.9]]
    shape = {
        "type": "Feature",
        "geometry": {"type": "Polygon", "coordinates": [ring]},
        "properties": {"name": "Long border", "kind": "region"},
    }
    data = json.dumps(
        {"type": "FeatureCollection", "features": [_feature("Before", 30, 10), shape]}
    ).encode()
    assert len(data) > 1_000_000  # over 250 chunks
    report = import_places(data, "geojson")
    assert report.errors == [] and report.created == 2
    assert len(Place.objects.get(name="Long border").geometry.coords[0]) == 60_003


def test_a_lone_feature_and_members_in_any_order_are_read():
    lone = _feature("Manbij", 37.95, 36.53, kind="settlement")
    assert import_places(json.dumps(lone).encode(), "geojson").created == 1
    # "features" before "type" and the crs last: still a FeatureCollection in WGS84.
    text = (
        '{"features": [' + json.dumps(_feature("Kobani", 38.4, 36.9)) + '], "type": '
        '"FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:4326"}}}'
    )
    assert import_places(text.encode(), "geojson").created == 1
    assert set(Place.objects.values_list("name", flat=True)) == {"Manbij", "Kobani"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[1, 2, 3]", "not a GeoJSON object"),
        ('"FeatureCollection"', "not a GeoJSON object"),
        ("", "empty file"),
        ("   \n", "empty file"),
        ('{"type": "FeatureCollection"}', "needs a features list"),
        ('{"type": "FeatureCollection", "features": {"a": 1}}', "needs a features list"),
        ('{"type": "Topology", "features": []}', "'Topology', not a FeatureCollection"),
        ('{"type": "FeatureCollection", "features": []} []', "more data after the GeoJSON"),
        ('{"type": "FeatureCollection" "features": []}', "expected ',' or '}'"),
    ],
)
def test_json_that_is_not_a_feature_collection_gets_a_clear_error(text, message, small_chunks):
    with pytest.raises(ImportFileError, match=message):
        import_places(text.encode(), "geojson")


def test_a_crs_after_the_features_undoes_the_features_already_written():
    text = (
        '{"type": "FeatureCollection", "features": ['
        + json.dumps(_feature("A", 30, 10))
        + '], "crs": {"type": "name", "properties": {"name": "EPSG:3857"}}}'
    )
    with pytest.raises(ImportFileError, match="only WGS84"):
        import_places(text.encode(), "geojson")
    assert Place.objects.count() == 0


def test_bytes_that_are_not_utf8_are_refused_with_their_offset(small_chunks):
    data = _collection_text(3).encode().replace(b"Place 2", b"Plac\xe9 2")
    with pytest.raises(
        ImportFileError, match=r"not UTF-8 text \(invalid continuation byte at byte"
    ):
        import_places(data, "geojson")
    assert Place.objects.count() == 0


def test_an_export_streams_back_identically(small_chunks, tmp_path):
    import_places(_collection_text(25).encode(), "geojson")
    Place.objects.filter(name="Place 3").update(population=12)
    exported = export_places("geojson")
    Place.objects.all().delete()
    path = tmp_path / "export.geojson"
    path.write_text(exported)
    call_command("import_places", str(path), verbosity=0)
    assert Place.objects.count() == 25 and export_places("geojson") == exported
