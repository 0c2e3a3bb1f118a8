"""Where a control observation is (articles/extraction/control.py): the place a trigger governs,
after it ("captured X", "seized a string of towns, including X and Y"), before it ("X fell to Y"),
inside it ("denied that X had fallen") or in the relative clause it ends ("X, which Y took in
June")."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from places.geoparser.entities import PLACE_LABELS
from places.nlp import text_of

from .control_patterns import (
    ANTECEDENT,
    APPOSITIVE_GAP,
    DEMONYM,
    FACILITY_AFTER,
    INCLUDING,
    INCLUDING_AFTER,
    LEADING_WORD,
    LIST_GAP,
    LIST_HEAD,
    NAME,
    NAME_AFTER,
    NOT_PLACE,
    PLACE_NOUNS,
    PLURAL_FACILITY,
    QUALIFYING,
    RELATIVE_OBJECT,
    REPORTING,
    SECOND_PLACE,
    UNIT_NAME,
    UPPER,
    ZERO_RELATIVE,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from . import PlaceRecord
    from .actor_dictionary import ActorMatch
    from .sentences import Span


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    text: str
    name: str
    place_id: int | None = None
    country: str = ""  # ISO code of a resolved toponym


def place_entities(doc: Doc | None) -> list[Place]:
    """The parse's place entities of the whole article, in order, read once: `doc.ents` (and so
    `span.ents`) rebuilds every entity of the article on each access, which made reading them
    sentence by sentence quadratic in the article's length."""
    if doc is None:
        return []
    return [
        Place(ent.start_char, ent.end_char, ent.text, ent.text)
        for ent in doc.ents
        if ent.label_ in PLACE_LABELS
    ]


def place_candidates(
    text: str,
    sentence: Span,
    places: list[PlaceRecord] | None,
    doc: Doc | None,
    entities: list[Place],
) -> list[Place]:
    """Resolved toponyms in the sentence, else the parse's place entities (`place_entities`)
    that lie within the sentence's tokens."""
    found = [
        Place(p.start, p.end, p.text, p.name, p.place_id, p.country)
        for p in places or ()
        if sentence.start <= p.start and p.end <= sentence.end
    ]
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand") if doc else None
    if span is not None:
        first = bisect_left(entities, span.start_char, key=lambda e: e.start)
        for ent in entities[first:]:
            if ent.start >= span.end_char:
                break
            if ent.end <= span.end_char and not any(
                f.start < ent.end and ent.start < f.end for f in found
            ):
                found.append(ent)
    if span is not None:
        found = [p for p in found if not modifier(doc, p)]
    return sorted(found, key=lambda p: p.start)


# A name that only qualifies another noun: "Kenyan police", "the Britain-based monitor"
# (adjective, "X-based"), and a possessive before a settlement or an area, which it contains
# ("Afghanistan's third-largest city", "Rakhine's townships"; "Sangin's district centre" is
# Sangin's own).
MODIFIER_DEPS = frozenset({"amod"})
CONTAINED = frozenset(
    {
        *("city", "cities", "town", "towns", "township", "townships", "capital", "village"),
        *("villages", "port", "border", "province", "provinces", "region", "state", "states"),
    }
)


def modifier(doc: Doc | None, place: Place) -> bool:
    """The place's words qualify another noun rather than name what the trigger is about."""
    if doc is None or place.start < 0:
        return False
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return (
        root.dep_ in MODIFIER_DEPS
        or (root.dep_ == "poss" and root.head.lower_ in CONTAINED)
        or (root.dep_ == "npadvmod" and text_of(doc)[place.end : place.end + 1] == "-")  # X-based
    )


def is_actor(actors: list[ActorMatch], start: int, end: int) -> bool:
    return any(a.start < end and start < a.end for a in actors)


# A common noun joined to a list of names: "A and B and several towns …", "A, and other villages".
_AND_COMMON = re.compile(r",?\s+and\s+(?!the\b)[a-z]")


