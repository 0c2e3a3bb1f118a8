"""Campaign events read from the dependency parse: a trigger lexicon (data) and the arguments each
trigger takes in the tree — who attacks, what is attacked, where from, when it started, whether it ended.

The lexicon lists inflected forms (the shared parse runs without spaCy's lemmatizer, see places/nlp.py).
No pattern names a place, group or person: arguments are resolved to the article's actor mentions and
places by character offsets afterwards.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .actors import ActorMatch, window
from .dates import DateMention, find_dates

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class Trigger:
    """One event pattern: its name, the word forms that evoke it, and how it is used.

    part: "noun" ("an assault on X") or "verb" ("troops stormed X"). ends: the event, once reported,
    ends a campaign on its object (a capture or retaking)."""

    name: str
    forms: frozenset[str]
    part: str
    ends: bool = False


def _forms(words: str) -> frozenset[str]:
    return frozenset(words.split())


TRIGGERS: tuple[Trigger, ...] = (
    Trigger("offensive", _forms("offensive offensives counteroffensive counter-offensive"), "noun"),
    Trigger("assault", _forms("assault assaults onslaught"), "noun"),
    Trigger("push", _forms("push drive"), "noun"),
    Trigger("operation", _forms("operation operations campaign"), "noun"),
    Trigger("siege", _forms("siege blockade encirclement"), "noun"),
    Trigger("attack-on", _forms("attack attacks incursion"), "noun"),
    Trigger("advance-on", _forms("advance march"), "noun"),
    Trigger("storm", _forms("storm stormed storming storms"), "verb"),
    Trigger(
        "advance",
        _forms(
            "advance advanced advancing advances push pushed pushing pushes march marched marching"
        ),
        "verb",
    ),
    Trigger("attack", _forms("attack attacked attacking attacks"), "verb"),
    Trigger(
        "capture",
        _forms(
            "capture captured capturing captures seize seized seizing seizes overran overrun "
            "overrunning"
        ),
        "verb",
        ends=True,
    ),
    Trigger(
        "retake",
        _forms(
            "retake retook retaken retaking retakes recapture recaptured recapturing "
            "liberate liberated liberating"
        ),
        "verb",
        ends=True,
    ),
    Trigger(
        "encircle",
        _forms("encircle encircled encircling encircles surround surrounded surrounding"),
        "verb",
    ),
    Trigger("besiege", _forms("besiege besieged besieging besieges"), "verb"),
    # A side giving up the place, or the campaign stopped: it ends there ("withdrew from X").
    Trigger(
        "withdraw",
        _forms("withdraw withdrew withdrawn withdrawing retreat retreated retreating"),
        "verb",
        ends=True,
    ),
    Trigger("halt", _forms("halt halted halting suspend suspended suspending"), "verb", ends=True),
    Trigger(
        "shell",
        _forms("shell shelled shelling shells bombard bombarded bombarding pound pounded pounding"),
        "verb",
    ),
    Trigger("bomb", _forms("bomb bombed bombing bombs"), "verb"),
)
_BY_FORM: dict[tuple[str, str], Trigger] = {(form, t.part): t for t in TRIGGERS for form in t.forms}

# Verbs whose subject launched the campaign they govern ("X launched an offensive", "the assault
# mounted by X"), and those of them that say when it started.
GOVERNING = _forms(
    "launch launched launches launching begin began begun begins beginning start started starts "
    "starting mount mounted mounting open opened opening resume resumed resuming wage waged waging "
    "press pressed pressing continue continued continuing intensify intensified step stepped lead "
    "led leading spearhead spearheaded conduct conducted carry carried stage staged renew renewed "
    "escalate escalated expand expanded"
)
STARTING = _forms(
    "launch launched launching begin began begun start started open opened resume resumed erupt "
    "erupted kick kicked commence commenced"
)
REPORTING = _forms(
    "said say says told tell reported report announced announce claimed claim stated added "
    "confirmed"
)
_TARGET_PREPS = _forms("on against toward towards for into at upon")
_DATE_PREPS = _forms("in on since during at from early late")
_PRONOUNS = _forms("they it we their its our them he she his her")
_CLAUSES = _forms("relcl acl advcl ccomp xcomp conj cc punct appos mark parataxis")
# Objects that are no place attacked: "pushed Huthi rebels back" names the enemy (resolved to an actor).
_SUBJECTS = ("nsubj", "csubj")


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


def trigger_of(token: Token) -> Trigger | None:
    """The lexicon entry a token evokes, by its form and whether the parse uses it as a verb. A past
    form the tagger took for a noun ("the army retook") is still the verb; "shells" as a noun is not."""
    word = token.lower_
    if token.tag_ in ("NNP", "NNPS") or not token.text[:1].islower():
        return None  # "March", "Operation Storm": names, not events
    verbal = token.tag_.startswith("VB") or any(
        c.dep_ in ("nsubj", "dobj", "nsubjpass") for c in token.children
    )
    if verbal:
        return _BY_FORM.get((word, "verb")) or _BY_FORM.get((word, "noun"))
    found = _BY_FORM.get((word, "noun"))
    if found is None and (word.endswith("ed") or word in _PAST_FORMS):
        found = _BY_FORM.get((word, "verb"))
    return found


_PAST_FORMS = _forms("retook retaken overran overrun")


def phrase(token: Token) -> tuple[int, int]:
    """Characters of a token's noun phrase, without the clauses and lists hanging from it."""
    start, end = token.idx, token.idx + len(token)
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ in _CLAUSES:
                continue
            start = min(start, child.idx)
            end = max(end, child.idx + len(child))
            stack.append(child)
    return start, end


