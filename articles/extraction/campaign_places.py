"""Places a campaign may be on: a capitalised phrase checked against the geoparser's places (the
place an anaphor, "the town" or "the breakaway region", points back to is campaign_antecedents')."""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from places.nlp import parsed, per_parse

from .actors import ActorMatch, window
from .campaign_fallback_names import (
    a_landmark_noun,
    a_titled_name,
    a_titled_surname,
    a_units_name,
    full_site_name,
    in_an_operation_name,
    names_an_owner,
    place_running_on,
)
from .campaign_record import PlaceSpan, name_key
from .states import countries, state_names

if TYPE_CHECKING:
    from spacy.tokens import Doc

PLACE_NAME = (
    r"(?P<place>[A-Z][\w'’\-]+(?:\s+(?:(?:al|el|ez|ad|ar|as|an|at|az)-|(?:da|de|do|dos|das|du|del"
    r"|di)\s+)?"
    r"[A-Z][\w'’\-]+){0,2})"
)
# Without a geoparser a capitalised word after "offensive on" is taken as the place, unless it is
# plainly not one: a date word, or an adjective before a group noun ("Kurdish-led forces").
_NOT_PLACE = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|The|A|An)\b|"
    r"-(?:led|backed|held|controlled|allied)$|"
    # A feast day's last word left after its owner is cut: "on New Year's Day", "Christmas Eve".
    r"(?:^|\s)(?:Day|Eve)$|"
    # A month's abbreviation: "began their offensive on Sept. 16".
    r"^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$"
)
_OWNER = re.compile(r"^.*?['’]s(?:\s+|$)")
_GROUP_AFTER = re.compile(
    r"\s+(?:forces|fighters|troops|militants|rebels|positions|army|militias?|soldiers|"
    # "an offensive against the Islamic extremist rebels": a word describing the side fought
    r"extremists?|insurgents?|jihadists?|militiamen|guerrillas|separatists?|"
    r"government|officials|authorities|lines|group|units|territory|soil|airspace|waters|"
    # "a brigade of Stryker armoured vehicles", "the Kantemir tank division": a unit's or a
    # vehicle's name, not a place
    r"armou?red|tanks?|vehicles|brigades?|battalions?|regiments?|divisions?)\b"
)


def names_a_side(text: str, end: int) -> bool:
    """ "Moro rebels", "Tigray forces": a place's name followed by a word for the side's fighters
    names the side, not the place."""
    return _GROUP_AFTER.match(text, end) is not None


def place_at(
    text: str, start: int, end: int, places: list[PlaceSpan] | None, actors: list[ActorMatch]
) -> tuple[str, int, int] | None:
    """Canonical place name for a target phrase; None if it names an actor, not a place."""
    if any(m.start < end and start < m.end for m in window(actors, start - 100, end)):
        return None
    origin = start
    if places:
        first = bisect.bisect_left(places, start - 200, key=lambda p: p.start)
        for place in places[first:]:
            if place.start >= end:
                break
            if place.start < end and start < place.end:
                if names_a_side(text, place.end):
                    return None  # "encircle Moro rebels": the side's name, resolved or not
                if owner_or_adjective(text, place):
                    # "Syria's Manbij", "the Libyan oil ports of X": X, if named after it
                    start = max(start, _OWNED.match(text, place.end).end())
                    continue
                return place.name, place.start, place.end
        if start >= end or (start > origin and not text[start].isupper()):
            return None  # only an owner or an adjective named ("Libya's desert south")
    # No resolved toponym there (no geoparser, or the gazetteer lacks the name): keep the
    # capitalised phrase unless it is plainly not a place; the pipeline then looks it up by name.
    run_on = place_running_on(text, end, places)
    if run_on is not None:
        return run_on  # "Convoy in Years Reaches Besieged X": a headline's words, then the place
    if names_an_owner(text, start, end):
        return None  # "closes on the Islamists' last valley"
    if in_an_operation_name(text, start, end) or a_titled_name(text, start, end):
        return None  # "in Operation Panther's Claw", "capturing President X Y"
    if a_units_name(text, start, end):
        return None  # "the base of Light Infantry Battalion 376"
    candidate = text[start:end]
    owner = _OWNER.search(candidate)
    if owner is not None and not a_landmark_noun(candidate[owner.end() :]):
        # "to clear Libya's desert south": the owner of what is attacked, not a target;
        # "seize Gaza's Rafah crossing": the place after the owner.
        if owner.end() == len(candidate):
            return None
        start += owner.end()
        candidate = text[start:end]
    if _NOT_PLACE.search(candidate) or _GROUP_AFTER.match(text, end):
        return None
    if name_key(candidate.split(" ", 1)[0]) in _demonyms():
        return None  # "the Libyan oil ports": no place named
    if a_titled_surname(text, start, end):
        return None  # "to capture X" beside "Gen. Manuel Antonio X"
    if _a_persons_name(text, start, end):
        return None  # "an offensive to capture the gang's leader, Dairo Antonio Usuga"
    end = _without_group_words(text, start, end)
    if end is None:
        return None  # "the Kurdish enclave", "advanced on Shia districts", "in the North"
    end = full_site_name(text, start, end, places)  # "Hill 1428", "the Palace of Justice"
    return text[start:end], start, end


