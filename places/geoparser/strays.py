"""A town abroad gives way to its namesake at home.

A story that names a town whose leading reading lies in a country where none of the story's
other towns and regions lie has most likely met a namesake: "the town of Palma" in a story about
Cabo Delgado is the Mozambican port, not Palma de Mallorca. When the name has a reading in the
story's country (where most of its other towns and regions lie, at least two; a country named
in passing, "the U.S.-led coalition", is none) under that place's own name (not an old or
alternate name: a US town once called Jerusalem), that reading leads instead, narrowly: its
confidence stays below the review threshold. Explicit evidence keeps the foreign reading:
containment ("Palma, Spain"), a staff decision, an institution's seat; and so does prominence:
a name with a famous reading (a country, a capital, a city of a million, `common_names.tsv`) is
never pulled to a small namesake this way.
"""

from __future__ import annotations

import math
from collections import defaultdict

from places.geoparser.index import PREFERRED, haversine_km
from places.geoparser.weights import LOCALITY_CODE, WORLD_CITY_POPULATION
from places.normalize import name_key

# How far the home reading leads the stray one afterwards: a near tie, so the softmax gives the
# home reading about 0.6 (the review queue) rather than a confident answer.
HOME_MARGIN = 0.5
# A story is about a country when it names at least this many other towns or regions there.
MIN_HOME_NAMES = 2
# Methods that read a name from explicit evidence ("X, in Y", a demonym, a home country, a
# staff's post): the steps that weigh the story's pull leave such a name alone.
EXPLICIT = ("containment", "staff", "home", "demonym")
# A town of record: a GeoNames town of this many people, or a capital. A locality (a village of
# the postal data, GED or OpenStreetMap) of the same name wins over it only on explicit
# evidence, unless the locality lies nearer the story's other towns (a front-line village).
RECORD_POPULATION = 20_000
# A locality this near a town of record of its name in another country is that town recorded
# twice: the village sources give a place the country of the (coarse) border polygon that holds
# its point, GeoNames the country that administers it ("Mali Zvornik" on the Drina, "Gunja" on
# the Sava).
SAME_PLACE_KM = 15.0
# A town of rank in the locality's own country keeps its name wherever it lies, unless the text
# calls the name a village: a town of this many people, or a regional seat of RECORD_POPULATION
# ("Goma" in a story about Kitona is Kivu's capital, not a village of that name near Kitona).
# Not 50,000: GeoNames puts some towns of 50,000-100,000 of Ethiopia and DR Congo far from where
# they are (Kobo, Kalima), and the village the story means is their true point. Under any of
# its names: GeoNames spells Zaporizhzhia "Zaporizhzhya" and gives the new spelling to villages.
RANK_POPULATION = 100_000
SEAT_CODES = frozenset({"PPLA", "PPLA2"})
_LOCAL_KINDS = ("settlement", "admin")


def prefer_home_readings(mentions: list, places: list, is_famous) -> None:
    """Rescore, in place, the mentions whose leading reading is a town in a country where no
    other town or region of the story leads, towards their best reading in the story's country.
    `is_famous(key)` says whether a name has a famous reading."""
    keys_in: dict[str, set[str]] = defaultdict(set)  # country -> keys of towns, regions there
    for m in mentions:
        lead = places[m.leading_place()]
        if lead.country and lead.kind in _LOCAL_KINDS:
            keys_in[lead.country].add(m.spot.key)
    decided: dict[str, int | None] = {}  # key -> the place index to lead, or None
    for m in mentions:
        key = m.spot.key
        if len(m.cands) < 2 or m.method.startswith(EXPLICIT):
            continue
        if key not in decided:
            decided[key] = _home_place(m, places, keys_in, is_famous)
        home = decided[key]
        if home is None:
            continue
        m.put_ahead(home, HOME_MARGIN)


def famous_place(p) -> bool:
    """A capital or a city of a million, whatever name the text gives it ("Mecca" for Makkah
    al Mukarramah)."""
    return p.feature_code == "PPLC" or p.population >= WORLD_CITY_POPULATION


def _home_place(m, places: list, keys_in: dict[str, set[str]], is_famous) -> int | None:
    """The place a stray town's name should lead with, if any."""
    lead = places[m.leading_place()]
    key = m.spot.key
    if lead.kind != "settlement" or is_famous(key) or famous_place(lead):
        return None
    # The story's country: where most of its other towns and regions lie ("U.S." or "Syria"
    # named in passing in a story about Mosul is not where its districts are).
    counts = {cc: len(keys - {key}) for cc, keys in keys_in.items()}
    most = max(counts.values(), default=0)
    home = {cc for cc, n in counts.items() if n == most and n >= MIN_HOME_NAMES}
    if not home or counts.get(lead.country, 0) > 0:
        return None
    local = [
        (score, i)
        for (i, flags), score in zip(m.cands, m.scores, strict=True)
        if places[i].country in home and places[i].kind == "settlement" and flags & PREFERRED
    ]
    return max(local)[1] if local else None


