"""A town far from the story gives way to its namesake among the story's towns.

Many conflict towns have a namesake in the same country, and the gazetteer often knows the
namesake better: a town of 70,000 on record 300 km away beside a village with no population, or
a locality of the GED/OpenStreetMap data with no first-level code. The prior then picks the
populated copy, and the story's other towns only narrow the gap (their region and nearness
weigh less than two orders of population): "Bailundo" beside Andulo, Kuito and Huambo, "the
mining town of Kalima" 80 km from Kindu. When the story's other towns (their mentions, a
capital's aside) beside a namesake in the lead's country outnumber those beside the lead at
least threefold, the namesake leads, narrowly: the confidence stays in the review band.

Only a populated lead gives way: a region's seat is named from afar ("flown to Jayapura") and a
district or a village with no population won on the story's pull already. Explicit evidence
keeps the lead (containment, a staff decision, an institution's seat, a demonym).
"""

from __future__ import annotations

from places.geoparser.confidence import NEAR_KM
from places.geoparser.index import haversine_km
from places.geoparser.strays import EXPLICIT, famous_place

# Two readings of a name NEAR_KM apart are two places (the scorer's 100 miles); a town of the
# story this near a reading stands beside it.
# The namesake needs this many of the story's mentions of other towns beside it ...
MIN_SUPPORT = 2
# ... and this many times as many as the lead: a person's name read as a village ("Kabila")
# beside the far copy does not outweigh the story's main town named ten times.
SUPPORT_RATIO = 3
# How far the near namesake leads afterwards: a near tie (the review queue).
NEAR_MARGIN = 0.5
_LOCAL_KINDS = ("settlement", "admin")


def _local(p) -> bool:
    """A town or a district (a first-level region's point says little about where a town is)."""
    return p.kind in _LOCAL_KINDS and p.feature_code not in ("ADM1", "PCLI") and p.lat is not None


def rescore_once_per_name(mentions: list, places: list, choose, margin: float) -> None:
    """Put ahead, in every mention of a name, the reading `choose(mention, lead)` picks at the
    name's first mention with a choice (None: keep the lead), so that every mention of it
    agrees. A name with explicit evidence anywhere in the story ("X, in Y", a demonym, a home
    country) is left as that evidence decided it."""
    decided: dict[str, int | None] = {
        m.spot.key: None for m in mentions if m.method.startswith(EXPLICIT)
    }
    for m in mentions:
        if len(m.cands) < 2:
            continue
        key = m.spot.key
        if key not in decided:
            decided[key] = choose(m, places[m.leading_place()])
        if decided[key] is not None:
            m.put_ahead(decided[key], margin)


def prefer_near_namesakes(mentions: list, places: list) -> None:
    """Rescore, in place, the mentions whose leading town lies far from every other town of
    the story while a namesake in its country lies among them (see the module's docstring)."""
    points: list[tuple[float, float, str]] | None = None

    def choose(m, lead) -> int | None:
        nonlocal points
        if not _populated_copy(lead):
            return None
        if points is None:
            points = _story_points(mentions, places)
        others = [(lat, lon) for lat, lon, k in points if k != m.spot.key]
        return _near_namesake(m, places, lead, others)

    rescore_once_per_name(mentions, places, choose, NEAR_MARGIN)


def _populated_copy(p) -> bool:
    """Whether a lead is a town whose population on record may have won it the name: not a
    first-level seat (a story names its region's capital from afar: "flown to Jayapura") nor a
    capital or world city, and not a district or a village with no population (nothing but
    the story's pull chose it, and the pull is what this step reads)."""
    return (
        p.kind == "settlement"
        and p.population > 0
        and p.feature_code not in ("PPLA", "PPLC")
        and not famous_place(p)
        and p.lat is not None
    )


def _story_points(mentions: list, places: list) -> list[tuple[float, float, str]]:
    """The points of the towns and districts the story's mentions lead with, and their names'
    keys; a capital or a world city speaks for a government, not for the story's ground."""
    out = []
    for m in mentions:
        p = places[m.leading_place()]
        if _local(p) and not famous_place(p):
            out.append((p.lat, p.lon, m.spot.key))
    return out


def _support(p, points: list) -> int:
    """How many of the story's mentions of other towns lie within NEAR_KM of `p`."""
    return sum(1 for lat, lon in points if haversine_km(p.lat, p.lon, lat, lon) <= NEAR_KM)


def _near_namesake(m, places: list, lead, points: list) -> int | None:
    """The reading of the lead's country with the most of the story's other towns beside it,
    if they outnumber the lead's (see the constants)."""
    need = max(MIN_SUPPORT, SUPPORT_RATIO * _support(lead, points))
    best: tuple[int, int] | None = None
    for i, _f in m.cands:
        p = places[i]
        if p.country != lead.country or not _local(p):
            continue
        if haversine_km(p.lat, p.lon, lead.lat, lead.lon) <= NEAR_KM:
            continue  # another record of the same town
        n = _support(p, points)
        if n >= need and (best is None or n > best[0]):
            best = (n, i)
    return best[1] if best else None
