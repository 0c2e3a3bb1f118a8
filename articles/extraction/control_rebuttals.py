"""A party rebutting a change another party or the text just told of holds the place
(articles/extraction/control.py): "The rebels said they had captured X, a claim the government
denied", "The interior ministry rejected the claim", "A spokesman denied the town had fallen",
"The government denied losing the town". The rebuttal names no place: "the town" is the taking
told before it whose place the text names most; "the claim" the places a party claimed taking in
the sentence or the three before it (and the one of its claims the text names most). The
rebutting party holds them (through its forces actor), as a claim dated by the rebuttal; not when
the text tells the place left to the taker ("denied losing the town … had pulled out of X").

Each pattern is a named dependency pattern (spaCy's DependencyMatcher) over word forms and
relations; none names a place, person or group."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from places.nlp import text_of
from places.normalize import name_key

from .control_patterns import OBSERVER_KINDS, STATE_VOICE
from .control_record import ControlRecord
from .control_sides import acts, home_state, main_actor
from .states import FORCES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .actor_dictionary import ActorMatch
    from .sentences import Span

# Word forms (the shared parse has no lemmatizer).
REBUT = [
    *("deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting"),
    *("dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted"),
]
CLAIM_NOUNS = ["claim", "claims", "report", "reports", "assertion", "assertions"]
PLACE_NOUNS = ["town", "city", "village", "port", "base", "district", "capital", "area", "camp"]
TAKEN = ["fallen", "fell", "captured", "taken", "seized", "overrun", "lost"]
LOSE = ["lose", "losing", "lost"]
TAKINGS = frozenset({"capture", "retake"})
SENTENCES_BACK = 3  # the rebutted change is told in the sentence or the three before

_VERB = {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LOWER": {"IN": REBUT}}}
# (name, pattern, whether the place noun must be an anaphor: "the town" rather than a name)
PATTERNS: tuple[tuple[str, list[dict]], ...] = (
    (  # "The interior ministry rejected the claim", "Kabul dismissed the reports as lies"
        "rebut-claim",
        [
            _VERB,
            {
                "LEFT_ID": "verb",
                "REL_OP": ">",
                "RIGHT_ID": "noun",
                "RIGHT_ATTRS": {"DEP": "dobj", "LOWER": {"IN": CLAIM_NOUNS}},
            },
        ],
    ),
    (  # "…, a claim the government swiftly denied", "a report which the army rejected"
        "claim-rebutted",
        [
            {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LOWER": {"IN": CLAIM_NOUNS}}},
            {
                "LEFT_ID": "noun",
                "REL_OP": ">",
                "RIGHT_ID": "verb",
                "RIGHT_ATTRS": {"DEP": "relcl", "LOWER": {"IN": REBUT}},
            },
        ],
    ),
    (  # "A spokesman denied the town had fallen", "denied that the city had been captured"
        "deny-fallen",
        [
            _VERB,
            {
                "LEFT_ID": "verb",
                "REL_OP": ">",
                "RIGHT_ID": "fell",
                "RIGHT_ATTRS": {"DEP": "ccomp", "LOWER": {"IN": TAKEN}},
            },
            {
                "LEFT_ID": "fell",
                "REL_OP": ">",
                "RIGHT_ID": "noun",
                "RIGHT_ATTRS": {
                    "DEP": {"IN": ["nsubj", "nsubjpass"]},
                    "LOWER": {"IN": PLACE_NOUNS},
                },
            },
        ],
    ),
    (  # "The government denied losing the town", "the army denies having lost the base"
        "deny-losing",
        [
            _VERB,
            {
                "LEFT_ID": "verb",
                "REL_OP": ">",
                "RIGHT_ID": "lost",
                "RIGHT_ATTRS": {"DEP": {"IN": ["xcomp", "ccomp", "pcomp"]}, "LOWER": {"IN": LOSE}},
            },
            {
                "LEFT_ID": "lost",
                "REL_OP": ">",
                "RIGHT_ID": "noun",
                "RIGHT_ATTRS": {"DEP": "dobj", "LOWER": {"IN": PLACE_NOUNS}},
            },
        ],
    ),
)

_MATCHERS: dict[int, object] = {}


def _matcher(doc: Doc):
    from spacy.matcher import DependencyMatcher

    key = id(doc.vocab)
    if key not in _MATCHERS:
        matcher = DependencyMatcher(doc.vocab)
        for name, pattern in PATTERNS:
            matcher.add(name, [pattern])
        _MATCHERS[key] = matcher
    return _MATCHERS[key]


def _denier(
    text: str,
    verb: Token,
    actors: list[ActorMatch],
    near: tuple[list[ActorMatch], ActorMatch | None],
    named: dict,
) -> ActorMatch | None:
    """The party the rebutting verb's subject names: an acting actor in it, or a name in it the
    article gives an actor ("Afghanistan's interior ministry"), else the state the passage names
    when the subject is a state's voice ("the government", "a defence ministry spokesman"): the
    home state (`near[1]`, whose ground the article's places are on) where the article names it."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    start = subject.left_edge.idx
    end = subject.right_edge.idx + len(subject.right_edge)
    inside = [
        a
        for a in actors
        if start <= a.start and a.end <= end and a.kind not in OBSERVER_KINDS and acts(text, a)
    ]
    if inside:
        return inside[0]
    name = next((named[t.text] for t in subject.subtree if t.text in named), None)
    if name is not None:
        return name
    if STATE_VOICE.search(text, start, end):
        # the home state, else the state the passage names (not one of the whole article)
        return near[1] or main_actor(near[0])
    return None


def _conceded(records: list[ControlRecord], taken: ControlRecord, denier: str) -> bool:
    """ "X denied losing the town in battle … had withdrawn from it": a withdrawal the text tells
    leaves the place to the taker, so the denial holds nothing."""
    key = name_key(taken.place)
    return any(
        r.event == "withdraw"
        and name_key(r.place) == key
        and (FORCES.get(r.side, r.side) == FORCES.get(taken.side, taken.side) or r.leaver == denier)
        for r in records
    )


def _anaphor(noun: Token) -> bool:
    """ "the town", "the city": no name in the phrase (a named place is the triggers' own)."""
    return not any(t.pos_ == "PROPN" for t in noun.subtree) and any(
        t.lower_ in ("the", "this", "that") for t in noun.children
    )


def _complement(noun: Token) -> bool:
    """ "the claim that it killed civilians": the claim says what it is about."""
    return any(c.dep_ in ("acl", "ccomp") or c.lower_ == "that" for c in noun.children)


def _rebutted(
    text: str,
    records: list[ControlRecord],
    sentences: list[Span],
    index: int,
    at: int,
    claim: bool,
) -> list[ControlRecord]:
    """The takings the rebuttal answers. "The town": of those told before it, the place the text
    names most (the one it is about), the latest on a tie. "The claim": the places a party
    claimed taking in the sentence or the three before it, and the one of its claims the text
    names most."""
    before = [r for r in records if r.event in TAKINGS and 0 <= r.start < at]
    folded = text.casefold()
    mentions = {r.place_text: folded.count(r.place_text.casefold()) for r in before}
    if not claim:
        return [max(reversed(before), key=lambda r: mentions[r.place_text])] if before else []
    floor = sentences[max(0, index - SENTENCES_BACK)].start
    claimed = [r for r in before if r.kind == "claimed"]
    recent = [r for r in claimed if floor <= r.sentence_start]
    if not recent:
        return []
    side = recent[-1].side
    told = [r for r in recent if r.side == side]
    topic = max(
        reversed([r for r in claimed if r.side == side]), key=lambda r: mentions[r.place_text]
    )
    return told + ([topic] if topic.place not in {r.place for r in told} else [])


def rebuttals(
    text: str,
    doc: Doc | None,
    sentences: list[Span],
    actors: list[ActorMatch],
    records: list[ControlRecord],
    published: dt.date | None,
    homes: list[str] | None = None,
) -> list[ControlRecord]:
    """The holds the rebuttals in the text claim (none already among `records`); `homes` are the
    countries of the article's places (`control_sides.home_state`)."""
    if doc is None or text_of(doc) != text or not records:
        return []
    starts = [s.start for s in sentences]
    named = {a.actor: a for a in actors if a.kind not in OBSERVER_KINDS}
    home = home_state(actors, homes or [])
    have = {(name_key(r.place), r.side, r.event, r.kind) for r in records}
    found: list[ControlRecord] = []
    for match_id, (first, second, *rest) in _matcher(doc)(doc):
        name = doc.vocab.strings[match_id]
        tokens = {
            "rebut-claim": (first, second),
            "claim-rebutted": (second, first),
        }.get(name, (first, rest[-1] if rest else second))
        verb, noun = doc[tokens[0]], doc[tokens[1]]
        if name.startswith("deny") and not _anaphor(noun):
            continue
        if not name.startswith("deny") and _complement(noun):
            continue
        index = max(i for i, s in enumerate(starts) if s <= verb.idx)
        sentence = sentences[index]
        sent_actors = [a for a in actors if sentence.start <= a.start < sentence.end]
        floor = sentences[max(0, index - SENTENCES_BACK)].start
        near = [a for a in actors if floor <= a.start < sentence.end]
        denier = _denier(text, verb, sent_actors, (near, home), named)
        if denier is None:
            continue
        side = FORCES.get(denier.actor, denier.actor)
        told = _rebutted(
            text, records, sentences, index, verb.idx, claim=not name.startswith("deny")
        )
        for taken in told:
            if FORCES.get(taken.side, taken.side) == side or _conceded(
                records, taken, denier.actor
            ):
                continue
            same = taken.sentence_start == sentence.start
            record = ControlRecord(
                place=taken.place,
                place_text=taken.place_text,
                start=taken.start,
                end=taken.end,
                side=side,
                event="hold",
                kind="claimed",
                claimant=denier.actor,
                observed_on=taken.observed_on if same else published,
                date_precision=taken.date_precision if same else 1 if published else None,
                sentence_start=sentence.start,
                sentence_end=sentence.end,
                place_id=taken.place_id,
                trigger=name,
                dated=taken.dated if same else 0,
            )
            key = (name_key(record.place), record.side, record.event, record.kind)
            if key not in have:
                have.add(key)
                found.append(record)
    return found
