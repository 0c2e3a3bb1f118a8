"""Import and export of places (GeoJSON, CSV, KML), front lines and campaigns (GeoJSON), and an
ACLED-style events CSV.

Rules that keep imports safe:
- Only WGS84 (EPSG:4326) input is accepted. Geometry JSON is converted to WKT here and handed to
  GEOS; user-supplied text never reaches GDAL (whose SRS parser can open files and URLs).
- Each bad row is reported with its row number and reason and skipped; the good rows are
  imported. With `atomic=True` any bad row means nothing is imported.
- Rows are upserted on (source, source_id), else on GeoNames id, so importing an export into
  the same database changes nothing and into an empty one recreates the same data.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO
from xml.etree import ElementTree as ET

from django.contrib.gis.geos import GEOSGeometry, Point
from django.db import transaction
from django.db.models import Prefetch

from conflictmap.textfiles import TextDecodeError, bom_encoding, decode_text, looks_binary
from places.geometry_input import (
    MAX_NESTING,
    check_lonlat,
    geojson_to_wkt,
    make_geometry,
    position_wkt,
)
from places.models import Place, PlaceName
from places.normalize import name_key

logger = logging.getLogger(__name__)

FORMATS = ("geojson", "csv", "kml")
PLACE_FIELDS = ("name", "kind", "feature_class", "feature_code", "country_code", "admin1", "population",
                "geonameid", "source", "source_id", "curated")
CSV_COLUMNS = ("name", "kind", "lat", "lon", "wkt", "feature_class", "feature_code", "country_code", "admin1",
               "population", "geonameid", "source", "source_id", "curated", "aliases")
# Accepted in CSV input besides CSV_COLUMNS.
CSV_EXTRA_COLUMNS = {"srid", "id", "latitude", "longitude", "geometry"}
KML_NS = "http://www.opengis.net/kml/2.2"
CRS84 = {"urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "EPSG:4326",
         "urn:ogc:def:crs:EPSG::4326", "urn:ogc:def:crs:EPSG:6.6:4326", "WGS84"}


class ImportFileError(Exception):
    """A problem with the whole file (unreadable, wrong CRS): nothing can be imported."""


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    rolled_back: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def error(self, row: int, reason: str) -> None:
        self.errors.append((row, reason))
        logger.info("import: row %s skipped: %s", row, reason)

    def summary(self) -> str:
        if self.rolled_back:
            return (f"Nothing imported (--atomic): {len(self.errors)} bad row(s); "
                    f"{self.created} would have been created, {self.updated} updated.")
        return (f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
                f"{len(self.errors)} bad row(s) skipped.")

    def lines(self) -> list[str]:
        return [f"row {row}: {reason}" for row, reason in self.errors]


class _Rollback(Exception):
    pass


def _num(value: Any) -> str:
    return repr(float(value)).rstrip("0").rstrip(".") if value is not None else ""


# Records --------------------------------------------------------------------------------------


@dataclass
class PlaceRecord:
    """One place as read from any format, before it is written."""

    row: int
    name: str
    point: Point
    geometry: GEOSGeometry | None = None
    attrs: dict[str, Any] = field(default_factory=dict)
    aliases: list[dict[str, Any]] = field(default_factory=list)

    def identity(self) -> tuple:
        source, source_id = self.attrs.get("source") or "", self.attrs.get("source_id") or ""
        if source_id:
            return ("source", source, source_id)
        if self.attrs.get("geonameid"):
            return ("geonameid", self.attrs["geonameid"])
        return ("row", self.row)


def _clean_attrs(raw: dict[str, Any]) -> dict[str, Any]:
    """Typed Place attributes from loosely typed input; raises ValueError on bad values."""
    attrs: dict[str, Any] = {}
    kind = (raw.get("kind") or Place.Kind.OTHER).strip() if isinstance(raw.get("kind"), str) else Place.Kind.OTHER
    if kind not in Place.Kind.values:
        raise ValueError(f"unknown kind {kind!r} (one of {', '.join(Place.Kind.values)})")
    attrs["kind"] = kind
    source = (raw.get("source") or Place.Source.CURATOR)
    if source not in Place.Source.values:
        raise ValueError(f"unknown source {source!r}")
    attrs["source"] = source
    for name, limit in (("feature_class", 1), ("feature_code", 10), ("country_code", 2), ("admin1", 20),
                        ("source_id", 64)):
        value = raw.get(name)
        value = "" if value is None else str(value).strip()
        if len(value) > limit:
            raise ValueError(f"{name} longer than {limit} characters")
        attrs[name] = value.upper() if name == "country_code" else value
    for name in ("population", "geonameid"):
        value = raw.get(name)
        if value in (None, ""):
            attrs[name] = 0 if name == "population" else None
            continue
        try:
            number = int(float(value))
        except (TypeError, ValueError, OverflowError):
            raise ValueError(f"{name} must be a whole number, not {str(value)[:40]!r}") from None
        if number < 0:
            raise ValueError(f"{name} must not be negative")
        attrs[name] = number
    curated = raw.get("curated")
    attrs["curated"] = curated if isinstance(curated, bool) else str(curated).strip().lower() in ("1", "true", "yes")
    return attrs


def _record(row: int, name: Any, geometry: GEOSGeometry | None, marker: Point | None, raw: dict,
            aliases: list) -> PlaceRecord:
    # Names are kept exactly as given (an export must come back identical); blank is an error.
    name = str(name or "")
    if not name.strip():
        raise ValueError("missing name")
    if len(name) > 200:
        raise ValueError("name longer than 200 characters")
    if geometry is None and marker is None:
        raise ValueError("no geometry and no lat/lon")
    if marker is None:
        marker = geometry if geometry.geom_type == "Point" else geometry.point_on_surface
        marker = Point(marker.x, marker.y, srid=4326)
    # A bare point stays the marker only; shapes keep their geometry.
    if geometry is not None and geometry.geom_type == "Point" and geometry.equals_exact(marker, 1e-9):
        geometry = None
    clean_aliases = []
    for alias in aliases:
        if isinstance(alias, str):
            alias = {"name": alias}
        if not isinstance(alias, dict) or not str(alias.get("name") or "").strip():
            raise ValueError("aliases must be names or objects with a name")
        clean_aliases.append({"name": str(alias["name"])[:200],
                              "language": str(alias.get("language") or "")[:8],
                              "preferred": bool(alias.get("preferred", False)),
                              "kind": alias.get("kind") if alias.get("kind") in PlaceName.Kind.values
                              else PlaceName.Kind.NAME})
    return PlaceRecord(row, name, marker, geometry, _clean_attrs(raw), clean_aliases)


# Readers -------------------------------------------------------------------------------------


def decode(data: bytes, report: ImportReport, *, line_rows: bool) -> str:
    """UTF-8 text, or UTF-16/32 with a byte-order mark. In line-based files (CSV) an undecodable
    UTF-8 line is reported and dropped; an encoding is never guessed."""
    if looks_binary(data):
        raise ImportFileError("not a text file (NUL bytes): save it as UTF-8 text")
    try:
        return decode_text(data)
    except TextDecodeError as exc:
        if not line_rows or bom_encoding(data):
            raise ImportFileError(str(exc)) from None
    kept = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            kept.append(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError:
            # CSV: the header is row 1, so a file line is its row number.
            report.error(number, "not UTF-8 text; save the file as UTF-8")
            kept.append("")
    return "\n".join(kept)


def load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(f"not valid JSON: {exc}") from None
    except RecursionError:  # json's parser recurses once per level of [ or {
        raise ImportFileError("JSON nested too deeply (GeoJSON needs fewer than ten levels)") from None


def read_geojson(text: str, report: ImportReport) -> Iterator[PlaceRecord]:
    doc = load_json(text)
    if not isinstance(doc, dict):
        raise ImportFileError("not a GeoJSON object")
    _check_crs(doc.get("crs"))
    features = doc.get("features") if doc.get("type") == "FeatureCollection" else [doc]
    if not isinstance(features, list):
        raise ImportFileError("a FeatureCollection needs a features list")
    for number, feature in enumerate(features, start=1):
        try:
            if not isinstance(feature, dict) or feature.get("type") != "Feature":
                raise ValueError("not a GeoJSON Feature")
            props = feature.get("properties") or {}
            if not isinstance(props, dict):
                raise ValueError("properties must be an object")
            unknown = set(props) - set(PLACE_FIELDS) - {"aliases", "marker", "id"}
            if unknown:
                raise ValueError(f"unknown properties: {', '.join(sorted(unknown))}")
            geometry = make_geometry(geojson_to_wkt(feature["geometry"])) if feature.get("geometry") else None
            marker = None
            if props.get("marker") is not None:
                lon, lat = props["marker"]
                check_lonlat(float(lon), float(lat))
                marker = Point(float(lon), float(lat), srid=4326)
            yield _record(number, props.get("name"), geometry, marker, props, props.get("aliases") or [])
        except (ValueError, TypeError, KeyError, OverflowError) as exc:
            report.error(number, str(exc) or type(exc).__name__)


def _check_crs(crs: Any) -> None:
    if crs is None:
        return
    name = (crs.get("properties") or {}).get("name") if isinstance(crs, dict) else None
    if name not in CRS84:
        raise ImportFileError(f"only WGS84 (EPSG:4326) is accepted; this file declares crs {name!r}. "
                           "Reproject it first, e.g. with ogr2ogr -t_srs EPSG:4326")


# Country and region outlines as WKT run to megabytes; the csv module's default cap is 128 KB.
CSV_FIELD_LIMIT = 64 * 1024 * 1024


def read_csv(text: str, report: ImportReport) -> Iterator[PlaceRecord]:
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    first_line = text.split("\n", 1)[0]
    # Spreadsheets' "Unicode text" export is tab-separated.
    dialect = csv.excel_tab if "\t" in first_line and "," not in first_line else csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    reader.fieldnames = _csv_header(reader.fieldnames, report)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # e.g. an unterminated quote; the reader resumes on the next line
            report.error(reader.line_num, f"unreadable CSV: {exc}")
            continue
        number = reader.line_num  # the file line where the record ends (fields may span lines)
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue  # blank line (or an undecodable one already reported)
        try:
            yield _csv_record(number, row)
        except (ValueError, OverflowError) as exc:  # OverflowError: e.g. population 1e400
            short = [column for column, value in row.items() if value is None]
            note = f" (the row has fewer values than columns: nothing for {', '.join(short)})" if short else ""
            report.error(number, f"{exc}{note}")


def _csv_header(fieldnames: list[str] | None, report: ImportReport) -> list[str]:
    """The stripped column names; a file that cannot hold a single place is refused, naming what is missing."""
    header = [h.strip() for h in (fieldnames or [])]
    if not header or header == [""]:
        raise ImportFileError("empty CSV file")
    unknown = [h for h in header if h not in CSV_COLUMNS and h not in CSV_EXTRA_COLUMNS]
    if unknown:
        report.error(1, f"unknown columns ignored: {', '.join(unknown)}"[:500])
    has = set(header)
    missing = [] if "name" in has else ["name"]
    if not has & {"wkt", "geometry"}:
        missing += [column for column, names in (("lat", {"lat", "latitude"}), ("lon", {"lon", "longitude"}))
                    if not has & names]
    if missing:
        raise ImportFileError(f"missing column(s): {', '.join(missing)}. A place needs name, and lat and lon or "
                              f"wkt; this file's header is: {', '.join(header)}"[:500])
    return header


def _csv_record(number: int, row: dict) -> PlaceRecord:
    if None in row:
        raise ValueError("more values than columns")
    srid = (row.get("srid") or "").strip()
    if srid and srid not in ("4326", "EPSG:4326"):
        raise ValueError(f"only SRID 4326 is accepted, not {srid!r}")
    wkt = (row.get("wkt") or row.get("geometry") or "").strip()
    geometry = make_geometry(wkt) if wkt else None
    lat = (row.get("lat") or row.get("latitude") or "").strip()
    lon = (row.get("lon") or row.get("longitude") or "").strip()
    marker = None
    if lat or lon:
        if not (lat and lon):
            raise ValueError(f"{'lon' if lat else 'lat'} is empty: a position needs both lat and lon")
        try:
            lat_f, lon_f = float(lat), float(lon)
        except ValueError:
            raise ValueError(f"lat/lon must be numbers, not {lat!r}/{lon!r}") from None
        check_lonlat(lon_f, lat_f)
        marker = Point(lon_f, lat_f, srid=4326)
    raw_aliases = (row.get("aliases") or "").strip()
    if raw_aliases.startswith("["):
        aliases = _json_list(raw_aliases, "aliases: neither names separated by '|' nor a JSON list")
    else:
        aliases = [a for a in raw_aliases.split("|") if a.strip()]
    return _record(number, row.get("name"), geometry, marker, row, aliases)


def _json_list(text: str, error: str) -> list:
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise ValueError(error) from None
    if not isinstance(value, list):
        raise ValueError(error)  # noqa: TRY004 (a bad row: readers catch ValueError)
    return value


def _kml_coords(text: str) -> list[str]:
    coords = []
    for chunk in (text or "").split():
        parts = chunk.split(",")
        if len(parts) < 2:
            raise ValueError(f"bad KML coordinate {chunk!r}")
        coords.append(position_wkt(parts))  # lon,lat[,altitude]
    if not coords:
        raise ValueError("KML geometry without coordinates")
    return coords


def _kml_geometry(elem: ET.Element, depth: int = 0) -> str:
    tag = elem.tag.split("}")[-1]
    ns = elem.tag[: elem.tag.index("}") + 1] if elem.tag.startswith("{") else ""
    if tag == "Point":
        return f"POINT ({_kml_coords(elem.findtext(f'{ns}coordinates'))[0]})"
    if tag == "LineString":
        return f"LINESTRING ({', '.join(_kml_coords(elem.findtext(f'{ns}coordinates')))})"
    if tag == "Polygon":
        rings = [elem.find(f"{ns}outerBoundaryIs/{ns}LinearRing/{ns}coordinates")]
        rings += elem.findall(f"{ns}innerBoundaryIs/{ns}LinearRing/{ns}coordinates")
        if rings[0] is None:
            raise ValueError("KML Polygon without an outer boundary")
        return "POLYGON (" + ", ".join("(" + ", ".join(_kml_coords(r.text)) + ")" for r in rings) + ")"
    if tag == "MultiGeometry":
        if depth >= MAX_NESTING:
            raise ValueError(f"MultiGeometry nested more than {MAX_NESTING} levels deep")
        parts = [_kml_geometry(child, depth + 1) for child in elem]
        kinds = {p.split(" ", 1)[0] for p in parts}
        if len(kinds) == 1 and kinds <= {"POINT", "LINESTRING", "POLYGON"}:
            return f"MULTI{kinds.pop()} (" + ", ".join(p.split(" ", 1)[1] for p in parts) + ")"
        return f"GEOMETRYCOLLECTION ({', '.join(parts)})"
    raise ValueError(f"unsupported KML geometry {tag}")


def read_kml(text: str, report: ImportReport) -> Iterator[PlaceRecord]:
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise ImportFileError("KML with a DOCTYPE or entities is refused")
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as exc:
        raise ImportFileError(f"not valid KML/XML: {exc}") from None
    ns = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    geometry_tags = {f"{ns}{t}" for t in ("Point", "LineString", "Polygon", "MultiGeometry")}
    for number, mark in enumerate(root.iter(f"{ns}Placemark"), start=1):
        try:
            data = {d.get("name"): (d.findtext(f"{ns}value") or "") for d in mark.iter(f"{ns}Data")}
            unknown = set(data) - set(PLACE_FIELDS) - {"aliases", "marker"}
            if unknown:
                raise ValueError(f"unknown ExtendedData fields: {', '.join(sorted(unknown))}")
            geom_elem = next((child for child in mark if child.tag in geometry_tags), None)
            geometry = make_geometry(_kml_geometry(geom_elem)) if geom_elem is not None else None
            marker = None
            if data.get("marker"):
                lon, lat = (float(v) for v in data["marker"].split(","))
                check_lonlat(lon, lat)
                marker = Point(lon, lat, srid=4326)
            aliases = _json_list(data["aliases"], "aliases must be a JSON list") if data.get("aliases") else []
            yield _record(number, mark.findtext(f"{ns}name"), geometry, marker, data, aliases)
        except (ValueError, OverflowError) as exc:
            report.error(number, str(exc))


READERS = {"geojson": read_geojson, "csv": read_csv, "kml": read_kml}


def detect_format(path: str | Path, data: bytes) -> str:
    suffix = Path(str(path)).suffix.lower().lstrip(".")
    if suffix in ("geojson", "json"):
        return "geojson"
    if suffix in FORMATS:
        return suffix
    head = data[:200].lstrip()
    if head.startswith(b"{"):
        return "geojson"
    if head.startswith(b"<"):
        return "kml"
    return "csv"


# Import -----------------------------------------------------------------------------------------


def import_places(data: bytes, fmt: str = "auto", *, name: str = "", atomic: bool = False,
                  progress: bool = False) -> ImportReport:
    """Import places from GeoJSON, CSV or KML bytes; see the module docstring for the rules."""
    report = ImportReport()
    fmt = detect_format(name, data) if fmt == "auto" else fmt
    if fmt not in READERS:
        raise ImportFileError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    text = decode(data, report, line_rows=(fmt == "csv"))
    del data
    # Records are read lazily and written in batches, so only the text and one batch are in memory.
    records = READERS[fmt](text, report)
    try:
        with transaction.atomic():
            _write_places(records, report, progress=progress)
            if atomic and report.errors:
                raise _Rollback
    except _Rollback:
        report.rolled_back = True
    if (report.created or report.updated) and not report.rolled_back:
        from places.curation import bump_gazetteer

        bump_gazetteer()
    report.errors.sort()
    return report


def _existing(record: PlaceRecord) -> Place | None:
    ident = record.identity()
    if ident[0] == "source":
        place = Place.objects.filter(source=ident[1], source_id=ident[2]).first()
        if place:
            return place
    if record.attrs.get("geonameid"):
        return Place.objects.filter(geonameid=record.attrs["geonameid"]).first()
    # No identifier (e.g. a curator's place): the same name, kind and marker is the same place.
    return Place.objects.filter(name=record.name, kind=record.attrs["kind"], source_id="",
                                point=record.point).first()


IMPORT_BATCH = 500


def _write_places(records: Iterator[PlaceRecord], report: ImportReport, *, progress: bool) -> None:
    seen: dict[tuple, int] = {}
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(desc="places", unit="place")
    batch: list[PlaceRecord] = []
    for record in records:
        ident = record.identity()
        if ident[0] != "row" and ident in seen:
            report.error(record.row, f"duplicate id {ident[1:]} (first seen at row {seen[ident]})")
            continue
        seen[ident] = record.row
        batch.append(record)
        if len(batch) >= IMPORT_BATCH:
            _write_batch_or_rows(batch, report, bar)
            batch = []
    if batch:
        _write_batch_or_rows(batch, report, bar)
    if bar is not None:
        bar.close()


def _write_batch_or_rows(batch: list[PlaceRecord], report: ImportReport, bar) -> None:
    try:
        with transaction.atomic():
            counts = _write_batch(batch)
    except Exception:  # a constraint failed somewhere in the batch: redo it row by row to name the row
        logger.info("import: batch at row %s failed; retrying row by row", batch[0].row, exc_info=True)
        for record in batch:
            try:
                with transaction.atomic():
                    _upsert(record, report)
            except Exception as exc:
                logger.exception("import: row %s failed", record.row)
                report.error(record.row, f"could not be saved: {exc}")
    else:
        report.created += counts[0]
        report.updated += counts[1]
        report.unchanged += counts[2]
    if bar is not None:
        bar.update(len(batch))


def _write_batch(batch: list[PlaceRecord]) -> tuple[int, int, int]:
    """Insert new places and their aliases in bulk, update existing ones one by one.

    Bulk inserts skip signals; import_places bumps the gazetteer revision once at the end.
    """
    by_source: dict[tuple[str, str], Place] = {}
    source_ids = [r.attrs["source_id"] for r in batch if r.attrs.get("source_id")]
    for place in Place.objects.filter(source_id__in=source_ids):
        by_source[(place.source, place.source_id)] = place
    geonameids = [r.attrs["geonameid"] for r in batch if r.attrs.get("geonameid")]
    by_gid = {p.geonameid: p for p in Place.objects.filter(geonameid__in=geonameids)}
    new: list[PlaceRecord] = []
    counts = [0, 0, 0]
    for record in batch:
        place = by_source.get((record.attrs["source"], record.attrs["source_id"])) if record.attrs["source_id"] \
            else None
        if place is None and record.attrs.get("geonameid"):
            place = by_gid.get(record.attrs["geonameid"])
        if place is None and not record.attrs["source_id"] and not record.attrs.get("geonameid"):
            place = _existing(record)
        if place is None:
            new.append(record)
            continue
        scratch = ImportReport()
        _update(place, record, scratch)
        counts[1] += scratch.updated
        counts[2] += scratch.unchanged
    places = [Place(**record.attrs, name=record.name, point=record.point, geometry=record.geometry)
              for record in new]
    Place.objects.bulk_create(places)
    names = [PlaceName(place=place, name=alias["name"], key=name_key(alias["name"]), language=alias["language"],
                       preferred=alias["preferred"], kind=alias["kind"])
             for place, record in zip(places, new) for alias in record.aliases]
    PlaceName.objects.bulk_create(names, ignore_conflicts=True)
    counts[0] = len(places)
    return counts[0], counts[1], counts[2]


def _upsert(record: PlaceRecord, report: ImportReport) -> None:
    place = _existing(record)
    if place is None:
        place = Place(**record.attrs, name=record.name, point=record.point, geometry=record.geometry)
        place.save()
        report.created += 1
        _save_aliases(place, record)
    else:
        _update(place, record, report)


def _update(place: Place, record: PlaceRecord, report: ImportReport) -> None:
    source_id = record.attrs["source_id"]
    if source_id and (place.source, place.source_id) != (record.attrs["source"], source_id):
        raise ValueError(f"GeoNames id {place.geonameid} already belongs to {place} "
                         f"({place.source} {place.source_id or 'without an id'})")
    values = {**record.attrs, "name": record.name, "point": record.point, "geometry": record.geometry}
    changed = [k for k, v in values.items() if not _same(getattr(place, k), v)]
    if changed:
        for key in changed:
            setattr(place, key, values[key])
        place.save()
    aliases_before = set(place.names.values_list("name", flat=True))
    if not changed and {a["name"] for a in record.aliases} <= aliases_before:
        report.unchanged += 1
        return
    report.updated += 1
    _save_aliases(place, record)


def _save_aliases(place: Place, record: PlaceRecord) -> None:
    for alias in record.aliases:
        PlaceName.objects.update_or_create(
            place=place, name=alias["name"],
            defaults={"language": alias["language"], "preferred": alias["preferred"], "kind": alias["kind"]})


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, GEOSGeometry) or isinstance(new, GEOSGeometry):
        if old is None or new is None:
            return old is new
        return old.equals_exact(new, 1e-9)
    return old == new


# Export -----------------------------------------------------------------------------------------


def _places(queryset=None, progress: bool = False) -> Iterator[Place]:
    queryset = Place.objects.all() if queryset is None else queryset
    # iterator() with prefetching works in chunks, so exporting the whole gazetteer stays in bounded memory.
    places = queryset.order_by("source", "source_id", "name", "pk").prefetch_related(
        Prefetch("names", queryset=PlaceName.objects.order_by("name"))).iterator(chunk_size=2000)
    if progress:
        from tqdm import tqdm

        places = tqdm(places, total=queryset.count(), desc="export", unit="place")
    return places


def _aliases(place: Place) -> list[dict]:
    return [{"name": a.name, "language": a.language, "preferred": a.preferred, "kind": a.kind}
            for a in place.names.all()]


def place_properties(place: Place) -> dict[str, Any]:
    props = {name: getattr(place, name) for name in PLACE_FIELDS}
    props["marker"] = [place.point.x, place.point.y]
    props["aliases"] = _aliases(place)
    return props


def write_geojson(out: TextIO, queryset=None, progress: bool = False) -> int:
    """Stream a FeatureCollection, one feature per line, so the whole gazetteer fits in memory."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for place in _places(queryset, progress):
        props = json.dumps(place_properties(place), ensure_ascii=False)
        out.write(("" if count == 0 else ",\n")
                  + f'{{"type": "Feature", "geometry": {place.map_geometry.json}, "properties": {props}}}')
        count += 1
    out.write("\n]}\n")
    return count


