"""Import/export: round trips per format, bad rows reported, --atomic, WGS84 only, events CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from articles.importexport import (
    export_campaigns_geojson,
    export_events_csv,
    export_frontlines_geojson,
    import_campaigns_geojson,
    import_frontlines_geojson,
)
from articles.models import Campaign, CampaignSource, FrontLine, Statement
from places.importexport import export_places, import_places
from places.models import Place, PlaceName

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_FIXTURES = [
    "01_places.json",
    "02_actors.json",
    "03_articles.json",
    "04_campaigns.json",
    "05_frontlines.json",
    "06_statements.json",
]


@pytest.fixture
def seeded():
    call_command("loaddata", *[str(SEEDS / n) for n in SEED_FIXTURES], verbosity=0)


def snapshot() -> dict:
    """Everything a place export carries, keyed by natural key, geometry as exact WKB hex."""
    data = {}
    for place in Place.objects.prefetch_related("names"):
        data[(place.source, place.source_id or place.name)] = {
            "name": place.name,
            "kind": place.kind,
            "feature_class": place.feature_class,
            "feature_code": place.feature_code,
            "country_code": place.country_code,
            "admin1": place.admin1,
            "population": place.population,
            "geonameid": place.geonameid,
            "curated": place.curated,
            "point": (place.point.x, place.point.y),
            "geometry": place.geometry.hexewkb if place.geometry is not None else None,
            "aliases": sorted((a.name, a.language, a.preferred, a.kind) for a in place.names.all()),
        }
    return data


@pytest.mark.parametrize("fmt", ["geojson", "csv", "kml"])
def test_it_round_trips_places_into_an_empty_database(seeded, make, fmt):
    # A point-only curator place too, with a non-ASCII alias.
    ain_issa = make.place("Ain Issa", 38.8617, 36.3856, country_code="SY")
    ain_issa.add_name("عين عيسى", language="ar")
    ain_issa.add_name(
        "Ain Issa "
    )  # stray whitespace, as in some GeoNames alternate names, survives too
    before = snapshot()
    text = export_places(fmt)
    Place.objects.all().delete()
    assert PlaceName.objects.count() == 0
    report = import_places(text.encode("utf-8"), fmt)
    assert report.ok, report.lines()
    assert report.created == len(before)
    assert snapshot() == before
    # Importing the same file again changes nothing.
    again = import_places(text.encode("utf-8"), fmt)
    assert (again.created, again.updated, again.unchanged) == (0, 0, len(before))


def test_it_reports_bad_csv_rows_and_imports_the_good_ones():
    data = (
        b"name,lat,lon,wkt,kind,source,source_id,colour\n"
        b"Good town,36.1,38.2,,settlement,curator,good-1,red\n"
        b'Bowtie,,,"POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))",region,curator,bad-2,\n'
        b"Far away,95,10,,settlement,curator,bad-3,\n"
        b"Again,36.2,38.3,,settlement,curator,good-1,\n"
        b",36.2,38.3,,settlement,curator,bad-5,\n"
        b"Projected,,,SRID=3857;POINT (4300000 4300000),other,curator,bad-6,\n"
        b'Good line,,,"LINESTRING (38 36, 39 36.5)",river,curator,good-7,\n'
    )
    report = import_places(data, "csv")
    rows = dict(report.errors)
    assert set(rows) == {1, 3, 4, 5, 6, 7}
    assert "unknown columns ignored: colour" in rows[1]
    assert "invalid geometry" in rows[3] and "Self-intersection" in rows[3]
    assert "out of range" in rows[4]
    assert "duplicate id" in rows[5] and "row 2" in rows[5]
    assert "missing name" in rows[6]
    assert "SRID 4326" in rows[7]
    assert sorted(Place.objects.values_list("name", flat=True)) == ["Good line", "Good town"]
    assert report.created == 2


def test_it_imports_nothing_with_atomic_when_a_row_is_bad():
    data = b"name,lat,lon\nGood,36.1,38.2\nBad,north,38.2\n"
    report = import_places(data, "csv", atomic=True)
    assert report.rolled_back and report.errors == [
        (3, "lat/lon must be numbers, not 'north'/'38.2'")
    ]
    assert Place.objects.count() == 0
    assert "Nothing imported" in report.summary()


def test_it_reports_lines_in_a_wrong_encoding():
    data = "name,lat,lon\nAïn Issa,36.38,38.86\n".encode() + "Qamishlï,37.05,41.22\n".encode(
        "latin-1"
    )
    report = import_places(data, "csv")
    assert report.errors == [(3, "not UTF-8 text; save the file as UTF-8")]
    assert list(Place.objects.values_list("name", flat=True)) == ["Aïn Issa"]


def test_it_refuses_geojson_in_another_crs():
    doc = {
        "type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": "EPSG:3857"}},
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [4.3e6, 4.3e6]},
                "properties": {"name": "X"},
            }
        ],
    }
    with pytest.raises(Exception, match="only WGS84"):
        import_places(json.dumps(doc).encode(), "geojson")
    assert Place.objects.count() == 0


def test_it_reports_bad_geojson_features_by_number():
    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [39.0, 35.9]},
                "properties": {"name": "Ok"},
            },
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": ["x"]},
                "properties": {"name": "Bad"},
            },
            {"type": "Feature", "geometry": None, "properties": {"name": "No geometry"}},
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [1, 2]},
                "properties": {"name": "Odd", "wikidata": "Q1"},
            },
        ],
    }
    report = import_places(json.dumps(doc).encode(), "auto", name="x.geojson")
    assert [row for row, _ in report.errors] == [2, 3, 4]
    assert "unknown properties: wikidata" in dict(report.errors)[4]
    assert list(Place.objects.values_list("name", flat=True)) == ["Ok"]


def test_it_refuses_kml_with_entities():
    data = b'<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "aaaa">]><kml><Document/></kml>'
    with pytest.raises(Exception, match="DOCTYPE"):
        import_places(data, "kml")


def test_it_runs_the_commands_with_a_report_and_summary(tmp_path, seeded, capsys):
    out = tmp_path / "places.kml"
    seeded_places = Place.objects.count()
    assert seeded_places >= 10
    call_command("export_places", "--format", "kml", "--output", str(out))
    assert f"Exported {seeded_places} place(s) as kml" in capsys.readouterr().out
    Place.objects.all().delete()
    call_command("import_places", str(out), verbosity=0)
    assert f"{seeded_places} created" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("name,lat,lon\nGood,36.1,38.2\nBad,99,38.2\n")
    with pytest.raises(CommandError, match="Nothing was imported"):
        call_command("import_places", str(bad), "--atomic", "--format", "csv", verbosity=0)
    assert "row 3: coordinates out of range" in capsys.readouterr().err
    assert not Place.objects.filter(name="Good").exists()
    # The good row goes in; the exit status says one did not.
    with pytest.raises(CommandError, match="1 bad row") as raised:
        call_command("import_places", str(bad), verbosity=0)
    assert raised.value.returncode == 1
    assert Place.objects.filter(name="Good").exists()
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_places", str(tmp_path / "missing.csv"))


def test_it_round_trips_front_lines_and_campaigns(seeded):
    lines, campaigns = export_frontlines_geojson(), export_campaigns_geojson()
    before_lines = {
        (f.name, f.valid_from): (f.geometry.wkt, f.side_a_id, f.side_b_id, f.source_note)
        for f in FrontLine.objects.all()
    }
    before_campaigns = {
        c.name: (
            c.geometry.wkt,
            sorted(c.attackers.values_list("name", flat=True)),
            list(c.targets.values_list("pk", flat=True)),
            c.started_on,
        )
        for c in Campaign.objects.all()
    }
    FrontLine.objects.all().delete()
    Campaign.objects.all().delete()
    assert import_frontlines_geojson(lines.encode()).created == 2
    assert import_campaigns_geojson(campaigns.encode()).created == 2
    assert {
        (f.name, f.valid_from): (f.geometry.wkt, f.side_a_id, f.side_b_id, f.source_note)
        for f in FrontLine.objects.all()
    } == before_lines
    assert {
        c.name: (
            c.geometry.wkt,
            sorted(c.attackers.values_list("name", flat=True)),
            list(c.targets.values_list("pk", flat=True)),
            c.started_on,
        )
        for c in Campaign.objects.all()
    } == before_campaigns
    assert CampaignSource.objects.count() == 2


def test_it_round_trips_a_campaigns_origin_and_end_into_an_empty_database(seeded):
    campaign = Campaign.objects.order_by("name").first()
    origin = Place.objects.exclude(pk__in=campaign.targets.values("pk")).order_by("name").first()
    campaign.origin = origin
    campaign.ended_on = campaign.started_on.replace(year=campaign.started_on.year + 1)
    campaign.end_precision = 3
    campaign.status = Campaign.Status.ENDED
    campaign.save()
    exported = export_campaigns_geojson()
    props = {f["properties"]["name"]: f["properties"] for f in json.loads(exported)["features"]}
    assert props[campaign.name]["origin"] == [origin.source, origin.source_id, origin.name]
    assert props[campaign.name]["end_precision"] == 3

    def state():
        return {
            c.name: (c.origin_id, c.ended_on, c.end_precision, c.date_precision, c.status)
            for c in Campaign.objects.all()
        }

    before = state()
    Campaign.objects.all().delete()
    assert Campaign.objects.count() == 0
    report = import_campaigns_geojson(exported.encode())
    assert report.created == len(before) and not report.errors
    assert state() == before
    assert Campaign.objects.get(name=campaign.name).origin == origin


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"end_precision": 7}, "end_precision must be one of [1, 2, 3]"),
        ({"end_precision": "monthly"}, "end_precision must be one of [1, 2, 3]"),
        ({"date_precision": 0}, "date_precision must be one of [1, 2, 3]"),
        ({"origin": "Nowhere-on-earth"}, "unknown origin place 'Nowhere-on-earth'"),
        ({"origin": 12}, "origin must be a place name or [source, source_id, name]"),
        ({"started_on": "2016-11-05", "ended_on": "2016-11-01"}, "ended_on is before started_on"),
    ],
)
def test_it_reports_a_bad_campaign_origin_or_end(seeded, props, message):
    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": None,
                "properties": {"name": "Checked campaign", **props},
            }
        ],
    }
    report = import_campaigns_geojson(json.dumps(doc).encode())
    assert report.created == 0 and [r for r, _ in report.errors] == [1]
    assert message in dict(report.errors)[1]
    assert not Campaign.objects.filter(name="Checked campaign").exists()


def test_it_reports_bad_front_lines(seeded):
    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "LineString", "coordinates": [[38, 36], [39, 36]]},
                "properties": {
                    "name": "New line",
                    "valid_from": "2016-11-20",
                    "side_a": "Syrian Democratic Forces",
                    "side_b": "Islamic State",
                },
            },
            {
                "type": "Feature",
                "geometry": {"type": "LineString", "coordinates": [[38, 36], [39, 36]]},
                "properties": {
                    "name": "Bad",
                    "valid_from": "2016-11-20",
                    "side_a": "Nobody",
                    "side_b": "Islamic State",
                },
            },
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [38, 36]},
                "properties": {
                    "name": "Dot",
                    "valid_from": "2016-11-20",
                    "side_a": "Syrian Democratic Forces",
                    "side_b": "Islamic State",
                },
            },
        ],
    }
    report = import_frontlines_geojson(json.dumps(doc).encode(), atomic=True)
    assert report.rolled_back and [r for r, _ in report.errors] == [2, 3]
    assert "unknown actor 'Nobody'" in dict(report.errors)[2]
    assert not FrontLine.objects.filter(name="New line").exists()
    report = import_frontlines_geojson(json.dumps(doc).encode())
    assert report.created == 1 and FrontLine.objects.filter(name="New line").exists()


def test_it_exports_acled_style_events(seeded, tmp_path):
    text, count = export_events_csv()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert count == len(rows)
    euphrates = next(
        r for r in rows if r["event_type"] == "campaign" and "Euphrates Anger" in r["notes"]
    )
    assert (
        euphrates["actor1"] == "Syrian Democratic Forces" and euphrates["actor2"] == "Islamic State"
    )
    assert euphrates["location"] == "Raqqa" and euphrates["geo_precision"] == "1"
    assert euphrates["event_date"] == "2016-11-05" and euphrates["time_precision"] == "1"
    assert abs(float(euphrates["latitude"]) - 35.95) < 0.1
    statements = [r for r in rows if r["event_type"] == "statement"]
    assert len(statements) == 5  # Cafarella's statement concerns two places
    assert {r["actor1"] for r in statements} >= {
        "Institute for the Study of War",
        "Kurdistan Regional Government",
    }
    out = tmp_path / "events.csv"
    call_command("export_events", "--output", str(out))
    assert out.read_text(encoding="utf-8") == text


def test_it_neutralises_spreadsheet_formulas_in_events(seeded):
    Statement.objects.filter(speaker_name="Brett McGurk").update(
        speaker_name='=HYPERLINK("http://x")'
    )
    text, _ = export_events_csv()
    notes = [r["notes"] for r in csv.DictReader(io.StringIO(text)) if "HYPERLINK" in r["notes"]]
    assert notes and all(n.startswith("'=HYPERLINK") for n in notes)


def test_it_imports_and_exports_from_the_admin(seeded, curator, login, client):
    login(curator)
    ids = list(Place.objects.filter(kind="settlement").values_list("pk", flat=True))
    response = client.post(
        reverse("admin:places_place_changelist"), {"action": "export_csv", "_selected_action": ids}
    )
    assert response["Content-Disposition"] == 'attachment; filename="places.csv"'
    assert sorted(r["name"] for r in csv.DictReader(io.StringIO(response.content.decode()))) == [
        "Mosul",
        "Raqqa",
    ]
    upload = io.BytesIO(b"name,lat,lon\nTabqa,35.84,38.55\nNowhere,,\n")
    upload.name = "new.csv"
    page = client.post(reverse("admin:places_place_import"), {"file": upload, "format": "auto"})
    assert page.status_code == 200
    assert "no geometry and no lat/lon" in page.content.decode()
    assert Place.objects.filter(name="Tabqa").exists()
    lines = client.post(
        reverse("admin:articles_frontline_changelist"),
        {
            "action": "export_geojson",
            "_selected_action": list(FrontLine.objects.values_list("pk", flat=True)),
        },
    )
    assert len(json.loads(lines.content)["features"]) == 2


def test_it_imports_layers_from_the_admin_and_refuses_oversized_files(
    seeded, curator, login, client, monkeypatch
):
    login(curator)
    url = reverse("admin:articles_campaign_import")
    assert 'name="format"' not in client.get(url).content.decode()  # layers are GeoJSON only
    upload = io.BytesIO(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "geometry": None,
                        "properties": {"name": "Operation Dawn", "status": "ongoing"},
                    },
                    {
                        "type": "Feature",
                        "geometry": None,
                        "properties": {"name": "Nameless", "status": "won"},
                    },
                ],
            }
        ).encode()
    )
    upload.name = "campaigns.geojson"
    page = client.post(url, {"file": upload}).content.decode()
    assert "unknown status &#x27;won&#x27;" in page or "unknown status 'won'" in page
    assert Campaign.objects.filter(name="Operation Dawn").exists()
    assert not Campaign.objects.filter(name="Nameless").exists()

    monkeypatch.setattr("places.admin.MAX_IMPORT_BYTES", 10)
    big = io.BytesIO(b'{"type": "FeatureCollection", "features": []}')
    big.name = "big.geojson"
    before = FrontLine.objects.count()
    page = client.post(reverse("admin:articles_frontline_import"), {"file": big}).content.decode()
    assert "are refused" in page
    assert FrontLine.objects.count() == before


def test_it_round_trips_layers_through_the_commands(seeded, tmp_path, capsys):
    out = tmp_path / "lines.geojson"
    call_command("export_layers", "frontlines", "--output", str(out))
    FrontLine.objects.all().delete()
    call_command("import_layers", "frontlines", str(out))
    assert "2 created" in capsys.readouterr().out
    assert set(FrontLine.objects.values_list("name", flat=True)) == {
        "Raqqa northern front",
        "Mosul front",
    }
    bad = tmp_path / "bad.geojson"
    bad.write_text(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null,'
        ' "properties": {"name": "Nameless campaign", "status": "won"}}]}'
    )
    with pytest.raises(CommandError, match="Nothing was imported"):
        call_command("import_layers", "campaigns", str(bad), "--atomic")
    assert "feature 1: unknown status 'won'" in capsys.readouterr().err


def test_it_links_the_review_queue_from_the_admin_index(curator, viewer, login, client):
    login(curator)
    page = client.get(reverse("admin:index")).content.decode()
    assert (
        reverse("admin:articles_mention_review") in page
        and reverse("admin:places_place_import") in page
    )
    login(viewer)
    page = client.get(reverse("admin:index")).content.decode()
    assert (
        reverse("admin:articles_mention_review") in page
        and reverse("admin:places_place_import") not in page
    )


def test_it_reports_a_geonames_id_claimed_twice_in_one_batch():
    data = (
        b"name,lat,lon,source,source_id,geonameid\n"
        b"Raqqa,35.95,39.01,geonames,172955,172955\n"
        b"Other Raqqa,35.9,39.0,curator,mine-1,172955\n"
        b"Mosul,36.34,43.12,geonames,99072,99072\n"
    )
    report = import_places(data, "csv")
    assert [row for row, _ in report.errors] == [3]
    assert "GeoNames id 172955 already belongs to Raqqa" in report.errors[0][1]
    assert sorted(Place.objects.values_list("name", flat=True)) == ["Mosul", "Raqqa"]
    assert report.created == 2


def test_it_imports_large_files_in_batches(monkeypatch, caplog):
    from places import importexport

    monkeypatch.setattr(importexport, "IMPORT_BATCH", 3)
    caplog.set_level("INFO", logger="places.importexport")
    rows = "".join(
        f"Town {i},{30 + i / 100},{40 + i / 100},curator,t-{i},,Alias {i}|Other {i}\n"
        for i in range(10)
    )
    report = import_places(
        ("name,lat,lon,source,source_id,geonameid,aliases\n" + rows).encode(), "csv"
    )
    assert report.ok and report.created == 10
    assert PlaceName.objects.count() == 20
    assert Place.objects.matching("alias 7").get().name == "Town 7"
    assert "row by row" not in caplog.text  # the bulk path did the work


def test_it_reads_huge_outlines_and_reports_broken_csv_quoting():
    ring = ", ".join(f"{38 + i / 20000:.6f} {36 + (i % 2) / 1000:.6f}" for i in range(12000))
    wkt = f"LINESTRING ({ring})"
    assert len(wkt) > 131072
    data = (
        f'name,wkt,kind\nLong river,"{wkt}",river\n'
        'No shape,,river\nTown,"POINT (38 36)",settlement\n'
    ).encode()
    report = import_places(data, "csv")
    assert report.errors == [(3, "no geometry and no lat/lon")]
    assert sorted(Place.objects.values_list("name", flat=True)) == ["Long river", "Town"]
    assert len(Place.objects.get(name="Long river").geometry.coords) == 12000
