"""Advances the cue stage's main pattern does not read: told with a direction or a verb of
pressing ("fighters were pushing east toward X", "columns advancing north on X", "they are pressing
on X", "rebels bearing down on X"), as a ring held round the place ("have surrounded X") or through
the fire that comes with them ("shelling of X intensified as the attackers closed in", "shelling of
Y's outskirts had intensified all week"). An advance on a place still under way is an offensive on
it over time (a campaign in the gold's sense), whoever is told making it; so is a landing of forces
by sea or air on it ("paratroopers landed at X")."""

from __future__ import annotations

import re

from .campaign_places import PLACE_NAME
from .campaign_targets import _TARGET_NP

_DIRECTION = (
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west|(?:north|south|east|west)wards?|inland|"
    r"deeper|further|steadily|slowly|rapidly|fast|quickly|again)"
)
# The "noun" and "verb" groups never match: the cue stage reads a move (campaign_targets.TARGET_CUE
# names its groups the same way) and applies none of the checks a taking needs.
MOVE_CUE = re.compile(
    r"(?P<noun>(?!))?(?P<verb>(?!))?\b(?P<move>"
    r"(?:(?:pushing|pushed|advancing|advanced|closing\s+in|closed\s+in|marching|marched)"
    r"(?:\s+" + _DIRECTION + r"){1,2}"
    r"|(?:pressing|bearing\s+down|converging)(?:\s+" + _DIRECTION + r"){0,2})"
    r"\s+(?:on|upon|towards?))\s+" + _TARGET_NP
)
# Forces put down on a place by sea or air attack it: "British and French paratroopers landed at
# Port Said", "marines came ashore near X", "paratroopers were dropped near the Mitla Pass". The
# force noun is the clause's subject with no comma before the verb ("paratroopers, who landed at the
# Kamina base" tells where they came from), so shells, relief flights and travellers are no landing.
_LANDING_FORCES = (
    r"(?:paratroop(?:er)?s|paras|[Mm]arines|commandos|troops|soldiers|forces?|infantry|units|"
    r"battalions?|brigades?|regiments?|fighters|guerrillas|rebels|cadres|men)"
)
_LANDING_WHEN = (
    r"(?:by\s+(?:helicopter|parachute|sea|air)|from\s+the\s+(?:sea|air)|(?:before|at)\s+dawn|"
    r"(?:early\s+)?on\s+[A-Z][a-z]+day)"
)
LANDING_CUE = re.compile(
    r"(?P<noun>(?!))?(?P<verb>(?!))?\b"
    + _LANDING_FORCES
    + r"(?:\s+(?:had|have|has|were|was|also))*"
    r"\s+(?P<move>(?:landed|(?:came|come|went)\s+ashore|dropped|parachuted)"
    r"(?:\s+" + _LANDING_WHEN + r")*\s+(?:at|on|onto|near))\s+" + _TARGET_NP
)
# "Shelling of X intensified", "the bombardment of the town has escalated": fire growing on a place
# is an assault told through its fighting.
SHELLING_CUE = re.compile(
    r"(?P<noun>(?!))?(?P<verb>(?!))?\b(?P<move>(?:[Ss]helling|[Bb]ombardment|[Pp]ounding)\s+of)\s+"
    r"(?:nearby\s+)?" + _TARGET_NP + r"(?=(?:[’']s)?(?:\s+[\w\-]+){0,3}?\s+(?:had\s+|has\s+)?"
    r"(?:intensified|intensifies|increased|escalated|grown\s+heavier|grew\s+heavier)\b)"
)
# "The two groups have surrounded the town of X", "the rebels have encircled X": a ring
# held round a place, told in the present perfect, is a siege under way (the past perfect "had
# surrounded X" is most often the background of the story's fight, and a simple past an event).
# A ring only claimed ("claim to have surrounded X", "we have surrounded X") is none, and one
# round "the town" (the `anaphor` group, dropped by `move_cues`) is left to the main pattern,
# which knows what it means.
RING_CUE = re.compile(
    r"(?P<noun>(?!))?(?P<verb>(?!))?(?<!\bto\s)(?<![Ww]e\s)\b(?P<move>(?:has|have)\s+(?:now\s+)?"
    r"(?:surrounded|encircled|besieged|ringed))\s+" + _TARGET_NP
)
# The same ring told of the place's garrison after it: "In X, ..., government troops remain
# surrounded by the rebels", "X, which they said had been surrounded by Libyan troops since
# December", "X, where a second garrison is also surrounded by ...". The place comes first, so the
# `move` group is the preposition or nothing, and the ring a look-ahead within the clause.
# "surrounded by hills", "besieged by reporters": no ring of fighters.
_NO_RING = (
    r"(?:hills|mountains|forests?|jungle|water|sea|desert|fields|walls|lakes?|rivers?|swamps?|"
    r"marsh\w*|mines|minefields|trenches|houses|buildings|crowds?|supporters|journalists|"
    r"reporters|people|residents|civilians|refugees|relatives|family|families)\b"
)
_RING_STATE = (
    r"(?:(?:remain|remains|are|is|were)\s+(?:still\s+|also\s+)?|(?:has|have|had)\s+(?:long\s+)?"
    r"been\s+)(?:surrounded|encircled|besieged)\b(?!\s+by\s+(?:the\s+)?(?:[a-z]+\s+)?"
    + _NO_RING
    + r")"
)
_PLACE_WORDS = r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}"
PASSIVE_RING_CUE = re.compile(
    r"(?P<noun>(?!))?(?P<verb>(?!))?(?P<apposed>(?!))?(?P<anaphor>(?!))?"
    r"(?:\b(?P<move>[Ii]n)\s+(?:the\s+(?:[a-z]+\s+){0,2}?(?:city|town|port|village)\s+of\s+)?"
    r"(?=" + _PLACE_WORDS + r"(?:,[^.;:]{0,110}?\s|\s+)" + _RING_STATE + r")"
    r"|(?="
    + _PLACE_WORDS
    + r",\s+(?:which|where)\s+[^.;:]{0,80}?\s"
    + _RING_STATE
    + r"))"
    + PLACE_NAME
)
_WORDS = (
    "push",
    "advanc",
    "closed in",
    "closing in",
    "march",
    "pressing",
    "bearing down",
    "converg",
    "helling",
    "ombardment",
    "ounding",
    "surrounded",
    "encircled",
    "besieged",
    "ringed",
    "landed",
    "ashore",
    "dropped",
    "parachuted",
)


def move_cues(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The advances of MOVE_CUE, SHELLING_CUE, RING_CUE and LANDING_CUE in text[start:end], in
    text order."""
    part = text[start:end]
    if not any(word in part for word in _WORDS):
        return []
    found = [
        *MOVE_CUE.finditer(text, start, end),
        *SHELLING_CUE.finditer(text, start, end),
        *(ring for ring in RING_CUE.finditer(text, start, end) if not ring.group("anaphor")),
        *PASSIVE_RING_CUE.finditer(text, start, end),
        *LANDING_CUE.finditer(text, start, end),
    ]
    return sorted(found, key=re.Match.start)


def names_forces(cue: re.Match[str]) -> bool:
    """The cue names the forces that made it ("marines landed at X"): military context enough."""
    return cue.re is LANDING_CUE
