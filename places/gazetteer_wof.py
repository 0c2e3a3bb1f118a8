"""Towns, villages and city quarters of Who's On First (CC BY 4.0; most of them GeoNames', CC BY
4.0), for countries at war whose villages GeoNames' `cities500` leaves out and for which no
OpenStreetMap village extract was to be had: the Middle East, Afghanistan and Pakistan, Myanmar,
Sri Lanka, the Philippines, the South Caucasus, Sierra Leone and Liberia
(`places/data/wof_places.tsv.gz`, written by `scripts/build_wof_places.py`).

Who's On First holds GeoNames' populated places whatever their population (southern Lebanon's
Aitaroun and Yaroun, Anbar's Kubaisa, Helmand's Marjah, South Waziristan's Kaniguram). Each
becomes a locality like the OSM places (`gazetteer_osm.py`): kind settlement, feature code PPLL —
a reading only in a story about its country, never confident, precision 2 — with the first-level
region of the nearest cities500 town; skipped where an earlier source already has one of its
names within 15 km (`gazetteer_ged.SAME_PLACE_KM`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from places.gazetteer_ged import Towns
from places.gazetteer_osm import read_rows
from places.geoparser.weights import LOCALITY_CODE
from places.models import Place, PlaceName
from places.normalize import name_key

PATH = Path(__file__).resolve().parent / "data" / "wof_places.tsv.gz"
# The countries the vendored table covers (scripts/build_wof_places.py keeps only these).
_COUNTRIES_TEXT = "AF AM AZ IL IQ JO LB LK LR MM PH PK PS SL SY YE"
COUNTRIES = tuple(_COUNTRIES_TEXT.split())
# An Arabic article inside a name, as GeoNames writes it ("Dayr al Qamar", "Maroun er Ras").
_INNER_ARTICLE = re.compile(r"(?<= )(a[lrdstzn]|e[lrdstzn]|ash|ath) (?=\w)")
# A leading one ("El Khiyam", "Et Taiybe"): hyphenated, the name key drops it ("Khiam").
_LEADING_ARTICLE = re.compile(r"^([AaEe][lrdstzn]|[Aa]sh|[Aa]th) (?=\w)")
# Countries whose place names are Arabic: their leading "El"/"Al" is an article.
ARABIC_COUNTRIES = frozenset({"IQ", "JO", "LB", "PS", "SY", "YE", "IL"})


def _source_id(cc: str, name: str, lat: float, lon: float) -> str:
    digest = hashlib.blake2b(f"{name}|{lat:.3f}|{lon:.3f}".encode(), digest_size=8).hexdigest()
    return f"wof:{cc}:{digest}"


def read_wof_localities(
    countries: set[str] | None, known: Iterable[tuple[str, str, float, float, str]]
) -> Iterator:
    """PlaceRecords of the Who's On First places; `known` are (country, name key, lat, lon,
    admin1) of the places already loaded: a place any of whose names is known within
    SAME_PLACE_KM is left out, the nearest town gives the region."""
    from places.gazetteer_sources import PlaceRecord

    wanted = {cc for cc in COUNTRIES if not countries or cc in countries}
    if not wanted or not PATH.exists():
        return
    towns = Towns(known, wanted)
    seen: set[str] = set()
    for cc, _kind, names, lat, lon, population in read_rows(PATH):
        keys = [name_key(n) for n in names]
        if cc not in wanted or not keys[0] or any(towns.has_near(cc, k, lat, lon) for k in keys):
            continue
        source_id = _source_id(cc, names[0], lat, lon)
        if source_id in seen:
            continue
        seen.add(source_id)
        yield PlaceRecord(
            source=Place.Source.WOF,
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
            names=[(n, PlaceName.Kind.NAME) for n in wire_forms(names, cc in ARABIC_COUNTRIES)],
        )


def wire_forms(names: list[str], arabic: bool = False) -> list[str]:
    """The names and the forms English copy writes them in that the spotter, which reads the
    text as written, would otherwise miss: an inner article hyphenated ("Dayr al Qamar" ->
    "Dayr al-Qamar"), in an Arab country a leading one too ("El Khiyam" -> "El-Khiyam", whose
    key is Khiam's), a hyphenated name spaced ("Kfar-Kila" -> "Kfar Kila"). Not every word
    hyphenated, as for the OSM places: GeoNames' names are mostly spaced, and each form costs
    the index memory."""
    out = list(names)
    for name in names:
        hyphenated = _INNER_ARTICLE.sub(r"\1-", name)
        if arabic:
            hyphenated = _LEADING_ARTICLE.sub(r"\1-", hyphenated)
        for other in (hyphenated, name.replace("-", " ")):
            if other != name and other not in out:
                out.append(other)
    return out
