"""Forces fighting beside a campaign's attacker, told apart from it: "Fighters of the X, a militia
recruited on the coast, have fought alongside them", "Y troops had fought alongside its soldiers",
"soldiers, accompanied by fighters of the Z, moved into the camp", "fighters of the W led the way",
"The offensive was carried out by the army, the police and the V", "backed by the breakaway U and
units of the T", "Backed by the S, the army …", "troops and fighters of the R drove …" (a party
filed as an organisation counts when told fighting: "fighters of the R"), and, read in the
dependency parse, "Fighters of the X and allied soldiers of the ousted Y". Each joins the attackers
of a campaign whose attacker or target the sentence (or the one before) names. The step runs after
the rule stages chose attackers and before the role ranker, which reads its choices as the rules'
and never drops them (`CampaignRecord.allies`).

Before these, `add_allies` settles a "government offensive"'s side (campaign_lead), the sides a
sentence identifies as the attackers (campaign_attackers_named) and a bare other service backing
the attacker (campaign_services). The "backed by" cues are campaign_backed_by's, the reading of
the phrase "allied" in the parse campaign_allied_parse's.

Text patterns over the actor mentions; none names a place, group or person. A side the campaign
is against, or one named as holding ground ("X-held"), never joins."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from .actors import window
from .campaign_agents import ATTACKER_KINDS
from .campaign_air_backers import air_backers
from .campaign_allied_lists import GOVERNMENT, allied_lists, state_led_campaigns
from .campaign_allied_parse import OF_NEXT, allied_in_parse
from .campaign_attackers_named import identified_attackers
from .campaign_backed_by import backed_by
from .campaign_joint_doers import joint_doers
from .campaign_lead import government_campaigns
from .campaign_services import add_backing_services, add_joint_police
from .campaign_told_later import attackers_told_later

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .actors import ActorMatch
    from .campaign_record import CampaignRecord
    from .sentences import Span

# What may stand between a side's mention and its verb: a force noun, an acronym in brackets, one
# appositive ("the X, a militia recruited among fishermen, have fought …").
_BRIDGE = (
    r"(?:\s+(?:troops|forces|soldiers|fighters|units|militiamen|militias?|volunteers))?"
    r"(?:\s*\([^()]{1,20}\))?(?:,[^,;\"“”]{1,90},)?\s+"
    # "have fought", "are fighting", "have been fighting" (a push still going on)
    r"(?:(?:have|has|had)\s+(?:been\s+)?|(?:were|was|are|is)\s+)?"
)
# "… have fought alongside them", "… led the way", "… spearheaded the assault"
_ALLY_AFTER = re.compile(
    _BRIDGE + r"(?:(?:fought|fighting|fights|battled|battling|advanced|advancing)\s+"
    r"(?:alongside|beside|together\s+with)\b|(?:led|spearheaded)\s+(?:the\s+)?(?:way|assault|"
    r"attack|advance|offensive|push|charge)\b)",
    re.I,
)
# "… accompanied by fighters of the", "joined by units of", "and its allies, including the", "and
# Russian allies of the", "with
# the support of" (troops: "with the support of the coalition" may be air power only): the side
# before is the one it joins
_ALLY_BEFORE = re.compile(
    r"(?:\b(?:accompanied|joined|reinforced)\s+by\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}?"
    # "its troops, together with units of the self-proclaimed X, had taken …"
    r"|\btogether\s+with\s+(?:the\s+)?(?:(?:units|fighters|troops|members|militiamen|forces)\s+"
    r"(?:of|from)\s+(?:the\s+)?)?(?:[\w'’\-]+\s+){0,2}?"
    r"|\band\s+(?:its\s+|their\s+)?allied\s+"
    # "Malian soldiers and Russian allies of the Wagner group", "and their allies from the X"
    r"|\band\s+(?:its\s+|their\s+)?(?:[\w\-]+\s+)?allies\s+(?:of|from)\s+(?:the\s+)?"
    r"|\band\s+(?:its|their)\s+(?:[\w\-]+\s+)?allies,?\s+(?:including|notably|such\s+as"
    r"|among\s+them)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,2}?"
    r"|\bwith\s+the\s+(?:support|help|backing)\s+of\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,2}?)"
    r"(?:(?:units|fighters|troops|members|militiamen|forces)\s+(?:of|from)\s+(?:the\s+)?)?$",
    re.I,
)
# "fighters of the X party", "X militiamen": a party or movement the dictionary files as an
# organisation fights here as an armed side. Not "African Union troops": an intergovernmental
# body's troops serve in a mission, which is the side (an actor of its own).
_PARTY_FORCE_AFTER = re.compile(r"\s+(?:fighters|militiamen|militias?|guerrillas|gunmen)\b", re.I)
_FORCE_OF = re.compile(
    r"\b(?:fighters|militiamen|militias?|guerrillas|volunteers|gunmen)\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:(?!(?:and|or)\b)[\w'’\-]+\s+){0,2}?$",
    re.I,
)
# "Iranian troops and fighters of the X drove …": a conjoined force of another side fights with
# the one before "and" (the side right before, nothing but its force noun between: "troops and
# local clan fighters known as X", "soldiers and volunteers loyal to X", up to three lower-case
# words before the noun).
_AND_FORCE_OF = re.compile(
    r"^(?:\s+(?:troops|forces|soldiers|fighters|units|guards))?\s+and\s+(?:allied\s+)?"
    r"(?:(?-i:[a-z\-]+)\s+){0,3}?"
    r"(?:fighters|units|troops|militiamen|guerrillas|volunteers|gunmen|reservists)\s+"
    r"(?:of|from|known\s+as|loyal\s+to)\s+(?:the\s+)?"
    r"(?:(?!(?:and|or)\b)[\w'’\-]+\s+){0,2}?$",
    re.I,
)
# "clashes between X and fighters of the Y": two sides against each other, not together.
FACING = re.compile(
    r"\b(?:between|clash(?:es|ed|ing)?|exchang\w+\s+fire|each\s+other|fight(?:ing)?\s+with)\b",
    re.I,
)
_WITH_SUPPORT = re.compile(r"\bwith\s+the\s+(?:support|help|backing)\s+of\b", re.I)
_FORCE = re.compile(r"\b(?:troops|forces|soldiers|fighters|militiamen|militias?)\b", re.I)
_FORCE_AFTER = re.compile(r"\s+" + _FORCE.pattern, re.I)
# "fought alongside the army": the side named right after the cue
_NAMED_NEXT = re.compile(r"\s+(?:the\s+)?")
# "was carried out by", "launched on Friday … by": the agents of a campaign, listed
_CARRIED_BY = re.compile(
    r"\b(?:carried\s+out|conducted|mounted|waged|spearheaded|launched|led|fought)\b"
    r"[^.;]{0,60}?\bby\s+",
    re.I,
)
_CAMPAIGN_WORD = re.compile(r"\b(?:offensive|operation|assault|campaign|push|attack)\b", re.I)
# Where a list of agents ends: a backer, air power, a clause.
_LIST_END = re.compile(
    r",?\s+(?:backed|supported|aided|assisted|helped|with\s+air|under\s+(?:the\s+)?cover)\b"
    r"|[;:]|\s+(?:which|who|that|after|when|while|as|against|on|in|into|to|toward|towards)\b",
    re.I,
)
# "fought alongside the rebels during the civil war", "in the 1990s", "years ago": an alliance of
# the past, not who fights this campaign.
_BACKGROUND = re.compile(
    r"\bduring\s+(?:the|its|their)\s+(?:[\w\-]+\s+){0,3}?war\b|\bin\s+the\s+(?:19|20)\d0s\b"
    r"|\byears\s+(?:ago|earlier)\b|\bin\s+the\s+past\b",
    re.I,
)
_HOLDER = re.compile(r"^-(?:held|controlled|occupied)\b", re.I)
# "Kigali, which denies supporting the rebels despite a report that its soldiers were fighting
# alongside them": an allegation, not a report of who fights (told before the last side named:
# "… have been attacking the valley since December, when the government accused rebels of …" is
# a report).
_ALLEGED = re.compile(r"\b(?:den(?:y|ies|ied)|accus\w+|alleg\w+|reportedly)\b", re.I)
# '"X soldiers are fighting alongside them," he said, a charge both governments denied': a charge
# rebutted after the sides, anywhere in the sentence.
_REBUTTED = re.compile(
    r"\b(?:a|the)\s+(?:charge|claim|allegation|accusation)s?\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:den(?:y|ies|ied)|reject\w*|dismiss\w*)\b",
    re.I,
)


def add_allies(
    text: str,
    sentences: list[Span],
    actors: list[ActorMatch],
    records: list[CampaignRecord],
    doc: Doc | None = None,
) -> None:
    """Each campaign takes the sides told fighting beside its attacker (module docstring); one the
    rules gave no attacker, the sides its own sentence lists ("was carried out by A, B and C").
    Other pairings told where the campaign is wait for the ranker (`join_companions`)."""
    if not records:
        return
    government_campaigns(text, actors, records)
    identified_attackers(text, sentences, actors, records)
    attackers_told_later(text, sentences, actors, records)
    add_backing_services(text, sentences, actors, records)
    add_joint_police(text, records, actors)
    state_led = state_led_campaigns(records, actors)  # those "government forces" fight for
    for index, sentence in enumerate(sentences):
        inside = [m for m in window(actors, sentence.start, sentence.end) if _armed(text, m)]
        if (
            not inside
            or _ALLEGED.search(text, sentence.start, inside[-1].end)  # not a later clause's
            or _REBUTTED.search(text, sentence.start, sentence.end)
            or _BACKGROUND.search(text, sentence.start, sentence.end)
        ):
            continue
        _add_joint_doers(text, sentence, joint_doers(doc, sentence, inside), records)
        found = _allies_in(text, sentence, inside)
        parsed = allied_in_parse(text, doc, sentence, inside)
        found += [pair for pair in parsed if pair not in found]
        if not found:
            continue
        before = sentences[index - 1] if index else sentence
        near = window(actors, before.start, sentence.end)
        said = text[before.start : sentence.end]
        for record in records:
            own = record.attackers or record.sentence_start == sentence.start
            about = _about(record, text, near, said, sentence)
            for ally, beside in found:
                if ally in record.opponents:
                    continue
                joins = beside in record.attackers or (beside is None and about)
                if beside == GOVERNMENT:  # "government forces and allied X": a state's side
                    led = any(r is record for r in state_led)
                    joins = led and (len(state_led) == 1 or about)
                if ally not in record.attackers and own and joins:
                    record.attackers.append(ally)
                    record.allies.append(ally)
                elif about:
                    record.companions.append((ally, beside))  # joins once the ranker decided
                if beside not in (None, GOVERNMENT) and _on_target(record, text, said, sentence):
                    record.companions.append((beside, ally))  # fighting together there


def _add_joint_doers(
    text: str, sentence: Span, pairs: list[tuple[str, str]], records: list[CampaignRecord]
) -> None:
    """Sides told doing an attack together ("X and Y troops stormed …", campaign_joint_doers) are
    companions of a campaign whose target the sentence names, or whose own sentence it is: each
    joins once the ranker made the other an attacker."""
    if not pairs:
        return
    said = text[sentence.start : sentence.end]
    for record in records:
        if not _on_target(record, text, said, sentence):
            continue
        for ally, beside in pairs:
            if ally not in record.opponents and (ally, beside) not in record.companions:
                record.companions.append((ally, beside))


def join_companions(record: CampaignRecord) -> None:
    """After the ranker decided a campaign's attackers: a side told fighting beside one of them
    where the campaign is ("Iraqi troops and allied militias drove …") joins, one told fighting
    beside "them" joins any; the side it fights beside joins it only where the sentence names the
    campaign's target ("Ugandan troops fighting alongside the Congolese army retook X"), not in
    background ("the militia fought alongside the rebels during the civil war")."""
    for ally, beside in record.companions:
        if record.attackers and (beside is None or beside in record.attackers):
            _join(record, ally)


def _join(record: CampaignRecord, side: str) -> None:
    if side not in record.attackers and side not in record.opponents:
        record.attackers.append(side)
        record.allies.append(side)


def _ground_force(text: str, match: ActorMatch) -> bool:
    """ "Ugandan soldiers", "Wagner Group fighters": a force fighting on the ground."""
    return bool(_FORCE.search(match.text) or _FORCE_AFTER.match(text, match.end))


def _about(record: CampaignRecord, text: str, near: list, said: str, sentence: Span) -> bool:
    """The sentence (or the one before) names the campaign's attacker or target, or is its own."""
    if any(m.actor in record.attackers for m in near):
        return True
    return _on_target(record, text, said, sentence)