def write_csv(out: TextIO, queryset=None, progress: bool = False) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for place in _places(queryset, progress):
        row = {name: getattr(place, name) for name in PLACE_FIELDS}
        row["geonameid"] = place.geonameid or ""
        row["lat"], row["lon"] = _num(place.point.y), _num(place.point.x)
        row["wkt"] = place.geometry.wkt if place.geometry is not None else ""
        row["aliases"] = _csv_aliases(place)
        writer.writerow(row)
        count += 1
    return count


def _csv_aliases(place: Place) -> str:
    """Plain names joined by '|', or JSON when an alias carries a language, preference or kind."""
    aliases = _aliases(place)
    plain = all(not a["language"] and not a["preferred"] and a["kind"] == PlaceName.Kind.NAME for a in aliases)
    if plain and not any("|" in a["name"] for a in aliases):
        return "|".join(a["name"] for a in aliases)
    return json.dumps(aliases, ensure_ascii=False)


def write_kml(out: TextIO, queryset=None, progress: bool = False) -> int:
    """Stream KML: one Placemark at a time, every value escaped by ElementTree."""
    ET.register_namespace("", KML_NS)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              f'<kml xmlns="{KML_NS}"><Document><name>Conflict Map places</name>\n')
    count = 0
    for place in _places(queryset, progress):
        mark = ET.Element(f"{{{KML_NS}}}Placemark")
        ET.SubElement(mark, f"{{{KML_NS}}}name").text = place.name
        extended = ET.SubElement(mark, f"{{{KML_NS}}}ExtendedData")
        values = {name: getattr(place, name) for name in PLACE_FIELDS if name != "name"}
        values["marker"] = f"{place.point.x!r},{place.point.y!r}"
        values["aliases"] = json.dumps(_aliases(place), ensure_ascii=False)
        for key, value in values.items():
            if value is None:
                continue
            data = ET.SubElement(extended, f"{{{KML_NS}}}Data", name=key)
            ET.SubElement(data, f"{{{KML_NS}}}value").text = str(value)
        # GEOS writes KML geometry with full precision; wrap it in the KML namespace.
        geom = ET.fromstring(f'<g xmlns="{KML_NS}">{place.map_geometry.kml}</g>')
        mark.extend(list(geom))
        out.write(ET.tostring(mark, encoding="unicode", default_namespace=None)
                  .replace(f' xmlns="{KML_NS}"', "", 1) + "\n")
        count += 1
    out.write("</Document></kml>\n")
    return count


