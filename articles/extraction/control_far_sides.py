"""Who holds what a side left when the sentence names no one else (articles/extraction/control.py,
after control_changes.takers_of_what_was_left): the leaver's opponent was then guessed from the
article's counts, which crowns a state or alliance named often but only in passing (a backer, an
envoy, advisers); a side the article tells holding or taking ground is the better guess."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from places.nlp import text_of

from .actor_dictionary import window
from .control_patterns import LEAVING_EVENTS
from .control_sides import FIGHTERS, STATE_NOUNS
from .states import FORCES

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .actor_dictionary import ActorMatch
    from .control_record import ControlRecord

# The parse's labels for a name that qualifies the noun after it ("U.S. envoy", "Soviet advisers").
MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})


def _named_in_sentence(record: ControlRecord, actors: list[ActorMatch]) -> bool:
    """The record's side is an actor its own sentence names (as itself or as its forces)."""
    here = window(actors, record.sentence_start, record.sentence_end)
    return any(record.side in (a.actor, FORCES.get(a.actor)) for a in here)


def holders_of_what_was_left(records: list[ControlRecord], actors: list[ActorMatch]) -> None:
    """A leaving whose holder its sentence does not name, and who holds no ground in any other
    observation of the article, is handed to the side other than the leaver that the article
    tells holding or taking the most places (the first told on a tie)."""
    ground = Counter(r.side for r in records if r.event not in LEAVING_EVENTS)
    for record in records:
        if (
            record.event not in LEAVING_EVENTS
            or record.leaver is None
            or record.side in ground
            or _named_in_sentence(record, actors)
        ):
            continue
        leaver = {record.leaver, FORCES.get(record.leaver, record.leaver)}
        others = [(n, side) for side, n in ground.items() if side not in leaver]
        if others:
            record.side = max(others, key=lambda other: other[0])[1]


def in_passing(text: str, doc: Doc | None, actor: ActorMatch) -> bool:
    """The actor only qualifies a noun other than its fighters ("U.S. envoy", "Soviet military
    advisers", "the French embassy"), by the parse: it names no side that could hold a place."""
    if doc is None or text_of(doc) != text:
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    head = root.head
    return (
        root.dep_ in MODIFIERS
        and head.i >= span.end
        and head.text.islower()  # a common noun (the parser here tags no parts of speech)
        and not FIGHTERS.fullmatch(head.text)
        and head.lower_ not in STATE_NOUNS
    )
