"""Anaphors of campaign places: the place "the town" or "the breakaway region" points back to,
and the place named before a named operation with no cue to its target. Split from
campaign_places (issue 14) so that each step of place finding is a module of its own; the
antecedents are found once per article, on first use."""

from __future__ import annotations

import bisect
import re
from collections.abc import Container
from dataclasses import dataclass

from .actors import ActorMatch, window
from .campaign_fallback_names import in_an_operation_name
from .campaign_places import _GROUP_AFTER, _NOT_PLACE, PLACE_NAME, place_at
from .campaign_record import name_key

# How many of the last places of a kind "the town" may point back to.
RECENT_ANTECEDENTS = 3
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "port", "capital", "stronghold"})
_ANTE_NAME = PLACE_NAME.replace("?P<place>", "?P<name>")
# Places the text itself tells the kind of: "Goma, the largest city in …", "Myawaddy, a major
# trading town", "the town of Bara", "the central Hiran region", "Cabo Delgado province".
_TYPED_ANTECEDENT = re.compile(
    # (The look-ahead — a capital or the first letter of a noun below — lets the scan skip other
    # positions.)
    r"(?=[A-Zctvprdefhmo])(?:"
    + _ANTE_NAME
    + r"\s*,\s+(?:a|an|the)\s+(?:[\w'’\-]+\s+){0,4}?(?P<noun>city|town|village|port|capital|region|"
    r"province|enclave|stronghold|territory)\b(?![’']s)"
    r"|\b(?P<noun2>city|town|village|port|region|province|district|enclave|forests?|hills"
    r"|mountains|outskirts)\s+of\s+"
    + _ANTE_NAME.replace("?P<name>", "?P<name2>")
    + r"|"
    + _ANTE_NAME.replace("?P<name>", "?P<name3>")
    + r"\s+(?P<noun3>region|province|state|district|governorate|oblast|valley|mountains|hills|"
    r"department|prefecture|division|county)\b)"
)
# Untyped: a capitalised name after a locative ("forces in Nagorno-Karabakh", "the centre of
# Rafah").
_LOCATIVE_ANTECEDENT = re.compile(
    r"\b(?:in|into|of|near|around|at|across|inside|outside)\s+"
    r"(?:[a-z]+-(?:held|controlled)\s+)?"  # "of rebel-held eastern Aleppo"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?" + _ANTE_NAME
)
# "Kokernag in the Anantnag district": the second place only says where the first one is.
_CONTAINER_GAP = re.compile(
    r"\s*,?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|"
    r"central\s+)?$"
)


@dataclass(frozen=True, slots=True)
class Antecedent:
    start: int
    end: int
    settlement: bool | None  # None: the text does not say what kind of place it is


def find_antecedents(text: str, actors: list[ActorMatch]) -> list[Antecedent]:
    """Place names a later "the town" / "the breakaway region" can point back to, in text order."""
    found: dict[int, Antecedent] = {}
    for match in _TYPED_ANTECEDENT.finditer(text):
        for name, noun in (("name", "noun"), ("name2", "noun2"), ("name3", "noun3")):
            if match.group(name):
                start, end = match.span(name)
                found[start] = Antecedent(
                    start,
                    end,
                    match.group(noun).lower() in SETTLEMENT_NOUNS
                    or match.group(noun).lower() == "outskirts",
                )
    for match in _LOCATIVE_ANTECEDENT.finditer(text):
        start, end = match.span("name")
        found.setdefault(start, Antecedent(start, end, None))
    kept = []
    for antecedent in sorted(found.values(), key=lambda a: a.start):
        words = text[antecedent.start : antecedent.end]
        if _NOT_PLACE.search(words) or _GROUP_AFTER.match(text, antecedent.end):
            continue
        if any(
            m.start < antecedent.end and antecedent.start < m.end
            for m in window(actors, antecedent.start - 100, antecedent.end)
        ):
            continue  # "in Hamas", "of the SDF": an actor, not a place
        if (
            kept
            and _CONTAINER_GAP.fullmatch(text, kept[-1].end, antecedent.start)
            and antecedent.settlement is not True
        ):
            # "the forests of Kokernag in the Anantnag district": the district only locates Kokernag
            continue
        kept.append(antecedent)
    return kept


class Antecedents:
    """The article's antecedents, found on first use: most articles never need them."""

    def __init__(self, text: str, actors: list[ActorMatch]) -> None:
        self._text, self._actors = text, actors
        self._items: list[Antecedent] | None = None

    @property
    def items(self) -> list[Antecedent]:
        if self._items is None:
            self._items = find_antecedents(self._text, self._actors)
        return self._items


def resolve_anaphor(
    text: str,
    position: int,
    noun: str,
    antecedents: Antecedents,
    places,
    actors,
    sentence_floor: int,
    attacked: Container[str] = (),
) -> tuple[str, int, int] | None:
    """The place "the lakeside city" at `position` points back to: the nearest earlier place of the
    same kind the text named ("Goma, the largest city …"), else the nearest name after a locative in
    this or the previous sentence ("forces in Nagorno-Karabakh … the breakaway region").

    `attacked`: keys of the places already found attacked. Among the last few places of the kind,
    one of those wins ("recaptured the town of Damboa … Damboa, 85 km south of Maiduguri, the
    capital … The push to retake the town" is on Damboa)."""
    settlement = noun.lower() in SETTLEMENT_NOUNS
    items = antecedents.items
    earlier = items[: bisect.bisect_left(items, position, key=lambda a: a.start)][::-1]
    same_kind = [a for a in earlier if a.settlement is settlement][:RECENT_ANTECEDENTS]
    choice = next(
        (a for a in same_kind if attacked and name_key(text[a.start : a.end]) in attacked),
        same_kind[0] if same_kind else None,
    )
    if choice is None:
        choice = next(
            (
                a
                for a in earlier
                if a.settlement is None
                and a.start >= sentence_floor
                and not in_an_operation_name(text, a.start, a.end)  # "in Operation X"
                and _kind_fits(text, a, settlement, items, places)
            ),
            None,
        )
    if choice is None:
        return None
    return place_at(text, choice.start, choice.end, places, actors)


def _kind_fits(
    text: str, antecedent: Antecedent, settlement: bool, items: list[Antecedent], places
) -> bool:
    """An antecedent the text does not type here may stand for a settlement noun ("the capital")
    unless the text types the same name as a region elsewhere ("the western province of Kanem") or
    the gazetteer reads it as a country; a region noun, unless the text calls it a town."""
    key = name_key(text[antecedent.start : antecedent.end])
    typed = {a.settlement for a in items if name_key(text[a.start : a.end]) == key}
    if (not settlement) in typed:
        return False
    if not settlement:
        return True
    return not any(
        getattr(p, "kind", "") == "country"
        for p in places or ()
        if p.start < antecedent.end and antecedent.start < p.end
    )


def place_named_before(
    text: str, position: int, floor: int, places, actors, antecedents: Antecedents
) -> tuple[str, int, int] | None:
    """A named operation with no cue to its target ("a raid in the West Bank city of Jenin, … an
    operation named "Iron Wall""): the nearest place before the name, in its sentence or the one
    before, that the text called a town or city, else a region ("the Cal Miskaad mountains"), else
    one after a locative."""
    items = antecedents.items
    earlier = [
        a
        for a in items[: bisect.bisect_left(items, position, key=lambda a: a.start)]
        if a.start >= floor
    ][::-1]
    for settlement in (True, False, None):
        for antecedent in earlier:
            if antecedent.settlement is settlement:
                found = place_at(text, antecedent.start, antecedent.end, places, actors)
                if found:
                    return found
    return None
