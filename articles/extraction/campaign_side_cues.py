"""The words around a side's mention that say it is not the side attacking, for the clause-subject
reading of campaign_sides.attacker_before. Wire copy often tells a campaign from the defender's
side ("troops are holding the town", "after fierce resistance by X", "X denied losing the town") or
names a side only as a backer, a critic, a post or a place's country; each cue below is one such
pattern, kept as data: a regular expression for the words before the mention, one for the words
after it, and why it rules the side out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .campaign_agents import STATE_OPPONENTS

if TYPE_CHECKING:
    from .actors import ActorMatch
    from .sentences import Span


# "Huthi-held town", "RSF-controlled": the side holding the place, which defends it.
BACKER = re.compile(
    r"^-(?:backed|supported|led|allied|funded|armed|trained|held|controlled|occupied)\b", re.I
)
# "the al-Qaeda-linked JNIM": the group named next is the side, not al-Qaeda ("Islamic State-linked
# insurgents", with no group named, are Islamic State's).
_LINKED = re.compile(r"^-(?:linked|affiliated|aligned|inspired)\s+(?:\w+\s+)?$", re.I)

# Words right before a mention (within the given number of characters, anchored at the mention)
# that make the side something other than the attacker.
_BEFORE: tuple[tuple[re.Pattern[str], int, str], ...] = (
    # "backed by the US", "with the support of Russia": a backer
    (
        re.compile(
            r"\b(?:backed|supported|helped|assisted|aided|armed|trained)\s+by\s+[^,;]*$|\b(?:with|"
            r"alongside)\s+(?:the\s+)?(?:support|help|backing)\s+of\s+(?:the\s+)?$",
            re.I,
        ),
        60,
        "backer",
    ),
    # "after the city fell to the RSF", "held by the rebels": the side holding it
    (
        re.compile(
            r"\b(?:fell|fallen|falls|lost|surrendered)\s+to\s+(?:the\s+)?$|\b(?:held|controlled|"
            r"occupied|seized|captured|overrun)\s+by\s+(?:the\s+)?$",
            re.I,
        ),
        40,
        "holder",
    ),
    # "it had begun ground raids against Hezbollah targets": the side attacked
    (
        re.compile(r"\b(?:against|targeting|on)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,2}?$", re.I),
        30,
        "target",
    ),
    # "after fierce resistance by the army", "met stiff resistance from rebel fighters": the
    # side resisting defends
    (
        re.compile(r"\bresistance\s+(?:by|from|of)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,2}?$", re.I),
        50,
        "defender",
    ),
    # "despite calls from Moscow for a ceasefire", "amid appeals by the African Union": a side
    # asking for the fighting to stop speaks of it
    (
        re.compile(
            r"\b(?:calls?|appeals?|pleas?|demands?|pressure|urging)\s+(?:from|by)\s+(?:the\s+)?$",
            re.I,
        ),
        40,
        "critic",
    ),
)

# Words right after a mention (anchored at its end) that make the side something other than the
# attacker.
_AFTER: tuple[tuple[re.Pattern[str], str], ...] = (
    # "weeks of Turkish drone strikes on the base": air power, not the ground side
    (
        re.compile(
            r"\s+(?:(?:drone|air)\s*strikes?|warplanes|jets|drones|aircraft|bombers)\b", re.I
        ),
        "air power",
    ),
    # "took the army garrison at X", "overran a GAM training camp", "shelled government forward
    # positions": the side's post is what was attacked (one lower-case word may qualify the post)
    (
        re.compile(
            r"\s+(?:[a-z][\w\-]*\s+)?(?:garrisons?|posts?|positions?|barracks|camps?|bases?"
            r"|checkpoints?|outposts?|headquarters|stations?)\b"
        ),
        "post",
    ),
    # "Islamic State's Afghan affiliate", "al-Qaeda's Yemeni branch": the affiliate is the side
    (
        re.compile(r"['’]s\s+(?:[\w\-]+\s+)?(?:affiliate|branch|franchise|offshoot)\b", re.I),
        "parent group",
    ),
    # "Idlib (Syria) (AFP) -", "Bunia (DR Congo), May 3": a place's country in brackets
    (re.compile(r"\)"), "country gloss"),
)


# "A side's mention followed by a verb of holding out: the subject of a defending clause ("Sierra
# Leone's army is holding the town against rebels", "government troops have repelled three
# assaults", "the army still held neighbouring Kamenge", "the rebels denied losing the town"), who
# defends the place the campaign attacks.
DEFENDING_AFTER = re.compile(
    r"(?:\s+(?:troops|forces|soldiers|units|garrison|defenders|rebels|fighters|guerrillas))?"
    r"(?:\s+(?:is|are|was|were|has|have|had|been|still|also|successfully|so\s+far))*\s+"
    r"(?:holding\s+(?:out|on|off|onto|the|its|their)|held\s+(?:out|on|off|onto|the|its|their)"
    r"|defend(?:s|ed|ing)?|resist(?:s|ed|ing)?|repell?(?:s|ed|ing)|repuls(?:es|ed|ing)"
    r"|fought\s+off|fending\s+off|fend(?:s|ed)?\s+off|beat(?:en)?\s+back|beating\s+back"
    r"|denie[sd]\s+(?:losing|having\s+(?:lost|withdrawn|retreated|pulled))"
    r"|fight(?:s|ing)?\s+(?:on\s+\w+\s+)?to\s+(?:hold|defend|keep)"
    # (not "still controls": "X still controls most of the region" is no defence of the place)
    r"|(?<=still\s)(?:holds?|held)|(?<=also\s)(?:holds?|held))\b",
    re.I,
)

# A reporter's clause of holding ("the SPLA says it still holds Torit", "the rebels said they
# controlled the whole town") or of help coming ("commanders said reinforcements were trying to
# reach the city"): the reporter defends the place, it did not attack it.
REPORTED_DEFENCE = re.compile(
    r"\s*(?:(?:on\s+)?\w+day\s+)?(?:in\s+an?\s+[^,;.\"]{0,50}?\s)?(?:that\s+)?(?:"
    r"(?:it|they)\s+(?:(?:still|also|firmly)\s+)?"
    r"(?:holds?|held|controls?|controlled|(?:is|are|was|were)\s+still\s+in)\b"
    r"|(?:its\s+|their\s+)?(?:troops|forces|units|soldiers)\s+(?:(?:are|were|still)\s+)*holding\b"
    r"|(?:\w+\s+)?reinforcements\b"
    # "… said in a communique that the invading forces had taken X": the attacker named only as
    # the enemy, so the reporter is the side attacked
    r"|the\s+(?:invading|attacking|enemy|aggressor)\s+(?:forces|troops|army|columns)\b"
    r"|the\s+(?:enemy|invaders|aggressors|assailants|attackers)\b)",
    re.I,
)


def rules_out(
    text: str,
    sentence: Span,
    position: int,
    match: ActorMatch,
    following: ActorMatch | None,
    defending: set[str],
) -> bool:
    """Whether the words around a candidate subject say it is not the side that attacked."""
    if BACKER.match(text[match.end : match.end + 12]):
        return True
    if match.kind == "state" and STATE_OPPONENTS.match(text, match.end, match.end + 16):
        return True  # "Congo rebels seize …": where the rebels fight, not the state's forces
    if following and _LINKED.match(text[match.end : following.start]):
        return True
    for pattern, chars, _why in _BEFORE:
        if pattern.search(text[max(sentence.start, match.start - chars) : match.start]):
            return True
    for pattern, why in _AFTER:
        if pattern.match(text, match.end) and (
            why != "country gloss"
            or (match.kind == "state" and text[match.start - 1 : match.start] == "(")
        ):
            return True
    if _OTHER_CLAUSE.search(text, match.end, position):
        return True  # "X entered Juba, while government forces pressed on Torit": not its clause
    if _CRITIC.search(text, match.end, position):
        return True  # "France condemned …, saying the offensive on Sirte …": a side judging it
    if _STOPPED_WHO.search(text, match.end, position):
        return True  # "troops stopped a column of exiles who had seized X": the side stopping it
    if _STOPPED_WHO.search(text, sentence.start, match.start):
        return True  # "fought off gangs trying to seize Haiti's airport": inside that clause
    # "the army is holding the town against rebels who …": the defender
    return match.actor in defending


# A side that condemns, warns about or calls for an end to a campaign speaks of it; it does not
# wage it ("Egypt, which has warned that an assault on Rafah would …").
_CRITIC = re.compile(
    r"\b(?:condemn|denounc|critici[sz]|warn|deplor|urg|appeal|protest|decr)(?:e|es|ed|ing|s)?\b"
    r"|\bcall(?:s|ed|ing)?\s+(?:on|for)\b",
    re.I,
)


# A side that stops, throws back or fights off a force told by a clause of its own ("stopped a
# column of exiles who crossed the border and marched on the capital", "beat back rebels who
# stormed the garrison", "fought off gangs trying to seize the airport") defends against the
# campaign that clause tells; the force it stopped attacked.
_STOPPED_WHO = re.compile(
    r"\b(?:stopp(?:ed|ing)|stops?|halt(?:s|ed|ing)?|repell?(?:s|ed|ing)?|repuls(?:e|es|ed|ing)|"
    r"(?:beat|beaten|beating|threw|thrown|throwing|drove|driven|driving|turned|turning)\s+back|"
    r"(?:fought|fight(?:s|ing)?|beat|beaten|fend(?:s|ed|ing)?|held|hold(?:s|ing)?)\s+off|"
    r"rout(?:s|ed|ing)?|ambush(?:es|ed|ing)?|intercept(?:s|ed|ing)?)"
    r"\s+(?!at\b|in\b|on\b|short\b|for\b|to\b|by\b|near\b)[^.;:\n]*?"
    r"\b(?:who|which|that|trying\s+to|attempting\s+to|seeking\s+to)\s",
    re.I,
)


# A clause of its own after a comma ("X took the airport, while Y pushed towards the town"): a side
# named before it is the subject of the clause before, not of the one after.
_OTHER_CLAUSE = re.compile(r",\s+(?:while|whereas)\s+", re.I)
