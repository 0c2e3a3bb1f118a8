"""Who attacks a campaign that no stage gave an attacker: the side the article reports taking or
storming its target ("M23 rebels captured the town of Kanyabayonga", "Ukrainian forces have
liberated the village of Robotyne", "Gwoza was retaken by the army").

The patterns are spaCy DependencyMatcher patterns (data), one per way a report ties a taking to its
place; none names a place, group or person. The taker is the verb's subject (a pronoun in a
reported clause is the reporter: "the army said it had recaptured Gwoza") or the passive's agent.
The first taking in the text wins: the lead reports the news, later sentences the history.

Wire copy names the target once and then says "the town": a taking of "the town" or "the village"
(no name of its own) is of the campaign's target when that target is the last one named in the
sentence or the one before ("Troops stormed Samashki on Friday. By evening they held the
village"). A push is a taking too: the subject of a verb of moving in with "into", "on" or
"towards" the target ("rebels pushed into Kalehe", "the army closed in on the town").
(campaign_takers_moves)"""

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
from .campaign_takers_moves import MOVE_WORDS, PLACE_NOUNS, moves, target_named_before

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
# A taking of "the town": no name, the place named last before it (target_named_before).
_UNNAMED = ""
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


def takings(text: str, doc: Doc, actors: list[ActorMatch]) -> list[tuple[int, str, str]]:
    """(where the verb is, name key of the place taken or "" for a bare "the town", the actor
    taking it) of each taking and push, in text order."""
    found: list[tuple[int, str, str]] = []
    for match_id, token_ids in pattern_matches(doc, _matcher(doc), _TAKING_WORDS):
        name = doc.vocab.strings[match_id]
        roles = dict(zip((p["RIGHT_ID"] for p in PATTERNS[name]), token_ids, strict=True))
        verb, place = doc[roles["verb"]], doc[roles["place"]]
        taker = _agent(verb) if "by" in roles else _subject(verb)
        found += _taking(text, actors, verb, place, taker, moved=False)
    if MOVE_WORDS.search(text):
        for verb, place in moves(doc):
            found += _taking(text, actors, verb, place, _subject(verb), moved=True)
    return sorted(found)


def _taking(
    text: str, actors: list[ActorMatch], verb, place, taker, *, moved: bool
) -> list[tuple[int, str, str]]:
    """The taking of one verb, if its place and taker are found. A push, or a taking of "the
    town", is already one inference from the words: its taker must be named in its own phrase,
    not a "the rebels" read back to the side named last (two guesses would compound)."""
    span = _proper_name(place)
    if span is None and not (place.lower_ in PLACE_NOUNS and _definite(place)):
        return []
    words = phrase(taker) if taker is not None else None
    match = actor_in(text, actors, words) if words is not None else None
    if match is None or match.kind not in ATTACKER_KINDS:
        return []
    if (moved or span is None) and not (words[0] <= match.start < words[1]):
        return []
    key = name_key(text[span[0] : span[1]]) if span is not None else _UNNAMED
    return [(verb.idx, key, match.actor)]


def _definite(noun) -> bool:
    """ "the town", "this village": a place the reader already knows; not "a town"."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children)


def attackers_from_takings(
    text: str, doc: Doc | None, actors: list[ActorMatch], records: list[CampaignRecord]
) -> None:
    """Give each campaign without an attacker the side that took, stormed or pushed into its
    target first."""
    lacking = [r for r in records if not r.attackers and r.targets]
    if doc is None or not lacking:
        return
    found = takings(text, doc, actors)
    named = [(text[s:e], s) for r in records for s, e in r.target_spans]
    for record in lacking:
        keys = {name_key(t) for t in record.targets}
        keys |= {name_key(text[s:e]) for s, e in record.target_spans}
        taker = next(
            (
                actor
                for at, key, actor in found
                if (key in keys or (key == _UNNAMED and target_named_before(text, named, at, keys)))
                and actor not in record.opponents
            ),
            None,
        )
        if taker is not None:
            record.attackers.append(taker)
