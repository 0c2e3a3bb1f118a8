"""Import and export of places (GeoJSON, CSV, KML); the readers are places/readers.py.

Rules that keep imports safe:
- Only WGS84 (EPSG:4326) input is accepted (places/readers.py).
- Each bad row is reported with its row number and reason and skipped; the good rows are
  imported. With `atomic=True` any bad row means nothing is imported.
- Rows are upserted on (source, source_id), else on GeoNames id, so importing an export into
  the same database changes nothing and into an empty one recreates the same data.
Front lines, campaigns and the events CSV belong to the articles app (articles/importexport.py).
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterator
from typing import Any, BinaryIO, TextIO
from xml.etree import ElementTree as ET

from django.contrib.gis.geos import GEOSGeometry
from django.db import transaction
from django.db.models import Prefetch

from conflictmap.progress import Progress
from places.bulk import bulk_load_settings, insert_names, insert_places
from places.geojson_stream import read_geojson_stream
from places.models import Place, PlaceName
from places.normalize import name_key
from places.readers import (
    CSV_COLUMNS,
    FORMATS,
    KML_NS,
    PLACE_FIELDS,
    READERS,
    ImportFileError,
    ImportReport,
    PlaceRecord,
    Rollback,
    decode,
    detect_format,
)

__all__ = [
    "FORMATS",
    "ImportFileError",
    "ImportReport",
    "detect_format",
    "export_places",
    "import_places",
    "write_places",
]

logger = logging.getLogger(__name__)


def _num(value: Any) -> str:
    return repr(float(value)).rstrip("0").rstrip(".") if value is not None else ""


# Import -----------------------------------------------------------------------------------------


def import_places(
    source: bytes | BinaryIO,
    fmt: str = "auto",
    *,
    name: str = "",
    atomic: bool = False,
    progress: bool = False,
) -> ImportReport:
    """Import places from GeoJSON, CSV or KML, given as bytes or a binary file opened for reading;
    see the module docstring for the rules. GeoJSON is read one feature at a time, so a whole
    gazetteer export needs no more memory than a batch."""
    report = ImportReport()
    stream = io.BytesIO(source) if isinstance(source, bytes | bytearray) else source
    if fmt == "auto":
        fmt = detect_format(name, stream.read(200))
        stream.seek(0)
    if fmt not in FORMATS:
        raise ImportFileError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt == "geojson":
        records = read_geojson_stream(stream, report)
    else:
        text = decode(stream.read(), report, line_rows=(fmt == "csv"))
        records = READERS[fmt](text, report)
    # Records are read lazily and written in batches. A file-level error met half way (a cut
    # GeoJSON file) leaves the transaction, which undoes every batch: nothing is half-stored.
    try:
        with bulk_load_settings(), transaction.atomic():
            _write_places(records, report, progress=progress)
            if atomic and report.errors:
                raise Rollback
    except Rollback:
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
    return Place.objects.filter(
        name=record.name, kind=record.attrs["kind"], source_id="", point=record.point
    ).first()


IMPORT_BATCH = 10_000


def _write_places(records: Iterator[PlaceRecord], report: ImportReport, *, progress: bool) -> None:
    seen: dict[tuple, int] = {}
    bar = Progress("import places", unit="places", every=IMPORT_BATCH, enabled=progress)
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
    bar.close()


def _write_batch_or_rows(batch: list[PlaceRecord], report: ImportReport, bar) -> None:
    try:
        with transaction.atomic():
            counts = _write_batch(batch)
    except (
        Exception
    ):  # a constraint failed somewhere in the batch: redo it row by row to name the row
        logger.info(
            "import: batch at row %s failed; retrying row by row", batch[0].row, exc_info=True
        )
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
    bar.update(len(batch), f"{report.created:,} created, {len(report.errors):,} bad")


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
        place = (
            by_source.get((record.attrs["source"], record.attrs["source_id"]))
            if record.attrs["source_id"]
            else None
        )
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
    created = _insert_new(new)
    counts[0] = len(created)
    return counts[0], counts[1], counts[2]


def _insert_new(records: list[PlaceRecord]) -> list[int]:
    """Insert new places and their names; returns the new pks. Records with a source id go
    through places.bulk's executemany path (the bulk of any export); the few without one
    (hand-made places) through bulk_create, which hands back their pks."""
    keyed = [r for r in records if r.attrs.get("source_id")]
    pk_of = insert_places(
        [{**r.attrs, "name": r.name, "point": r.point, "geometry": r.geometry} for r in keyed]
    )
    pairs = [(pk_of[(r.attrs["source"], r.attrs["source_id"])], r) for r in keyed]
    unkeyed = [r for r in records if not r.attrs.get("source_id")]
    places = [Place(**r.attrs, name=r.name, point=r.point, geometry=r.geometry) for r in unkeyed]
    Place.objects.bulk_create(places)
    pairs += [(place.pk, r) for place, r in zip(places, unkeyed, strict=True)]
    insert_names(
        [
            (
                pk,
                alias["name"],
                name_key(alias["name"])[:200],
                alias["language"],
                alias["preferred"],
                alias["kind"],
            )
            for pk, record in pairs
            for alias in record.aliases
        ]
    )
    return [pk for pk, _ in pairs]


def _upsert(record: PlaceRecord, report: ImportReport) -> None:
    place = _existing(record)
    if place is None:
        place = Place(
            **record.attrs, name=record.name, point=record.point, geometry=record.geometry
        )
        place.save()
        report.created += 1
        _save_aliases(place, record)
    else:
        _update(place, record, report)


def _update(place: Place, record: PlaceRecord, report: ImportReport) -> None:
    source_id = record.attrs["source_id"]
    if source_id and (place.source, place.source_id) != (record.attrs["source"], source_id):
        raise ValueError(
            f"GeoNames id {place.geonameid} already belongs to {place} "
            f"({place.source} {place.source_id or 'without an id'})"
        )
    values = {
        **record.attrs,
        "name": record.name,
        "point": record.point,
        "geometry": record.geometry,
    }
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
            place=place,
            name=alias["name"],
            defaults={
                "language": alias["language"],
                "preferred": alias["preferred"],
                "kind": alias["kind"],
            },
        )


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, GEOSGeometry) or isinstance(new, GEOSGeometry):
        if old is None or new is None:
            return old is new
        return old.equals_exact(new, 1e-9)
    return old == new


# Export -----------------------------------------------------------------------------------------


def _places(queryset=None, progress: bool = False) -> Iterator[Place]:
    queryset = Place.objects.all() if queryset is None else queryset
    # iterator() with prefetching works in chunks, so exporting the whole gazetteer stays in bounded
    # memory.
    places = (
        queryset.order_by("source", "source_id", "name", "pk")
        .prefetch_related(Prefetch("names", queryset=PlaceName.objects.order_by("name")))
        .iterator(chunk_size=2000)
    )
    if progress:
        from tqdm import tqdm

        places = tqdm(places, total=queryset.count(), desc="export", unit="place")
    return places


def _aliases(place: Place) -> list[dict]:
    return [
        {"name": a.name, "language": a.language, "preferred": a.preferred, "kind": a.kind}
        for a in place.names.all()
    ]


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
        out.write(
            ("" if count == 0 else ",\n")
            + f'{{"type": "Feature", "geometry": {place.map_geometry.json}, "properties": {props}}}'
        )
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
    plain = all(
        not a["language"] and not a["preferred"] and a["kind"] == PlaceName.Kind.NAME
        for a in aliases
    )
    if plain and not any("|" in a["name"] for a in aliases):
        return "|".join(a["name"] for a in aliases)
    return json.dumps(aliases, ensure_ascii=False)


def write_kml(out: TextIO, queryset=None, progress: bool = False) -> int:
    """Stream KML: one Placemark at a time, every value escaped by ElementTree."""
    ET.register_namespace("", KML_NS)
    out.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<kml xmlns="{KML_NS}"><Document><name>Conflict Map places</name>\n'
    )
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
        out.write(
            ET.tostring(mark, encoding="unicode", default_namespace=None).replace(
                f' xmlns="{KML_NS}"', "", 1
            )
            + "\n"
        )
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