# A person is named after a word for their role ("the gang's leader, X", "militant commander X")
# or before an alias or a role ("X, alias 'the Fox'"); a place rarely is.
_ROLE_WORDS = r"(?:leader|commander|chief|founder|boss|kingpin|emir|warlord|bomb\s+maker)"
_ROLE_BEFORE = re.compile(r"\b" + _ROLE_WORDS + r"s?,?\s+(?:[a-z]+\s+)?$", re.I)
# "X, alias 'the Fox'", "X, a Malaysian bomb maker known as …"
_ROLE_AFTER = re.compile(
    r",?\s+(?:alias|a\.k\.a\.|aka|also\s+known\s+as)\b"
    r"|,\s+(?:a|an|the)\s+(?:[\w'’\-]+\s+){0,3}?" + _ROLE_WORDS + r"\b",
    re.I,
)


def _a_persons_name(text: str, start: int, end: int) -> bool:
    """The unresolved phrase is mostly a name of two or more words the parse reads as a person's,
    and the text names a person there: a role word before the name or an alias or role after it
    ("to capture the gang's leader, Juan Carlos Pérez", "warrants on Ahmad bin Said, a bomb
    maker"). The parse alone misreads many places as persons."""
    doc = parsed(text)
    if doc is None:
        return False
    # The parse may leave out a first name ("Antonio Usuga" of "Dairo Antonio Usuga"), the phrase
    # a surname ("Said" of "Ahmad bin Said"): most of the phrase is enough.
    return any(
        2 * (min(end, e_end) - max(start, e_start)) > end - start
        and (
            _ROLE_BEFORE.search(text, max(0, min(start, e_start) - 40), min(start, e_start))
            or _ROLE_AFTER.match(text, max(end, e_end))
        )
        for e_start, e_end in _persons_overlapping(doc, start, end)
    )


def _persons_overlapping(doc, start: int, end: int) -> list[tuple[int, int]]:
    """The character spans of the parse's PERSON entities of two or more tokens that overlap
    start..end. Their spans are listed once per parse and looked up by bisection: a scan of every
    entity per phrase made a long text quadratic."""
    persons = per_parse(doc, "person_spans", _person_spans)
    found = []
    # Entities do not overlap: sorted by start, their ends are sorted too.
    for index in range(bisect.bisect_left(persons, (end,)) - 1, -1, -1):
        if persons[index][1] <= start:
            break
        found.append(persons[index])
    return found


def _person_spans(doc: Doc) -> list[tuple[int, int]]:
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]


# A compass word alone ("fighting spread across the North", a headline's "push into separatist
# strongholds in northwest") names a direction, not a place.
_COMPASS = re.compile(
    r"(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:-?(?:[Ee]ast|[Ww]est))?(?:ern)?|[Cc]entral"
)


