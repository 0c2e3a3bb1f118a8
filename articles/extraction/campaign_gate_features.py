"""What tells an attacked place a campaign of its own rather than one more event of a campaign the
rules found: who strikes it, and how that side and place stand to the campaigns already found.

The gold's line (tests/gold/README.md): a campaign is a named operation or an offensive on a place
over time; a single attack or a capture reported as done is not. So the gate (campaign_gate) reads,
beside its counts of evidence: the side the parse tells attacking the place (the subject of the
attacking verb it is the object of, or the side control reports taking it) and that side's kind;
whether that side already wages a campaign the rules found, and whether the place is named in the
sentence of, or next to, that campaign's target ("a same side's second town", "the other side's
push"); the place's kind (a town, a region, a facility); and whether a sentence telling it attacked
carries a date. No feature names a place, group or person."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from .campaign_record import name_key

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from .campaign_role_features import RoleContext

# "the Kindu airport", "the Wau air base", "Mosul dam": a facility is taken in one assault more
# often than besieged over time.
_FACILITY_AFTER = re.compile(
    r"^\s+(?:air\s?base|airbase|airport|airfield|air\s?strip|base|barracks|dam|bridge|refinery|"
    r"oil\s?field|gas\s?field|camp|checkpoint|crossing|garrison|power\s+station|prison)\b",
    re.I,
)
# Steps up the parse from a place to the clause its attacker does: X -> on -> offensive -> began.
_CLIMB = 4


class GateScene:
    """What every candidate of one article is compared with, read once per article."""

    def __init__(self, ctx: RoleContext) -> None:
        self.kinds = {m.actor: m.kind for m in ctx.actors}
        # the clause heads a side is told attacking (or retaking) in -> those sides and roles
        self.heads: dict[int, list[tuple[str, str]]] = {}
        for side, deeds in ctx.deeds.items():
            for deed in deeds:
                if deed.role in ("attack", "retake"):
                    self.heads.setdefault(deed.head.i, []).append((side, deed.role))
        # sentence index -> the attackers of each campaign whose target it names
        self.target_sides: dict[int, list[set[str]]] = {}
        for record in ctx.records:
            for start, _ in record.target_spans:
                self.target_sides.setdefault(ctx.index(start), []).append(set(record.attackers))
        self.waging = {a for r in ctx.records for a in r.attackers}
        self.dated = set()
        if ctx.doc is not None:
            self.dated = {ctx.index(e.start_char) for e in ctx.doc.ents if e.label_ == "DATE"}

    def striking(self, token: Token) -> list[tuple[str, str]]:
        """The sides told attacking in the clause over a place's token, if any."""
        for _ in range(_CLIMB):
            if token.i in self.heads:
                return self.heads[token.i]
            if token.head is token:
                break
            token = token.head
        return []


def scene_cues(
    ctx: RoleContext,
    scene: GateScene,
    found: list[tuple[str, str, int, int]],
    struck: Callable[[Token], str | None],
) -> dict[str, float]:
    """The side, scene and kind features of one candidate place (its mentions `found`)."""
    cues: dict[str, float] = {}
    sides: set[str] = set()
    hits = 0
    naming = set()
    for _, _, start, end in found:
        index = ctx.index(start)
        naming.add(index)
        if _FACILITY_AFTER.match(ctx.text[end : end + 20]):
            cues["facility_word"] = 1.0
        span = ctx.doc.char_span(start, end, alignment_mode="expand") if ctx.doc else None
        if span is None or not len(span) or struck(span.root) is None:
            continue
        hits += 1
        if index in scene.dated:
            cues["dated_strike"] = 1.0
        for side, role in scene.striking(span.root):
            sides.add(side)
            cues[f"struck_by_{_kind(scene.kinds.get(side))}"] = 1.0
            if role == "retake":
                cues["struck_by_retaker"] = 1.0
    if hits:
        cues["struck_mentions"] = math.log1p(hits) / 2
    keys = {name_key(p[0]) for p in found} | {name_key(p[1]) for p in found}
    for c in ctx.control:  # the side control reports taking or encircling it
        taken = c.event in ("capture", "encircle") and c.side
        if taken and keys & {name_key(c.place), name_key(c.place_text)}:
            sides.add(c.side)
    cues.update(_beside_campaigns(scene, sides, naming, bool(ctx.records)))
    if not naming & {0, 1, 2}:
        cues["body_only"] = 1.0
    return cues


def _kind(kind: str | None) -> str:
    return kind if kind in ("state", "armed_group") else "side"


def _beside_campaigns(
    scene: GateScene, sides: set[str], naming: set[int], found_any: bool
) -> dict[str, float]:
    """How the striking sides and the sentences naming the place stand to the rules' campaigns:
    the same side's second town or phase (then mostly a target of that campaign when named in its
    target's sentence) or another side's push."""
    cues: dict[str, float] = {}
    if sides:
        cues["side_told"] = 1.0
        if found_any:
            cues["side_wages_one" if sides & scene.waging else "side_wages_none"] = 1.0
    same = [s for i in naming for s in scene.target_sides.get(i, [])]
    if same:
        cues["target_sentence_same_side" if any(sides & s for s in same) else "target_sentence"] = (
            1.0
        )
    near = {i + d for i in naming for d in (-1, 1)} - naming
    if near & scene.target_sides.keys():
        cues["target_next_sentence"] = 1.0
    return cues