def _on_target(record: CampaignRecord, text: str, said: str, sentence: Span) -> bool:
    """The sentence (or the one before) names the campaign's target, or is its own."""
    if record.sentence_start == sentence.start:
        return True
    words = record.targets + [text[s:e] for s, e in record.target_spans]
    return any(w and w in said for w in words)


# "French and Malian troops", "Ugandan and Congolese soldiers": two states' adjectives sharing
# one force noun, the forces of both fighting together.
_SHARED_FORCE = re.compile(r"\s+(?:troops|forces|soldiers|servicemen)\b", re.I)


def _joint_forces(text: str, sentence: Span, inside: list[ActorMatch]) -> list[tuple[str, str]]:
    """Each side beside the other, for two states' adjectives joined by "and" before the force
    noun the second's mention ends with (`_SHARED_FORCE`); not "clashes between X and Y troops",
    nor in a quotation."""
    pairs: list[tuple[str, str]] = []
    for first, second in itertools.pairwise(inside):
        if (
            first.kind == second.kind == "state"
            and first.actor != second.actor
            and " " not in first.text
            and re.fullmatch(r"\s+and\s+", text[first.end : second.start])
            and _SHARED_FORCE.search(second.text)
            and not FACING.search(text, sentence.start, first.start)
            and not _quoted(text, sentence, first.start)
        ):
            pairs += [(second.actor, first.actor), (first.actor, second.actor)]
    return pairs


