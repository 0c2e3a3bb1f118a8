"""Write places/data/osm_places.tsv.gz: towns, villages, hamlets and city quarters that
OpenStreetMap (ODbL 1.0, (c) OpenStreetMap contributors) names, for the countries at war that
`places.gazetteer_osm.COUNTRIES` lists.

Run by hand after updating an extract, and commit the output:

    python scripts/build_osm_places.py OUT.tsv.gz EXTRACT.sqlite [EXTRACT.sqlite ...]

An extract is one of the SQLite files of OpenStreetMap's named nodes per Geofabrik region
(table NODE: LAT, LON, NAME, NAME_EN, TAG, VALUE, POPULATION), as published unzipped in the
public repository ObiWanLansi/GeoData (`Africa/<country>.sqlite.zip`,
`_places/<continent>-latest.places.sqlite`, OSM data of 2019-09). Only nodes tagged
`place=city|town|village|hamlet|suburb|neighbourhood|quarter` with a Latin-script name count.
A Geofabrik region reaches over its borders, and a continent holds many countries: each node
takes the country of the Natural Earth admin-1 polygon (`places/data/ne_admin1.geojson.gz`)
that holds it, and is kept only when that country is in `places.gazetteer_osm.COUNTRIES`.
Nodes of one name within SAME_KM of each other make one row (the first).
"""

from __future__ import annotations

import gzip
import json
import re
import sqlite3
import sys
import unicodedata
from pathlib import Path

from django.contrib.gis.geos import GEOSGeometry, Point

DATA = Path(__file__).resolve().parent.parent / "places" / "data"
KINDS = ("city", "town", "village", "hamlet", "suburb", "neighbourhood", "quarter")
SAME_KM = 10.0
# Natural Earth regions without an ISO code that GeoNames files under a country.
_WITHOUT_ISO = {"SOL": "SO", "KOS": "XK"}  # Somaliland; Kosovo (GeoNames: XK)
_LATIN = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ'’ʻʼ\-. ]+")
_BAD = re.compile(r"[0-9?=_/\\{}<>|]")
_BRACKETS = re.compile(r"\([^)]*\)?|\[[^\]]*\]?")


def latin_names(*raw: str | None) -> list[str]:
    """The Latin-script spellings in OSM name tags ("Muqdisho مقديشو" -> Muqdisho;
    "Goma;Ngoma" -> Goma, Ngoma), in order, without repeats."""
    out: list[str] = []
    for value in raw:
        for raw_part in re.split(r"\s*[;,]\s*", value or ""):
            part = _BRACKETS.sub(" ", raw_part)
            if _BAD.search(part):  # "Camp 4", "Zone A/B": no settlement's name
                continue
            for run in _LATIN.findall(part):
                name = " ".join(run.replace("’", "'").split()).strip(" -.'")
                if len(name) >= 3 and name[0].isupper() and name not in out:
                    out.append(name)
    return out


class Countries:
    """Point -> ISO code through the Natural Earth admin-1 polygons, by 1-degree cells."""

    def __init__(self, path: Path = DATA / "ne_admin1.geojson.gz"):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            features = json.load(fh)["features"]
        self.cells: dict[tuple[int, int], list] = {}
        for feature in features:
            props = feature["properties"]
            cc = _WITHOUT_ISO.get(props.get("adm0_a3"), props.get("iso_a2") or "")
            if len(cc) != 2 or not cc.isalpha():
                continue
            geom = GEOSGeometry(json.dumps(feature["geometry"]))
            prepared = geom.prepared
            x0, y0, x1, y1 = geom.extent
            for row in range(int(y0 // 1), int(y1 // 1) + 1):
                for col in range(int(x0 // 1), int(x1 // 1) + 1):
                    self.cells.setdefault((row, col), []).append((cc, prepared))

    def of(self, lat: float, lon: float) -> str:
        point = Point(lon, lat)
        for cc, prepared in self.cells.get((int(lat // 1), int(lon // 1)), ()):
            if prepared.covers(point):
                return cc
        return ""


def read_nodes(path: Path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    marks = ",".join("?" * len(KINDS))
    sql = (
        "SELECT LAT, LON, NAME, NAME_EN, VALUE, POPULATION FROM NODE "
        f"WHERE TAG = 'place' AND VALUE IN ({marks})"
    )
    yield from con.execute(sql, KINDS)
    con.close()


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.lower())
    return "".join(ch for ch in text if ch.isalnum())


def build(paths: list[Path], wanted: frozenset[str]) -> list[tuple]:
    countries = Countries()
    rows: dict[tuple[str, str], list[tuple]] = {}
    for path in paths:
        for lat, lon, name, name_en, kind, population in read_nodes(path):
            names = latin_names(name_en, name)
            if not names:
                continue
            cc = countries.of(lat, lon)
            if cc not in wanted:
                continue
            group = rows.setdefault((cc, _fold(names[0])), [])
            if any(abs(lat - a) + abs(lon - b) < SAME_KM / 111 for *_, a, b, _p in group):
                continue
            pop = int(population) if str(population or "").isdigit() else 0
            group.append(
                (cc, kind, names[0], "|".join(names[1:]), round(lat, 5), round(lon, 5), pop)
            )
    return sorted(row for group in rows.values() for row in group)


HEADER = """\
# Places named in OpenStreetMap (c) OpenStreetMap contributors, ODbL 1.0
# (https://www.openstreetmap.org/copyright); this table is a derived database under the ODbL.
# country, OSM place kind, name (name:en, else the Latin-script name), other Latin-script
# names (|), latitude, longitude, OSM population (0 = none). Built by
# scripts/build_osm_places.py from the OSM extracts (2019-09) of the public repository
# ObiWanLansi/GeoData: {sources}
"""


def main(argv: list[str]) -> None:
    import os

    import django

    sys.path.insert(0, str(DATA.parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflictmap.settings")
    django.setup()
    from places.gazetteer_osm import COUNTRIES

    out, *extracts = argv
    paths = [Path(p) for p in extracts]
    rows = build(paths, frozenset(COUNTRIES))
    sources = ", ".join(p.name for p in paths)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(HEADER.format(sources=sources))
        for row in rows:
            fh.write("\t".join(map(str, row)) + "\n")
    print(f"{len(rows)} places -> {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
