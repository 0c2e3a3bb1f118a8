"""Readings of a capitalised target phrase the geoparser did not resolve (campaign_places.place_at
keeps such a phrase as the target's name when it is not plainly something else).

Two kinds are plainly not a town's name:

- a headline's capitalised words that run into a resolved place ("Convoy in Years Reaches
  Besieged X", "Push Nears Embattled X"): the phrase is words of the headline, and the place
  after them is the target;
- an owner of what is attacked ("closes on the Islamists' last valley", "push on X
  strongholds", "overrun X's stronghold"): a person or a group, the place not named.

No word names a place, group or person."""

from __future__ import annotations

import bisect
import re

# Between the phrase and the place that continues its capitalised run: one space.
_RUN_GAP = re.compile(r" (?=[A-Z])")
# The nouns of what a person or group owns: "X strongholds", "X's hideout", "X's home town".
_OWNED_NOUNS = (
    r"(?:strongholds?|hideouts?|heartland|home\s+town|hometown|bastions?|lairs?|fiefdoms?"
    r"|compound|residence|palace)\b"
)
_OWNED_AFTER = re.compile(r"(?:['’]s)?\s+(?:last\s+|main\s+|remaining\s+)?" + _OWNED_NOUNS)
# A plural's possessive: "the Islamists'", "the rebels’".
_PLURAL_OWNER = re.compile(r"s['’]$")


def place_running_on(text: str, end: int, places) -> tuple[str, int, int] | None:
    """The resolved place the phrase's capitalised run continues into, if it directly follows:
    resolved there, or (a headline the geoparser skipped) named so where it resolved a place."""
    if not places or not _RUN_GAP.match(text, end):
        return None
    start = end + 1
    index = bisect.bisect_left(places, start, key=lambda p: p.start)
    if index < len(places) and places[index].start == start:
        return places[index].name, start, places[index].end
    for place in places:
        surface = text[place.start : place.end]
        stop = start + len(surface)
        same = text[start:stop].lower() == surface.lower()  # "KHOST (AP) -" in the dateline
        if same and not text[stop : stop + 1].isalnum():
            return place.name, start, stop
    return None


def names_an_owner(text: str, start: int, end: int) -> bool:
    """The phrase names who owns the place attacked, not the place (module docstring)."""
    return bool(_PLURAL_OWNER.search(text[start:end]) or _OWNED_AFTER.match(text, end))
