"""Attacked places the geoparser could not place: with the whole-world gazetteer a target it lacks
or spells otherwise ("the post of Guidage" beside a gazetteer's "Guidaje", a lake, a national park)
is no resolved place, so the gate and the ranker, which read the resolved places, never see it and
its campaign is lost. A place entity of the parse that no resolved place or side covers, that the
parse tells attacked the strong way — the object of an attacking verb ("shelled X"), the object of
"on/against/into" under an attacking word or a noun of fighting ("the assault on X"), or a
campaign noun's modifier ("the X offensive", "the battle of X") — and that passes the rules'
not-a-place filters (`campaign_places.place_at`), is a candidate in the text's own words. The
campaign keeps that phrase as its target; ingest stores it with no place (listed under the map as
"not located")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from places.geoparser.entities import PLACE_LABELS

from .campaign_gate import struck_how
from .campaign_places import place_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .actors import ActorMatch

# "fell" (the subject of falling) is a weaker reading: a town told fallen is mostly an event.
STRONG = frozenset({"object", "prep", "named"})


def unplaced_attacked(
    text: str, doc: Doc | None, places: list, actors: list[ActorMatch]
) -> list[tuple[str, str, int, int]]:
    """(name, words, start, end) of each unresolved place entity the parse tells attacked."""
    if doc is None:
        return []
    spans = [(p.start, p.end) for p in places] + [(m.start, m.end) for m in actors]
    found = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or struck_how(ent.root) not in STRONG:
            continue
        start, end = ent.start_char, ent.start_char + len(ent.text.rstrip())
        if text[start:end].lower().startswith("the "):
            start += 4
        if start >= end or not text[start].isupper():
            continue
        if any(s < end and start < e for s, e in spans):
            continue
        kept = place_at(text, start, end, places, actors)
        if kept is None:
            continue
        name, start, end = kept
        found.append((name, text[start:end], start, end))
    return found
