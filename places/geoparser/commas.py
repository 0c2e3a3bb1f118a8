"""Names joined by a comma: "X, Y" is X inside Y ("Paris, Texas") or two items of a list of
places ("the streets of Tehran, Isfahan and Ahvaz")."""

from __future__ import annotations

import re

from places.geoparser.records import Mention
from places.geoparser.strays import famous_place

# A second item that reads as a city this big makes "X, Y" a list rather than X inside Y.
MAJOR_CITY_POPULATION = 100_000
# What joins the next item of a list of places: ", ", " and ", ", and ".
_LIST_GOES_ON = re.compile(r",? and |, ")


def mention_before_comma(text: str, start: int, by_end: dict[int, Mention]) -> Mention | None:
    """The mention ending at ", " (or " , ") before `start`."""
    for gap in (2, 3):
        if text[max(0, start - gap) : start].strip() == ",":
            prev = by_end.get(start - gap)
            if prev:
                return prev
    return None


def mention_after_comma(text: str, end: int, by_start: dict[int, Mention]) -> Mention | None:
    """The mention starting after ", " (or " , ") at `end`, or in brackets after it: a
    dateline's "KARKAMIS (Turkey)", "BIJAPUR (Chhattisgarh)" says where the town lies as
    "Karkamis, Turkey" does."""
    for gap in (2, 3):
        if text[end : end + gap].strip() == ",":
            nxt = by_start.get(end + gap)
            if nxt:
                return nxt
    if text.startswith(" (", end):
        nxt = by_start.get(end + 2)
        if nxt and text.startswith(")", nxt.spot.end):
            return nxt
    return None


def cities_listed(places: list, m: Mention, nxt: Mention, text: str, by_start: dict) -> bool:
    """In "the streets of Tehran, Isfahan and Ahvaz" the names are a list of cities, not a
    capital's small namesake inside the region of the second: the first has a famous reading,
    the second reads as a major city too and the list goes on with a bare town (one that may
    also name its province: "Tehran, Isfahan and Qom"). ("Paris, Texas and Moscow, Idaho"
    pairs each town with its state; "London, Ontario, Canada" ends on a country.)"""
    after = _LIST_GOES_ON.match(text, nxt.spot.end)
    last = by_start.get(after.end()) if after else None
    if (
        last is None
        or mention_after_comma(text, last.spot.end, by_start) is not None
        or not any(places[j].kind == "settlement" for j, _f in last.cands)
    ):
        return False
    return any(famous_place(places[i]) for i, _f in m.cands) and any(
        places[j].kind == "settlement" and places[j].population >= MAJOR_CITY_POPULATION
        for j, _f in nxt.cands
    )
