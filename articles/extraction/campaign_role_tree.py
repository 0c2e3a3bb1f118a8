"""The phrase a side's mention stands for in its clause, and how two sides' phrases stand to each
other, read from the dependency parse for the campaign role ranker (campaign_role_features) and
the deeds it counts (campaign_side_verbs).

A side is often named inside a phrase about its fighters: "fighters of the X led the way", "X
fighters stormed the base", "soldiers of the X's Sixth Brigade", "the army and Y volunteers, among
them the Z, shelled the town", "A and allied units of the B captured C". The clause's subject is
the fighters' noun (or the first of a list), not the name: `force_phrase` walks up to it, so the
name is read as the subject (or agent, or object) the phrase is. Two sides whose phrases meet in
one list that does something ("A and B troops took C", "an attack by A and B") act together;
a side after "backed by", "joined by", "fighting alongside" fights beside the one that phrase
hangs from.

Word lists only; none names a place, group or person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .campaign_lexicon import forms

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns for a side's fighters: "fighters of the X", "X troops", "units of the X".
FORCE_WORDS = forms(
    "fighters fighter troops forces force soldiers units unit militiamen militias militia "
    "members volunteers men columns column brigades brigade battalions battalion division "
    "regiment rebels insurgents militants gunmen elements commandos paramilitaries guerrillas "
    "army"
)
# Participles whose "by" object fights beside the noun or clause they hang from.
BACKING = forms(
    "backed supported joined accompanied aided assisted reinforced helped bolstered flanked"
)
# Relations in which a phrase does what its clause tells: subject, possessor ("X's offensive").
_DOER_DEPS = frozenset({"nsubj", "poss"})


def force_phrase(token: Token) -> Token:
    """The token heading the phrase a side's mention stands for: up from a name qualifying a force
    noun ("X fighters", "the X's brigade"), the object of "of" after one ("fighters of the X"), an
    appositive ("the volunteers, among them the X", "the Y Force (YF)"), and a later member of a
    list to its first ("A and allied B": A)."""
    for _ in range(6):
        head = token.head
        if head is token:
            break
        dep = token.dep_
        if dep in ("compound", "amod", "nmod", "poss") and head.lower_ in FORCE_WORDS:
            token = head
        elif dep == "pobj" and head.lower_ in ("of", "from") and head.head.lower_ in FORCE_WORDS:
            token = head.head
        elif dep in ("appos", "conj"):
            token = head
        else:
            break
    return token


def is_doer(phrase: Token) -> bool:
    """The phrase does what its clause tells: a subject, a possessor, or the object of "by" under
    a passive verb or an attack noun ("an attack by A and B")."""
    if phrase.dep_ in _DOER_DEPS:
        return True
    return (
        phrase.dep_ == "pobj"
        and phrase.head.lower_ == "by"
        and phrase.head.head.lower_ not in BACKING
    )


def backed_side(phrase: Token) -> Token | None:
    """The phrase a side fights beside when named after "backed by", "joined by" ("X, backed by
    fighters of the Y": X for Y) or "fighting alongside" ("soldiers, fighting alongside Y
    militias": the soldiers); None otherwise."""
    if phrase.dep_ != "pobj":
        return None
    preposition, governor = phrase.head, phrase.head.head
    if preposition.lower_ == "by" and governor.lower_ in BACKING:
        return _participle_owner(governor)
    if preposition.lower_ in ("alongside", "beside"):
        return _participle_owner(governor)
    return None


def _participle_owner(word: Token) -> Token | None:
    """Whom a participle or verb is about: the noun it modifies ("forces backed by"), or the
    subject of the clause it hangs from ("stormed the city, backed by")."""
    if word.dep_ in ("acl", "amod") or (word.dep_ == "conj" and word.head.pos_ == "NOUN"):
        return word.head
    verb = word.head if word.dep_ in ("advcl", "xcomp", "prep") else word
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None


def beside_cues(phrase: Token, attacker_phrases: set[int]) -> dict[str, float]:
    """A side acting together with the side the rules chose: in one list that does something ("A
    and B troops took C"), or named after "backed by"/"fighting alongside" someone (the chosen
    side or not)."""
    cues = {}
    if phrase.i in attacker_phrases and is_doer(phrase):
        cues["joint_rule_attacker"] = 1.0
    owner = backed_side(phrase)
    if owner is not None:
        cues["backs_side"] = 1.0
        if force_phrase(owner).i in attacker_phrases:
            cues["backs_rule_attacker"] = 1.0
    return cues
