""" "X in Y": a town placed in a country or first-level region by the words after it.

"seized the town of Konna in central Mali", "clashes in Kupiansk in eastern Ukraine": the name
after "in" (with a direction word or not) holds the town as "Konna, Mali" would, so the town's
readings there gain over a namesake abroad that leads. Unlike the comma, the phrase is not read
as containment for the confidence (a reading of the right country may still be a namesake 300 km
from the town): the lift only orders the readings. Among the readings it lifts, the one
spelled as the text writes it leads a namesake of another spelling folded onto the same key
("Konna" over "Kona").

A first-level region after "in" also picks among namesakes of one country: "moved into Halgan
in the neighbouring Hiraan region", "the village of Pind in eastern Punjab" - when the
leading reading lies in another region of that country, the readings inside the named region
lead (a country after "in" says nothing there: "New York in the United States" stays).
"""

from __future__ import annotations

import re

from places.geoparser.index import DEMONYM, PREFERRED
from places.normalize import strip_diacritics

# " in ", " in the ", " in central ", " in north-eastern ", " in the far north of "
_IN = re.compile(r"\s+in\s+(?:the\s+)?(?:(?:far\s+)?[a-z]+(?:-[a-z]+)?\s+(?:of\s+)?)?")
# As "X, Y" lifts X's readings in Y (9.0) less what the comma's containment adds for the
# confidence: enough for a village over a town abroad of the same key.
LOCATED_BONUS = 6.0
# The reading spelled as the text writes it, among those lifted.
SPELLING_BONUS = 0.25
_HOLDERS = ("PCLI", "ADM1")


def add_located_in(mentions: list, text: str, places: list) -> None:
    """In place: lift the readings of a town that a country or region named after "in" holds."""
    by_start = {m.spot.start: m for m in mentions}
    for m in mentions:
        if m.method.startswith("containment") or len(m.cands) < 2:
            continue
        after = _IN.match(text, m.spot.end, m.spot.end + 40)
        nxt = by_start.get(after.end()) if after else None
        if nxt is None:
            continue
        holders = {
            (places[j].country, places[j].admin1 if places[j].feature_code == "ADM1" else "")
            for j, f in nxt.cands
            if f & PREFERRED and not f & DEMONYM and places[j].feature_code in _HOLDERS
        }
        if holders:
            _lift(m, holders, text, places)


def _lift(m, holders: set[tuple[str, str]], text: str, places: list) -> None:
    surface = strip_diacritics(text[m.spot.start : m.spot.end]).lower()
    held = []
    for k, (i, _f) in enumerate(m.cands):
        p = places[i]
        if p.kind not in ("settlement", "admin") or p.feature_code in _HOLDERS:
            continue
        if (p.country, "") in holders or (p.admin1 and (p.country, p.admin1) in holders):
            held.append(k)
    lead = places[m.leading_place()]
    if not held:
        return
    if lead.country in {cc for cc, _a in holders}:
        # Only a namesake abroad gives way to a country ("New York in the United States"
        # stays); a region of the lead's country moves the lead from its other regions.
        # (The lead may be a tie's first reading: what counts is a namesake outside.)
        regions = {a for cc, a in holders if cc == lead.country and a}
        inside = [k for k in held if _in_regions(places[m.cands[k][0]], lead.country, regions)]
        if not inside or len(inside) == sum(places[i].country == lead.country for i, _f in m.cands):
            return
        held = inside
    for k in held:
        m.scores[k] += LOCATED_BONUS
        if strip_diacritics(places[m.cands[k][0]].name).lower() == surface:
            m.scores[k] += SPELLING_BONUS


def _in_regions(p, country: str, regions: set[str]) -> bool:
    return p.country == country and p.admin1 in regions