def prefer_towns_of_record(mentions: list, places: list) -> None:
    """Rescore, in place, the mentions whose leading reading is a locality (feature code PPLL,
    no population on record) that won on the pull of the story's other places alone — their
    region, their nearness, the story's country — over a town of record of the same name that
    is a capital or lies nearer the story's other towns than the locality: "Abuja" in a story
    about Borno is the capital, not a hamlet near Bama; "Ndola" in a story about Lubumbashi is
    the Zambian city 200 km away, not a village of the same name in Kivu. A front-line village
    nearer the story than a town of its name elsewhere keeps its reading, unless that town is
    a town of rank of its own country and the text does not call the name a village ("Goma"
    beside Kitona is Kivu's capital); a town of record across a border a few kilometres from
    the locality is the same place, and leads. The town leads narrowly (the review queue)."""
    decided: dict[str, int | None] = {}
    points: list[tuple[float, float, str]] | None = None
    villages = {m.spot.key for m in mentions if m.village}
    for m in mentions:
        if len(m.cands) < 2 or m.method.startswith(EXPLICIT):
            continue
        lead = places[m.leading_place()]
        if lead.feature_code != LOCALITY_CODE:
            continue
        key = m.spot.key
        if key not in decided:
            if points is None:
                points = _story_points(mentions, places)
            others = [(lat, lon) for lat, lon, k in points if k != key]
            decided[key] = _town_of_record(m, places, lead, others, key not in villages)
        town = decided[key]
        if town is not None:
            m.put_ahead(town, HOME_MARGIN)


def _story_points(mentions: list, places: list) -> list[tuple[float, float, str]]:
    """The points of the towns the story's mentions lead with, and their names' keys."""
    out = []
    for m in mentions:
        p = places[m.leading_place()]
        if p.kind == "settlement" and p.feature_code != LOCALITY_CODE:
            out.append((p.lat, p.lon, m.spot.key))
    return out


def _distance(p, points: list) -> float:
    """How far a place lies from the nearest of the story's other towns (km)."""
    return min((haversine_km(p.lat, p.lon, lat, lon) for lat, lon in points), default=math.inf)


def _town_of_record(m, places: list, lead, points: list, by_rank: bool) -> int | None:
    """The best-scored town of record among a name's readings that is a capital, a town of
    rank in the locality's country (`by_rank`: the text does not call the name a village) or
    lies nearer the story's other towns than the leading locality."""
    best: tuple[float, int] | None = None
    lead_km = _distance(lead, points)
    for (i, flags), score in zip(m.cands, m.scores, strict=True):
        p = places[i]
        if p.kind != "settlement" or p.feature_code == LOCALITY_CODE:
            continue
        ranked = by_rank and _town_of_rank(p, lead, m.spot.key)
        if not (flags & PREFERRED or ranked):
            continue
        if _same_place_abroad(p, lead):
            return i
        if not (ranked or p.feature_code == "PPLC") and (
            p.population < RECORD_POPULATION or _distance(p, points) >= lead_km
        ):
            continue
        if best is None or score > best[0]:
            best = (score, i)
    return best[1] if best else None


def _town_of_rank(p, lead, key: str) -> bool:
    """Whether a town of the locality's own country is one its name means unless the text
    says otherwise: a town of RANK_POPULATION, or a regional seat of RECORD_POPULATION. Not
    under the first part of its own longer name: "Dibaya" is a village, Dibaya-Lubwe a town
    300 km away."""
    own = name_key(p.name)
    return (
        p.country == lead.country
        and (own == key or not own.startswith(key))
        and (
            p.population >= RANK_POPULATION
            or (p.feature_code in SEAT_CODES and p.population >= RECORD_POPULATION)
        )
    )


def _same_place_abroad(p, lead) -> bool:
    """Whether a town of record is the leading locality itself under another country's code."""
    return p.country != lead.country and (
        haversine_km(p.lat, p.lon, lead.lat, lead.lon) <= SAME_PLACE_KM
    )


# A town inside a country under the country's own name is rarely what the name means.
COUNTRY_NAMESAKE_PENALTY = 3.0


def demote_country_namesakes(m, places) -> None:
    """A country's own name is the country, not a town, district or region of that name
    inside it ("the flag of Colombia" is no municipality Colombia in Huila, "Mexico" no State
    of Mexico), unless the text says town or city; a capital of the country's name stays a
    reading ("Djibouti")."""
    named = {places[i].country for i, f in m.cands if places[i].kind == "country" and f & PREFERRED}
    if not named:
        return
    for k, (i, _f) in enumerate(m.cands):
        p = places[i]
        if p.kind in ("settlement", "admin") and p.country in named and p.feature_code != "PPLC":
            m.scores[k] -= COUNTRY_NAMESAKE_PENALTY
