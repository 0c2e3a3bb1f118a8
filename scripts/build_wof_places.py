"""Write places/data/wof_places.tsv.gz: the towns, villages and city quarters of Who's On First
(CC BY 4.0; most of them GeoNames', CC BY 4.0) for the countries at war that
`places.gazetteer_wof.COUNTRIES` lists (where no OpenStreetMap village extract was to be had, or
OSM's 2019 extract lacks the villages stories name).

Run by hand after updating a snapshot, and commit the output:

    python scripts/build_wof_places.py OUT.tsv.gz [--keep OLD.tsv.gz] REPO.git [REPO.git ...]

With --keep, the rows of OLD for the countries no REPO is given for are kept, so adding a
country needs only its own repository (a row read back is the row written).

A REPO is a git directory of one of Who's On First's per-country repositories
(`whosonfirst-data/whosonfirst-data-admin-<cc>`: one GeoJSON file per place under `data/`); the
files are read from its HEAD, so a bare clone will do. Kept: places of kind locality, localadmin,
borough or neighbourhood that are neither deprecated nor superseded, and are not a GeoNames
abandoned or historical place (PPLQ, PPLH), with a Latin-script name (`wof:name`, GeoNames' name,
its English name and Latin-script variants). Places of one name within SAME_KM of each other make
one row (the first; a larger population first).
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

KINDS = ("locality", "localadmin", "borough", "neighbourhood")
SKIPPED_CODES = ("PPLQ", "PPLH")  # GeoNames: abandoned, historical
SAME_KM = 10.0
MAX_NAMES = 8
_LATIN = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ'’ʻʼ‘ʿʾ\-. ]+$")
# Words that make a name an administrative unit's, not the settlement's ("Ormara Tehsil").
_UNIT_WORDS = re.compile(r"\b(?:tehsil|district|province|municipality|subdistrict)\b", re.I)


def _name_values(props: dict) -> Iterator[str]:
    yield props.get("wof:name") or ""
    yield props.get("gn:name") or ""
    for key in ("name:eng_x_preferred", "name:eng_x_variant", "name:und_x_variant"):
        yield from props.get(key) or ()
    yield props.get("gn:asciiname") or ""


def latin_names(props: dict) -> list[str]:
    """The record's Latin-script names, in order (its own name first), without repeats; of
    names that differ only by accents one is kept, the accented one ("Malacañang", not
    "Malacanang"): the spotter reads a name also without its accents, not the other way round,
    and every name costs the index memory."""
    out: list[str] = []
    folds: dict[str, int] = {}
    for raw in _name_values(props):
        name = " ".join(str(raw).replace("’", "'").split()).strip(" -.'")
        if len(name) < 3 or not _LATIN.match(name) or _UNIT_WORDS.search(name):
            continue
        if not name[0].isupper():
            continue
        fold = _accentless(name)
        if fold not in folds:
            folds[fold] = len(out)
            out.append(name)
        elif not name.isascii() and out[folds[fold]].isascii():
            out[folds[fold]] = name
    return out[:MAX_NAMES]


def _accentless(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def read_records(repo: Path) -> Iterator[dict]:
    """The properties of each place file at the repository's HEAD (no work tree needed)."""
    listing = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "-r", "--name-only", "HEAD", "data/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    paths = [p for p in listing if p.endswith(".geojson") and "-alt-" not in p]
    with subprocess.Popen(
        ["git", "-C", str(repo), "cat-file", "--batch"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    ) as proc:
        for path in paths:
            proc.stdin.write(f"HEAD:{path}\n".encode())
            proc.stdin.flush()
            size = int(proc.stdout.readline().split()[2])
            blob = proc.stdout.read(size)
            proc.stdout.read(1)
            yield json.loads(blob)["properties"]
        proc.stdin.close()


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.lower())
    return "".join(ch for ch in text if ch.isalnum())


def _wanted(props: dict, countries: frozenset[str]) -> bool:
    return (
        props.get("wof:placetype") in KINDS
        and (props.get("wof:country") or "") in countries
        and not props.get("edtf:deprecated")
        and not props.get("wof:superseded_by")
        and props.get("mz:is_current") != 0
        and props.get("gn:feature_code") not in SKIPPED_CODES
        and props.get("geom:latitude") is not None
    )


def build(repos: list[Path], countries: frozenset[str]) -> list[tuple]:
    places = []
    for repo in repos:
        for props in read_records(repo):
            if not _wanted(props, countries):
                continue
            names = latin_names(props)
            if names:
                population = int(props.get("gn:population") or 0)
                places.append((props, names, population))
    places.sort(key=lambda p: -p[2])  # the largest of a cluster of namesakes is kept
    rows: dict[tuple[str, str], list[tuple]] = {}
    for props, names, population in places:
        cc, kind = props["wof:country"], props["wof:placetype"]
        lat, lon = float(props["geom:latitude"]), float(props["geom:longitude"])
        group = rows.setdefault((cc, _fold(names[0])), [])
        if any(abs(lat - a) + abs(lon - b) < SAME_KM / 111 for *_, a, b, _p in group):
            continue
        others = "|".join(names[1:])
        group.append((cc, kind, names[0], others, round(lat, 5), round(lon, 5), population))
    return sorted(row for group in rows.values() for row in group)


def read_table(path: Path) -> Iterator[tuple]:
    """The rows of a table this script wrote, typed as `build` returns them."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            cc, kind, name, others, lat, lon, pop = line.rstrip("\n").split("\t")
            yield (cc, kind, name, others, float(lat), float(lon), int(pop))


HEADER = """\
# Places of Who's On First (https://whosonfirst.org, CC BY 4.0; most of them GeoNames',
# https://www.geonames.org, CC BY 4.0). country, kind (Who's On First placetype), name, other
# Latin-script names (|), latitude, longitude, GeoNames population (0 = none). Built by
# scripts/build_wof_places.py from the repositories
# whosonfirst-data/whosonfirst-data-admin-<cc> (snapshots of 2026-12), <cc>: {sources}
"""


def main(argv: list[str]) -> None:
    import os

    import django

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflictmap.settings")
    django.setup()
    from places.gazetteer_wof import COUNTRIES

    out, *repo_args = argv
    old = None
    if repo_args[:1] == ["--keep"]:
        old, *repo_args = repo_args[1:]
    repos = [Path(p) for p in repo_args]
    rows = build(repos, frozenset(COUNTRIES))
    # "…/whosonfirst-data+whosonfirst-data-admin-lb/repo" -> "lb"
    codes = {re.search(r"admin-([a-z]{2})", str(p)) for p in repos}
    built = {m.group(1) for m in codes if m}
    if old:
        kept = [row for row in read_table(Path(old)) if row[0].lower() not in built]
        rows = sorted(rows + kept)
    sources = " ".join(sorted(built | {row[0].lower() for row in rows}))
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(HEADER.format(sources=sources))
        for row in rows:
            fh.write("\t".join(map(str, row)) + "\n")
    print(f"{len(rows)} places -> {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
