"""Towns, villages, hamlets and city quarters that OpenStreetMap names (ODbL 1.0, (c)
OpenStreetMap contributors), for countries at war whose villages GeoNames' `cities500` leaves
out (`places/data/osm_places.tsv.gz`, written by `scripts/build_osm_places.py`).

cities500 holds no place without a population of 500, which in eastern DR Congo, the Sahel, the
Lake Chad basin and Somalia is most villages near the fighting (Kiwanja, Boulkessi, Metele,
Lafoole). Each OSM place becomes a locality like the Ukrainian postal ones and the places of
UCDP's GED: kind settlement, feature code PPLL — a reading only in a story about its country,
never confident, precision 2 — with the first-level region of the nearest cities500 town; skipped
where an earlier source already has the name within 15 km (`gazetteer_ged.SAME_PLACE_KM`).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Iterator
from pathlib import Path

from places.gazetteer_ged import locality_records
from places.models import Place

PATH = Path(__file__).resolve().parent / "data" / "osm_places.tsv.gz"
# The countries the vendored table covers (scripts/build_osm_places.py keeps only these).
_COUNTRIES_TEXT = (
    "BF BI CD CF CM CO ER ET HT KE LY ML MZ NE NG RW SD SO SS TD UG"
    " AL BA GE HR ME MK RS XK BR GT HN NI PE SV"
)
COUNTRIES = tuple(_COUNTRIES_TEXT.split())


def read_rows(path: Path = PATH) -> Iterator[tuple[str, str, list[str], float, float, int]]:
    """(country, OSM kind, names, lat, lon, population) of the vendored table."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            cc, kind, name, others, lat, lon, population = line.rstrip("\n").split("\t")
            names = [name] + [n for n in others.split("|") if n]
            yield cc, kind, names, float(lat), float(lon), int(population)


def read_osm_localities(
    countries: set[str] | None, known: Iterable[tuple[str, str, float, float, str]]
) -> Iterator:
    """PlaceRecords of the OSM places (`gazetteer_ged.locality_records`), each name also joined
    the other way."""
    if not PATH.exists():
        return
    rows = ((cc, names, lat, lon, pop) for cc, _kind, names, lat, lon, pop in read_rows())
    yield from locality_records(
        rows,
        source=Place.Source.OSM,
        wanted={cc for cc in COUNTRIES if not countries or cc in countries},
        known=known,
        forms=lambda _cc, names: _with_joiners(names),
    )


def _with_joiners(names: list[str]) -> list[str]:
    """The names and, for a name of several words, the same words joined the other way: OSM
    writes "Pont Sondé" and "Saut d'Eau", wire copy "Pont-Sondé" and "Saut-d'Eau" (the name
    key already ignores the difference; the spotter reads the text as written)."""
    out = list(names)
    for name in names:
        other = name.replace("-", " ") if "-" in name else name.replace(" ", "-")
        if other != name and other not in out:
            out.append(other)
    return out