def places_after(
    text: str,
    at: int,
    limit: int,
    candidates: list[Place],
    actors: list[ActorMatch],
) -> list[Place]:
    """The place the trigger ending at `at` governs and the ones listed with it ("took A and B",
    "took A, the capital of X, and B"); the names a plural object lists ("seized a string of
    towns, including A and B")."""
    match = NAME_AFTER.match(text, at, limit)
    facility = FACILITY_AFTER.match(text, at, limit)
    if (
        match is None
        or NOT_PLACE.match(match["name"])
        or UNIT_NAME.search(match["name"])
        or (facility and match.end("name") <= facility.end("noun"))  # "the Eritrean posts at X"
    ):
        return _facility_or_list(text, (at, limit), facility, candidates, actors)
    start, end = match.span("name")
    if is_actor(actors, start, end):
        return []
    name = match["name"]
    if name.endswith(("'s", "’s")):  # "Sangin's district centre": the place is Sangin
        name, end = name[:-2], end - 2
    if DEMONYM.search(name):
        return []
    # A resolved toponym covering the name's start wins, unless the name runs past it
    # ("Qala-i-Naw", where the parse saw "Qala").
    first = next((c for c in candidates if c.start <= start < c.end and c.end >= end), None)
    first = first or Place(start, end, name, name)
    found = [first]
    rest = SECOND_PLACE.match(text[first.end : limit])
    if rest:
        at_second = first.end + rest.end()
        second = next((c for c in candidates if c.start == at_second), None)
        name = NAME.match(text, at_second, limit)
        if second is None and name and not NOT_PLACE.match(name["name"]):
            second = Place(at_second, name.end(), name["name"], name["name"])
        if second is not None and not is_actor(actors, second.start, second.end):
            found.append(second)
    # "captured Goma, the largest city in the east, in January and Bukavu, …, in February",
    # "still controlled Malakal, the capital of Upper Nile state, and Bentiu": the list goes on
    found += [
        p
        for p in listed(text, first.start, limit, candidates, actors)[1:]
        if p.start >= found[-1].end
    ]
    including = INCLUDING_AFTER.match(text, found[-1].end, limit)
    if including is None and _AND_COMMON.match(text, found[-1].end, limit):
        # "took A and B and several smaller towns on the road, including C and D"
        including = INCLUDING.match(text, found[-1].end, limit)
    if including:  # "still holds most of Anbar, including Falluja"
        found += listed(text, including.end(), limit, candidates, actors)
    return found


def _facility_or_list(
    text: str,
    span: tuple[int, int],
    facility: re.Match | None,
    candidates: list[Place],
    actors: list[ActorMatch],
) -> list[Place]:
    """Where no place's name follows the trigger (`span`: from its end to the sentence's): the
    place a facility (`FACILITY_AFTER`'s match there) stands in ("seized the army's base in X";
    each of them after a plural, "the positions around A and B"), or the names a plural object
    lists ("seized a string of towns, including A and B")."""
    at, limit = span
    around = listed(text, facility.end(), limit, candidates, actors) if facility else []
    if around:  # (not "entered the base on Saturday")
        return around if PLURAL_FACILITY.fullmatch(facility["noun"]) else around[:1]
    listing = INCLUDING.match(text, at, limit)
    return listed(text, listing.end(), limit, candidates, actors) if listing else []


def name_at(text: str, at: int, limit: int, candidates: list[Place]) -> Place | None:
    """The place whose name starts at `at`: a resolved toponym, else the proper name there (an
    entity the parse ran over two names, "Kibumba and Rumangabo", is not one place)."""
    found = next((c for c in candidates if c.start == at and " and " not in c.text), None)
    name = NAME.match(text, at, limit)
    if found is None and name and not NOT_PLACE.match(name["name"]):
        found = Place(at, name.end(), name["name"], name["name"])
    return found


def listed(
    text: str, at: int, limit: int, candidates: list[Place], actors: list[ActorMatch]
) -> list[Place]:
    """The names of a list starting at `at`: "A, B and C", "A on the border with Iran and C"."""
    head = LIST_HEAD.match(text, at, limit)  # "the port city of X"
    first = name_at(text, head.end() if head else at, limit, candidates)
    if first is None or is_actor(actors, first.start, first.end) or UNIT_NAME.search(first.text):
        return []
    found = [first]
    for match in NAME.finditer(text, first.end, limit):
        gap = text[found[-1].end : match.start()]
        if re.search(r"[;:]|\b(?:which|who|that|after|before|but|when)\b", gap):
            break
        if not LIST_GAP.match(gap):
            if re.search(r",\s+and\s+(?!the\b)[a-z]", gap):  # ", and is now pressing on X"
                break
            continue
        place = name_at(text, match.start(), limit, candidates)
        if (
            place is None
            or is_actor(actors, place.start, place.end)
            or DEMONYM.search(place.text)
            or UNIT_NAME.search(place.text)  # "… and Light Infantry Battalion 275"
            or QUALIFYING.match(text, place.end)
        ):
            continue
        found.append(place)
    return found


def antecedent(
    text: str, at: int, sentence: Span, candidates: list[Place], actors: list[ActorMatch]
) -> list[Place]:
    """ "X, which the group took over in June", "X, a town the militants have held since": the
    place the relative clause before the trigger is about (the first one the clause can follow)."""
    pronoun = RELATIVE_OBJECT.search(text, max(sentence.start, at - 70), at)
    zero = None if pronoun else ZERO_RELATIVE.search(text, max(sentence.start, at - 90), at)
    if pronoun is None and zero is None:
        return []
    # "its media arm, Az-Zallaqa, that its fighters had overrun …": "that" after a bare comma
    # starts what was said, not a relative clause.
    bare_that = pronoun is not None and pronoun.group().startswith("that")
    cut = pronoun.start() if pronoun else zero.start() + 2  # after the appositive's comma
    places = [
        c
        for c in place_before(text, cut, sentence, candidates, actors, every=True)
        if ANTECEDENT.match(text[c.end : cut])
        and not (bare_that and text[c.end : cut].strip() == ",")
    ]
    # "A and B, which fell in September": both
    return places[:1] + [
        c for c in places[1:2] if re.fullmatch(r",?\s+and\s+", text[places[0].end : c.start])
    ]