WRITERS = {"geojson": write_geojson, "csv": write_csv, "kml": write_kml}


def write_places(fmt: str, out: TextIO, queryset=None, *, progress: bool = False) -> int:
    """Write places in `fmt` to a text stream; returns how many."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    return WRITERS[fmt](out, queryset, progress)


def export_places(fmt: str, queryset=None) -> str:
    out = io.StringIO()
    write_places(fmt, out, queryset)
    return out.getvalue()


# Front lines and campaigns (GeoJSON) ------------------------------------------------------------


def _actor_names(actors) -> list[str]:
    return [a.name for a in actors.all()]


def export_frontlines_geojson(queryset=None) -> str:
    from articles.models import FrontLine

    queryset = FrontLine.objects.all() if queryset is None else queryset
    features = []
    for line in queryset.select_related("side_a", "side_b", "source_article").order_by("name", "valid_from"):
        features.append({"type": "Feature", "geometry": json.loads(line.geometry.json), "properties": {
            "name": line.name, "valid_from": line.valid_from.isoformat(),
            "valid_to": line.valid_to.isoformat() if line.valid_to else None,
            "side_a": line.side_a.name, "side_b": line.side_b.name,
            "source_article": line.source_article.content_hash if line.source_article else None,
            "source_sentence_start": line.source_sentence_start, "source_sentence_end": line.source_sentence_end,
            "source_note": line.source_note, "confidence": line.confidence, "approximate": line.approximate,
            "note": line.note}})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1)


def export_campaigns_geojson(queryset=None) -> str:
    from articles.models import Campaign

    queryset = Campaign.objects.all() if queryset is None else queryset
    features = []
    for campaign in queryset.prefetch_related("attackers", "opponents", "targets", "sources__article").order_by("name"):
        features.append({
            "type": "Feature",
            "geometry": json.loads(campaign.geometry.json) if campaign.geometry is not None else None,
            "properties": {
                "name": campaign.name, "attackers": _actor_names(campaign.attackers),
                "opponents": _actor_names(campaign.opponents),
                "targets": [[t.source, t.source_id, t.name] for t in campaign.targets.all()],
                "started_on": campaign.started_on.isoformat() if campaign.started_on else None,
                "ended_on": campaign.ended_on.isoformat() if campaign.ended_on else None,
                "date_precision": campaign.date_precision, "status": campaign.status, "named": campaign.named,
                "sources": [[s.article.content_hash, s.sentence_start, s.sentence_end]
                            for s in campaign.sources.all()],
            }})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1)


def _features(data: bytes, report: ImportReport) -> list[dict]:
    doc = load_json(decode(data, report, line_rows=False))
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"), list):
        raise ImportFileError("expected a GeoJSON FeatureCollection")
    _check_crs(doc.get("crs"))
    return doc["features"]


def _actor(name: Any):
    from articles.models import Actor

    try:
        return Actor.objects.get(name=name)
    except Actor.DoesNotExist:
        raise ValueError(f"unknown actor {name!r}") from None


def _article(content_hash: Any):
    from articles.models import Article

    if not content_hash:
        return None
    try:
        return Article.objects.get(content_hash=content_hash)
    except Article.DoesNotExist:
        raise ValueError(f"unknown source article {content_hash!r}") from None


def _date(value: Any, name: str, *, required: bool = False):
    import datetime

    if value in (None, ""):
        if required:
            raise ValueError(f"missing {name}")
        return None
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{name} must be a YYYY-MM-DD date, not {value!r}") from None


def _layer_feature_name(props: dict, known: set[str]) -> str:
    """The feature's name, after refusing properties the layer does not have (a typo would be lost silently)."""
    unknown = set(props) - known
    if unknown:
        raise ValueError(f"unknown properties: {', '.join(sorted(unknown))}")
    name = str(props.get("name") or "").strip()
    if not name:
        raise ValueError("missing name")
    return name


