"""The places a trigger's object lists when the list opens with common nouns (control.py, after
control_places.places_after finds no name right after the trigger): "still held the old
terminal, the railway station and the village of X", "held the old town and the village of X to
the south". Read from the dependency parse: the verb's object and the items coordinated or set in
apposition with it; an item is a place's proper name, or a place noun with the name after "of" /
"at" ("the village of X", "the airfield at X"). Without a parse, nothing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .control_patterns import DEMONYM, LANDMARK_NOUNS, NOT_PLACE, PLACE_NOUNS, UNIT_NAME
from .control_places import Place, is_actor, name_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .actor_dictionary import ActorMatch

# The head noun of an item that names a place by what follows it ("the town of X").
_PLACE_HEAD = re.compile(r"(?:" + PLACE_NOUNS + "|" + LANDMARK_NOUNS + r")", re.I)
# "the provincial capital of X", "the headquarters of the X District": what follows names what
# the noun belongs to, not the place held.
_NAMED_BY_WHAT_FOLLOWS = re.compile(r"capital|headquarters", re.I)
_LIST_DEPS = frozenset({"conj", "appos"})
_OBJECT_DEPS = frozenset({"dobj", "pobj"})


def listed_objects(
    doc: Doc | None,
    text: str,
    span: tuple[int, int],
    candidates: list[Place],
    actors: list[ActorMatch],
) -> list[Place]:
    """The places among the items of the object the trigger ending at span[0] governs (up to the
    sentence's end, span[1])."""
    at, limit = span
    verb = _last_token(doc, at)
    if verb is None:
        return []
    objects = [c for c in verb.rights if c.dep_ in _OBJECT_DEPS and c.idx >= at]
    items = _items(objects[:1])
    if len(items) < 2:  # one item alone is what places_after reads already
        return []
    found: list[Place] = []
    for item in items:
        name, bare = _name_of(item)
        if name is None or name.idx >= limit:
            continue
        place = name_at(text, name.idx, limit, candidates)
        if place and bare and not any(c.start == place.start for c in candidates):
            continue  # a bare name is a place where the geoparser says so (not a person's)
        if (
            place is None
            or place.end > limit
            or is_actor(actors, place.start, place.end)
            or DEMONYM.search(place.text)
            or UNIT_NAME.search(place.text)
            or NOT_PLACE.match(place.text)
        ):
            continue
        found.append(place)
    return found


def _last_token(doc: Doc | None, at: int) -> Token | None:
    """The trigger's last word (its verb, or the preposition "out of" ends with)."""
    if doc is None:
        return None
    span = doc.char_span(max(0, at - 1), at, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def _items(objects: list[Token]) -> list[Token]:
    """The object and what is coordinated or in apposition with it, in the order of the text."""
    items, todo = [], list(objects)
    while todo:
        token = todo.pop()
        items.append(token)
        todo += [c for c in token.children if c.dep_ in _LIST_DEPS]
    return sorted(items, key=lambda t: t.i)


def _name_of(item: Token) -> tuple[Token | None, bool]:
    """The first word of the place's name an item gives, and whether the item is that name
    alone: its own proper name ("Blagaj"), else the one after "of" / "at" on a place noun ("the
    village of Pisky")."""
    if item.text[:1].isupper():  # (the shared parse tags no parts of speech)
        return _first_word(item), True
    if not _PLACE_HEAD.fullmatch(item.lower_) or _NAMED_BY_WHAT_FOLLOWS.fullmatch(item.lower_):
        return None, False
    for prep in item.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "at"):
            named = [c for c in prep.children if c.dep_ == "pobj" and c.text[:1].isupper()]
            if named:
                return _first_word(named[0]), False
    return None, False


def _first_word(name: Token) -> Token:
    """The first word of a name the parse compounds onto its last ("Bab al-Hawa" -> "Bab")."""
    return min((c for c in name.lefts if c.dep_ == "compound"), default=name, key=lambda c: c.i)