def _proper(match: re.Match[str]) -> Place:
    """The proper name matched, without a capitalised word that only starts the sentence ("In
    El Geneina", "Near Bakhmut")."""
    start, end = match.span("name")
    lead = LEADING_WORD.match(match["name"])
    if lead and lead.end() < end - start:
        start += lead.end()
    return Place(start, end, match.string[start:end], match.string[start:end])


def place_before(
    text: str,
    at: int,
    sentence: Span,
    candidates: list[Place],
    actors,
    names: bool = True,
    every: bool = False,
) -> list[Place]:
    """The place nearest before the trigger ("X fell to Y"): a candidate, else a proper name (with
    `every`, all of them in the order of the text)."""
    before = [c for c in candidates if sentence.start <= c.start and c.end <= at]
    before = [c for c in before if not is_actor(actors, c.start, c.end)]
    found = [
        _proper(m)
        for m in (NAME.finditer(text, sentence.start, at) if names else ())
        if not NOT_PLACE.match(m["name"]) and not is_actor(actors, *m.span("name"))
    ]
    if every:
        resolved = [next((c for c in before if c.start <= f.start < c.end), f) for f in found]
        return sorted(
            {(p.start, p.end): p for p in before + resolved}.values(), key=lambda p: p.start
        )
    nearest = max(before + found, key=lambda c: c.end, default=None)
    if nearest is None:
        return []
    # "X, the capital of Y, remains in the hands of Z": the place the appositive is about
    head = [c for c in before + found if APPOSITIVE_GAP.fullmatch(text, c.end, at)]
    nearest = min(head, key=lambda c: c.start) if head else nearest
    return [next((c for c in before if c.start <= nearest.start < c.end), nearest)]


# Between two items of a list before its trigger: "A, B and C fell to Y", "A and B were taken".
_AND_BEFORE = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+")
_COMMA_BEFORE = re.compile(r",\s+")
# A name after a preposition opens no list ("In Mali, Gao and Timbuktu fell"): it sets the scene.
_SCENE_BEFORE = re.compile(r"\b(?:in|near|from|of|at|to|across|around|outside)\s+$", re.I)
# ... unless "of" follows the list's own kind: "the towns of A and B were taken by Y".
_KIND_OF_BEFORE = re.compile(r"\b(?:" + PLACE_NOUNS + r")\s+of\s+$", re.I)


def listed_before(
    text: str, first: Place, sentence: Span, candidates: list[Place], actors: list[ActorMatch]
) -> list[Place]:
    """The places a list before a trigger names, ending with `first`, the one nearest it ("A, B
    and C fell to Y": A, B and C): the item before `first` joined by "and", the ones before that
    by commas; only `first` when no "and" joins it."""
    pool = place_before(text, first.start, sentence, candidates, actors, every=True)
    found = [first]
    while pool:
        item = pool.pop()
        if item.end > found[0].start:
            continue
        gap = _AND_BEFORE if len(found) == 1 else _COMMA_BEFORE
        if (
            not gap.fullmatch(text, item.end, found[0].start)
            or is_actor(actors, item.start, item.end)
            or (
                _SCENE_BEFORE.search(text, max(sentence.start, item.start - 12), item.start)
                and not _KIND_OF_BEFORE.search(
                    text, max(sentence.start, item.start - 30), item.start
                )
            )
        ):
            break
        found.insert(0, item)
    return found


# A sentence opening on the place it tells of: "In X, 35 miles south of the capital, the
# guerrillas pulled out on Monday", "Around X, further east, the Taleban pulled back".
_FRONTED = re.compile(
    r"(?:In|Around|Near|Inside|Outside)\s+(?:the\s+(?:[\w'’-]+\s+){0,2}?(?:" + PLACE_NOUNS + r")"
    r"\s+of\s+)?(?=" + UPPER + r")"
)


def fronted_place(
    text: str, sentence_start: int, at: int, candidates: list[Place], actors: list[ActorMatch]
) -> list[Place]:
    """The place a sentence opens on, set off by a comma before the trigger at `at`, for a
    withdrawal that names none of its own; not an actor, nor the place where words were said
    ("In X, officials said the rebels had withdrawn": who left is not read there)."""
    lead = _FRONTED.match(text, sentence_start, at)
    if not lead:
        return []
    place = name_at(text, lead.end(), at, candidates)
    if place is None or is_actor(actors, place.start, place.end):
        return []
    if not re.match(r"\s*,", text[place.end : at]) or REPORTING.search(text, place.end, at):
        return []
    return [place]
