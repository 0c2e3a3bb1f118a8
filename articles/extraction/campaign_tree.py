"""Small walks over the dependency tree that campaign readings (campaign_parse) are made of: a
token's noun phrase, the proper name a phrase gives, a verb's subject or passive agent, the verb
launching a campaign noun, the objects of its prepositions and purpose clauses, its date modifiers.

Each takes a spaCy token and returns tokens or character spans; none knows of actors or places."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .campaign_lexicon import (
    CLAUSES,
    DATE_PREPS,
    GOVERNING,
    PRONOUNS,
    PURPOSE_VERBS,
    REPORTING,
    SUBJECTS,
    UNIT_NOUNS,
    forms,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def phrase(token: Token) -> tuple[int, int]:
    """Characters of a token's noun phrase, without the clauses and lists hanging from it."""
    start, end = token.idx, token.idx + len(token)
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ in CLAUSES:
                continue
            start = min(start, child.idx)
            end = max(end, child.idx + len(child))
            stack.append(child)
    return start, end


def _name_in(token: Token) -> tuple[int, int] | None:
    """The proper name a phrase gives: "Bama", "the village of Pulka" -> "Pulka"; None for "the" "
    hills"."""
    if token.tag_ not in ("NNP", "NNPS"):
        token = next(
            (g for g in _prep_objects(token, forms("of")) if g.tag_ in ("NNP", "NNPS")), None
        )
        if token is None:
            return None
    names = [c for c in token.children if c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS")] + [
        token
    ]
    return min(t.idx for t in names), token.idx + len(token)


def _subject(verb: Token) -> Token | None:
    """The verb's subject; a verb joined by "and" or an infinitive shares its governor's; a pronoun
    in a reported clause is the reporter ("forces said they had pushed …")."""
    seen = 0
    while verb is not None and seen < 4:
        seen += 1
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            if (
                subject.lower_ in PRONOUNS
                and verb.dep_ == "ccomp"
                and verb.head.lower_ in REPORTING
            ):
                reporter = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
                return reporter or subject
            return subject
        if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
            verb = verb.head
            continue
        return None
    return None


def _agent(verb: Token) -> Token | None:
    """ "launched by the SDF": the object of the passive's "by"."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _governor(token: Token) -> Token | None:
    """The verb launching a campaign noun ("launched an offensive", "the offensive was" "
    launched")."""
    head = token.head
    if head is token or not head.tag_.startswith("VB") or head.lower_ not in GOVERNING:
        return None
    return head if token.dep_ in ("dobj", "nsubjpass", "attr") else None


def _prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    return [
        g
        for child in token.children
        if child.dep_ == "prep" and child.lower_ in preps
        for g in child.children
        if g.dep_ == "pobj"
    ]


def _date_phrases(verb: Token) -> list[tuple[int, int]]:
    """Date modifiers of a verb: "in early February", "since Thursday night", "two weeks ago"."""
    found = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in DATE_PREPS:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            found.extend((child.idx, phrase(g)[1]) for g in objects)
        elif child.dep_ in ("npadvmod", "tmod") or (
            child.dep_ == "advmod" and child.lower_ == "ago"
        ):
            found.append(phrase(child))
    return found


def _when_doers(started: Token) -> list[tuple[int, int]]:
    """ "The assault on the town erupted two weeks ago, when the rebels pushed north": the subject
    of the "when" clause of the verb that started the campaign did the fighting."""
    return [
        phrase(subject)
        for clause in started.children
        if clause.dep_ == "advcl" and any(c.lower_ == "when" for c in clause.children)
        for subject in clause.children
        if subject.dep_ in SUBJECTS and subject.lower_ not in PRONOUNS
    ]


def _purpose_objects(verb: Token) -> list[Token]:
    """ "launched an offensive on Saturday to take Sirte": the object of a purpose clause."""
    return [
        obj
        for clause in verb.children
        if clause.dep_ in ("advcl", "xcomp")
        and clause.lower_ in PURPOSE_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        for obj in clause.children
        if obj.dep_ == "dobj"
    ]


def _proper_name(token: Token) -> tuple[int, int] | None:
    """The place a target phrase names: its proper name, the names compounded with a common noun
    ("the Sangin district centre" -> Sangin, "the Soum province" -> Soum), or the name in
    apposition ("the provincial capital, Lashkar Gah")."""
    found = _name_in(token)
    if found is not None:
        return found
    names = [c for c in token.children if c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS")]
    if not names or token.lower_ not in UNIT_NOUNS:
        apposed = [c for c in token.children if c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS")]
        return _name_in(apposed[0]) if apposed and token.tag_ == "NN" else None
    return names[0].idx, names[-1].idx + len(names[-1])
