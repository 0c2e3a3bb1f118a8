"""Villages and towns where UCDP's Georeferenced Event Dataset (GED, CC BY 4.0) places conflict
events, for the countries whose GED slices the project has (`places/data/ucdp_ged_places.tsv.gz`,
written by `scripts/build_ucdp_places.py`).

GeoNames' `cities500` leaves out places without a population, which in Myanmar, Syria and the
Central African Republic include towns of tens of thousands (Maungdaw, Paletwa, Kawlin). The GED
names the place of each event it can put at a known point (`where_prec` 1-2: the place or within
~25 km of it). Each becomes a locality like the Ukrainian postal ones (`gazetteer_postal.py`):
kind settlement, feature code PPLL — a reading only in a story about its country, never
confident, precision 2 — with the first-level region of the nearest cities500 town; skipped where
cities500 already has the name within SAME_PLACE_KM.
"""

from __future__ import annotations

import gzip
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from places.geoparser.index import haversine_km
from places.geoparser.weights import LOCALITY_CODE
from places.models import Place, PlaceName
from places.normalize import name_key

PATH = Path(__file__).resolve().parent / "data" / "ucdp_ged_places.tsv.gz"
COUNTRIES = ("CF", "MM", "SY")
SAME_PLACE_KM = 15.0
# A locality takes the first-level region of the nearest town within this distance.
REGION_KM = 60.0
_CELL = 0.5  # degrees: the grid of towns searched for the nearest one


def read_rows(path: Path = PATH) -> Iterator[tuple[str, str, str, float, float, int]]:
    """(country, name, GED adm_1, lat, lon, events) of the vendored table."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            cc, name, adm1, lat, lon, events = line.rstrip("\n").split("\t")
            yield cc, name, adm1, float(lat), float(lon), int(events)


class Towns:
    """The loaded towns of the GED countries by grid cell: their names and first-level regions."""

    def __init__(self, known: Iterable[tuple[str, str, float, float, str]], wanted: set[str]):
        self.by_key: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        self.cells: dict[tuple[str, int, int], list[tuple[float, float, str]]] = defaultdict(list)
        for cc, key, lat, lon, admin1 in known:
            if cc not in wanted:
                continue
            self.by_key[(cc, key)].append((lat, lon))
            if admin1:
                self.cells[(cc, int(lat // _CELL), int(lon // _CELL))].append((lat, lon, admin1))

    def has_near(self, cc: str, key: str, lat: float, lon: float) -> bool:
        return any(
            haversine_km(lat, lon, a, b) <= SAME_PLACE_KM for a, b in self.by_key.get((cc, key), [])
        )

    def admin1(self, cc: str, lat: float, lon: float) -> str:
        """The first-level region of the nearest town within REGION_KM, or ""."""
        row, col = int(lat // _CELL), int(lon // _CELL)
        best, best_km = "", REGION_KM
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                for a, b, admin1 in self.cells.get((cc, row + dr, col + dc), ()):
                    km = haversine_km(lat, lon, a, b)
                    if km < best_km:
                        best, best_km = admin1, km
        return best


def locality_source_id(prefix: str, cc: str, name: str, lat: float, lon: float, digits: int) -> str:
    """A stable id for a vendored settlement, so that a reload upserts it: its source, country, and
    a hash of its name and point rounded to `digits` decimals."""
    point = f"{lat:.{digits}f}|{lon:.{digits}f}"
    digest = hashlib.blake2b(f"{name}|{point}".encode(), digest_size=8).hexdigest()
    return f"{prefix}:{cc}:{digest}"


def locality_records(
    rows: Iterable[tuple[str, list[str], float, float, int]],
    *,
    source: str,
    wanted: set[str],
    known: Iterable[tuple[str, str, float, float, str]],
    forms: Callable[[str, list[str]], list[str]],
    id_digits: int = 3,
) -> Iterator:
    """PlaceRecords of the settlements of a vendored table (`rows`: country, names, lat, lon,
    population) in the `wanted` countries, as localities: kind settlement, feature code PPLL (a
    reading only in a story about its country, never confident). `known` are (country, name
    key, lat, lon, admin1) of the places already loaded: a place any of whose names is known
    within SAME_PLACE_KM is left out, and the nearest known town gives its first-level region.
    `forms(country, names)` lists the names to store (the spellings wire copy uses)."""
    from places.gazetteer_sources import PlaceRecord

    if not wanted:
        return
    towns = Towns(known, wanted)
    seen: set[str] = set()
    for cc, names, lat, lon, population in rows:
        keys = [name_key(n) for n in names]
        if cc not in wanted or not keys[0] or any(towns.has_near(cc, k, lat, lon) for k in keys):
            continue
        source_id = locality_source_id(source, cc, names[0], lat, lon, id_digits)
        if source_id in seen:
            continue
        seen.add(source_id)
        yield PlaceRecord(
            source=source,
            source_id=source_id,
            name=names[0],
            kind=Place.Kind.SETTLEMENT,
            lat=lat,
            lon=lon,
            feature_class="P",
            feature_code=LOCALITY_CODE,
            country_code=cc,
            admin1=towns.admin1(cc, lat, lon),
            population=population,
            names=[(n, PlaceName.Kind.NAME) for n in forms(cc, names)],
        )


def read_ged_localities(
    countries: set[str] | None, known: Iterable[tuple[str, str, float, float, str]]
) -> Iterator:
    """PlaceRecords of the GED places (`locality_records`), each under the one name GED gives."""
    if not PATH.exists():
        return
    rows = ((cc, [name], lat, lon, 0) for cc, name, _adm1, lat, lon, _events in read_rows())
    wanted = {cc for cc in COUNTRIES if not countries or cc in countries}
    yield from locality_records(
        rows,
        source=Place.Source.UCDP,
        wanted=wanted,
        known=known,
        forms=lambda _cc, names: names,
        id_digits=2,
    )
