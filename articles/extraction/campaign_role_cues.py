"""Further cues of the campaign role ranker (campaign_role_features): how a side's deeds weigh
against the other sides' in the article and where the campaign is told, the side a place was taken
from, and how a place stands to the attacker's deeds and to the campaign's paragraph.

A campaign told from the defender's side names the defender most often; what tells the sides apart
is which one the article makes the doer of attacking verbs and which the one attacked, held or
driven out ("X repelled…", "attacks by X", "X's positions were shelled", "retook the town from X").
Every cue is a pattern over the parse or the rule stages' output; none names a place, group or
person."""

from __future__ import annotations

import bisect
import math
from typing import TYPE_CHECKING

from .campaign_lexicon import forms
from .campaign_record import name_key
from .campaign_side_verbs import ATTACKING, RETAKING, Deed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .actors import ActorMatch
    from .campaign_record import CampaignRecord
    from .campaign_role_features import RoleContext

# Verbs after which "from X" names the loser ("retook the town from X", "seized it from X"): the
# taking verbs and the retaking ones.
_TAKING_FROM = ATTACKING | RETAKING
# Verbs whose object is the side put out of a place ("drove the rebels out", "dislodged X").
_EXPELLING = forms(
    "drive drove driven driving expel expelled expelling oust ousted ousting dislodge dislodged "
    "dislodging evict evicted evicting flush flushed flushing rout routed routing"
)
_AGENT_ROLES = ("attack", "retake")
_PATIENT_ROLES = ("defend", "attacked")


def losing_mentions(doc: Doc | None, actors: list[ActorMatch]) -> dict[str, list[Deed]]:
    """Per side, the mentions the parse makes the loser of a deed: "took X from Y", "drove Y
    out", "Y's positions were shelled", "shelling of Y's lines" (read once per article, into
    RoleContext.losses beside its deeds)."""
    losses: dict[str, list[Deed]] = {}
    if doc is not None:
        for match in actors:
            span = doc.char_span(match.start, match.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            head = _lost_to(span.root)
            if head is not None:
                losses.setdefault(match.actor, []).append(Deed("lost", head))
    return losses


def _lost_to(token: Token) -> Token | None:
    """The verb a side's mention loses by: the object of "from" after a taking verb, or the
    possessor of what an attacking verb strikes ("X's positions were shelled")."""
    while token.dep_ in ("compound", "amod") and token.head is not token:
        token = token.head
    dep, head = token.dep_, token.head
    if dep == "pobj" and head.lower_ == "from" and head.head.lower_ in _TAKING_FROM:
        return head.head
    if dep in ("dobj", "nsubjpass") and head.lower_ in _EXPELLING:
        return head
    if dep == "poss" or (dep == "pobj" and head.lower_ == "of"):
        owned = head if dep == "poss" else head.head
        if owned.dep_ in ("dobj", "nsubjpass") and owned.head.lower_ in ATTACKING:
            return owned.head
    return None


def _in_sentence(deed: Deed, start: int, end: int) -> bool:
    return start <= deed.head.idx < end


def balance_cues(ctx: RoleContext, record: CampaignRecord, out: dict[str, dict]) -> None:
    """Adds to each candidate side's features (in place) how its deeds compare with the other
    sides': its share of the article's attacking deeds and of its defending or attacked ones,
    whether it is the most named side yet mostly defends, and its part in the campaign's own
    sentence and paragraph."""
    losses = ctx.losses
    counts = {}
    for name in out:
        deeds = ctx.deeds.get(name, []) + losses.get(name, [])
        agent = sum(d.role in _AGENT_ROLES for d in deeds)
        patient = sum(d.role in _PATIENT_ROLES or d.role == "lost" for d in deeds)
        counts[name] = (agent, patient, deeds)
    total_agent = sum(a for a, _, _ in counts.values()) or 1
    total_patient = sum(p for _, p, _ in counts.values()) or 1
    named = {name: f.get("mentions", 0.0) for name, f in out.items()}
    most_named = max(named.values(), default=0.0)
    most_agent = max((a for a, _, _ in counts.values()), default=0)
    paragraph = _paragraph(ctx, record.sentence_start)
    rule_agents = max((counts[a][0] for a in record.attackers if a in counts), default=0)
    for name, f in out.items():
        agent, patient, deeds = counts[name]
        _rival_cues(f, name in record.attackers, agent, patient, most_agent, rule_agents)
        if losses.get(name):
            f["deeds_lost"] = math.log1p(len(losses[name])) / 2
        f["agent_share"] = agent / total_agent
        f["patient_share"] = patient / total_patient
        if agent and agent == most_agent:
            f["most_agent"] = 1.0
        if patient > agent:
            f["patient_over_agent"] = 1.0
            if named[name] == most_named:
                f["most_named_patient"] = 1.0
        for deed in deeds:
            role = "agent" if deed.role in _AGENT_ROLES else "patient"
            if _in_sentence(deed, record.sentence_start, record.sentence_end):
                f[f"campaign_sentence_{role}"] = 1.0
            elif _paragraph(ctx, deed.head.idx) == paragraph:
                f[f"campaign_paragraph_{role}"] = 1.0


def _rival_cues(
    f: dict[str, float], chosen: bool, agent: int, patient: int, most: int, rule_agents: int
) -> None:
    """A side the rules chose but the article tells defending, or doing fewer attacking deeds
    than another side; a side they passed over that does the most while theirs does none."""
    if chosen:
        if patient > agent:
            f["rule_patient"] = 1.0
        if agent < most:
            f["rule_outdone"] = 1.0
    elif agent and agent == most and not rule_agents:
        f["rival_agent"] = 1.0


def _paragraph(ctx: RoleContext, position: int) -> int:
    """The index of the line (paragraph) holding a character position."""
    return bisect.bisect_left(ctx.line_breaks, position)


def place_cues(
    ctx: RoleContext, record: CampaignRecord, key: str, found: list[tuple[str, str, int, int]]
) -> dict[str, float]:
    """Cues of one place for one campaign: inside a clause whose doer is the campaign's attacker
    (its attacking or retaking verb), or the one its opponent is told defending or losing; in the
    campaign's paragraph; how far, in sentences, from the campaign's sentence; the campaign's
    origin ("pushed south from X" is not its target)."""
    cues: dict[str, float] = {}
    if record.origin and key == name_key(record.origin):
        cues["is_origin"] = 1.0
    if ctx.doc is None:
        return cues
    paragraph = _paragraph(ctx, record.sentence_start)
    campaign_index = ctx.index(record.sentence_start)
    heads = _deed_heads(ctx, record)
    nearest = min(abs(ctx.index(start) - campaign_index) for _, _, start, _ in found)
    cues["sentence_distance"] = min(nearest, 10) / 10
    for _, _, start, end in found:
        if _paragraph(ctx, start) == paragraph:
            cues["in_campaign_paragraph"] = 1.0
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        i = span.root.i
        for role, head in heads:
            if head.left_edge.i <= i <= head.right_edge.i and head.i != i:
                cues[f"in_{role}_clause"] = 1.0
    return cues


def _deed_heads(ctx: RoleContext, record: CampaignRecord) -> list[tuple[str, Token]]:
    """The heads of the deeds the campaign's attackers do ("attacker") and of those its other
    sides suffer or defend by ("defender")."""
    heads = []
    for name, deeds in ctx.deeds.items():
        mine = name in record.attackers
        for deed in deeds:
            if mine and deed.role in _AGENT_ROLES:
                heads.append(("attacker", deed.head))
            elif not mine and deed.role in _PATIENT_ROLES:
                heads.append(("defender", deed.head))
    return heads
