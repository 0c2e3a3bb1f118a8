"""A "since" the parse hangs on a hold rather than on a start: "Separatists had held public
buildings in the port, a city of half a million people on the coast, since April", "The town had
been under rebel control since early August", "a district the militia has used as its base since
2019". campaign_dates reads the words right before "since" first (`_HOLDING_BEFORE`); this reads
the verb the parse gives "since", however far back it stands, so the side that lost a place is not
taken to have started the campaign that retook it on the day it began holding it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from places.nlp import parsed

from .campaign_lexicon import forms

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of holding or staying ("held", "controlled", "occupied", "has used X as its base"); the
# pipeline has no lemmatizer, so the forms.
HOLDING = forms(
    "hold holds held holding control controls controlled controlling occupy occupies occupied "
    "occupying rule rules ruled ruling govern governs governed governing use uses used using "
    "live lives lived living stay stays stayed staying remain remains remained remaining "
    "based stationed garrisoned"
)
# Copulas a held state hangs on: "had been under rebel control since", "is in their hands since".
_COPULAS = forms("be is are was were been being")
# A state told by a copula and a noun: "under rebel control", "in their hands", "under occupation".
HELD_NOUNS = forms("control rule occupation hands hand grip")
_HELD_PREPS = forms("under in")
# Links from a noun up to its verb: "as its base" (pobj, prep), "the town" (dobj).
_UP = frozenset({"pobj", "prep", "dobj"})


def since_dates_a_hold(text: str, since: int) -> bool:
    """The "since" at character `since` modifies a verb of holding, or a copula "under/in" a noun
    of control (None of it without a kept parse)."""
    doc = parsed(text)
    if doc is None:
        return False
    span = doc.char_span(since, since + len("since"))
    if span is None or len(span) != 1 or span[0].dep_ != "prep":
        return False
    head = _verb_above(span[0].head)
    if head.lower_ in HOLDING:
        return True
    return head.lower_ in _COPULAS and any(_held_state(c) for c in head.children)


def _held_state(child: Token) -> bool:
    return (
        child.dep_ == "prep"
        and child.lower_ in _HELD_PREPS
        and any(g.dep_ == "pobj" and g.lower_ in HELD_NOUNS for g in child.children)
    )


def _verb_above(token: Token) -> Token:
    """The verb a noun phrase the "since" hangs on belongs to: "has used X as its base since
    October" (since → base → as → used); a verb stays itself."""
    for _ in range(3):
        if token.tag_.startswith("VB") or token.dep_ not in _UP or token.head.i == token.i:
            break
        token = token.head
    return token