def _quoted(text: str, sentence: Span, at: int) -> bool:
    """`at` lies inside a quotation: one opened before it in the sentence, or one closed after it
    that opened in a sentence before (a speaker's charge, '"… a war of aggression by Rwandan and
    Ugandan troops," he said', not the reporter's account)."""
    before, after = text[sentence.start : at], text[at : sentence.end]
    opened = before.count('"') % 2 == 1 or before.count("“") > before.count("”")
    return opened or after.count('"') % 2 == 1 or after.count("”") > after.count("“")


def _allies_in(text: str, sentence: Span, inside: list[ActorMatch]) -> list[tuple[str, str | None]]:
    """(side, the side it fights beside, None when the text says "them" or "the way") of each
    pairing a sentence tells, in text order."""
    found: list[tuple[str, str | None]] = []
    for index, match in enumerate(inside):
        following = inside[index + 1] if index + 1 < len(inside) else None
        if following and OF_NEXT.fullmatch(text, match.end, following.start):
            continue  # "Russian fighters of the Wagner Group": the group is the side
        if _HOLDER.match(text, match.end):
            continue
        after = _ALLY_AFTER.match(text, match.end, sentence.end)
        if after is not None:
            named = following is not None and _NAMED_NEXT.fullmatch(
                text, after.end(), following.start
            )
            found.append((match.actor, following.actor if named else None))
        elif index:
            head = max(sentence.start, match.start - 70)
            cue = _ALLY_BEFORE.search(text, head, match.start)
            joined = [m for m in inside[:index] if cue is not None and m.end <= cue.start()]
            if joined and _WITH_SUPPORT.match(text, cue.start()) and not _ground_force(text, match):
                joined = []
            if not joined and _AND_FORCE_OF.match(text[inside[index - 1].end : match.start]):
                facing = FACING.search(text, sentence.start, sentence.end)
                joined = [] if facing else [inside[index - 1]]
            if joined:  # "soldiers, accompanied by fighters of the X": X joins the soldiers' side
                found.append((match.actor, joined[-1].actor))
            else:
                backer = backed_by(text, sentence, inside, index)
                if backer is not None:
                    found.append(backer)
        else:  # "Backed by the X and other volunteer units, the army retook …"
            backer = backed_by(text, sentence, inside, index)
            if backer is not None:
                found.append(backer)
    found += _joint_forces(text, sentence, inside)
    found += [pair for pair in allied_lists(text, sentence, inside) if pair not in found]
    found += [pair for pair in air_backers(text, sentence, inside) if pair not in found]
    for cue in _CARRIED_BY.finditer(text, sentence.start, sentence.end):
        if not _CAMPAIGN_WORD.search(text, sentence.start, cue.start()):
            continue
        end = _LIST_END.search(text, cue.end(), sentence.end)
        stop = end.start() if end else sentence.end
        listed = [m.actor for m in inside if cue.end() <= m.start and m.end <= stop]
        if len(set(listed)) > 1:  # "was carried out by the army, … and the X": all of them
            found += [(one, None) for one in dict.fromkeys(listed)]
    return found


def _armed(text: str, match: ActorMatch) -> bool:
    """A side of a fighting kind, or an organisation told fighting ("fighters of the X party")."""
    if match.kind in ATTACKER_KINDS:
        return True
    told = _FORCE_OF.search(text, max(0, match.start - 60), match.start)
    return match.kind == "organisation" and bool(told or _PARTY_FORCE_AFTER.match(text, match.end))
