"""Sides told by a bare group noun, for the whole-article deeds of campaign_side_verbs: wire copy
names each side once and then tells the fight with "the rebels", "the militants", "troops", "the
army" ("the rebels said they had repulsed three assaults on the town", "troops held the bridge").
Without these the parse readings of who attacks and who defends never reach the named sides.

A rebel noun points back to the nearest armed group named before it (campaign_agents.antecedent);
a state-force noun ("troops", "soldiers", "the army", "government forces") to the one state side
the article names (of several, none). A noun whose own modifiers name a side
("Russian troops", "Hutu rebels" when matched) is that side's mention already. No entry names a
place, group or person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from places.nlp import text_of

from .actors import ActorMatch, window
from .campaign_agents import ANAPHORS, antecedent
from .campaign_lead import BARE_FORCES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Plural (or collective) nouns for an armed group's fighters; "group", "coalition" and "alliance"
# are left to the rules (they name organisations as often as fighters).
_REBEL_NOUNS = frozenset(ANAPHORS) - {"group", "coalition", "alliance", "rebel"}
# Modifiers that make a state's noun (campaign_lead.BARE_FORCES) the other side's ("rebel troops").
_STATE_MODIFIERS = frozenset({"government", "security", "loyalist", "regular", "federal", "state"})
_REBEL_MODIFIERS = frozenset({"rebel", "opposition", "insurgent", "militia", "guerrilla"})


def _named_inside(token: Token, starts: list[ActorMatch]) -> bool:
    """Whether a side's mention lies in the noun's phrase up to the noun ("Kyrgyz troops")."""
    left = token.left_edge.idx
    return any(m.start < token.idx + len(token) and m.end > left for m in starts)


def _only_state(actors: list[ActorMatch]) -> ActorMatch | None:
    """The one state side the article names (of several, no guess: the nearest one named before
    is as often the other side's, "Argentine forces … our troops")."""
    states = {m.actor for m in actors if m.kind == "state"}
    return next((m for m in actors if m.kind == "state"), None) if len(states) == 1 else None


def _side_of(
    text: str, actors: list[ActorMatch], token: Token, state: ActorMatch | None
) -> ActorMatch | None:
    """The side a bare group noun stands for, or None when it names none the article has."""
    noun = token.lower_
    span = (token.idx, token.idx + len(token))
    if noun in _REBEL_NOUNS:
        return antecedent(text, actors, span)
    if noun not in BARE_FORCES:
        return None
    if any(c.dep_ == "poss" for c in token.children):
        return None  # "our troops" in a spokesman's quote: the speaker's, not the last named
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
    if modifiers & _REBEL_MODIFIERS:
        return None  # "rebel troops": the armed group, named by its own noun elsewhere
    if noun == "forces" and not modifiers & _STATE_MODIFIERS:
        return None  # bare "forces" is either side's
    return state


def anaphor_mentions(doc: Doc, actors: list[ActorMatch]) -> list[ActorMatch]:
    """Mentions of named sides by a bare group noun ("the rebels", "troops"), in text order."""
    found: list[ActorMatch] = []
    text = text_of(doc)
    state = _only_state(actors)
    for token in doc:
        if token.tag_ not in ("NN", "NNS"):  # the parse has no coarse tags; "Army" of a name is NNP
            continue
        if token.lower_ not in _REBEL_NOUNS and token.lower_ not in BARE_FORCES:
            continue
        nearby = window(actors, max(0, token.left_edge.idx - 200), token.idx + len(token))
        if _named_inside(token, nearby):
            continue
        side = _side_of(text, actors, token, state)
        if side is not None:
            end = token.idx + len(token)
            found.append(ActorMatch(token.idx, end, token.text, side.actor, side.kind))
    return found
