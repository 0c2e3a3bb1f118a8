"""A village of no known population gives way to a town of its name across a border the story
is about.

The village data (Who's On First, GED, OpenStreetMap localities) holds many hamlets named like a
town of record across a border: "Pathankot", the Indian garrison town, has a Pakistani village
namesake with no population. In a story about the two countries the village can win on the pull
of the story's places in its own country (its region, its country named, nearness), though
nothing in the text speaks for a hamlet. When the story names the town's country or has its
other places there more often than in the village's country, the town of record leads,
narrowly (the review queue). A name with explicit evidence (containment, a staff decision, an
institution's seat, a demonym) keeps its reading, and a village never displaces a town.
"""

from __future__ import annotations

from collections import Counter

from places.geoparser.near_namesakes import rescore_once_per_name

# A populated place of record: cities500 keeps places of 500 people and more.
MIN_POPULATION = 500
# The town's country must weigh this many names more than the village's (a story of Kinshasa with
# Angola's part in it keeps Kinshasa's Gombe over an Angolan town) ...
MIN_LEAD = 1
# How far the town leads afterwards: a near tie, in the review band.
MARGIN = 0.5


def prefer_populated_namesakes_abroad(mentions: list, places: list) -> None:
    """Rescore, in place, the mentions whose leading reading is a settlement of no population on
    record while another reading is a populated town in another country that the story weighs
    more (see the module's docstring)."""
    support: Counter | None = None

    def choose(m, lead) -> int | None:
        nonlocal support
        if lead.kind != "settlement" or lead.population > 0:
            return None
        if support is None:
            support = _country_support(mentions, places)
        return _town_abroad(m, places, lead, support)

    rescore_once_per_name(mentions, places, choose, MARGIN)


def _country_support(mentions: list, places: list) -> Counter:
    """Per country, the names of the story read there (a country named, or its places), each
    name counted once."""
    seen: dict[str, str] = {}
    for m in mentions:
        p = places[m.leading_place()]
        if p.country:
            seen.setdefault(m.spot.key, p.country)
    return Counter(seen.values())


def _town_abroad(m, places: list, lead, support: Counter) -> int | None:
    """The best-scored populated town of another country the story weighs more than the
    lead's, if any (the name itself is not counted for either)."""
    own = support[lead.country] - 1  # the name's own vote went to the lead's country
    best: tuple[float, int] | None = None
    for (i, _flags), score in zip(m.cands, m.scores, strict=True):
        p = places[i]
        if (
            p.kind != "settlement"
            or p.country == lead.country
            or p.population < MIN_POPULATION
            or p.lat is None
        ):
            continue
        if support[p.country] < max(1, own + MIN_LEAD):
            continue
        if best is None or score > best[0]:
            best = (score, i)
    return best[1] if best else None
