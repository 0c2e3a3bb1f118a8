"""Reading control layers (GeoJSON, KML, KMZ) as published by the usual map projects.

Each feature becomes a LayerFeature: its geometry (WGS84 only; repaired with GEOS make_valid
when invalid), its properties, its KML style colour, and its date, from the first of: a date
property of the feature (or a KML TimeStamp/TimeSpan), the collection's own `date`, the
`--date` given, or a YYYY-MM-DD / YYYYMMDD date in the file's name (one dated file per day).

Safety: user text never reaches GDAL (geometry goes GeoJSON/KML → WKT → GEOS, and a declared
CRS other than WGS84 is refused); KML is parsed by defusedxml (no DTDs, no entities, so no XXE
or entity bombs); files above MAX_FILE_BYTES and KMZ entries that would inflate beyond it, or
by more than MAX_KMZ_RATIO, are refused before they are read.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from django.conf import settings
from django.contrib.gis.geos import GEOSException, GEOSGeometry

from places.geometry_input import geojson_to_wkt, make_geometry
from places.readers import (
    ImportFileError,
    ImportReport,
    _kml_geometry,
    check_crs,
    decode,
    load_json,
)

# Property names that carry a feature's date, most specific first.
DATE_KEYS = ("date", "observed_on", "valid_from", "as_of", "day", "updated", "timestamp", "time")
FILENAME_DATE = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)")
# A zip entry that inflates more than this many times is a zip bomb, not a map.
MAX_KMZ_RATIO = 200


def max_file_bytes() -> int:
    return settings.CONTROL_IMPORT_MAX_BYTES


@dataclass
class LayerFeature:
    number: int
    feature_id: str
    geometry: GEOSGeometry | None
    props: dict[str, Any]
    day: dt.date | None
    colour: str = ""  # "#rrggbb" from a KML style
    error: str = ""
    repaired: bool = False


@dataclass
class LayerFile:
    features: list[LayerFeature] = field(default_factory=list)
    fmt: str = ""


def parse_day(value: Any) -> dt.date | None:
    """A day from "2024-05-14", "2024-05-14T06:00:00Z" or "20240514"; None otherwise."""
    text = str(value or "").strip()
    match = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", text)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def filename_day(path: str) -> dt.date | None:
    for match in FILENAME_DATE.finditer(Path(path).name):
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            continue
    return None


def feature_day(props: dict) -> tuple[dt.date | None, str]:
    """The feature's own date and the property it came from; an unreadable date is an error."""
    lowered = {str(k).lower(): v for k, v in props.items()}
    for key in DATE_KEYS:
        if lowered.get(key) not in (None, ""):
            day = parse_day(lowered[key])
            if day is None:
                raise ValueError(f"{key} {lowered[key]!r} is not a YYYY-MM-DD date")
            return day, key
    return None, ""


def repaired_geometry(wkt: str) -> tuple[GEOSGeometry, bool]:
    """GEOS geometry from WKT; an invalid shape is repaired with make_valid (True when so)."""
    try:
        return make_geometry(wkt), False
    except ValueError as exc:
        if not str(exc).startswith("invalid geometry"):
            raise
    try:
        fixed = GEOSGeometry(wkt, srid=4326).make_valid()
    except GEOSException as exc:
        raise ValueError(f"invalid geometry that could not be repaired: {exc}") from None
    if fixed.empty:
        raise ValueError("invalid geometry with nothing left after repair")
    fixed.srid = 4326
    return fixed, True


def read_bytes(path: str) -> bytes:
    """The file's bytes, refusing huge files before reading them."""
    limit = max_file_bytes()
    try:
        size = Path(path).stat().st_size
        if size > limit:
            raise ImportFileError(
                f"the file is {size / 1e6:.0f} MB; the limit is {limit / 1e6:.0f} MB "
                "(CONTROL_IMPORT_MAX_BYTES)"
            )
        return Path(path).read_bytes()
    except OSError as exc:
        raise ImportFileError(f"cannot read {path}: {exc.strerror}") from None


def unzip_kml(data: bytes) -> bytes:
    """The KML document inside a KMZ (doc.kml, else the first .kml), refusing zip bombs."""
    limit = max_file_bytes()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ImportFileError("not a valid KMZ (zip) file") from None
    with archive:
        entries = [i for i in archive.infolist() if i.filename.lower().endswith(".kml")]
        if not entries:
            raise ImportFileError("the KMZ holds no .kml document")
        entry = next((i for i in entries if i.filename.lower() == "doc.kml"), entries[0])
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > limit or ratio > MAX_KMZ_RATIO:
            raise ImportFileError(
                f"{entry.filename} would inflate to {entry.file_size / 1e6:.0f} MB "
                f"({ratio:.0f}× its compressed size): refused as a possible zip bomb"
            )
        with archive.open(entry) as handle:
            # The sizes in a zip header can lie: never read more than the limit.
            content = handle.read(limit + 1)
        if len(content) > limit:
            raise ImportFileError(f"{entry.filename} inflates beyond {limit / 1e6:.0f} MB")
        return content


def detect(path: str, data: bytes) -> str:
    suffix = Path(path).suffix.lower()
    if data[:4] == b"PK\x03\x04" or suffix == ".kmz":
        return "kmz"
    if suffix in (".kml",) or data.lstrip()[:1] == b"<":
        return "kml"
    return "geojson"


