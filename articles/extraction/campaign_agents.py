"""Which side an agent phrase of the parse names: the fighting actor mentioned in it ("Russian
forces", "fighters of the Chin Brotherhood"), or the side a definite group noun points back to ("the
rebels pushed north", "the coalition's offensive", "the group seized Uvira").

The rules are data: the nouns that point back to a side and the kinds of side each may name. None
names a place, group or person."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actors import ActorMatch, window
from .campaign_record import name_key
from .leaders import leaders

if TYPE_CHECKING:
    from .campaign_record import CampaignRecord

# Kinds of actor that can wage a campaign (not outlets, organisations or people).
ATTACKER_KINDS = frozenset({"state", "armed_group", "coalition"})

# "US-backed Syrian Democratic Forces": the backer named inside the attacker's phrase is not it.
_BACKER = re.compile(
    r"-?\s*(?:backed|supported|funded|armed|trained|allied|linked|affiliated|aligned)\b",
    re.IGNORECASE,
)
# "Congo rebels", "Malian jihadists": a state named before a noun for its armed opponents says
# where they fight, not that the state's forces attack.
STATE_OPPONENTS = re.compile(
    r"\s+(?:rebels?|insurgents?|militants?|jihadists?|separatists?|guerrillas?|militias?|"
    r"militiamen|opposition)\b",
    re.IGNORECASE,
)

# A definite group noun opening an agent phrase, and the kinds of side it may point back to.
ANAPHORS: dict[str, tuple[str, ...]] = {
    # "the rebels pushed north from Kibirizi", "rebel columns pushed south", "the group seized"
    "rebels": ("armed_group", "coalition"),
    "rebel": ("armed_group", "coalition"),
    "group": ("armed_group", "coalition"),
    "militants": ("armed_group",),
    "insurgents": ("armed_group",),
    "jihadists": ("armed_group",),
    "guerrillas": ("armed_group",),
    # "the Islamists launched an assault on X", "the separatists stormed the city"
    "islamists": ("armed_group",),
    "separatists": ("armed_group",),
    "extremists": ("armed_group",),
    "militia": ("armed_group",),
    "militiamen": ("armed_group",),
    # "the coalition's offensive on Hodeida", "the alliance launched Operation 1027"
    "coalition": ("coalition", "armed_group"),
    "alliance": ("coalition", "armed_group"),
}
_ANAPHOR = re.compile(
    r"(?:(?:the|its|their)\s+)?(?:[\w'’\-]+\s+){0,2}?(?P<noun>"
    + "|".join(sorted(ANAPHORS, key=len, reverse=True))
    + r")\b(?!-)",
    re.IGNORECASE,
)
# How far back the side a group noun points to may be named (about two paragraphs).
ANTECEDENT_CHARS = 1500


def actor_in(text: str, actors: list[ActorMatch], span: tuple[int, int]) -> ActorMatch | None:
    """The first fighting actor mentioned in a phrase, other than a backer of it; else the side a
    definite group noun opening the phrase points back to."""
    named = next(
        (
            m
            for m in window(actors, span[0] - 100, span[1])
            if m.start < span[1]
            and span[0] < m.end
            and m.kind in ATTACKER_KINDS
            and not _BACKER.match(text, m.end, m.end + 14)
            and not (m.kind == "state" and STATE_OPPONENTS.match(text, m.end, m.end + 16))
        ),
        None,
    )
    return named or antecedent(text, actors, span) or led_by(text, actors, span)


def led_by(text: str, actors: list[ActorMatch], span: tuple[int, int]) -> ActorMatch | None:
    """ "Haftar launched the offensive", "Machar's men": a phrase naming a leader of the leaders
    table is the group he leads, when the article names that group too (so its kind is known)."""
    words = text[span[0] : span[1]]
    for leader, group in leaders().items():
        if leader in words and re.search(rf"\b{re.escape(leader)}\b", words):
            named = next((m for m in actors if m.actor == group), None)
            if named is not None and named.kind in ATTACKER_KINDS:
                return ActorMatch(span[0], span[1], words, group, named.kind)
    return None


def antecedent(text: str, actors: list[ActorMatch], span: tuple[int, int]) -> ActorMatch | None:
    """The side a phrase opening with a group noun ("the rebels", "the Rwanda-backed group") points
    to: the side named right after it in apposition, else the nearest side of a fitting kind named
    before it."""
    found = _ANAPHOR.match(text, span[0], span[1])
    if found is None:
        return None
    kinds = ANAPHORS[found.group("noun").lower()]
    named_next = next(
        (m for m in window(actors, span[1], span[1] + 3) if m.kind in ATTACKER_KINDS), None
    )
    if named_next is not None and not text[span[1] : named_next.start].strip(" ,"):
        return named_next  # "the Islamist group Hayat Tahrir al-Sham", "the alliance, the AA"
    before = [
        m
        for m in window(actors, max(0, span[0] - ANTECEDENT_CHARS), span[0])
        if m.end <= span[0] and not _BACKER.match(text, m.end, m.end + 14)
    ]
    for kind in kinds:
        match = next((m for m in reversed(before) if m.kind == kind), None)
        if match is not None:
            return match
    return only_side(text, actors, kinds[0])


def only_side(text: str, actors: list[ActorMatch], kind: str) -> ActorMatch | None:
    """ "Marxist rebels overran a battalion …" in a lead that names the group only further on: the
    group noun stands for the one side of its first kind the article names at all (of several,
    no guess; "rebels" are no coalition's however few groups are named)."""
    named = [m for m in actors if m.kind == kind and not _BACKER.match(text, m.end, m.end + 14)]
    return named[0] if len({m.actor for m in named}) == 1 else None


def target_countries(record: CampaignRecord, places: list | None) -> set[str]:
    """The countries (ISO codes) the geoparser put the campaign's targets in: the places at its
    targets' words, or named as a target."""
    names = {name_key(t) for t in record.targets}
    return {
        p.country
        for p in places or ()
        if p.country
        and (any(s <= p.start < e for s, e in record.target_spans) or name_key(p.name) in names)
    }


def fights_abroad(record: CampaignRecord, iso: str | None, places: list | None) -> bool:
    """A state (by ISO code) wages the campaign across its border: every target the geoparser
    placed lies in another country. A cross-border operation is the state's, not its forces'
    (tests/gold/README.md, "Attackers")."""
    found = target_countries(record, places)
    return bool(iso) and bool(found) and iso not in found
