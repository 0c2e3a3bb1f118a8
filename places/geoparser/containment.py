"""Containment "X, Y": the readings of X that the country, region or district Y holds gain, and Y
is then read as that container (places.geoparser.resolve calls it for each such pair)."""

from __future__ import annotations

from places.geoparser.index import DEMONYM, haversine_km
from places.geoparser.records import Mention
from places.geoparser.weights import CONTAINER_BONUS, DISTRICT_KM


def district_point(p) -> tuple[float, float] | None:
    """The point of a container below the first level (a district), None for a country or a
    first-level region (their codes say what they hold)."""
    if p.kind == "admin" and p.feature_code not in ("ADM1", "PCLI") and p.lat is not None:
        return (p.lat, p.lon)
    return None


def contain(places, m: Mention, nxt: Mention) -> bool:
    """Lift the readings of `m` that `nxt` (after a comma: "X, Y") holds; True if any."""
    # "the village of Vodiane, Ukrainian officers said": a demonym after the comma holds
    # nothing.
    # A district holds only the towns near its point: the index keeps no second-level
    # code, and its state's code alone let "Maiduguri, Potiskum in Yobe state" (a list)
    # read as a hamlet Maiduguri of Yobe inside the Potiskum district.
    containers = {
        (pj.kind, pj.country, pj.admin1, district_point(pj))
        for pj, f in ((places[j], f) for j, f in nxt.cands)
        if not f & DEMONYM
    }
    held: set[tuple[str, str]] = set()  # (kind, country or "country/admin1") that hold X
    for k, (i, _f) in enumerate(m.cands):
        p = places[i]
        # Every reading of Y that holds this reading of X is the container ("Panama City,
        # Panama": the country and the province of Panama both hold the capital; their own
        # scores choose between them). Stopping at the first holder made the choice follow the
        # set's order, that is the hash seed. X's reading gains once however many hold it.
        holders = {
            (kind, cc if kind == "country" else f"{cc}/{adm}")
            for kind, cc, adm, point in containers
            if (kind == "country" and cc == p.country and p.kind != "country")
            or (
                kind == "admin"
                and cc == p.country
                and adm
                and adm == p.admin1
                and p.kind == "settlement"
                and (point is None or haversine_km(p.lat, p.lon, *point) <= DISTRICT_KM)
            )
        }
        if holders:
            m.scores[k] += 9.0
            held |= holders
    if held:
        m.method = "containment"
        # Y itself is then the container that holds X, not a homonym of it ("Minna, Niger"
        # is Niger State, however prominent the country Niger).
        for k, (j, _f) in enumerate(nxt.cands):
            pj = places[j]
            if (pj.kind, pj.country) in held or (pj.kind, f"{pj.country}/{pj.admin1}") in held:
                nxt.scores[k] += CONTAINER_BONUS
    return bool(held)
