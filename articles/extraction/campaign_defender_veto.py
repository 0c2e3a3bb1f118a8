"""Sides the campaign's own sentence tells defending its target, vetoed as its attackers after
the rule stages and the ranker: wire copy written from the defender's side opens with the
defender as the subject ("Burkina army says it repelled Christmas Eve assault on X", "Kurds
concede loss of X to Saddam's Guard", "Haiti police abandon X as gang returns", "Government
troops have abandoned X after two days of attacks by …"), and the stages reading a clause's
subject take it for the side attacking.

A side is vetoed only where one of its mentions there is the subject of a verb of defending,
losing or giving the place up, a reporting verb and "it" or "its troops" allowed between ("X says
it beat back …", "X said today its forces were fighting to hold …"); its state's forces and police
with it. The side that sentence names as the attack's doer ("attacks by X", "loss of Y to X",
"abandons Y to X") is offered in its place."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .campaign_agents import ATTACKER_KINDS
from .states import POLICE, state_of_forces

if TYPE_CHECKING:
    from .actors import ActorMatch
    from .campaign_record import CampaignRecord
    from .sentences import Span

# Between the side's mention and the verb: its troops, a reporting verb and the reported subject,
# auxiliaries ("Government troops have abandoned", "army says it repelled", "Azerbaijan
# acknowledged on Sunday that …" is not here: what it acknowledged is the attacker's deed).
_GAP = (
    r"\)?(?:\s+(?:garrison|troops|forces|soldiers|units|defenders|police|officers|army))?"
    r"(?:\s+(?:says?|said|claims?|claimed|reports?|reported)"
    r"(?:\s+(?:on\s+)?(?:\w+day|today|yesterday|tonight))?(?:\s+that)?"
    r"(?:\s+(?:it|they|its\s+(?:troops|forces|soldiers|army|garrison)|troops|soldiers))?)?"
    r"(?:\s+(?:has|have|had|was|were|is|are|been|also|still|successfully|finally))*\s+"
)
# Verbs of defending, losing or giving up the place; "abandoned" not before the attack itself
# ("abandoned their assault on X" is the attacker's). Not "X says siege of Y broken": breaking a
# siege is an offensive of its own.
_DEFENDING_VERB = (
    r"(?:repell?(?:s|ed)|repuls(?:es|ed)|beat(?:s|en)?\s+(?:back|off)|threw\s+back"
    r"|fought\s+off|fend(?:s|ed)\s+off|held\s+off|crushed|(?:drove|driven)\s+(?:off|back|out)\s+(?:the\s+)?"
    r"(?:attackers|assailants|raiders|infiltrators|invaders)"
    r"|drove\s+attackers|abandon(?:s|ed)?(?!\s+(?:its|their|the|an?)\s+(?:\w+\s+)?(?:assault|"
    r"attack|offensive|siege|push|bid|attempt|advance|drive|operation)s?\b)"
    r"|(?:fighting|fought|fights?)\s+to\s+(?:hold|defend|keep)|holding\s+out"
    r"|(?:concede[sd]?|admit(?:s|ted)?|acknowledge[sd]?)\s+(?:the\s+)?(?:loss|fall)\s+of)\b"
)
_DEFENDING = re.compile(_GAP + _DEFENDING_VERB, re.I)

# The doer of the attack in the same sentence: "after two days of attacks by X", "loss of Y to X",
# "abandons Y to X", "Y fell to X".
_ATTACK_NOUN = (
    r"(?:attacks?|assaults?|offensives?|onslaught|raids?|bombardment|shelling|siege|advance|push)"
)
_PLACE = r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?"
_DOER = re.compile(
    rf"\b{_ATTACK_NOUN}\s+(?:\w+\s+)?by\s+(?:the\s+)?$"
    rf"|\b(?:loss|fall)\s+of\s+{_PLACE}\s+to\s+(?:the\s+)?$"
    rf"|\babandon(?:s|ed)?\s+{_PLACE}\s+to\s+(?:the\s+)?$"
    r"|\bfell\s+to\s+(?:the\s+)?$",
)


def _told(record: CampaignRecord, sentences: list[Span]) -> list[Span]:
    """The sentence that tells the campaign (not the others naming its place, which may tell the
    side's own later counter-attack or the town changing hands again)."""
    return [s for s in sentences if s.start <= record.sentence_start < s.end][:1]


def defending_sides(
    text: str, sentences: list[Span], actors: list[ActorMatch], record: CampaignRecord
) -> set[str]:
    """The sides the campaign's sentence tells defending, losing or giving up its place."""
    told = {
        m.actor
        for sentence in _told(record, sentences)
        for m in actors
        if sentence.start <= m.start
        and m.end <= sentence.end
        and (found := _DEFENDING.match(text, m.end))
        and found.end() <= sentence.end
    }
    return {side for actor in told for side in _one_side(actor)}


def _one_side(actor: str) -> set[str]:
    """The actor with its state, or its state's forces and police ("Haiti police" is matched as
    the state; the rules name its police)."""
    forces = state_of_forces()
    state = forces.get(actor, actor)
    sides = {actor, state, *(f for f, s in forces.items() if s == state)}
    if state in POLICE:
        sides.add(POLICE[state])
    return sides


def attack_doers(
    text: str, sentences: list[Span], actors: list[ActorMatch], record: CampaignRecord
) -> list[str]:
    """The fighting sides the campaign's sentence names as the doer of the attack."""
    doers: list[str] = []
    for sentence in _told(record, sentences):
        for m in actors:
            if not (sentence.start <= m.start and m.end <= sentence.end):
                continue
            if m.kind not in ATTACKER_KINDS or m.actor in doers:
                continue
            if _DOER.search(text[max(sentence.start, m.start - 60) : m.start]):
                doers.append(m.actor)
    return doers
