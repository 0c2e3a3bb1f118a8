"""Prominence before proximity: a name keeps its famous reading unless the text says otherwise.

A reader takes "Geneva" for the Swiss city and "talks in Geneva" beside "the United States" does
not move them to Geneva, Ohio. The document's focus stage, though, gives every reading in a
country the story names a share of that country's votes, and a town of 10,000 there can overtake
a city of 200,000 abroad on that pull alone. On the dev gold every such upset was wrong (the
talks were in Switzerland). A small namesake keeps the lead only on explicit evidence: "Geneva,
Ohio" (containment), a staff decision, an institution's seat, its state named in the story
("Geneva ... Illinois"), a town of the story within a short drive of it (local news: "Geneva,
Batavia and St. Charles"), or a story set in its country (local news names towns, not states:
on LGL a small namesake among two other towns of its country was right far more often than the
famous reading).
"""

from __future__ import annotations

from places.geoparser.index import PREFERRED, haversine_km
from places.geoparser.strays import EXPLICIT, famous_place
from places.geoparser.weights import WORLD_CITY_POPULATION

# A prominent reading under its main name: a capital, a city of a million, or the seat of a
# first-level region (Geneva, Kandahar) of this many people; a town of 140,000 that is neither
# (Moro, Pakistan) is no more famous than the story's village of its name ...
PROMINENT_POPULATION = 100_000
# ... at least this many times as large as the reading that leads ...
PROMINENCE_RATIO = 4.0
# ... which is a small namesake: a town under this many people (Tripoli in Lebanon, a city of
# 200,000, is no small namesake of the Libyan capital and keeps its lead in a story about it).
SMALL_POPULATION = 50_000
# A town of the story this near the small namesake vouches for it (a county's towns).
NEIGHBOUR_KM = 60.0
# The story is set in the namesake's country when it names this many other towns or districts
# there (a capital does not count: "Washington" speaks for a government, not for a place; one
# stray town of the country, such as a person's name read as a place, does not set the story).
HOME_NAMES = 2
# How far the prominent reading leads afterwards: the softmax gives it about 0.8, not more
# (a bare town name stays under 0.9 in any case).
PROMINENCE_MARGIN = 1.5
_LOCAL_KINDS = ("settlement", "admin")


def prefer_prominent_readings(mentions: list, places: list) -> None:
    """Rescore, in place, the mentions whose leading reading is a small namesake of a prominent
    place (see the module's docstring) with no explicit evidence for it, towards the prominent
    reading. Decided once per name, so that every mention of it agrees."""
    leads = [(m, m.leading_place()) for m in mentions]
    named_regions = {
        (places[i].country, places[i].admin1)
        for _m, i in leads
        if places[i].feature_code == "ADM1" and places[i].admin1
    }
    decided: dict[str, int | None] = {}
    for m, lead in leads:
        key = m.spot.key
        if len(m.cands) < 2 or m.method.startswith(EXPLICIT):
            decided[key] = None  # explicit evidence anywhere in the story decides the name
            continue
        if key in decided:
            continue
        decided[key] = _prominent_over(m, lead, places, named_regions, leads)
    for m, _lead in leads:
        target = decided.get(m.spot.key)
        if target is None:
            continue
        m.put_ahead(target, PROMINENCE_MARGIN)


def _prominent_over(m, lead: int, places: list, named_regions: set, leads: list) -> int | None:
    """The prominent reading that should lead instead of `lead`, if any."""
    small = places[lead]
    if (
        small.kind not in _LOCAL_KINDS
        or small.feature_code in ("ADM1", "PCLI", "PPLC")
        or small.population >= SMALL_POPULATION
    ):
        return None
    best = None
    for i, flags in m.cands:
        p = places[i]
        if i == lead or not flags & PREFERRED or p.kind != "settlement":
            continue
        if p.feature_code != "PPLC" and not (
            p.population >= WORLD_CITY_POPULATION
            or (p.feature_code == "PPLA" and p.population >= PROMINENT_POPULATION)
        ):
            continue
        if p.population < PROMINENCE_RATIO * max(small.population, 1):
            continue
        if best is None or p.population > places[best].population:
            best = i
    if best is None or (small.country, small.admin1) in named_regions:
        return None
    local = set()
    for other, i in leads:
        p = places[i]
        if other.spot.key == m.spot.key or p.kind not in _LOCAL_KINDS or famous_place(p):
            continue
        if haversine_km(small.lat, small.lon, p.lat, p.lon) <= NEIGHBOUR_KM:
            return None  # a town of the story nearby: local news about the namesake
        if p.country == small.country:
            local.add(other.spot.key)
    # A story set in the namesake's country (local news names its towns, not its country).
    return None if len(local) >= HOME_NAMES else best
