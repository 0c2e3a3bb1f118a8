"""Sides listed after "allied", read beside campaign_allies' pairings: "Government forces and allied
X and Y militiamen have been fighting their way towards the base", "the army and allied gunmen from
the Z seized the town". campaign_allies pairs the first side after "and allied"
with a side named before it; here the first side also counts when the force before "and allied" is
a state's unnamed force ("government forces", "the army": it fights beside a state's campaign), and
every side that continues the list ("X and Y militiamen", "X, Y and Z") fights beside the same
side as the first. Text patterns only; none names a place, group or person."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .actors import ActorMatch
    from .campaign_record import CampaignRecord
    from .sentences import Span

_FORCE_NOUN = (
    r"(?:units|fighters|troops|members|militiamen|militias?|forces|gunmen|guerrillas|volunteers"
    r"|mercenaries)"
)
# "and allied ", "and their allied ", "and allied gunmen from the ": what stands right before the
# first listed side (at most two words between: "and allied tribal militias of the").
_ALLIED_CUE = re.compile(
    r"\band\s+(?:its\s+|their\s+)?allied\s+(?:(?:[\w'’\-]+\s+){0,2}?"
    + _FORCE_NOUN
    + r"\s+(?:of|from)\s+(?:the\s+)?)?$",
    re.I,
)
# Between two sides of one list: an optional force noun after the first, then a comma or "and"
# ("X and Y", "X militiamen and Y", "X, Y and Z").
_LIST_GAP = re.compile(
    r"(?:\s+" + _FORCE_NOUN + r")?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.I
)
# "Russian fighters of the X": the group named next is the side, not the state.
_OF_NEXT = re.compile(r"\s+" + _FORCE_NOUN + r"\s+(?:of|from)\s+(?:the\s+)?", re.I)
# How far before a side its cue may begin (the cue and two words).
_REACH = 70
# "Government forces and allied X", "the army and allied X": the state's forces, which the text
# does not name; X fights beside the campaign's attacker when that is a state (campaign_allies).
GOVERNMENT = "<government forces>"
# Also before "backed by" ("government troops and allied militias, backed by X and Y").
_GOVERNMENT_BEFORE = re.compile(
    r"(?:\b(?:government|pro-government|regime|state|federal|loyalist|junta|army|military)\s+"
    r"(?:forces|troops|soldiers|units)"
    r"|\bthe\s+(?:army|military))"
    r"(?:\s+and\s+(?:allied\s+)?(?:militias?|militiamen|fighters|units|forces|troops))?,?\s*$",
    re.I,
)
# "backed by X", "backed by fighters from Lebanon's X": a fighting force on the ground backing.
# "backed by allied X militias", "backed by air power and by the X" (the second "by" begins the
# ground backer).
_BACKED_CUE = re.compile(
    r"\bbacked\s+by\s+(?:[^,;.]{1,60}?\s+and\s+by\s+)?(?:the\s+)?(?:allied\s+)?"
    r"(?:" + _FORCE_NOUN + r"\s+(?:of|from)\s+(?:the\s+)?)?(?:[\w\-]+['’]s\s+)?$",
    re.I,
)
_FORCE_WORD = re.compile(r"\b" + _FORCE_NOUN + r"\b|^\s+" + _FORCE_NOUN + r"\b", re.I)
_AIR_AFTER = re.compile(r"\s+(?:air|drone|warplanes|jets|aircraft|artillery)", re.I)


def allied_lists(
    text: str, sentence: Span, inside: list[ActorMatch]
) -> list[tuple[str, str | None]]:
    """(side, the side it fights beside: a named side or GOVERNMENT) for each side listed after
    "and allied" that campaign_allies does not pair itself."""
    found: list[tuple[str, str | None]] = []
    index = 0
    while index < len(inside):
        match = inside[index]
        head = max(sentence.start, match.start - _REACH)
        cue = _ALLIED_CUE.search(text, head, match.start)
        backing = cue is None  # "backed by" lists: only a state's unnamed force's
        cue = cue or _backing(text, head, match)
        if cue is None:
            index += 1
            continue
        following = inside[index + 1] if index + 1 < len(inside) else None
        if following and _OF_NEXT.fullmatch(text, match.end, following.start):
            index += 1  # "allied Russian mercenaries of the X": X is the side
            continue
        before = [m for m in inside[:index] if m.end <= cue.start()]
        beside = before[-1].actor if before else None
        if beside is None and _GOVERNMENT_BEFORE.search(text, sentence.start, cue.start()):
            beside = GOVERNMENT
        if beside is None or (backing and beside != GOVERNMENT):
            # "opposition fighters and allied X": maybe the campaign's opponents; "X backed by Y
            # and the army fought over …": campaign_allies reads what a named side's backers are
            index += 1
            continue
        if beside == GOVERNMENT:  # after a named side, campaign_allies pairs the first itself
            found.append((match.actor, beside))
        index += 1
        # The list goes on while only a force noun and "and" or a comma stand between.
        while index < len(inside) and _LIST_GAP.fullmatch(
            text, inside[index - 1].end, inside[index].start
        ):
            if inside[index].actor != beside:
                found.append((inside[index].actor, beside))
            index += 1
    return found


def _backing(text: str, head: int, match: ActorMatch) -> re.Match[str] | None:
    """ "backed by" right before a side that fights on the ground (not a state named bare, which
    may only send arms, nor air power)."""
    cue = _BACKED_CUE.search(text, head, match.start)
    if cue is None or _AIR_AFTER.match(text, match.end):
        return None
    if match.kind == "state" and not (
        _FORCE_WORD.search(match.text) or _FORCE_WORD.match(text, match.end)
    ):
        return None
    return cue


def state_led_campaigns(
    records: list[CampaignRecord], actors: list[ActorMatch]
) -> list[CampaignRecord]:
    """The campaigns the rules gave a state's side (the sides joined beside it aside): those a
    GOVERNMENT pairing joins."""
    kinds = {m.actor: m.kind for m in actors}
    led = []
    for record in records:
        sides = [a for a in record.attackers if a not in record.allies]
        if sides and all(kinds.get(a) == "state" for a in sides):
            led.append(record)
    return led
