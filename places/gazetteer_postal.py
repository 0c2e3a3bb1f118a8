"""Villages near front lines from GeoNames' postal code data (CC BY 4.0), for the countries whose
localities cities500 leaves out and whose postal file names them.

GeoNames' `cities500` holds no place under 500 people or without a population, which is most
villages the war in Ukraine is fought over (Robotyne, Klishchiivka, Neskuchne). GeoNames' postal
code file for Ukraine names the locality of each of its 29,571 post offices, in Ukrainian, with a
point and an accuracy (4: the place itself; 1: its district). Each locality becomes one place:
the name in Ukraine's official romanisation (the spelling English copy uses) and in Ukrainian,
kind settlement, feature code PPLL — a locality that names a place only in a story about its
country (`places.geoparser`) — skipped where cities500 already has the name within 15 km.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from places.geoparser.index import haversine_km
from places.geoparser.weights import LOCALITY_CODE
from places.models import Place, PlaceName
from places.normalize import name_key

DATA = Path(__file__).resolve().parent / "data"
COUNTRIES = ("UA",)
FEATURE_CODE = LOCALITY_CODE
# cities500 already has a place of this name this close: the postal locality is that place.
SAME_PLACE_KM = 15.0

# Ukraine's official romanisation (Cabinet of Ministers resolution 55 of 2010): the spelling of
# Ukrainian place names in English news ("Kostiantynivka", "Bohoiavlenka", "Zghurivka").
_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
    "ы": "y", "э": "e", "ё": "io", "ъ": "",
}  # fmt: skip
# At the start of a word these letters are written with a y: "Yenakiieve", "Yasynuvata".
_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_APOSTROPHES = frozenset("'’ʼ")
_PARENTHESES = re.compile(r"\s*\([^)]*\)?")


def romanise(name: str) -> str:
    """Ukrainian Cyrillic in the official romanisation; other characters stay."""
    out = []
    prev = ""
    for ch in name:
        low = ch.lower()
        if low == "г" and prev == "з":
            latin = "gh"  # "зг" is "zgh": Zghurivka
        elif low in _INITIAL and not prev.isalpha() and prev not in _APOSTROPHES:
            latin = _INITIAL[low]
        else:
            latin = _LETTERS.get(low, ch)
        if ch != low and latin:
            latin = latin[0].upper() + latin[1:]
        out.append(latin)
        prev = low
    return "".join(out)


def _rows(country: str) -> Iterator[tuple[str, str, str, float, float, int]]:
    """(name, admin1 code, district, lat, lon, accuracy) of the vendored postal file."""
    path = DATA / f"geonames_postal_{country}.tsv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            name, admin1, district, lat, lon, accuracy = line.rstrip("\n").split("\t")
            name = _PARENTHESES.sub("", name).strip()
            if name:
                yield name, admin1, district, float(lat), float(lon), int(accuracy or 0)


def _localities(country: str) -> dict[tuple[str, str, str], tuple[float, float]]:
    """One point per (name, admin1, district): the mean of the rows of the best accuracy."""
    best: dict[tuple[str, str, str], tuple[int, list[tuple[float, float]]]] = {}
    for name, admin1, district, lat, lon, accuracy in _rows(country):
        key = (name, admin1, district)
        have = best.get(key)
        if have is None or accuracy > have[0]:
            best[key] = (accuracy, [(lat, lon)])
        elif accuracy == have[0]:
            have[1].append((lat, lon))
    return {
        key: (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
        for key, (_acc, pts) in best.items()
    }


def _source_id(cc: str, admin1: str, district: str, name: str) -> str:
    """Stable and short (source ids hold 64 characters): the locality's district and name hashed."""
    digest = hashlib.blake2b(f"{district}|{name}".encode(), digest_size=8).hexdigest()
    return f"postal:{cc}:{admin1}:{digest}"


def read_postal_localities(countries: set[str] | None, known: Iterable[tuple]) -> Iterator:
    """PlaceRecords of the postal localities; `known` are (country, name key, lat, lon, …) of
    the places already loaded, whose namesakes within SAME_PLACE_KM are left out."""
    from places.gazetteer_sources import PlaceRecord

    wanted = [cc for cc in COUNTRIES if not countries or cc in countries]
    if not wanted:
        return
    near: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for cc, key, lat, lon, *_admin1 in known:
        if cc in wanted:
            near[(cc, key)].append((lat, lon))
    for cc in wanted:
        for (name, admin1, district), (lat, lon) in sorted(_localities(cc).items()):
            latin = romanise(name)
            key = name_key(latin)
            if not key or any(
                haversine_km(lat, lon, a, b) <= SAME_PLACE_KM for a, b in near.get((cc, key), [])
            ):
                continue
            yield PlaceRecord(
                source=Place.Source.GEONAMES,
                source_id=_source_id(cc, admin1, district, name),
                name=latin,
                kind=Place.Kind.SETTLEMENT,
                lat=lat,
                lon=lon,
                feature_class="P",
                feature_code=FEATURE_CODE,
                country_code=cc,
                admin1=admin1,
                names=[(latin, PlaceName.Kind.NAME), (name, PlaceName.Kind.NAME)],
            )