def _without_group_words(text: str, start: int, end: int) -> int | None:
    """Where an unresolved target phrase ends once the words the article's parse reads as a
    nationality, religion or political group wherever it uses them (spaCy's NORP: "Kurdish",
    "Shia", "Maoist") are cut from its end: None when nothing else is left, or when the phrase
    is a compass word alone. The parse is read only if another step kept one
    (places.nlp.parsed): this never parses."""
    if _COMPASS.fullmatch(text, start, end):
        return None
    doc = parsed(text)
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if not span:
        return end
    group_words = _group_words(doc)
    kept = len(span)
    while kept and span[kept - 1].text in group_words:
        kept -= 1
    if kept == 0:
        return None
    return min(end, span[kept - 1].idx + len(span[kept - 1]))


def _group_words(doc: Doc) -> frozenset[str]:
    """Capitalised words the parse reads as a group (NORP) wherever the article uses them, and
    either tagged an adjective ("Shia districts") or, more than once, always before the word they
    describe ("X gunmen", "X-held territory"): an unresolved name it reads so only sometimes ("the
    siege of X base"), as a noun ("an assault on X") or once ("the X district") stays a name."""
    return per_parse(doc, _GROUP_WORDS, _read_group_words)


def _read_group_words(doc: Doc) -> frozenset[str]:
    seen: dict[str, tuple[bool, bool, bool, int]] = {}
    for token in doc:
        if token.text[:1].isupper():
            group, adjective, describing, count = seen.get(token.text, (True, False, True, 0))
            seen[token.text] = (
                group and token.ent_type_ == "NORP",
                adjective or token.tag_ == "JJ",
                describing and token.head.i > token.i,
                count + 1,
            )
    return frozenset(
        w
        for w, (group, adjective, describing, count) in seen.items()
        if group and (adjective or (describing and count > 1))
    )


_GROUP_WORDS = "campaign_group_words"


_OWNED_BY = re.compile(r"['’]s\s+")
# The geoparser's kinds of place larger than a town (places.models.Place.Kind).
_AREA_KINDS = frozenset({"country", "admin", "region"})
_OWNED = re.compile(r"(?:['’]s\b)?\s*")


@functools.cache
def _demonyms() -> frozenset[str]:
    """Every state's demonyms, folded ("libyan", "iraqi"), less any that is also a state's name."""
    names = {name_key(c["name"]) for c in countries()}
    return frozenset(
        key for c in countries() for d in c.get("demonyms", []) if (key := name_key(d)) not in names
    )


def a_state(name: str) -> bool:
    """The place name is a state's ("Somalia", "the Congo")."""
    return name_key(name) in state_names()


def owner_or_adjective(text: str, place: PlaceSpan) -> bool:
    """A place named by its demonym ("the Libyan oil ports", "the Iraqi border post") or as the
    owner of another place ("Syria's Manbij", "Medellin's Comuna 13") or of a part of a state or
    region ("Libya's desert south", a province's "west bank"): not itself a target. A town
    owning a part of itself stays ("Mosul's eastern districts": Mosul)."""
    if name_key(text[place.start : place.end]) in _demonyms():
        return True
    possessive = _OWNED_BY.match(text, place.end)
    if possessive is None:
        return False
    if text[possessive.end() : possessive.end() + 1].isupper():
        return True
    kind = getattr(place, "kind", "")
    return kind in _AREA_KINDS or (not kind and name_key(place.name) in state_names())


AGAINST_DEMONYM = re.compile(
    r"\bagainst\s+(?:the\s+)?(?P<dem>[A-Z][a-z]+)\s+(?:forces|fighters|rebels|troops|"
    r"militias?|militants)\b"
)


def demonym_place(
    text: str, demonym: str, before: int, places, actors
) -> tuple[str, int, int] | None:
    """The place "Tigrayan forces" are from, when the text names it before `before` ("in
    northwestern Tigray"): the demonym less a usual ending, as a word that is no actor's name."""
    for ending in ("ian", "an", "ese", "ite", "n", "i"):
        stem = demonym[: -len(ending)]
        if not demonym.endswith(ending) or len(stem) < 3:
            continue
        for match in re.finditer(r"\b" + re.escape(stem) + r"\b", text[:before]):
            found = place_at(text, match.start(), match.end(), places, actors)
            if found:
                return found
    return None
