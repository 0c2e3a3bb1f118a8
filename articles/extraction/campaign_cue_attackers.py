"""The attacker of a campaign cue whose own clause may name none: the side named just before or
opening the next sentence, the taker of a place regained, a retaker who defends rather than
attacks, and the forces fighting beside the attacker. Split from campaign_cues (issue 14) so that
finding a cue's sides is a module of its own; other stages add attackers through `add_attacker`
too."""

from __future__ import annotations

import re

from .actors import window
from .campaign_agents import ATTACKER_KINDS
from .campaign_context import CampaignArticle
from .campaign_record import CampaignRecord
from .campaign_sides import (
    GENERIC_FORCE,
    UNNAMED_FIGHTERS,
    agent_in,
    attacker_before,
    opponents,
    partners,
)
from .sentences import Span

# "retake", "recaptured", "took back": the place was the side's before.
_RETAKING = re.compile(
    r"\b(?:re(?:take|taking|taken|took|captur\w*|gain\w*)|t(?:ake|aking|ook)\s+back)\b"
)


def _taker(article: CampaignArticle, index: int, regainer: str) -> str | None:
    """The other fighting side named in the sentence of a place regained, else in the one
    before."""
    for sentence in (article.sentences[index], article.sentences[max(index - 1, 0)]):
        for match in window(article.actors, sentence.start, sentence.end):
            if match.kind in ATTACKER_KINDS and match.actor != regainer:
                return match.actor
    return None


def retaken_from(cue: re.Match, record: CampaignRecord, side: str) -> bool:
    """A side retaking a place another side's campaign is on was holding it: it defends against
    that campaign ("M23 rebels seized Bunagana … troops would soon retake the town", "rebels said
    they had recaptured Malakal … Government troops had retaken Malakal from the rebels in
    January")."""
    return (
        bool(cue.group("verb"))
        and bool(_RETAKING.search(cue.group("verb")))
        and not record.named
        and bool(record.attackers)
        and side not in record.attackers
    )


def _attacker_nearby(
    article: CampaignArticle, index: int, cue: re.Match, record: CampaignRecord
) -> tuple[str | None, Span]:
    """A cue whose own clause names no attacker: the side named just before, or the side the next
    sentence opens with, or the only side of the article's other campaigns."""
    text, actors, sentences = article.text, article.actors, article.sentences
    sentence = sentences[index]
    # "The incursion into Rafah … caps a campaign that began on Oct. 27, when Israeli ground forces
    # pushed into northern Gaza": the side the parse makes the agent of the sentence's fighting.
    attacker = agent_in(article.doc, actors, sentence.start, sentence.end)
    if attacker and attacker in opponents(text, sentence, cue.start(), actors, []):
        attacker = None
    if attacker:
        return attacker, sentence
    if index > 0:
        # "The army had begun its advance on Kidal": the subject named one sentence before — unless
        # this sentence fights it ("… an operation against regrouping Hamas units").
        previous = sentences[index - 1]
        attacker = attacker_before(text, previous, previous.end, actors)
        if attacker and attacker in opponents(text, sentence, cue.start(), actors, []):
            attacker = None
        if attacker and withdrew_in(text, previous, attacker, actors):
            attacker = None  # "… hours after the last Ethiopian troops pulled out of the town"
    if attacker or record.attackers:
        return attacker, sentence
    if (
        index + 1 < len(sentences)
        and UNNAMED_FIGHTERS.search(text, sentence.start, cue.start())
        and not any(m.kind in ATTACKER_KINDS for m in window(actors, sentence.start, cue.start()))
    ):
        # "Ethnic Kachin guerrillas fought their way into … Bhamo. Fighters of the Kachin
        # Independence Army, backed by …, have overrun …": the side the next sentence opens with.
        following = sentences[index + 1]
        attacker = attacker_before(
            text, following, min(following.end, following.start + 60), actors
        )
        if attacker and not withdrew_in(text, following, attacker, actors):
            return attacker, following  # its allies are named beside it there
    if GENERIC_FORCE.search(text, sentence.start, cue.start()):
        # "troops have been fighting in Jabalia": in an article whose other offensives are all one
        # side's, unnamed troops are that side's.
        sides = {a for r in article.records.values() if r is not record for a in r.attackers}
        if len(sides) == 1:
            return next(iter(sides)), sentence
    return None, sentence


# A side told leaving the place ("the last Ethiopian troops pulled out of the town", "a Taliban
# official said the militia had left the capital") lost it: it is no attacker read from a
# neighbouring sentence.
_WITHDREW = re.compile(
    r"\b(?:pull(?:ed|s|ing)?\s+out|withdr(?:ew|awn|awing|aws?)|left\s+(?:the|its|their)\s|"
    r"abandon(?:ed|ing|s)?|fled|retreat(?:ed|ing|s)?|evacuat(?:ed|ing|es?))\b",
    re.I,
)


def withdrew_in(text: str, sentence: Span, side: str, actors: list) -> bool:
    """Whether `sentence` tells `side` leaving: a withdrawing verb after its mention, with no
    other fighting side named between them."""
    inside = window(actors, sentence.start, sentence.end)
    for index, match in enumerate(inside):
        if match.actor != side:
            continue
        verb = _WITHDREW.search(text, match.end, sentence.end)
        if verb is None:
            continue
        others = [m for m in inside[index + 1 :] if m.start < verb.start()]
        if not any(m.kind in ATTACKER_KINDS and m.actor != side for m in others):
            return True
    return False


def add_attacker(
    article: CampaignArticle, record: CampaignRecord, attacker: str, sentence: Span
) -> None:
    """The attacker and the forces fighting beside it in `sentence` ("Rwandan and Mozambican
    troops", "the SDF, backed by units of the FSA"). The text names such a partner in the
    attacker's own phrase, so the role ranker keeps it, as it keeps `campaign_allies`."""
    if attacker not in record.attackers:
        record.attackers.append(attacker)
    for partner in partners(article.text, attacker, sentence, article.actors):
        if partner not in record.attackers:
            record.attackers.append(partner)
        if partner not in record.allies:
            record.allies.append(partner)
