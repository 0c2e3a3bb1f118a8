"""Campaign events read from the dependency parse: the arguments each trigger of the lexicon
(campaign_lexicon) takes in the tree — who attacks, what is attacked, where from, when it started,
whether it ended.

No rule names a place, group or person: arguments are resolved to the article's actor mentions and
places by character offsets afterwards. The small tree walks these readings are made of are in
campaign_tree (the other campaign stages import them from here too)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from places.nlp import text_of

from .actors import ActorMatch
from .campaign_agents import actor_in
from .campaign_lexicon import (
    BY_FORM,
    DEFEND_VERBS,
    FIGHT_VERBS,
    GOVERNING,
    GOVERNOR_PREPS,
    PAST_FORMS,
    PRONOUNS,
    STARTING,
    SUBJECTS,
    TARGET_PREPS,
    TRIGGERS,
    Trigger,
    forms,
)
from .campaign_tree import (
    _agent,
    _date_phrases,
    _governor,
    _name_in,
    _prep_objects,
    _proper_name,
    _purpose_objects,
    _subject,
    _when_doers,
    phrase,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class Reading:
    """What the parse says about one trigger (token offsets as character spans of noun phrases)."""

    pattern: str
    trigger: tuple[int, int]
    ends: bool
    agents: list[tuple[int, int]] = field(default_factory=list)
    targets: list[tuple[int, int]] = field(default_factory=list)
    origins: list[tuple[int, int]] = field(default_factory=list)
    date_phrases: list[tuple[int, int]] = field(default_factory=list)
    event_dates: list[tuple[int, int]] = field(default_factory=list)  # when a verb's event happened
    held_by: list[tuple[int, int]] = field(
        default_factory=list
    )  # "from Houthi rebels": the defenders


# A clause told as the background of another event ("since ISIL seized Mosul in June", "after
# their offensive … seized Mosul") or as a condition ("if the Giants push into Harib").
_BACKGROUND_MARKS = frozenset({"since", "after", "before", "if", "unless", "until", "once"})
_MODALS = frozenset({"would", "could", "might", "may", "should"})


def background(doc: Doc, start: int, end: int, *, verbal: bool) -> bool:
    """The parse puts the trigger at `start`..`end` under a modal ("would open the way for an
    offensive on X") or, for a verb, in a clause that is the background of another event or a
    condition ("since the militants seized X", "if the brigades push into X"): it tells of no
    campaign of its own. A reported or relative clause tells its own event: the walk stops there."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span[0]
    for _ in range(8):
        children = list(token.children)
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children):
            return True
        if verbal and any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS for c in children):
            return True
        if token.dep_ in ("ROOT", "ccomp", "relcl") or token.head is token:
            return False
        token = token.head
    return False


def trigger_of(token: Token) -> Trigger | None:
    """The lexicon entry a token evokes, by its form and whether the parse uses it as a verb. A
    past form the tagger took for a noun ("the army retook") is still the verb; "shells" as a noun
    is not."""
    word = token.lower_
    if token.tag_ in ("NNP", "NNPS") or not token.text[:1].islower():
        return None  # "March", "Operation Storm": names, not events
    verbal = token.tag_.startswith("VB") or any(
        c.dep_ in ("nsubj", "dobj", "nsubjpass") for c in token.children
    )
    if verbal:
        return BY_FORM.get((word, "verb")) or BY_FORM.get((word, "noun"))
    found = BY_FORM.get((word, "noun"))
    if found is None and (word.endswith("ed") or word in PAST_FORMS):
        found = BY_FORM.get((word, "verb"))
    return found


def read(token: Token, trigger: Trigger) -> Reading:
    """The arguments of one trigger in the tree."""
    reading = Reading(trigger.name, (token.idx, token.idx + len(token)), trigger.ends)
    verbs = [token] if trigger.part == "verb" else []
    if trigger.part == "noun":
        _read_noun(token, reading, verbs)
    for verb in verbs:
        subject = _subject(verb) if verb.dep_ != "relcl" or trigger.part == "verb" else None
        agent = _agent(verb)
        reading.agents.extend(phrase(t) for t in (agent, subject) if t is not None)
        if verb.lower_ in STARTING:  # "stormed X on Tuesday" dates an event, not a start
            reading.date_phrases.extend(_date_phrases(verb))
    if trigger.part == "verb":
        reading.event_dates.extend(_date_phrases(token))
        reading.targets.extend(phrase(c) for c in token.children if c.dep_ == "dobj")
        reading.targets.extend(phrase(t) for t in _prep_objects(token, TARGET_PREPS))
    froms = _prep_objects(token, forms("from"))
    for child in token.children:
        if child.dep_ == "advmod":  # "pushed south from Bama"
            froms += _prep_objects(child, forms("from"))
    reading.origins.extend(span for span in map(_name_in, froms) if span is not None)
    return reading


