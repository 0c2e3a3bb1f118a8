"""Holds told by an adjective or by a plain verb of holding (articles/extraction/control.py):
"X remained in Georgian hands", "Y remains under rebel control" (the side the adjective names
holds the places the clause's subject names), "the army held X", "they control most of X"
(the doer holds, `control_triggers`). No rule names a place, a person or a group."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from places.nlp import text_of

from .control_patterns import UPPER
from .control_places import listed, place_before
from .control_sides import home_state, main_actor
from .states import demonym_index

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .actor_dictionary import ActorMatch
    from .control import _Context
    from .control_places import Place
    from .sentences import Span

# Ground a side holds named by a part or feature of a place ("still held the hills of the Metn",
# "holds the hills above X", "the southern half of X", "every lane of X village", "the waterways
# around X", "in position at X", "holding out inside the X"): the place it is told by (not a road
# to a place: "holds the road to X" is about X, not held there).
HELD_GROUND = re.compile(
    r"[\s\"”’']*(?:out\s+(?:inside|in|at)\s+(?:the\s+)?(?=" + UPPER + r")|"
    r"(?:all\s+|most\s+of\s+|every\s+)?(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:hills?|heights|banks?|approaches|waterways|crossings|ridges?|slopes|lanes?|part|"
    r"half|sector|positions?)\s+"
    r"(?:of|above|around|near|overlooking|outside|below|along|at)\s+(?:the\s+)?"
    r"(?=" + UPPER + r"))"
)


def held_ground(
    text: str, end: int, limit: int, candidates: list[Place], actors: list[ActorMatch]
) -> list[Place]:
    """The places a hold's object tells by a part or feature of them (`HELD_GROUND`), after the
    trigger ending at `end`."""
    ground = HELD_GROUND.match(text, end, limit)
    return listed(text, ground.end(), limit, candidates, actors) if ground else []


# Common words that name a side by its camp before "hands" or "control" ("in government
# hands", "under rebel control"): the home state, or the article's main armed group.
HOLDER_WORDS = {
    "government": "state",
    "state": "state",
    "army": "state",
    "military": "state",
    "regime": "state",
    "loyalist": "state",
    "junta": "state",
    "rebel": "armed",
    "opposition": "armed",
    "insurgent": "armed",
    "militant": "armed",
    "jihadist": "armed",
    "islamist": "armed",
    "separatist": "armed",
    "guerrilla": "armed",
    "militia": "armed",
}
# The word (or name) before "hands" / "control" that the "in-hands-of" trigger leaves after it.
HOLDER_WORD = re.compile(r"\s*(?P<word>[\w'’-]+)\s+(?:hands|(?:full\s+|total\s+)?control)\b")
# The verbs a held place is the subject of ("X remained in …", "X is under …"; the parse has no
# lemmas).
STATE_VERBS = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "'s", "’s"}
    | {f"{verb}{end}" for verb in ("remain", "stay", "return") for end in ("", "s", "ed", "ing")}
)


def adjective_holder(
    text: str, at: int, parties: list[ActorMatch], context: _Context
) -> str | None:
    """The side the word at `at` names before "hands" / "control": an actor named there, a
    state by its demonym ("Georgian", "Ukrainian"), else a camp word read as the home state or
    the main armed group ("government", "rebel"); `None` for anything else."""
    word = HOLDER_WORD.match(text, at)
    if word is None:
        return None
    start, end = word.span("word")
    named = next((a for a in parties if start <= a.start < end + 1), None)
    if named is not None:
        return named.actor
    state = _demonyms().get(word["word"])
    if state is not None:
        return state
    camp = HOLDER_WORDS.get(word["word"].casefold())
    found = None
    if camp == "state":
        found = home_state(context.actors, context.homes) or main_actor(context.actors)
    elif camp == "armed":
        found = main_actor(context.actors, state=False)
    return found.actor if found else None


@cache
def _demonyms() -> dict[str, str]:
    return demonym_index()


def subject_places(
    text: str,
    at: int,
    sentence: Span,
    context: _Context,
    actors: list[ActorMatch],
    passive: bool = False,
) -> list[Place]:
    """The places the subject of the clause the word at `at` hangs from names ("The villages of
    A and B, on the road to C, remained in X hands": A and B; "D, which remains under Y control":
    D; none where the clause has no such subject: "the last areas under government control");
    without a parse, the place nearest before. `passive`: the clause of the verb whose
    auxiliary stands at `at` ("X, home to a dam, has been encircled by …": X)."""
    doc = context.doc
    if doc is None or text_of(doc) != text:
        return place_before(text, at, sentence, context.candidates, actors)
    span = _subject_span(doc, at, passive)
    if span is None:
        return []
    start, end = span
    every = place_before(text, at, sentence, context.candidates, actors, every=True)
    return [p for p in every if start <= p.start and p.end <= end]


def _subject_span(doc: Doc, at: int, passive: bool = False) -> tuple[int, int] | None:
    """(start, end) of the subject of the state verb the preposition at `at` hangs from (with
    `passive`, of the verb the auxiliary at `at` serves, or that word itself), a relative
    "which" standing for the noun it is about; its prepositional phrases other than "of" are
    left out ("X, on the road to C, …" is X)."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    word = span.root
    if passive:
        verb = word.head if word.dep_ in ("aux", "auxpass") else word
    else:
        verb = word.head
        if verb.lower_ not in STATE_VERBS:
            return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "X, which remains under rebel control"
    left = subject.left_edge.idx
    right = subject.idx + len(subject)
    for child in subject.rights:
        if child.dep_ == "prep" and child.lower_ != "of":
            break
        if child.dep_ in ("relcl", "acl", "appos", "punct"):
            break
        last = child.right_edge
        right = last.idx + len(last)
    return left, right
