"""A state or coalition whose air power backs a campaign's attacker fights the campaign beside it:
"Syrian troops backed by Hezbollah fighters and Russian warplanes recaptured X", "government
forces, backed by Russian air power and by the Y, captured X", "rebels backed by US air strikes".

The gold annotates such a backer as an attacker (heldout8–33 and the regression set: 14 of 17
articles whose attacking side a state's or coalition's "backed by … air/warplanes/jets" supports
list the backer among the attackers), while campaign_allies and campaign_allied_lists keep air
power out of their ground-force cues, which also read "backed by" before an arms supplier
("backed by Rwanda"). Only "backed by" or
"supported by" counts: "air strikes on the rebels" or "with air support" may be against the side
or the air power of another campaign. Text patterns over the actor mentions; none names a side."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .campaign_allied_lists import GOVERNMENT

if TYPE_CHECKING:
    from .actors import ActorMatch
    from .sentences import Span

# "backed by", "supported by", then the backers listed up to a clause or sentence end.
_CUE = re.compile(r"\b(?:backed|supported|covered)\s+(?:up\s+)?by\b", re.I)
_LIST_END = re.compile(r"[,;:.\"“”]|\s+(?:who|which|that|after|when|while)\b", re.I)
# The air noun right after the backer's mention ("Russian warplanes", "US air strikes", "the
# coalition's jets"); not "air defence" nor a mention inside "X-backed".
_AIR_NOUN = re.compile(
    r"(?:['’]s)?\s+(?:(?:[\w\-]+\s+)?(?:warplanes|jets|aircraft|bombers|drones)\b"
    r"|air\s+(?:power|force|strikes?|support|cover|raids?)\b)",
    re.I,
)
# The mention may hold the air noun itself ("Russian warplanes" is one of the state's aliases).
_AIR_WORD = re.compile(r"\b(?:warplanes|jets|aircraft|bombers|drones|air\s+force)\b", re.I)
# "government forces, backed by US air strikes, had tried to hold on to X", "the army, supported by
# jets, repelled the attack": air power backing a defence, not an attack.
_DEFENDING = re.compile(
    r"\b(?:hold(?:ing)?\s+on|held\s+(?:on|out)|defen[dc]\w*|repel\w*|repuls\w*|fend\w*\s+off"
    r"|fought\s+off|beat(?:en)?\s+(?:back|off)|held\s+off)\b",
    re.I,
)
_BACKER_KINDS = frozenset({"state", "coalition"})
# A state's forces the text does not name before the cue ("Government forces, backed by …").
_GOVERNMENT_BEFORE = re.compile(
    r"\b(?:government|pro-government|regime|federal|loyalist|junta|army|military)\s+"
    r"(?:forces|troops|soldiers|units)\b|\bthe\s+(?:army|military)\b",
    re.I,
)


def air_backers(
    text: str, sentence: Span, inside: list[ActorMatch]
) -> list[tuple[str, str | None]]:
    """(backer, the side it backs) for each state or coalition whose air noun a "backed by" list
    names: the side is the last one named before the cue in the sentence, else the state's unnamed
    forces (GOVERNMENT) when the text names them there; none when neither is."""
    found: list[tuple[str, str | None]] = []
    if _DEFENDING.search(text, sentence.start, sentence.end):
        return found
    for cue in _CUE.finditer(text, sentence.start, sentence.end):
        end = _LIST_END.search(text, cue.end(), sentence.end)
        stop = end.start() if end else sentence.end
        before = [m for m in inside if m.end <= cue.start()]
        beside = before[-1].actor if before else None
        if beside is None and _GOVERNMENT_BEFORE.search(text, sentence.start, cue.start()):
            beside = GOVERNMENT
        if beside is None:  # "They drove east, backed by X warplanes": whose, the rules can't tell
            continue
        for match in inside:
            if (
                cue.end() <= match.start
                and match.end <= stop
                and match.kind in _BACKER_KINDS
                and match.actor != beside
                and (_AIR_NOUN.match(text, match.end) or _AIR_WORD.search(match.text))
            ):
                found.append((match.actor, beside))
    return found