def _run_layer_import(features: list[dict], report: ImportReport, atomic: bool, save_one) -> ImportReport:
    seen: dict[Any, int] = {}
    try:
        with transaction.atomic():
            for number, feature in enumerate(features, start=1):
                try:
                    if not isinstance(feature, dict) or feature.get("type") != "Feature":
                        raise ValueError("not a GeoJSON Feature")
                    props = feature.get("properties")
                    if not isinstance(props, dict):
                        raise ValueError("properties must be an object")
                    with transaction.atomic():
                        key = save_one(feature, props, seen, number, report)
                    seen[key] = number
                except (ValueError, TypeError, OverflowError) as exc:
                    report.error(number, str(exc))
            if atomic and report.errors:
                raise _Rollback
    except _Rollback:
        report.rolled_back = True
    return report


def import_frontlines_geojson(data: bytes, *, atomic: bool = False, user=None) -> ImportReport:
    from articles.models import FrontLine

    report = ImportReport()
    known = {"name", "valid_from", "valid_to", "side_a", "side_b", "source_article", "source_sentence_start",
             "source_sentence_end", "source_note", "confidence", "approximate", "note"}

    def save_one(feature, props, seen, number, report):
        name = _layer_feature_name(props, known)
        valid_from = _date(props.get("valid_from"), "valid_from", required=True)
        valid_to = _date(props.get("valid_to"), "valid_to")
        if valid_to and valid_to < valid_from:
            raise ValueError("valid_to is before valid_from")
        key = (name, valid_from)
        if key in seen:
            raise ValueError(f"duplicate front line {name!r} from {valid_from} (first at row {seen[key]})")
        geometry = make_geometry(geojson_to_wkt(feature.get("geometry")))
        if geometry.geom_type not in ("LineString", "MultiLineString"):
            raise ValueError(f"a front line must be a LineString or MultiLineString, not {geometry.geom_type}")
        confidence = float(props.get("confidence", 0.5))
        if not 0 <= confidence <= 1:
            raise ValueError("confidence must be between 0 and 1")
        values = {
            "geometry": geometry, "valid_to": valid_to, "side_a": _actor(props.get("side_a")),
            "side_b": _actor(props.get("side_b")), "source_article": _article(props.get("source_article")),
            "source_sentence_start": props.get("source_sentence_start"),
            "source_sentence_end": props.get("source_sentence_end"),
            "source_note": str(props.get("source_note") or "")[:500], "confidence": confidence,
            "approximate": bool(props.get("approximate", True)), "note": str(props.get("note") or ""),
        }
        if user is not None and getattr(user, "pk", None):
            values["curator"] = user
        _, created = FrontLine.objects.update_or_create(name=name, valid_from=valid_from, defaults=values)
        if created:
            report.created += 1
        else:
            report.updated += 1
        return key

    return _run_layer_import(_features(data, report), report, atomic, save_one)


