""" "The Kyrgyz village of Kok-Tash", "the Lebanese port of Tripoli", "the Syrian town of Soran":
a demonym before the kind of place says which country holds it, as plainly as "Soran, Syria".

Readings of the name in that country gain as much as containment gives; the story's other
names and the fame of a namesake abroad no longer outweigh the sentence. When the gazetteer has no
reading in that country, the reading it offers is another place (a namesake or a village
it lacks): its confidence drops, as for a likely false friend.
"""

from __future__ import annotations

import re

from places.geoparser.index import DEMONYM
from places.normalize import name_key

# As containment lifts a held reading (resolve.Resolver._contain).
DEMONYM_CUE_BONUS = 9.0
# The risk (confidence x (1 - risk)) of a reading outside the country the demonym names.
FOREIGN_RISK = 0.5
# How far back the cue may begin: "the north-eastern Syrian border town of " is 40 characters.
_WINDOW = 60
_KINDS = ("settlement", "admin")
_CUE = re.compile(
    # one word in lower case may stand either side: "the northern Lebanese city of", "the
    # Syrian border town of"
    r"\bthe\s+(?:[a-z][a-z-]+\s+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:[a-z][a-z-]+\s+)?"
    r"(?:town|city|village|port|district|province|region|enclave|hamlet|settlement|capital|"
    r"oasis|commune|municipality)\s+of\s+$"
)


def apply_demonym_cues(mentions: list, text: str, index) -> None:
    """In place: lift the readings of each mention in the country its demonym cue names, and
    mark the mention's method "demonym" (explicit for the choice of reading: the prominence and
    stray stages leave it; not for trust: the namesake and stray caps still apply); without
    such a reading, raise the mention's risk."""
    places = index.places
    for m in mentions:
        countries = _cue_countries(text, m.spot.start, index)
        if not countries:
            continue
        lifted = False
        for k, (i, _f) in enumerate(m.cands):
            p = places[i]
            if p.country in countries and p.kind in _KINDS:
                m.scores[k] += DEMONYM_CUE_BONUS
                lifted = True
        if lifted:
            m.method = "demonym"
        else:
            m.risk = max(m.risk, FOREIGN_RISK)


def _cue_countries(text: str, start: int, index) -> set[str]:
    """The countries a demonym cue right before `start` names (empty without a cue)."""
    cue = _CUE.search(text, max(0, start - _WINDOW), start)
    if cue is None:
        return set()
    places = index.places
    return {
        places[i].country
        for i, flags in index.candidates(name_key(cue.group(1)))
        if flags & DEMONYM and places[i].country
    }
