"""Sides told doing one attack together, read in the dependency parse for the ally step
(campaign_allies): "U.S. Marines and Iraqi soldiers pushed through the town", "Fighters of the X
and the Y brigade stormed the camp", "the army, together with A special forces and B militiamen,
had liberated the town", "Units of the X, along with fighters of the Y, retook the village". The
conjoined subjects (or the sides "together with", "along with", "alongside", "jointly with" join)
of a verb of attacking or taking are partners: each fights beside the others. Not "clashes
between X and Y" (no subject), not "X and Y fought" (fighting may be against each other: the ally
step's cues read "fought alongside"), not a side inside a clause of its own ("X, backed by Y",
"X, which Y armed").

Only the parse's structure and a list of verbs; none names a place, group or person."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .actors import ActorMatch
    from .sentences import Span

# Verbs of attacking or taking ground, as written (the parse gives no lemmas): what joint doers do
# to a campaign's target. A word counts as a verb only where it has a subject.
TAKING_VERB = re.compile(
    r"(?:push|advanc|storm|captur|recaptur|retak|retook|liberat|seiz|launch|enter|overr[au]n"
    r"|swe[ep]p|assault|besieg|encircl|surround)\w*"
)
# The words a partner is joined by: "together with", "along with", "jointly with"; "alongside".
_WITH_HEADS = frozenset(["together", "along", "jointly"])
# Dependencies inside the conjoined noun phrases of the subject ("fighters of the X and the Y
# brigade", "local X units", "the X (XA)"); a clause, an apposition or another preposition ends it.
_PHRASE_DEPS = frozenset(
    [
        "compound",
        "amod",
        "det",
        "poss",
        "nmod",
        "nummod",
        "quantmod",
        "case",
        "punct",
        "pobj",
        "conj",
        "cc",
    ]
)
_OF = frozenset(["of", "from"])


def _phrase(head: Token) -> set[int]:
    """The token indices of the conjoined noun phrases `head` begins, without clauses and
    appositions ("the army, backed by X": X is not in the army's phrase)."""
    own = {head.i}
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            inside = child.dep_ in _PHRASE_DEPS or (child.dep_ == "prep" and child.lower_ in _OF)
            if inside and child.i not in own:
                own.add(child.i)
                stack.append(child)
    return own


def _with_partners(verb: Token, subject: Token) -> list[Token]:
    """The heads "together with", "along with", "jointly with" or "alongside" joins to the
    subject, whether the parse hangs them on the subject or on the verb."""
    found: list[Token] = []
    for child in list(subject.children) + list(verb.children):
        if child.dep_ not in ("prep", "advmod"):
            continue
        cue = child
        if child.lower_ in _WITH_HEADS:  # "along" may head "with"
            cue = next((c for c in child.children if c.lower_ == "with"), child)
        joined = cue.lower_ == "alongside" or (
            cue.lower_ == "with" and cue.i and cue.doc[cue.i - 1].lower_ in _WITH_HEADS
        )
        if joined:
            found += [c for c in cue.children if c.dep_ == "pobj"]
    return found


def _doer_heads(verb: Token) -> list[Token]:
    """The head of the subject of `verb` and those of the sides joined to it."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return []
    return [subjects[0], *_with_partners(verb, subjects[0])]


def joint_doers(doc: Doc | None, sentence: Span, inside: list[ActorMatch]) -> list[tuple[str, str]]:
    """(side, the side it acts beside) for every two different sides the conjoined subjects of an
    attacking or taking verb name (module docstring), both ways, in text order."""
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand") if doc else None
    if span is None or len(inside) < 2:
        return []
    found: list[tuple[str, str]] = []
    for verb in span:
        if not TAKING_VERB.fullmatch(verb.lower_):
            continue
        own = {doc[i].idx for head in _doer_heads(verb) for i in _phrase(head)}
        sides = list(dict.fromkeys(m.actor for m in inside if m.start in own))
        for one in sides:
            found += [(one, other) for other in sides if other != one]
    return list(dict.fromkeys(found))
