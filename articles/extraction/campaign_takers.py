"""Who attacks a campaign that no stage gave an attacker: the side the article reports taking or
storming its target ("M23 rebels captured the town of Kanyabayonga", "Ukrainian forces have
liberated the village of Robotyne", "Gwoza was retaken by the army").

The patterns are spaCy DependencyMatcher patterns (data), one per way a report ties a taking to its
place; none names a place, group or person. The taker is the verb's subject (a pronoun in a
reported clause is the reporter: "the army said it had recaptured Gwoza") or the passive's agent.
The first taking in the text wins: the lead reports the news, later sentences the history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .campaign_agents import ATTACKER_KINDS
from .campaign_lexicon import forms
from .campaign_parse import (
    _agent,
    _proper_name,
    _subject,
    actor_in,
    pattern_matches,
    phrase,
    word_pattern,
)
from .campaign_record import CampaignRecord, name_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .actors import ActorMatch

TAKING_VERBS = sorted(
    forms(
        "captured capture captures capturing recaptured recapture recapturing seized seize seizes "
        "seizing took take takes taking retook retake retaken retaking overran overrun overrunning "
        "liberated liberate liberating stormed storm storming entered entering"
    )
)
PATTERNS: dict[str, list[dict]] = {
    # "M23 rebels captured the town of Kanyabayonga", "forces have liberated the village of X"
    "taker_subject_of_taking": [
        {
            "RIGHT_ID": "verb",
            "RIGHT_ATTRS": {"LOWER": {"IN": TAKING_VERBS}, "TAG": {"REGEX": "^VB"}},
        },
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "place", "RIGHT_ATTRS": {"DEP": "dobj"}},
    ],
    # "Kanyabayonga was captured by the rebels on Friday", "the town, retaken by the army in March"
    "taker_agent_of_taking": [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LOWER": {"IN": TAKING_VERBS}, "TAG": "VBN"}},
        {
            "LEFT_ID": "verb",
            "REL_OP": ">",
            "RIGHT_ID": "place",
            "RIGHT_ATTRS": {"DEP": {"IN": ["nsubjpass", "nsubj"]}},
        },
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "by", "RIGHT_ATTRS": {"DEP": "agent"}},
    ],
}

_TAKING_WORDS = word_pattern(TAKING_VERBS)
_matchers: dict[int, object] = {}  # one DependencyMatcher per vocabulary


def _matcher(doc: Doc):
    matcher = _matchers.get(id(doc.vocab))
    if matcher is None:
        from spacy.matcher import DependencyMatcher

        matcher = DependencyMatcher(doc.vocab)
        for name, pattern in PATTERNS.items():
            matcher.add(name, [pattern])
        _matchers[id(doc.vocab)] = matcher
    return matcher


def takings(text: str, doc: Doc, actors: list[ActorMatch]) -> list[tuple[str, str]]:
    """(name key of the place taken, the actor taking it) of each taking, in text order."""
    found: list[tuple[int, str, str]] = []
    for match_id, token_ids in pattern_matches(doc, _matcher(doc), _TAKING_WORDS):
        name = doc.vocab.strings[match_id]
        roles = dict(zip((p["RIGHT_ID"] for p in PATTERNS[name]), token_ids, strict=True))
        verb, place = doc[roles["verb"]], doc[roles["place"]]
        span = _proper_name(place)
        if span is None:
            continue
        taker = _agent(verb) if "by" in roles else _subject(verb)
        match = actor_in(text, actors, phrase(taker)) if taker is not None else None
        if match is None or match.kind not in ATTACKER_KINDS:
            continue
        found.append((verb.i, name_key(text[span[0] : span[1]]), match.actor))
    return [(key, actor) for _, key, actor in sorted(found)]


def attackers_from_takings(
    text: str, doc: Doc | None, actors: list[ActorMatch], records: list[CampaignRecord]
) -> None:
    """Give each campaign without an attacker the side that took or stormed its target first."""
    lacking = [r for r in records if not r.attackers and r.targets]
    if doc is None or not lacking:
        return
    found = takings(text, doc, actors)
    for record in lacking:
        keys = {name_key(t) for t in record.targets}
        keys |= {name_key(text[s:e]) for s, e in record.target_spans}
        taker = next(
            (actor for key, actor in found if key in keys and actor not in record.opponents),
            None,
        )
        if taker is not None:
            record.attackers.append(taker)
