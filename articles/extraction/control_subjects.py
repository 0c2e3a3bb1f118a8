"""Who did a taking, read from the dependency parse (articles/extraction/control_doers.py): the
subject of the trigger's verb, or of the verb it hangs from when it has none of its own ("troops
pushed north, taking X", "they entered A and seized B"), or the agent of a passive ("X was
retaken by Y"). An actor named in that subject is the doer; a pronoun subject of a subordinate
clause is the subject of the clause it depends on ("The rebels have been advancing since
January, when they seized X"); a common noun for fighters ("the insurgents", "gang members",
"government troops") is the article's main armed group, or the state whose ground it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from places.nlp import text_of

from .control_sides import acts, main_actor, state_of_ground

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .actor_dictionary import ActorMatch

# Nouns naming an armed group's fighters without naming the group.
ARMED_NOUNS = frozenset(
    {
        *("rebels", "insurgents", "militants", "jihadists", "extremists", "islamists"),
        *("gunmen", "fighters", "militiamen", "militias", "separatists", "guerrillas"),
        *("gangs", "gangsters", "vigilantes", "paramilitaries", "mujahideen"),
    }
)
# Nouns naming a state's fighters without naming the state.
STATE_NOUNS = frozenset({"troops", "soldiers", "army", "military", "forces", "junta"})
PRONOUNS = frozenset({"they", "it"})
# Words that leave a common noun generic ("government troops", "armed gunmen").
PLAIN_MODIFIERS = frozenset(
    {"government", "federal", "regime", "armed", "rebel", "islamist", "jihadist", "insurgent"}
)
RELATIVES = frozenset({"who", "which", "that"})
POSSESSIVES = frozenset({"our", "its", "their", "his", "her", "my"})
# Clauses that share the subject of the verb they hang from.
SHARING = frozenset({"conj", "xcomp", "advcl"})
# Clauses whose pronoun subject stands for the subject of the clause they hang from.
SUBORDINATE = frozenset({"advcl", "conj", "ccomp"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Words a trigger may start with before its verb.
LEADING = frozenset({"advmod", "aux", "auxpass", "neg"})


def _subject(verb: Token) -> Token | None:
    """The subject of `verb`, or of the verb it shares its subject with; the agent of a passive."""
    for _ in range(4):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return None if subject.dep_ == "nsubjpass" else subject
        if verb.dep_ not in SHARING or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _named(subject: Token, actors: list[ActorMatch], text: str) -> ActorMatch | None:
    """An acting actor the subject's words name: before its head noun ("Rwandan troops", "the
    RSF's fighters") or in an "of" after it ("fighters of the X")."""
    start = subject.left_edge.idx
    end = subject.idx + len(subject)
    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > subject.i:
            end = child.right_edge.idx + len(child.right_edge)
    inside = [a for a in actors if start <= a.start and a.end <= end and acts(text, a)]
    return inside[0] if inside else None


def _generic(subject: Token, context_actors: list[ActorMatch], homes: list[str]):
    """The side a common noun for fighters stands for, or None: not when a common word describes
    which fighters ("the UAE-trained forces", "southern fighters": a force the text names
    elsewhere); a name the dictionary lacks leaves it generic ("Kachin rebels")."""
    word = subject.lower_
    if any(
        c.dep_ in ("amod", "compound") and c.text.islower() and c.lower_ not in PLAIN_MODIFIERS
        for c in subject.children
    ):
        return None
    if word in ARMED_NOUNS:
        return main_actor(context_actors, state=False)
    if word in STATE_NOUNS:
        return state_of_ground(context_actors, homes)
    return None


def parse_doer(
    text: str,
    doc: Doc | None,
    at: int,
    actors: list[ActorMatch],
    article: tuple[list[ActorMatch], list[str]],
) -> ActorMatch | None:
    """The doer of the trigger at `at` by the parse (module docstring); `article` is the
    article's actors and the countries of its places (`home_state`). None when the parse has no
    subject, or one that names no side."""
    if doc is None or text_of(doc) != text:
        return None
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    while verb.dep_ in LEADING and verb.head.i != verb.i:
        verb = verb.head  # a trigger read from "still holding", "have seized": the verb
    for _ in range(3):
        subject = _subject(verb)
        if subject is None:
            return None
        if subject.lower_ in RELATIVES and subject.head.dep_ == "relcl":
            subject = subject.head.head  # "the Abkhaz fighters, who first took X": the fighters
        named = _named(subject, actors, text)
        if named is not None:
            return named
        if any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in subject.children):
            return None  # "our forces", "its fighters": whose they are is told elsewhere
        if subject.lower_ not in PRONOUNS:
            return _generic(subject, *article)
        # "…, when they seized X": the subject of the clause the pronoun's clause hangs from
        verb = _governing(subject.head)
        if verb is None:
            return None
    return None


def _governing(clause: Token) -> Token | None:
    """The verb a subordinate clause hangs from; for a "when" clause on a time ("since early
    May, when they overran X") the verb the time belongs to."""
    if clause.dep_ in SUBORDINATE and clause.head.i != clause.i:
        return clause.head
    if clause.dep_ != "relcl" or not any(c.lower_ == "when" for c in clause.children):
        return None
    head = clause.head
    for _ in range(4):  # (the parse has no part-of-speech tags: a verb is what has a subject)
        if any(c.dep_ in SUBJECTS for c in head.children):
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None
