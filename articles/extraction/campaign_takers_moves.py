"""Two readings campaign_takers adds to its takings: a push told with a verb of moving in ("rebels
pushed into Kalehe", "the army closed in on the town", "troops advanced towards the port") and a
place the article calls by a common noun after naming it ("Troops stormed Samashki on Friday. By
evening they had taken the village"). Both read the parse; no entry names a place, group or
person."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .campaign_lexicon import forms
from .campaign_record import name_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs of moving in on a place; the place is the object of one of INTO_PREPS.
MOVE_VERBS = forms(
    "push pushed pushing pushes advance advanced advancing advances march marched marching "
    "marches sweep swept sweeping sweeps pour poured pouring pours roll rolled rolling rolls "
    "close closed closing closes press pressed pressing presses thrust thrusting thrusts "
    "move moved moving moves"
)
# "closed in on": only with the particle "in" is closing a move on a place ("closed the road").
_NEEDS_IN = forms("close closed closing closes")
INTO_PREPS = forms("into on upon toward towards")
MOVE_WORDS = re.compile(r"\b(?:" + "|".join(sorted(MOVE_VERBS)) + r")\b", re.I)
# Common nouns a report uses for a place it has named ("the town", "the provincial capital").
PLACE_NOUNS = forms(
    "town towns city village villages capital district port enclave stronghold settlement "
    "township locality"
)
# How far back the place a common noun stands for may be named: the sentence before, about.
_BACK_CHARS = 400
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“A-Z])")


def moves(doc: Doc) -> list[tuple[Token, Token]]:
    """(verb, place word) of each verb of moving in on a place ("pushed into the town")."""
    found = []
    for token in doc:
        if token.lower_ not in MOVE_VERBS or not token.tag_.startswith("VB"):
            continue
        found += [(token, place) for place in _objects(token)]
    return found


def _objects(verb: Token) -> list[Token]:
    """The objects of the verb's "into"/"on"/"towards" phrases, also under a particle ("closed in
    on the town": "on" may hang from "in")."""
    heads = [verb] + [
        c for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "in"
    ]
    if verb.lower_ in _NEEDS_IN and len(heads) == 1:
        return []
    return [
        g
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in INTO_PREPS
        for g in prep.children
        if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")  # "advanced on Sunday"
    ]


def target_named_before(text: str, named: list[tuple[str, int]], at: int, keys: set[str]) -> bool:
    """Whether the campaign's target (`keys`) is the place named last before `at` among the
    campaigns' target words (`named`: words and where the campaign first names them), in the same
    sentence or the one before."""
    start = max(0, at - _BACK_CHARS)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, at)]
    if len(ends) > 1:
        start = ends[-2]  # from the start of the sentence before
    last: tuple[int, str] | None = None
    for words, _ in named:
        if not words:
            continue
        found = text.rfind(words, start, at)
        if found >= 0 and (last is None or found > last[0]):
            last = (found, words)
    return last is not None and name_key(last[1]) in keys