def _name_in(token: Token) -> tuple[int, int] | None:
    """The proper name a phrase gives: "Bama", "the village of Pulka" -> "Pulka"; None for "the hills"."""
    if token.tag_ not in ("NNP", "NNPS"):
        token = next(
            (g for g in _prep_objects(token, _forms("of")) if g.tag_ in ("NNP", "NNPS")), None
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
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            if (
                subject.lower_ in _PRONOUNS
                and verb.dep_ == "ccomp"
                and verb.head.lower_ in REPORTING
            ):
                reporter = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
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
    """The verb launching a campaign noun ("launched an offensive", "the offensive was launched")."""
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
        if child.dep_ == "prep" and child.lower_ in _DATE_PREPS:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            found.extend((child.idx, phrase(g)[1]) for g in objects)
        elif child.dep_ in ("npadvmod", "tmod") or (
            child.dep_ == "advmod" and child.lower_ == "ago"
        ):
            found.append(phrase(child))
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
        reading.targets.extend(phrase(t) for t in _prep_objects(token, _TARGET_PREPS))
    froms = _prep_objects(token, _forms("from"))
    for child in token.children:
        if child.dep_ == "advmod":  # "pushed south from Bama"
            froms += _prep_objects(child, _forms("from"))
    reading.origins.extend(span for span in map(_name_in, froms) if span is not None)
    return reading


def _read_noun(token: Token, reading: Reading, verbs: list[Token]) -> None:
    """ "X's offensive", "an offensive by X on Y", "X launched an assault on Y", "the assault …
    began on Monday", "the offensive, which erupted in early February"."""
    for child in token.children:
        if (
            (child.dep_ == "poss"
            and child.lower_ not in _PRONOUNS)
            or (child.dep_ in ("compound", "amod", "nmod")
            and child.tag_ in ("NNP", "NNPS", "JJ"))
        ):
            reading.agents.append(phrase(child))
        elif child.dep_ == "relcl" and child.lower_ in STARTING:
            reading.date_phrases.extend(_date_phrases(child))
        elif child.dep_ in ("acl", "relcl") and child.lower_ in _BY_FORM_VERBS:
            reading.targets.extend(phrase(c) for c in child.children if c.dep_ == "dobj")
    reading.agents.extend(phrase(t) for t in _prep_objects(token, _forms("by")))
    targets = _prep_objects(token, _TARGET_PREPS | _forms("of"))
    reading.targets.extend(phrase(t) for t in targets)
    for target in targets:
        # "the offensive on Marib, which erupted in early February": the parser hangs the clause on the
        # nearest noun, but a place does not start; the campaign does.
        for clause in target.children:
            if clause.dep_ == "relcl" and clause.lower_ in STARTING:
                reading.date_phrases.extend(_date_phrases(clause))
    governor = _governor(token)
    if governor is not None:
        verbs.append(governor)
        # "launched an offensive on Raqqa": the parser often hangs the target on the verb.
        reading.targets.extend(phrase(t) for t in _prep_objects(governor, _TARGET_PREPS))
    elif token.dep_ in ("nsubj", "nsubjpass") and token.head.lower_ in STARTING | _forms("led"):
        # "The assault on Gwoza began on Monday", "the assault is led by Viv Ansanm"
        reading.date_phrases.extend(_date_phrases(token.head))
        agent = _agent(token.head)
        if agent is not None:
            reading.agents.append(phrase(agent))


_BY_FORM_VERBS = frozenset(
    form for t in TRIGGERS if t.part == "verb" and t.ends for form in t.forms
) | _forms("take free secure clear recover reclaim")


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


_FIGHTING_KINDS = frozenset({"state", "armed_group", "coalition"})


# "US-backed Syrian Democratic Forces": the backer named inside the attacker's phrase is not it.
_BACKER = re.compile(
    r"-?\s*(?:backed|supported|funded|armed|trained|allied|linked|affiliated|aligned)\b",
    re.IGNORECASE,
)


def actor_in(text: str, actors: list[ActorMatch], span: tuple[int, int]) -> ActorMatch | None:
    """The first fighting actor mentioned in a phrase, other than a backer of it."""
    return next(
        (
            m
            for m in window(actors, span[0] - 100, span[1])
            if m.start < span[1]
            and span[0] < m.end
            and m.kind in _FIGHTING_KINDS
            and not _BACKER.match(text, m.end, m.end + 14)
        ),
        None,
    )


def attacker(text: str, reading: Reading, actors: list[ActorMatch]) -> str | None:
    """The first agent phrase of a reading that names a fighting actor."""
    for span in reading.agents:
        match = actor_in(text, actors, span)
        if match is not None:
            return match.actor
    return None


def origin(text: str, reading: Reading, actors: list[ActorMatch]) -> tuple[int, int] | None:
    """Where the attack came from: a "from X" phrase naming no actor ("retake X from the Taliban" names
    the defender, who is an opponent, never the origin)."""
    return next((span for span in reading.origins if actor_in(text, actors, span) is None), None)


def ending(text: str, doc: Doc, target: str, published: dt.date | None) -> DateMention | None:
    """The date of a reported end of the campaign on `target`: its capture, a withdrawal from it or a
    halt, dated in the same clause ("the army retook Bama on March 16")."""
    at = text.find(target)
    while at != -1:
        for reading in readings(doc, *_sentence_bounds(doc, at)):
            places = reading.targets + reading.origins
            if reading.ends and any(s <= at < e for s, e in places):
                dates = [
                    d for span in reading.event_dates for d in find_dates(text, published, *span)
                ]
                if dates:
                    return dates[0]
        at = text.find(target, at + len(target))
    return None


def _sentence_bounds(doc: Doc, position: int) -> tuple[int, int]:
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    if span is None:
        return position, position
    sentence = span[0].sent
    return sentence.start_char, sentence.end_char


def start_date(text: str, reading: Reading, published: dt.date | None) -> DateMention | None:
    """The first date inside a date modifier of the trigger or of the verb that launched it."""
    for start, end in reading.date_phrases:
        dates = find_dates(text, published, start, end)
        if dates:
            return dates[0]
    return None
