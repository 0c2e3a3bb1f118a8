"""Readings report today's country codes.

The gazetteer still holds a few countries whose ISO 3166-1 code was withdrawn (GeoNames keeps
"Serbia and Montenegro" as CS, the Netherlands Antilles as AN), and a story about "Yugoslavia"
reads as that country. The map, the campaign targets and the gold all use today's codes (the
country that continues the state, ISO 3166-3), so a reading is reported under its successor's
code; its point stays the gazetteer's.
"""

from __future__ import annotations

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


def report_current_countries(toponyms: list) -> None:
    """In place: each reading in a withdrawn country code carries its successor's code."""
    for t in toponyms:
        cc = SUCCESSORS.get(t.country)
        if cc is not None:
            t.country = cc