def _read_noun(token: Token, reading: Reading, verbs: list[Token]) -> None:
    """ "X's offensive", "an offensive by X on Y", "X launched an assault on Y", "the assault …
    began on Monday", "the offensive, which erupted in early February"."""
    for child in token.children:
        if (child.dep_ == "poss" and child.lower_ not in PRONOUNS) or (
            child.dep_ in ("compound", "amod", "nmod") and child.tag_ in ("NNP", "NNPS", "JJ")
        ):
            reading.agents.append(phrase(child))
        elif child.dep_ == "relcl" and child.lower_ in STARTING:
            reading.date_phrases.extend(_date_phrases(child))
            reading.agents.extend(_when_doers(child))
        elif child.dep_ in ("acl", "relcl") and child.lower_ in _BY_FORM_VERBS:
            reading.targets.extend(phrase(c) for c in child.children if c.dep_ == "dobj")
    reading.agents.extend(phrase(t) for t in _prep_objects(token, forms("by")))
    for clause in token.children:
        # "the offensive, led by HTS, erupted …", "a counteroffensive the Tigray forces launched"
        if clause.dep_ in ("acl", "relcl") and clause.lower_ in GOVERNING:
            doer = _agent(clause) or next((c for c in clause.children if c.dep_ in SUBJECTS), None)
            if doer is not None and doer.lower_ not in PRONOUNS:
                reading.agents.append(phrase(doer))
            # "the assault the group mounted on Palma", "… launched on June 18 to retake Mekele"
            reading.targets.extend(phrase(t) for t in _prep_objects(clause, TARGET_PREPS))
            reading.targets.extend(phrase(t) for t in _purpose_objects(clause))
    targets = _prep_objects(token, TARGET_PREPS | forms("of"))
    reading.targets.extend(phrase(t) for t in targets)
    for target in targets:
        # "the offensive on Marib, which erupted in early February": the parser hangs the clause on
        # the nearest noun, but a place does not start; the campaign does.
        for clause in target.children:
            if clause.dep_ == "relcl" and clause.lower_ in STARTING:
                reading.date_phrases.extend(_date_phrases(clause))
    governor = _governor(token)
    if governor is not None:
        verbs.append(governor)
        # "launched an offensive on Raqqa": the parser often hangs the target on the verb.
        reading.targets.extend(phrase(t) for t in _prep_objects(governor, GOVERNOR_PREPS))
        reading.targets.extend(phrase(t) for t in _purpose_objects(governor))
    elif token.dep_ in ("nsubj", "nsubjpass") and token.head.lower_ in STARTING | forms("led"):
        # "The assault on Gwoza began on Monday", "the assault is led by Viv Ansanm"
        reading.date_phrases.extend(_date_phrases(token.head))
        agent = _agent(token.head)
        if agent is not None:
            reading.agents.append(phrase(agent))
        reading.agents.extend(_when_doers(token.head))


_BY_FORM_VERBS = frozenset(
    form for t in TRIGGERS if t.part == "verb" and t.ends for form in t.forms
) | forms("take free secure clear recover reclaim")


def word_pattern(words) -> re.Pattern[str]:
    """Any of the words, as a case-insensitive whole word."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words))) + r")\b", re.I)


def pattern_matches(doc: Doc, matcher, anchors: re.Pattern[str]) -> list[tuple[int, list[int]]]:
    """A DependencyMatcher's matches on the whole parse (matching sentence spans copies the
    document each time), or none when no anchor word of its patterns occurs."""
    return matcher(doc) if anchors.search(text_of(doc)) else []


def readings(doc: Doc, start: int, end: int) -> list[Reading]:
    """Every trigger between two character offsets, read."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    found = []
    for token in span:
        trigger = trigger_of(token)
        if trigger is not None:
            found.append(read(token, trigger))
    return found


def reading_at(doc: Doc, position: int) -> Reading | None:
    """The reading of the trigger starting at (or containing) a character offset."""
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    if span is None:
        return None
    token = span[0]
    trigger = trigger_of(token)
    return read(token, trigger) if trigger is not None else None


def attacker(text: str, reading: Reading, actors: list[ActorMatch]) -> str | None:
    """The first agent phrase of a reading that names a fighting actor."""
    for span in reading.agents:
        match = actor_in(text, actors, span)
        if match is not None:
            return match.actor
    return None


def origin(text: str, reading: Reading, actors: list[ActorMatch]) -> tuple[int, int] | None:
    """Where the attack came from: a "from X" phrase naming no actor ("retake X from the Taliban"
    names the defender, who is an opponent, never the origin)."""
    return next((span for span in reading.origins if actor_in(text, actors, span) is None), None)


LOCATIVES = forms("in near around")


def sentence_readings(
    doc: Doc, start: int, end: int
) -> list[tuple[Reading, list[tuple[int, int]]]]:
    """Every trigger between two offsets with the proper names its targets give ("launched an
    offensive on Saturday to take Sirte" -> Sirte; "the village of Pulka" -> Pulka)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    found = []
    for token in span:
        trigger = trigger_of(token)
        if trigger is None:
            continue
        reading = read(token, trigger)
        names = []
        for target in reading.targets:
            phrase_span = doc.char_span(*target, alignment_mode="expand")
            name = _proper_name(phrase_span.root) if phrase_span is not None else None
            if name is None and phrase_span is not None and phrase_span.root.tag_ == "NNS":
                # "against Islamic State holdouts in the Tulul al-Safa area": a campaign on
                # scattered positions is on the area they are in (not so one post).
                name = next(
                    (
                        located
                        for place in _prep_objects(phrase_span.root, LOCATIVES)
                        if (located := _proper_name(place)) is not None
                    ),
                    None,
                )
            if name is not None:
                names.append(name)
        found.append((reading, names))
    return found


def defended_places(
    doc: Doc, start: int, end: int
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(subject phrase, place name) of each defence between two offsets: "the army was fighting to
    keep Boko Haram militants out of Bosso" -> (the army, Bosso)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    found = []
    for token in span or []:
        if token.lower_ not in FIGHT_VERBS or not token.tag_.startswith("VB"):
            continue
        subject = _subject(token)
        for clause in token.children:
            if clause.dep_ not in ("advcl", "xcomp") or clause.lower_ not in DEFEND_VERBS:
                continue
            places = [c for c in clause.children if c.dep_ == "dobj"] + [
                g
                for c in clause.subtree
                if c.lower_ == "out"
                for g in _prep_objects(c, forms("of"))
            ]
            names = [n for n in (_proper_name(p) for p in places) if n is not None]
            if names:
                found.append((phrase(subject) if subject is not None else (0, 0), names[-1]))
    return found