def import_campaigns_geojson(data: bytes, *, atomic: bool = False) -> ImportReport:
    from articles.models import Campaign, CampaignSource, DatePrecision

    report = ImportReport()
    known = {"name", "attackers", "opponents", "targets", "started_on", "ended_on", "date_precision", "status",
             "named", "sources"}

    def target(ref) -> Place:
        if isinstance(ref, (list, tuple)) and len(ref) >= 2:
            place = Place.objects.filter(source=ref[0], source_id=ref[1]).first()
            if place:
                return place
            ref = ref[2] if len(ref) > 2 else ref[1]
        places = list(Place.objects.matching(str(ref)).order_by("-curated", "-population")[:1])
        if not places:
            raise ValueError(f"unknown target place {ref!r}")
        return places[0]

    def save_one(feature, props, seen, number, report):
        name = _layer_feature_name(props, known)
        if name in seen:
            raise ValueError(f"duplicate campaign {name!r} (first at row {seen[name]})")
        geometry = make_geometry(geojson_to_wkt(feature["geometry"])) if feature.get("geometry") else None
        status = props.get("status") or Campaign.Status.ONGOING
        if status not in Campaign.Status.values:
            raise ValueError(f"unknown status {status!r}")
        precision = int(props.get("date_precision") or DatePrecision.DAY)
        if precision not in DatePrecision.values:
            raise ValueError(f"date_precision must be one of {DatePrecision.values}")
        attackers = [_actor(n) for n in props.get("attackers") or []]
        opponents = [_actor(n) for n in props.get("opponents") or []]
        targets = [target(ref) for ref in props.get("targets") or []]
        sources = [(_article(h), start, end) for h, start, end in props.get("sources") or []]
        campaign, created = Campaign.objects.update_or_create(name=name, defaults={
            "geometry": geometry, "status": status, "date_precision": precision,
            "started_on": _date(props.get("started_on"), "started_on"),
            "ended_on": _date(props.get("ended_on"), "ended_on"), "named": bool(props.get("named", True))})
        campaign.attackers.set(attackers)
        campaign.opponents.set(opponents)
        campaign.targets.set(targets)
        for article, start, end in sources:
            CampaignSource.objects.update_or_create(campaign=campaign, article=article, defaults={
                "sentence_start": start, "sentence_end": end})
        if created:
            report.created += 1
        else:
            report.updated += 1
        return name

    return _run_layer_import(_features(data, report), report, atomic, save_one)


