"""Write places/data/ucdp_ged_places.tsv.gz: the places UCDP's Georeferenced Event Dataset
(GED, CC BY 4.0) puts events at, for the countries whose slices of the GED are at hand.

Run by hand after adding or updating a slice, and commit the output:

    python scripts/build_ucdp_places.py OUT.tsv.gz SLICE [SLICE ...]

A slice is GED event rows as a CSV file, a GeoJSON FeatureCollection or an R data file (`.rda`,
read with the PyPI package `rdata`, needed only here). Only events placed at a known point
(`where_prec` 1, the place itself, or 2, within ~25 km of it) count; the place name is GED's
`where_coordinates` less its kind ("Kitshanga village", "Maungdaw town" -> Kitshanga, Maungdaw),
split where it gives two spellings ("Has/Hassef", "Ghazal (Qizil Mazra'ah)"). Names with other
lower-case words ("Tallaf airbase", "Yangon - Mawlamyine highway") are not settlements and are
left out. The events of one name within CLUSTER_KM of each other make one row: their mean point.
"""

from __future__ import annotations

import csv
import gzip
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

# GED's country names -> ISO 3166-1 alpha-2, for the slices in use.
COUNTRIES = {
    "Myanmar (Burma)": "MM",
    "Myanmar": "MM",
    "Syria": "SY",
    "Central African Republic": "CF",
}
# Words GED appends to say what a place is; stripped from the end of a name.
_KINDS_TEXT = (
    "town village city township locality hamlet neighbourhood neighborhood quarter suburb "
    "area camp settlement"
)
KINDS = frozenset(_KINDS_TEXT.split())
# Lower-case words that belong to place names (Arabic articles, Romance particles, joiners).
_PARTICLES_TEXT = (
    "al el ad ed ar as ash at az an ul wal bin ibn de du des la le les di da do dos das e i ye y of"
)
PARTICLES = frozenset(_PARTICLES_TEXT.split())
# Words that make a name no settlement ("Tallaf Airbase", "Eastern Homs Governorate").
_NOT_PLACES_TEXT = (
    "governorate province region state district division base airbase airport dam bridge "
    "checkpoint prison hospital school university road highway field farm factory station mosque "
    "church market crossing junction border river lake mountain hill valley plain desert forest "
    "island port harbour military industrial company plant oilfield front line"
)
NOT_PLACES = frozenset(_NOT_PLACES_TEXT.split())
CLUSTER_KM = 10.0
_SPLIT = re.compile(r"\s*/\s*|\s*\(\s*|\s*\)\s*")


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def clean_names(raw: str) -> list[str]:
    """The spellings a GED location string gives, without its kind; [] when it is no settlement
    (the string's first part decides: "Yangon - Mawlamyine highway (Kyaikhto township)" is a
    point on a road, not Kyaikhto)."""
    words = raw.replace("\u2019", "'").split()
    while len(words) > 1 and words[-1].lower() in KINDS:
        words.pop()
    out = []
    for part in _SPLIT.split(" ".join(words)):
        name = _settlement_name(part)
        if name is None and not out:
            return []
        if name is not None:
            out.append(name)
    return out


def _settlement_name(part: str) -> str | None:
    tokens = part.strip(" ,.-").split()
    while len(tokens) > 1 and tokens[-1].lower() in KINDS:
        tokens.pop()
    if not tokens or not tokens[0][:1].isupper():
        return None
    if any(t.lower() in NOT_PLACES for t in tokens) or any(
        t[:1].islower() and t.lower() not in PARTICLES and t.split("-")[0] not in PARTICLES
        for t in tokens
    ):
        return None
    name = " ".join(tokens)
    if len(name) < 3 or any(ch in name for ch in ",;:?"):
        return None
    return name


def _rows_csv(path: Path):
    with open(path, newline="", encoding="utf-8") as fh:
        yield from csv.DictReader(fh)


def _rows_geojson(path: Path):
    with open(path, encoding="utf-8") as fh:
        for feature in json.load(fh)["features"]:
            lon, lat = feature["geometry"]["coordinates"][:2]
            yield {"latitude": lat, "longitude": lon, **feature["properties"]}


def _rows_rda(path: Path):
    import rdata  # build time only

    for frame in rdata.read_rda(str(path)).values():
        frame.columns = [str(c) for c in frame.columns]
        yield from frame.to_dict("records")


def read_events(path: Path):
    """(country, names, adm_1, lat, lon) of each event placed within ~25 km."""
    reader = {".csv": _rows_csv, ".geojson": _rows_geojson, ".rda": _rows_rda}[path.suffix]
    for row in reader(path):
        try:
            prec = int(float(row["where_prec"]))
            lat, lon = float(row["latitude"]), float(row["longitude"])
        except (TypeError, ValueError):
            continue
        cc = COUNTRIES.get(str(row.get("country", "")))
        if cc is None or prec > 2:
            continue
        names = clean_names(str(row.get("where_coordinates") or ""))
        if names:
            yield cc, names, str(row.get("adm_1") or ""), lat, lon


def cluster(events) -> list[tuple[str, str, str, float, float, int]]:
    """One row per (country, name, cluster of points within CLUSTER_KM)."""
    groups: dict[tuple[str, str], list[list]] = defaultdict(list)
    for cc, names, adm1, lat, lon in events:
        for name in names:
            for group in groups[(cc, name)]:
                if _km((group[0] / group[2], group[1] / group[2]), (lat, lon)) <= CLUSTER_KM:
                    group[0] += lat
                    group[1] += lon
                    group[2] += 1
                    break
            else:
                groups[(cc, name)].append([lat, lon, 1, adm1])
    rows = []
    for (cc, name), found in groups.items():
        for lat, lon, n, adm1 in found:
            rows.append((cc, name, adm1, round(lat / n, 4), round(lon / n, 4), n))
    return sorted(rows)


HEADER = """\
# Places of UCDP GED events (Uppsala Conflict Data Program, Georeferenced Event Dataset,
# CC BY 4.0, https://ucdp.uu.se): country, name (GED's where_coordinates without its kind),
# GED's adm_1, latitude, longitude, events. Only events with where_prec 1-2. Built by
# scripts/build_ucdp_places.py from: {sources}
"""


def main(argv: list[str]) -> None:
    out, *slices = argv
    events = [e for path in slices for e in read_events(Path(path))]
    rows = cluster(events)
    sources = ", ".join(Path(p).name for p in slices)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(HEADER.format(sources=sources))
        for row in rows:
            fh.write("\t".join(map(str, row)) + "\n")
    print(f"{len(events)} events, {len(rows)} places -> {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
