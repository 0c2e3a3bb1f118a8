"""The side a siege's "since" tells holding its place ("had been besieged by rebels since July
2012", "the Front has encircled X since Feb. 9"), so that a campaign whose attackers are known is
not dated by the siege it answers: the army's push that broke a rebel siege began when the push
did, not when the siege did. (Only a siege's "since": a campaign noun's start told of another side
is as often told of the campaign's true attacker, which the rule stages may not know yet.) A
counter-offensive's start is the answering side's by its noun alone (`answering`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .campaign_lexicon import PRONOUNS, forms
from .campaign_start_nouns import countered
from .campaign_starts import SINCE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .actor_dictionary import ActorMatch
    from .campaign_record import CampaignRecord
    from .campaign_starts import StartStatement

_RELATIVES = forms("which that who")
# Nouns of the answering side's campaign (a hyphenated one the tokenizer splits: `countered`).
_COUNTER_NOUNS = forms("counteroffensive counteroffensives counterattack counterattacks")


def statement_side(statement: StartStatement, actors: list[ActorMatch]) -> str | None:
    """The actor the statement's subject (or a passive's agent) names: the side that launched it."""
    verb = statement.verb
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lower_ not in PRONOUNS | _RELATIVES:
            return _actor_of(child, actors)
        if child.dep_ == "agent":
            words = [g for g in child.children if g.dep_ == "pobj"]
            return _actor_of(words[0], actors) if words else None
    return None


def _actor_of(token: Token, actors: list[ActorMatch]) -> str | None:
    """The first actor named in the token's phrase."""
    start = token.left_edge.idx
    end = token.right_edge.idx + len(token.right_edge)
    return next((m.actor for m in actors if start <= m.start and m.end <= end), None)


def other_sides(
    statement: StartStatement, record: CampaignRecord, actors: list[ActorMatch] | None
) -> bool:
    """A siege's "since" told of another side than the campaign's attackers."""
    if statement.rank != SINCE or not actors or not record.attackers:
        return False
    side = statement_side(statement, actors)
    return side is not None and side not in record.attackers


def answering(statement: StartStatement) -> bool:
    """The statement starts a counter-offensive or a counter-attack: the answering side's campaign,
    by its noun alone."""
    noun = statement.noun
    return noun.lower_ in _COUNTER_NOUNS or countered(noun) or noun.lower_.startswith("counter-")