def read_layer(path: str, data: bytes, default_day: dt.date | None = None) -> LayerFile:
    fmt = detect(path, data)
    day = default_day or filename_day(path)
    if fmt == "kmz":
        return LayerFile(read_kml(unzip_kml(data), day), fmt)
    if fmt == "kml":
        return LayerFile(read_kml(data, day), fmt)
    return LayerFile(read_geojson(data, day), fmt)


# GeoJSON ------------------------------------------------------------------------------------


def read_geojson(data: bytes, default_day: dt.date | None) -> list[LayerFeature]:
    doc = load_json(decode(data, ImportReport(), line_rows=False))
    if not isinstance(doc, dict) or doc.get("type") not in ("FeatureCollection", "Feature"):
        raise ImportFileError("expected a GeoJSON FeatureCollection")
    check_crs(doc.get("crs"))
    collection_day = parse_day(doc.get("date")) or default_day
    raw_features = doc.get("features") if doc["type"] == "FeatureCollection" else [doc]
    if not isinstance(raw_features, list):
        raise ImportFileError("a FeatureCollection needs a features list")
    features = []
    for number, raw in enumerate(raw_features, start=1):
        feature = LayerFeature(number, str(number), None, {}, collection_day)
        try:
            if not isinstance(raw, dict) or raw.get("type") != "Feature":
                raise ValueError("not a GeoJSON Feature")
            props = raw.get("properties") or {}
            if not isinstance(props, dict):
                raise ValueError("properties must be an object")
            feature.props = props
            if raw.get("id") not in (None, ""):
                feature.feature_id = str(raw["id"])[:200]
            own_day, _ = feature_day(props)
            feature.day = own_day or collection_day
            if not raw.get("geometry"):
                raise ValueError("feature without geometry")
            feature.geometry, feature.repaired = repaired_geometry(geojson_to_wkt(raw["geometry"]))
        except (ValueError, TypeError, KeyError, OverflowError) as exc:
            feature.error = str(exc) or type(exc).__name__
        features.append(feature)
    return features


# KML ----------------------------------------------------------------------------------------


def kml_colour(value: str) -> str:
    """KML's aabbggrr as #rrggbb ("" when unreadable)."""
    value = (value or "").strip().lstrip("#")
    if not re.fullmatch(r"[0-9a-fA-F]{8}", value):
        return ""
    return f"#{value[6:8]}{value[4:6]}{value[2:4]}".lower()


def _styles(root: Element, ns: str) -> dict[str, str]:
    """Style id → colour (the polygon fill, else the line colour); StyleMaps follow 'normal'."""
    colours = {}
    for style in root.iter(f"{ns}Style"):
        colour = style.findtext(f"{ns}PolyStyle/{ns}color") or style.findtext(
            f"{ns}LineStyle/{ns}color"
        )
        if style.get("id") and kml_colour(colour or ""):
            colours[style.get("id")] = kml_colour(colour)
    for style_map in root.iter(f"{ns}StyleMap"):
        for pair in style_map.findall(f"{ns}Pair"):
            if pair.findtext(f"{ns}key") == "normal":
                target = (pair.findtext(f"{ns}styleUrl") or "").lstrip("#")
                if target in colours and style_map.get("id"):
                    colours[style_map.get("id")] = colours[target]
    return colours


def _placemark_props(mark: Element, ns: str) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for tag in ("name", "description", "styleUrl"):
        text = mark.findtext(f"{ns}{tag}")
        if text:
            props[tag] = text.strip()
    for data in mark.iter(f"{ns}Data"):
        if data.get("name"):
            props[data.get("name")] = (data.findtext(f"{ns}value") or "").strip()
    for data in mark.iter(f"{ns}SimpleData"):
        if data.get("name"):
            props[data.get("name")] = (data.text or "").strip()
    when = mark.findtext(f"{ns}TimeStamp/{ns}when") or mark.findtext(f"{ns}TimeSpan/{ns}begin")
    if when and not any(str(k).lower() in DATE_KEYS for k in props):
        props["date"] = when.strip()
    return props


def read_kml(data: bytes, default_day: dt.date | None) -> list[LayerFeature]:
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True)
    except DefusedXmlException:
        raise ImportFileError("KML with a DOCTYPE or entities is refused") from None
    except SafeET.ParseError as exc:
        raise ImportFileError(f"not valid KML/XML: {exc}") from None
    ns = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    colours = _styles(root, ns)
    geometry_tags = {f"{ns}{t}" for t in ("Point", "LineString", "Polygon", "MultiGeometry")}
    features = []
    for number, mark in enumerate(root.iter(f"{ns}Placemark"), start=1):
        feature = LayerFeature(number, mark.get("id") or str(number), None, {}, default_day)
        try:
            feature.props = _placemark_props(mark, ns)
            feature.colour = colours.get(feature.props.get("styleUrl", "").lstrip("#"), "")
            own_day, _ = feature_day(feature.props)
            feature.day = own_day or default_day
            geom_elem = next((child for child in mark if child.tag in geometry_tags), None)
            if geom_elem is None:
                raise ValueError("Placemark without geometry")
            feature.geometry, feature.repaired = repaired_geometry(_kml_geometry(geom_elem))
        except (ValueError, OverflowError) as exc:
            feature.error = str(exc)
        features.append(feature)
    return features
