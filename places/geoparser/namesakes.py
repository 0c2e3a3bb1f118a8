"""Confidence of a reading that has a namesake in its own country.

A cue word ("the mining town of Kalima", "the Penha district", "the Basak district of Silopi")
says what kind of place a name is, not which of a country's places of that name: on the dev gold
the readings a cue lifted to 0.97-1.0 and that were wrong all had a namesake in the same country
more than NEAR_KM away, and the story's other places lay near the namesake the gazetteer lacked
or did not prefer. Such a reading keeps 0.9 and more only with evidence for this one: containment
("Kalima, Maniema"), a staff decision, an institution's seat, or another place of the story in
the same country within NEAR_KM of it. A capital or a city of a million is what the name means
whatever its villages are called.

Twin towns across a border ("Rafah" of Egypt and of Gaza, two kilometres apart; "Kara-Suu" of
Kyrgyzstan beside Uzbekistan's Qorasuv) are one name on both sides: the story's other places lie
near both, so nothing but the text's own words says which side, and a cue word does not. Such a
reading stays below 0.9 unless containment, staff or an institution's seat placed it.
"""

from __future__ import annotations

from places.geoparser.confidence import NEAR_KM, UNCORROBORATED_CEILING
from places.geoparser.index import haversine_km
from places.geoparser.strays import famous_place

# (NEAR_KM, the scorer's 100 miles: a namesake nearer than this is the same place for a reader.)
# A doubtful reading vouches for nothing ("Kabila", the president, read as a village).
ANCHOR_CONFIDENCE = 0.8
_KINDS = ("settlement", "admin")
_PROVEN = ("containment", "staff", "home")
# A namesake this near across a border is the other half of the same crossing.
TWIN_KM = 40.0


def cap_unproven_namesakes(toponyms: list, mentions: list, places: list) -> None:
    """In place: a town or district read at 0.9 or more while the gazetteer has another place of
    the same name in the same country more than NEAR_KM away is capped below 0.9, unless
    something in the story places it (see the module's docstring)."""
    by_start = {m.spot.start: m for m in mentions}
    # The story's own anchors per country: towns and districts (a first-level region's point
    # says little about which of its towns is meant).
    anchors: dict[str, list] = {}
    for u in toponyms:
        if (
            u.kind in _KINDS
            and u.feature_code != "ADM1"
            and u.lat is not None
            and u.confidence >= ANCHOR_CONFIDENCE
        ):
            anchors.setdefault(u.country, []).append(u)
    for t in toponyms:
        if (
            t.confidence <= UNCORROBORATED_CEILING
            or t.kind not in _KINDS
            or t.is_demonym
            or t.lat is None
            or t.method.startswith(_PROVEN)
        ):
            continue
        m = by_start.get(t.start)
        if m is None:
            continue
        chosen = next((places[i] for i, _f in m.cands if places[i].place_id == t.place_id), None)
        if chosen is None or famous_place(chosen):
            continue
        if _has_twin_abroad(t, m, places):
            t.confidence = UNCORROBORATED_CEILING
            continue
        if not _has_far_namesake(t, m, places):
            continue
        if any(
            u.place_id != t.place_id
            and u.name != t.name
            and haversine_km(t.lat, t.lon, u.lat, u.lon) <= NEAR_KM
            for u in anchors.get(t.country, ())
        ):
            continue  # "Kalima, 80 km from Kindu" beside Kindu: the story vouches for it
        t.confidence = UNCORROBORATED_CEILING


def _has_far_namesake(t, m, places: list) -> bool:
    """Whether another reading of the mention is a town or district of `t`'s country more than
    NEAR_KM from it."""
    for i, _flags in m.cands:
        p = places[i]
        if (
            p.place_id != t.place_id
            and p.country == t.country
            and p.kind in _KINDS
            and p.feature_code != "ADM1"
            and haversine_km(t.lat, t.lon, p.lat, p.lon) > NEAR_KM
        ):
            return True
    return False


def _has_twin_abroad(t, m, places: list) -> bool:
    """Whether another reading of the mention is a town of another country within TWIN_KM of
    `t` (see the module's docstring)."""
    for i, _flags in m.cands:
        p = places[i]
        if (
            p.country != t.country
            and p.kind == "settlement"
            and p.lat is not None
            and haversine_km(t.lat, t.lon, p.lat, p.lon) <= TWIN_KM
        ):
            return True
    return False


# A first-level region's point may lie this far from its towns (a large state).
REGION_KM = 250.0


def cap_towns_outside_named_regions(toponyms: list) -> None:
    """In place: a town read at 0.9 or more (a cue word lifted it: "the Venezuelan border town
    of La Victoria") that lies far from every first-level region the story names in its country
    and from every other town of the story there is capped below 0.9: the story is about those
    regions, and a town of the name far from them is likely a namesake of a village the
    gazetteer lacks. A capital is no town of the story's ground (it speaks for a government)."""
    regions: dict[str, list] = {}
    towns: dict[str, list] = {}
    for u in toponyms:
        if u.lat is None or u.confidence < ANCHOR_CONFIDENCE:
            continue
        if u.feature_code == "ADM1":
            regions.setdefault(u.country, []).append(u)
        elif u.kind in _KINDS and u.feature_code != "PPLC":
            towns.setdefault(u.country, []).append(u)
    for t in toponyms:
        if (
            t.confidence <= UNCORROBORATED_CEILING
            or t.kind != "settlement"
            or t.feature_code in ("PPLC", "PPLA")
            or t.lat is None
            or t.method.startswith(_PROVEN)
            or not regions.get(t.country)
        ):
            continue
        if any(haversine_km(t.lat, t.lon, r.lat, r.lon) <= REGION_KM for r in regions[t.country]):
            continue
        if any(
            u.name != t.name and haversine_km(t.lat, t.lon, u.lat, u.lon) <= NEAR_KM
            for u in towns.get(t.country, ())
        ):
            continue
        t.confidence = UNCORROBORATED_CEILING
