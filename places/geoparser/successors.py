"""Readings report today's country codes.

The gazetteer still holds a few countries whose ISO 3166-1 code was withdrawn (GeoNames keeps
"Serbia and Montenegro" as CS, the Netherlands Antilles as AN), and a story about "Yugoslavia"
reads as that country. The map, the campaign targets and the gold all use today's codes (the
country that continues the state, ISO 3166-3), so a reading is reported under its successor's
code; its point stays the gazetteer's.

Likewise a place the gazetteer files under a state's code inside a territory ISO 3166 codes
apart (Smara, filed under Morocco, in Western Sahara) reports the territory's code
(`places/data/territory_codes.tsv`).
"""

from __future__ import annotations

import csv
from functools import cache

from places.geoparser.index import DATA

# Withdrawn code -> the continuing state's code (ISO 3166-3). Only states with one continuing
# successor: Czechoslovakia's split has none and keeps its code.
SUCCESSORS = {
    "AN": "CW",  # Netherlands Antilles -> Curaçao, where its government sat
    "BU": "MM",  # Burma
    "CS": "RS",  # Serbia and Montenegro -> Serbia
    "DD": "DE",  # East Germany joined the Federal Republic
    "SU": "RU",  # Soviet Union -> Russia, its continuing state
    "TP": "TL",  # East Timor
    "YU": "RS",  # Yugoslavia -> Serbia (through Serbia and Montenegro)
    "ZR": "CD",  # Zaire
}


@cache
def territory_boxes() -> dict[str, list[tuple[str, float, float, float, float]]]:
    """State code -> [(territory code, south, north, west, east)] from territory_codes.tsv."""
    boxes: dict[str, list[tuple[str, float, float, float, float]]] = {}
    with open(DATA / "territory_codes.tsv", encoding="utf-8") as fh:
        rows = csv.reader((line for line in fh if not line.startswith("#")), delimiter="\t")
        for state, territory, south, north, west, east, _why in rows:
            box = (territory, float(south), float(north), float(west), float(east))
            boxes.setdefault(state, []).append(box)
    return boxes


def territory_code(country: str, lat: float, lon: float) -> str:
    """The code of the territory whose box holds the point, if the gazetteer filed it under
    that territory's state; else `country` unchanged."""
    for territory, south, north, west, east in territory_boxes().get(country, ()):
        if south <= lat <= north and west <= lon <= east:
            return territory
    return country


def report_current_countries(toponyms: list) -> None:
    """In place: each reading in a withdrawn country code carries its successor's code."""
    for t in toponyms:
        cc = SUCCESSORS.get(t.country)
        if cc is not None:
            t.country = cc


def report_territories(toponyms: list) -> None:
    """In place: each reading in a territory filed under its state carries the territory's
    code. Done last: the parser's stages weigh a territory's places as its state's (the story's
    countries, a namesake abroad), as the gazetteer files them."""
    for t in toponyms:
        t.country = territory_code(t.country, t.lat, t.lon)