# ACLED-style events CSV -----------------------------------------------------------------------------

EVENT_COLUMNS = ("event_id", "event_type", "event_date", "time_precision", "actor1", "actor2", "country",
                 "location", "latitude", "longitude", "geo_precision", "source", "source_url", "notes")


def geo_precision(place: Place) -> int:
    """ACLED's geo_precision: 1 the town itself, 2 a part of a region or nearby, 3 a larger region."""
    if place.kind == Place.Kind.SETTLEMENT:
        return 1
    if place.kind == Place.Kind.COUNTRY:
        return 3
    return 2


def _spreadsheet_safe(value: Any) -> Any:
    # A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _location(place: Place | None) -> dict[str, Any]:
    if place is None:
        return {"country": "", "location": "", "latitude": "", "longitude": "", "geo_precision": ""}
    return {"country": place.country_code, "location": place.name, "latitude": round(place.lat, 5),
            "longitude": round(place.lon, 5), "geo_precision": geo_precision(place)}


def event_rows() -> Iterator[dict[str, Any]]:
    """One row per campaign, statement and located mention, in ACLED's column vocabulary."""
    from articles.models import ActorMention, Campaign, Mention, Statement

    for campaign in Campaign.objects.prefetch_related("attackers", "opponents", "targets",
                                                      "sources__article").order_by("started_on", "name"):
        targets = list(campaign.targets.all())
        sources = [s.article for s in campaign.sources.all()]
        notes = f"Campaign {campaign.name} ({campaign.get_status_display().lower()})"
        if len(targets) > 1:
            notes += "; also targets " + ", ".join(t.name for t in targets[1:])
        yield {"event_id": f"campaign-{campaign.pk}", "event_type": "campaign",
               "event_date": campaign.started_on or "", "time_precision": campaign.date_precision,
               "actor1": "; ".join(_actor_names(campaign.attackers)),
               "actor2": "; ".join(_actor_names(campaign.opponents)),
               **_location(targets[0] if targets else None),
               "source": "; ".join(sorted({a.outlet for a in sources if a.outlet})),
               "source_url": sources[0].source_url or "" if sources else "", "notes": notes}
    for statement in Statement.objects.select_related("article", "speaker_actor").prefetch_related(
            "places").order_by("said_on", "pk"):
        places = list(statement.places.all())
        for index, place in enumerate(places or [None]):
            who = statement.speaker_name or statement.speaker_role or "unnamed speaker"
            yield {"event_id": f"statement-{statement.pk}" + (f"-{index + 1}" if len(places) > 1 else ""),
                   "event_type": "statement", "event_date": statement.said_on or "",
                   "time_precision": statement.date_precision,
                   "actor1": statement.speaker_actor.name if statement.speaker_actor else "", "actor2": "",
                   **_location(place), "source": statement.article.outlet,
                   "source_url": statement.article.source_url or "", "notes": f"{who}: “{statement.quote[:300]}”"}
    mentions = Mention.objects.located().select_related("article", "place").order_by("article_id", "start")
    actor_spans: dict[int, list] = {}
    for am in ActorMention.objects.filter(article__in=mentions.values("article")).select_related("actor"):
        actor_spans.setdefault(am.article_id, []).append(am)
    for mention in mentions:
        lo = mention.sentence_start if mention.sentence_start is not None else mention.start
        hi = mention.sentence_end if mention.sentence_end is not None else mention.end
        actors: list[str] = []
        for am in sorted(actor_spans.get(mention.article_id, []), key=lambda a: a.start):
            if lo <= am.start < hi and am.actor.name not in actors:
                actors.append(am.actor.name)
        location = _location(mention.place)
        if mention.geo_precision:
            location["geo_precision"] = mention.geo_precision
        yield {"event_id": f"mention-{mention.pk}", "event_type": "mention",
               "event_date": mention.article.published_at.date(), "time_precision": 1,
               "actor1": actors[0] if actors else "", "actor2": actors[1] if len(actors) > 1 else "",
               **location, "source": mention.article.outlet, "source_url": mention.article.source_url or "",
               "notes": (mention.sentence or mention.text)[:300]}


def export_events_csv() -> tuple[str, int]:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EVENT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in event_rows():
        writer.writerow({k: _spreadsheet_safe(v) for k, v in row.items()})
        count += 1
    return out.getvalue(), count
