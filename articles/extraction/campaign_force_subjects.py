"""A bare word for fighters standing for a campaign's attacker: "troops had also taken A", "the
rebels have since seized A and B", "government soldiers entered A" (tests/gold/README.md: a
campaign lists every town it attacked or took). Wire copy names the attacker once and then calls
it by its kind of fighters, so in an article about one campaign a taking whose subject is such a
word, of the attacker's kind, tells one more town of it.

The word's kind must fit the attacker's: troops, soldiers, the army or (unqualified) forces stand
for a state's forces; rebels, fighters, insurgents, militants or guerrillas (also as a qualifier,
"rebel forces") for an armed group or coalition. A subject naming a side is left to the caller;
pronouns ("they") are not read, nor a possessed word ("their units had taken A", "its troops"):
it is the speaker's, and speakers of both sides claim takings. Over heldout20-33 the path adds
14 places, 4 of them gold targets, and merges two campaigns (pooled target F1 unchanged, campaigns
and start dates up). No word names a place, group or person."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .campaign_context import CampaignArticle
    from .campaign_record import CampaignRecord

# Heads that stand for a state's forces unless a word of the group kind qualifies them.
_STATE_WORDS = frozenset(
    {"troops", "soldiers", "army", "forces", "units", "brigades", "battalions", "military"}
    | {"paratroopers", "commandos", "marines", "columns", "tanks", "infantry", "government"}
    | {"federal", "federals", "loyalists", "loyalist"}
)
# Words (head or qualifier) that stand for a non-state armed group.
_GROUP_WORDS = frozenset(
    {"rebel", "rebels", "fighters", "insurgent", "insurgents", "militant", "militants"}
    | {"guerrilla", "guerrillas", "guerillas", "jihadists", "jihadist", "militia", "militias"}
    | {"militiamen", "gunmen", "mutineers", "separatists", "separatist", "islamists"}
    | {"mujahideen", "insurgency", "rebellion"}
)
_GROUP_KINDS = frozenset({"armed_group", "coalition"})


def bare_force_kind(subject: Token) -> str | None:
    """ "state" or "group" for a subject that is only a word for fighters ("the rebels", "rebel
    forces", "government troops", "troops moving up from the north"), else None."""
    before = [t for t in subject.subtree if t.i <= subject.i]
    # (the subject may itself be a possessor standing for one: "the rebels' capture of A")
    if any(t.tag_ == "PRP$" or (t.dep_ == "poss" and t is not subject) for t in before):
        return None  # "their units had taken A": the speaker's, who may be either side
    words = {t.lower_ for t in before}
    if subject.lower_ in _GROUP_WORDS or words & _GROUP_WORDS:
        return "group"
    if subject.lower_ in _STATE_WORDS:
        return "state"
    return None


def stands_for_attacker(article: CampaignArticle, record: CampaignRecord, subject: Token) -> bool:
    """The subject is a bare word for fighters of the kind of one of the campaign's attackers."""
    kind = bare_force_kind(subject)
    if kind is None or not record.attackers:
        return False
    kinds = {m.kind for m in article.actors if m.actor in record.attackers}
    return "state" in kinds if kind == "state" else bool(kinds & _GROUP_KINDS)
