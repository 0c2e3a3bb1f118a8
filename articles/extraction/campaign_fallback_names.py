"""Readings of a capitalised target phrase the geoparser did not resolve (campaign_places.place_at
keeps such a phrase as the target's name when it is not plainly something else).

Two kinds are plainly not a town's name:

- a headline's capitalised words that run into a resolved place ("Convoy in Years Reaches
  Besieged X", "Push Nears Embattled X"): the phrase is words of the headline, and the place
  after them is the target;
- an owner of what is attacked ("closes on the Islamists' last valley", "push on X
  strongholds", "overrun X's stronghold"): a person or a group, the place not named.

A one-word phrase that ends a titled person's name elsewhere in the text ("the aim was to capture
X" beside "Gen. Manuel Antonio X") is that person, not a place (`a_titled_surname`).

A phrase that opens with a person's title or follows one ("the aim of capturing President X Y")
names that person (`a_titled_name`), and one that opens a named operation's name or lies in it
("fighting since June 19 in Operation Panther's X") names the operation (`in_an_operation_name`):
neither is a place, nor is a unit's name ("took the hilltop base of Light Infantry Battalion
376": `a_units_name`). An owner before a landmark noun is part of its name ("recaptured Pike's
Peak"): the whole is the place (`a_landmark_noun`).

One kind is cut short by the cue's capitalised run: a one-word site noun whose name goes on
with a number or an "of" phrase ("the push on Hill 1428", "stormed the Palace of Justice"); the
name is the whole phrase, not the bare noun (`full_site_name`).

No word names a place, group or person."""

from __future__ import annotations

import bisect
import functools
import re

# Between the phrase and the place that continues its capitalised run: one space.
_RUN_GAP = re.compile(r" (?=[A-Z])")
# The nouns of what a person or group owns: "X strongholds", "X's hideout", "X's home town".
_OWNED_NOUNS = (
    r"(?:strongholds?|hideouts?|heartland|home\s+town|hometown|bastions?|lairs?|fiefdoms?"
    r"|compound|residence|palace)\b"
)
_OWNED_AFTER = re.compile(r"(?:['’]s)?\s+(?:last\s+|main\s+|remaining\s+)?" + _OWNED_NOUNS)
# A site's number after its noun: "Hill 1428", "Height 776"; not a year ("Mosul 2017").
_SITE_NUMBER = re.compile(r" (?!(?:1[89]|20)\d\d\b)\d{2,5}\b(?![.,]\d)")
# A site's "of" phrase: "Palace of Justice", "Church of the Nativity", "Ministry of Defence".
_SITE_OF = re.compile(r" of (?:the )?[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}")
# A person's title, then up to three more capitalised names: "Gen. Manuel Antonio X",
# "President X", "Col. Ali X". The last name is the one a later mention uses alone.
_TITLED_NAME = re.compile(
    r"\b(?:Gen|Brig|Col|Lt|Maj|Capt|Cmdr|Sgt|Mr|Mrs|Ms|Dr|Gov|Sen|Rep)\.\s+"
    r"|\b(?:General|Colonel|President|Commander|Sheikh|Prime\s+Minister|Dictator|Strongman|King"
    r"|Queen|Prince|Emir|Sultan)\s+"
)
_TITLE_BEFORE = re.compile("(?:" + _TITLED_NAME.pattern + ")$")
# The nouns of a body or a building a title word may open: "General Command", "General Hospital".
_BODY_NOUNS = frozenset(
    {"Command", "Headquarters", "Staff", "Hospital", "Assembly", "Secretariat", "Directorate"}
    | {"Palace", "Office", "Council", "Court", "Guard", "Intelligence", "Prosecutor"}
)
# A named operation's first word, and the capitalised words of its name before the phrase.
_OPERATION_WORD = re.compile(r"Operations?\s")
_OPERATION_BEFORE = re.compile(r"\bOperations?\s+(?:[A-Z][\w'’\-]+\s+){0,3}$")
# The nouns a unit's name ends in: "Light Infantry Battalion 376", "the 3rd Infantry Regiment".
_UNIT_NOUNS = frozenset({"Battalion", "Brigade", "Regiment", "Division", "Corps", "Squadron"})
# The nouns a landmark's name ends in after its owner's: "Pike's Peak", "Sandy's Ridge".
_LANDMARK_NOUNS = frozenset(
    {"Peak", "Hill", "Ridge", "Mountain", "Point", "Heights", "Farm", "Gap", "Pass", "Island"}
    | {"Bay", "Creek", "Crossing", "Bridge", "Corner", "Valley", "Knob", "Bluff", "Rock", "Wood"}
)
_NAME_RUN = re.compile(r"(?:[A-Z][\w'’\-]+\s+){0,3}([A-Z][\w'’\-]+)")
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


def full_site_name(text: str, start: int, end: int, places) -> int:
    """The end of a one-word name cut short before its number or "of" phrase (module docstring);
    `end` when the word is not so continued or the "of" phrase names a resolved place
    ("Governor of Kandahar" is no site name)."""
    if " " in text[start:end]:
        return end
    number = _SITE_NUMBER.match(text, end)
    if number is not None:
        return number.end()
    site_of = _SITE_OF.match(text, end)
    if site_of is None:
        return end
    if any(p.start < site_of.end() and end < p.end for p in places or ()):
        return end
    return site_of.end()


@functools.lru_cache(maxsize=64)
def _titled_surnames(text: str) -> frozenset[str]:
    """The last word of each titled person's name in the text: one scan per text."""
    surnames = set()
    for title in _TITLED_NAME.finditer(text):
        run = _NAME_RUN.match(text, title.end())
        if run is not None:
            surnames.add(run.group(1))
    return frozenset(surnames)


def a_titled_surname(text: str, start: int, end: int) -> bool:
    """The one-word phrase is a titled person's last name (module docstring)."""
    phrase = text[start:end]
    return " " not in phrase and phrase in _titled_surnames(text)


def a_titled_name(text: str, start: int, end: int) -> bool:
    """The phrase opens with a person's title or follows one (module docstring), and names
    no body: "General Command", "Presidential Palace" are a headquarters, not a person."""
    title = _TITLED_NAME.match(text, start, end)
    if title is None:
        title = _TITLE_BEFORE.search(text, max(0, start - 20), start)
        words = text[start:end].split()
    else:
        words = text[title.end() : end].split()
    if title is None or not words or words[-1] in _BODY_NOUNS:
        return False
    # "General" and "Commander" also describe a body: a one-word name after them is no person's
    return len(words) > 1 or title.group(0).split()[0] not in ("General", "Commander")


def in_an_operation_name(text: str, start: int, end: int) -> bool:
    """The phrase opens a named operation's name or lies in it (module docstring)."""
    return bool(
        _OPERATION_WORD.match(text, start, end)
        or _OPERATION_BEFORE.search(text, max(0, start - 60), start)
    )


def a_landmark_noun(words: str) -> bool:
    """The words left after an owner are one landmark noun: the owner is part of its name."""
    return words.strip() in _LANDMARK_NOUNS


def a_units_name(text: str, start: int, end: int) -> bool:
    """The phrase ends in a military unit's noun (module docstring)."""
    words = text[start:end].split()
    return bool(words) and words[-1] in _UNIT_NOUNS
