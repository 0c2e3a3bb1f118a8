"""Ground forces told backing a side, for the ally step (campaign_allies): "Kurdish fighters backed
by Syrian rebels", "backed by the X and units of the Y", "Backed by the Z, the army retook …". Kept
apart from campaign_allies so that module stays one step of a readable size; the "backed by" cues
and the test of a fighting backer (not a state that may only send arms, not air power) live here.
Air power "backed by" names is campaign_air_backers'."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .actors import ActorMatch
    from .sentences import Span

_UNITS_OF = (
    r"(?:(?:units|fighters|troops|volunteers|militiamen|members|soldiers)\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:(?!(?:and|or)\b)[\w'’\-]+\s+){0,2}?)?"
)
# "Kurdish fighters backed by Syrian rebels", "forces backed by the coalition": a fighting force
# backing on the ground (not "backed by air strikes", not a state that may only send arms).
# Up to two words may stand between ("backed by the breakaway X", "backed by the Islamist-aligned
# Y"), and a force noun ("backed by fighters of the Z"), but no "and" (the next side of a list).
_BACKED_BY = re.compile(
    r"\bbacked\s+by\s+(?:the\s+)?(?:(?!(?:and|or)\b)[\w'’\-]+\s+){0,2}?" + _UNITS_OF + r"$",
    re.I,
)
# "backed by the X and units of the Y", "backed by tribal fighters and volunteers of the Z": a
# force noun after "and" continues the list of backers (no comma or clause between).
_BACKED_LIST = re.compile(
    r"\bbacked\s+by\s+[^.;:,]{1,140}?\sand\s+(?:other\s+)?(?:[\w\-]+\s+)?"
    r"(?:units|fighters|troops|volunteers|militiamen|members|soldiers|mercenaries)\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:(?!(?:and|or)\b)[\w'’\-]+\s+){0,2}?$",
    re.I,
)
_FIGHTERS = re.compile(r"\b(?:rebels|fighters|militias?|militiamen|troops|forces|units)\b", re.I)
_AIR = re.compile(r"\s+(?:air|drone|warplanes|jets|aircraft|artillery)", re.I)


def _backs(text: str, match: ActorMatch) -> bool:
    """A fighting force backs ("backed by the X militia", "by fighters of the Y"), not a state
    that may only send arms or air power ("backed by Rwanda", "backed by coalition air strikes")."""
    fighting = match.kind != "state" or _FIGHTERS.search(match.text)
    return bool(fighting) and not _AIR.match(text, match.end)


def backed_by(
    text: str, sentence: Span, inside: list[ActorMatch], index: int
) -> tuple[str, str | None] | None:
    """(backer, the side it backs) when "backed by" (or a list of backers it begins) comes right
    before the mention at `index`: the side is the last one named before "backed by"."""
    match = inside[index]
    head = max(sentence.start, match.start - 70)
    cue = _BACKED_BY.search(text, head, match.start)
    if cue is None:
        cue = _BACKED_LIST.search(text, max(sentence.start, match.start - 220), match.start)
    if cue is None or not _backs(text, match):
        return None
    before = [m for m in inside[:index] if m.end <= cue.start()]
    if not before:
        return match.actor, _fronted_side(text, sentence, inside, index)
    return match.actor, before[-1].actor


def _fronted_side(text: str, sentence: Span, inside: list[ActorMatch], index: int) -> str | None:
    """ "Backed by the X, the army retook …": the first side named after the comma that closes the
    backers (None when none is: the campaign's attacker, told elsewhere)."""
    comma = text.find(",", inside[index].end, sentence.end)
    after = [m for m in inside[index + 1 :] if comma >= 0 and m.start > comma]
    return after[0].actor if after else None
