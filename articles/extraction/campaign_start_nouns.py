"""Campaign nouns a start statement reads beyond the plain ones (campaign_starts.CAMPAIGN_NOUNS): a
side's own revolt, a hyphenated counter-attack, and a siege or cordon laid on a place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .campaign_lexicon import forms

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of a revolt: a campaign's start only as the object a side's possessive owns ("began their
# uprising on Feb. 5", "launched its revolt on Jan. 17"); "the uprising began in 2011" dates the
# wider war as often as the campaign.
REVOLT_NOUNS = forms("uprising rebellion revolt insurrection")
# Verbs that start a siege only with it as their object: "threw a cordon around it in early March",
# "laid siege to the town on May 2", "imposed a blockade on the port in late June".
LAYING = forms("threw thrown throw laid lay imposed impose clamped")
_SIEGES = forms("cordon siege blockade ring")


def own_revolt(noun: Token) -> bool:
    """ "their uprising", "its revolt": a revolt noun a side's possessive owns."""
    return noun.lower_ in REVOLT_NOUNS and any(c.dep_ == "poss" for c in noun.children)


def countered(noun: Token) -> bool:
    """ "counter-attack": the tokenizer splits the campaign noun at the hyphen, and the answering
    side's campaign is no single attack."""
    doc = noun.doc
    return noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ == "counter"


def laid_siege(verb: Token) -> Token | None:
    """The siege a laying verb lays: its object ("threw a cordon", "laid siege to")."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _SIEGES), None)
