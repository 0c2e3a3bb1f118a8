"""More objects of one taking, for campaign_reach's parse walk: the towns wire copy lists after the
first one a campaign took, and a taking told as a noun.

- "as well as": "have since taken A, the diamond centre, on Tuesday, as well as B and C", "the
  militia seized A, a trading post on the river, as well as B". The small parser hangs B on the
  verb (a proper noun joined to it or left unlabelled under it, or the object of an "as"
  coordinating it), not on A, so
  campaign_reach's walk lost it; such a B is one more object of the verb whose object A is.
- A taking noun with a possessor: "the rebels' capture of A on Saturday and of B", "after the
  army's recapture of A and of B last week". The noun stands for the verb (its possessor for the
  subject, which campaign_reach checks is the campaign's attacker or a bare word standing for
  it); the repeated "of" the parser joins to another preposition ("on Saturday and of B") goes
  back to the last "of" of a taking noun before it.

No word names a place, group or person."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of a taking whose "of" leads to the place taken.
TAKING_NOUNS = frozenset(
    {"capture", "recapture", "seizure", "takeover", "conquest", "storming", "liberation"}
)


def added_object(token: Token, prep: str | None) -> Token | None:
    """The verb `token` is one more object of through a coordination the parser hung on the verb
    ("taken A …, as well as B": B a proper noun joined to the verb, or the object of "as"); only
    when the verb has an object of its own (a list of objects, not a second clause)."""
    head = token.head
    if head is token or not head.tag_.startswith("VB"):
        return None
    if token.dep_ == "conj" and token.tag_.startswith("NNP"):
        pass  # "have since taken A, on Tuesday, as well as B": B joined to the verb
    elif token.dep_ == "dep" and token.i and token.doc[token.i - 1].lower_ == "as":
        pass  # or left unlabelled under it
    elif not (token.dep_ == "cc" and token.lower_ == "as" and prep == "as"):
        return None  # "as well as B" with B the object of "as", itself joined to the verb
    if not any(c.dep_ == "dobj" for c in head.children):
        return None
    return head


def of_again(prep: Token) -> Token:
    """The "of" of a taking noun a repeated "of" stands for ("the capture of A on Saturday and of
    B": the parser joins the second "of" to "on"), else the preposition itself."""
    if prep.lower_ != "of" or prep.dep_ != "conj":
        return prep
    first = prep
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if first.lower_ == "of":
        return first
    for token in reversed(prep.doc[prep.sent.start : prep.i]):
        if token.lower_ == "of" and token.dep_ == "prep" and taking_noun(token.head):
            return token
    return prep


def taking_noun(token: Token) -> bool:
    """A noun of taking ("the rebels' capture"), not the verb of the same form ("capture A")."""
    return token.lower_ in TAKING_NOUNS and token.tag_.startswith("NN")


def possessor(noun: Token) -> Token | None:
    """The possessor of a taking noun ("the rebels' capture"), which stands for its subject."""
    return next((c for c in noun.children if c.dep_ == "poss"), None)
