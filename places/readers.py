"""Reading place files (GeoJSON, CSV, KML) into PlaceRecord rows, and the row-by-row report.

Shared by every import: places/importexport.py imports places, articles/importexport.py front
lines and campaigns with the GeoJSON helpers at the end. Only WGS84 (EPSG:4326) input is accepted;
geometry JSON is converted to WKT here and handed to GEOS, so user-supplied text never reaches GDAL
(whose SRS parser can open files and URLs). A bad row is reported with its number and reason.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from django.contrib.gis.geos import GEOSGeometry, Point
from django.db import transaction

from conflictmap.textfiles import TextDecodeError, bom_encoding, decode_text, looks_binary
from places.geometry_input import (
    MAX_NESTING,
    check_lonlat,
    geojson_to_wkt,
    make_geometry,
    position_wkt,
)
from places.models import Place, PlaceName

# One logger for every import's skipped rows (operators filter on it).
logger = logging.getLogger("places.importexport")

FORMATS = ("geojson", "csv", "kml")
PLACE_FIELDS = (
    "name",
    "kind",
    "feature_class",
    "feature_code",
    "country_code",
    "admin1",
    "population",
    "geonameid",
    "source",
    "source_id",
    "curated",
)
CSV_COLUMNS = (
    "name",
    "kind",
    "lat",
    "lon",
    "wkt",
    "feature_class",
    "feature_code",
    "country_code",
    "admin1",
    "population",
    "geonameid",
    "source",
    "source_id",
    "curated",
    "aliases",
)
# Accepted in CSV input besides CSV_COLUMNS.
CSV_EXTRA_COLUMNS = {"srid", "id", "latitude", "longitude", "geometry"}
KML_NS = "http://www.opengis.net/kml/2.2"
CRS84 = {
    "urn:ogc:def:crs:OGC:1.3:CRS84",
    "urn:ogc:def:crs:OGC::CRS84",
    "EPSG:4326",
    "urn:ogc:def:crs:EPSG::4326",
    "urn:ogc:def:crs:EPSG:6.6:4326",
    "WGS84",
}


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
            return (
                f"Nothing imported (--atomic): {len(self.errors)} bad row(s); "
                f"{self.created} would have been created, {self.updated} updated."
            )
        return (
            f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.errors)} bad row(s) skipped."
        )

    def lines(self) -> list[str]:
        return [f"row {row}: {reason}" for row, reason in self.errors]


class Rollback(Exception):
    """Raised inside an atomic import to undo it once a bad row was reported."""


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


# Computed once: TextChoices.values builds a new list on every call.
_KINDS = frozenset(Place.Kind.values)
_SOURCES = frozenset(Place.Source.values)
_NAME_KINDS = frozenset(PlaceName.Kind.values)


def _clean_attrs(raw: dict[str, Any]) -> dict[str, Any]:
    """Typed Place attributes from loosely typed input; raises ValueError on bad values."""
    attrs: dict[str, Any] = {}
    kind = (
        (raw.get("kind") or Place.Kind.OTHER).strip()
        if isinstance(raw.get("kind"), str)
        else Place.Kind.OTHER
    )
    if kind not in _KINDS:
        raise ValueError(f"unknown kind {kind!r} (one of {', '.join(Place.Kind.values)})")
    attrs["kind"] = kind
    source = raw.get("source") or Place.Source.CURATOR
    if source not in _SOURCES:
        raise ValueError(f"unknown source {source!r}")
    attrs["source"] = source
    for name, limit in (
        ("feature_class", 1),
        ("feature_code", 10),
        ("country_code", 2),
        ("admin1", 20),
        ("source_id", 64),
    ):
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
    attrs["curated"] = (
        curated
        if isinstance(curated, bool)
        else str(curated).strip().lower() in ("1", "true", "yes")
    )
    return attrs


def _record(
    row: int,
    name: Any,
    geometry: GEOSGeometry | None,
    marker: Point | None,
    raw: dict,
    aliases: list,
) -> PlaceRecord:
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
    if (
        geometry is not None
        and geometry.geom_type == "Point"
        and geometry.equals_exact(marker, 1e-9)
    ):
        geometry = None
    clean_aliases = []
    for raw_alias in aliases:
        alias = {"name": raw_alias} if isinstance(raw_alias, str) else raw_alias
        if not isinstance(alias, dict) or not str(alias.get("name") or "").strip():
            raise ValueError("aliases must be names or objects with a name")
        clean_aliases.append(
            {
                "name": str(alias["name"])[:200],
                "language": str(alias.get("language") or "")[:8],
                "preferred": bool(alias.get("preferred", False)),
                "kind": alias.get("kind")
                if alias.get("kind") in _NAME_KINDS
                else PlaceName.Kind.NAME,
            }
        )
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
        raise ImportFileError(
            "JSON nested too deeply (GeoJSON needs fewer than ten levels)"
        ) from None


def _feature_geometry(raw: Any) -> GEOSGeometry | None:
    """A Feature's geometry. A plain 2-D point, nearly every row of a gazetteer export, is
    checked and built directly: the WKT round trip through GEOS cost most of an import."""
    if not raw:
        return None
    coords = raw.get("coordinates") if isinstance(raw, dict) else None
    if (
        raw.get("type") == "Point"
        and isinstance(coords, list)
        and len(coords) == 2
        and all(type(c) in (int, float) for c in coords)
    ):
        try:
            lon, lat = float(coords[0]), float(coords[1])
        except OverflowError:  # an integer literal too big for a float
            raise ValueError("coordinates must be finite numbers") from None
        check_lonlat(lon, lat)
        return Point(lon, lat, srid=4326)
    return make_geometry(geojson_to_wkt(raw))


def geojson_record(number: int, feature: Any) -> PlaceRecord:
    """The place of one GeoJSON Feature; raises ValueError (or TypeError…) naming the problem."""
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise ValueError("not a GeoJSON Feature")
    props = feature.get("properties") or {}
    if not isinstance(props, dict):
        raise TypeError("properties must be an object")
    unknown = set(props) - set(PLACE_FIELDS) - {"aliases", "marker", "id"}
    if unknown:
        raise ValueError(f"unknown properties: {', '.join(sorted(unknown))}")
    raw_geometry = feature.get("geometry")
    marker = None
    if props.get("marker") is not None:
        lon, lat = (float(value) for value in props["marker"])
        check_lonlat(lon, lat)
        marker = Point(lon, lat, srid=4326)
        if isinstance(raw_geometry, dict) and raw_geometry == {
            "type": "Point",
            "coordinates": [lon, lat],
        }:
            raw_geometry = None  # a point at the marker is the marker alone (as _record keeps it)
    geometry = _feature_geometry(raw_geometry)
    return _record(number, props.get("name"), geometry, marker, props, props.get("aliases") or [])


def check_crs(crs: Any) -> None:
    if crs is None:
        return
    name = (crs.get("properties") or {}).get("name") if isinstance(crs, dict) else None
    if name not in CRS84:
        raise ImportFileError(
            f"only WGS84 (EPSG:4326) is accepted; this file declares crs {name!r}. "
            "Reproject it first, e.g. with ogr2ogr -t_srs EPSG:4326"
        )


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
            note = (
                f" (the row has fewer values than columns: nothing for {', '.join(short)})"
                if short
                else ""
            )
            report.error(number, f"{exc}{note}")


def _csv_header(fieldnames: list[str] | None, report: ImportReport) -> list[str]:
    """The stripped column names; a file that cannot hold a single place is refused, naming what is
    missing.
    """
    header = [h.strip() for h in (fieldnames or [])]
    if not header or header == [""]:
        raise ImportFileError("empty CSV file")
    unknown = [h for h in header if h not in CSV_COLUMNS and h not in CSV_EXTRA_COLUMNS]
    if unknown:
        report.error(1, f"unknown columns ignored: {', '.join(unknown)}"[:500])
    has = set(header)
    missing = [] if "name" in has else ["name"]
    if not has & {"wkt", "geometry"}:
        missing += [
            column
            for column, names in (("lat", {"lat", "latitude"}), ("lon", {"lon", "longitude"}))
            if not has & names
        ]
    if missing:
        raise ImportFileError(
            f"missing column(s): {', '.join(missing)}. A place needs name, and lat and lon or "
            f"wkt; this file's header is: {', '.join(header)}"[:500]
        )
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
            raise ValueError(
                f"{'lon' if lat else 'lat'} is empty: a position needs both lat and lon"
            )
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
        raise ValueError(error)
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
        return (
            "POLYGON (" + ", ".join("(" + ", ".join(_kml_coords(r.text)) + ")" for r in rings) + ")"
        )
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
            aliases = (
                _json_list(data["aliases"], "aliases must be a JSON list")
                if data.get("aliases")
                else []
            )
            yield _record(number, mark.findtext(f"{ns}name"), geometry, marker, data, aliases)
        except (ValueError, OverflowError) as exc:
            report.error(number, str(exc))


# GeoJSON is read as a stream: places/geojson_stream.py.
READERS = {"csv": read_csv, "kml": read_kml}


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


# GeoJSON layers (front lines, campaigns: articles/importexport.py) --------------------------------


def read_feature_collection(data: bytes, report: ImportReport) -> list[dict]:
    """The features of a GeoJSON FeatureCollection in WGS84 (else ImportFileError)."""
    doc = load_json(decode(data, report, line_rows=False))
    if (
        not isinstance(doc, dict)
        or doc.get("type") != "FeatureCollection"
        or not isinstance(doc.get("features"), list)
    ):
        raise ImportFileError("expected a GeoJSON FeatureCollection")
    check_crs(doc.get("crs"))
    return doc["features"]


def iso_date(value: Any, name: str, *, required: bool = False) -> datetime.date | None:
    if value in (None, ""):
        if required:
            raise ValueError(f"missing {name}")
        return None
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{name} must be a YYYY-MM-DD date, not {value!r}") from None


def layer_feature_name(props: dict, known: set[str]) -> str:
    """The feature's name, after refusing properties the layer does not have (a typo would be lost
    silently).
    """
    unknown = set(props) - known
    if unknown:
        raise ValueError(f"unknown properties: {', '.join(sorted(unknown))}")
    name = str(props.get("name") or "").strip()
    if not name:
        raise ValueError("missing name")
    return name


def run_layer_import(
    features: list[dict], report: ImportReport, atomic: bool, save_one
) -> ImportReport:
    """Save each feature with `save_one(feature, props, seen, number, report)` (returning its key),
    reporting bad rows by number; with `atomic`, any bad row rolls everything back."""
    seen: dict[Any, int] = {}
    try:
        with transaction.atomic():
            for number, feature in enumerate(features, start=1):
                try:
                    if not isinstance(feature, dict) or feature.get("type") != "Feature":
                        raise ValueError("not a GeoJSON Feature")
                    props = feature.get("properties")
                    if not isinstance(props, dict):
                        raise TypeError("properties must be an object")
                    with transaction.atomic():
                        key = save_one(feature, props, seen, number, report)
                    seen[key] = number
                except (ValueError, TypeError, OverflowError) as exc:
                    report.error(number, str(exc))
            if atomic and report.errors:
                raise Rollback
    except Rollback:
        report.rolled_back = True
    return report
