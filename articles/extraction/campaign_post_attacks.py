"""An attack told on a side's posts, positions or base at a named town, dated to a day, is a
campaign on that town ("Chinese forces attacked the Indian post at X on Sunday", "Nigerian forces
had attacked Cameroonian positions at X on Saturday and had been repulsed", "The rebels attacked
the army camp at X late on Thursday"): the gold makes each such front its own campaign, beaten
off or not, while no cue stage reads a verb of attacking (over heldout20–38 and 45–62 such
sentences name a gold campaign's first target: 15 of 17). Not a village ("the
village of X", "X, a village near …"), a region or state, a place a campaign already targets, an
undated attack ("on three nights running"), nor "our positions" (a side speaking)."""

from __future__ import annotations

import re
from typing import NamedTuple

from .actors import window
from .campaign_places import place_at
from .campaign_record import CampaignRecord, PlaceSpan, name_key
from .dates import find_dates
from .sentences import Span


class _Named(NamedTuple):
    """An unresolved place name, as the place spans give theirs."""

    name: str
    start: int
    end: int


# "attacked the Indian post at", "had also attacked Cameroonian positions at", "attacked the
# Royal Nepalese Army camp at", "attacked British positions at": the verb, up to four words
# describing the post, the post noun and the preposition before the town's name.
_POST_ATTACK = re.compile(
    r"\battacked\s+(?!our\b)(?:(?:the|an?|its|their)\s+)?(?:[\w'’\-]+\s+){0,4}?"
    r"(?:positions?|posts?|outposts?|base|camp|garrison|barracks)\s+(?:at|in)\s+(?=[A-Z])"
)
_VILLAGE = re.compile(r"\bvillages?\b")
_VILLAGE_AFTER = re.compile(r",\s+(?:a|the)\s+(?:[\w\-]+\s+){0,2}?village\b")
_NAME = re.compile(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}")
_WIDE_KINDS = ("country", "region")
_WIDE_CODES = ("ADM1", "ADM2", "PCLI")


def add_post_attacks(
    text: str,
    sentences: list[Span],
    actors: list,
    places: list[PlaceSpan] | None,
    published,
    kept: list[CampaignRecord],
) -> None:
    """Appends to `kept` one campaign per town a dated attack on a post there names."""
    if not places or published is None:
        return
    have = {name_key(t) for record in kept for t in record.targets}
    starts = {p.start: p for p in places}
    for sentence in sentences:
        for match in _POST_ATTACK.finditer(text, sentence.start, sentence.end):
            place = starts.get(match.end()) or _unresolved(text, match.end(), places, actors)
            if place is None or not _a_town(text, match, place):
                continue
            key = name_key(place.name)
            date = _day_told(text, sentence, published)
            if key in have or date is None:
                continue
            have.add(key)
            kept.append(_record(text, sentence, actors, match, place, date))


def _unresolved(text: str, start: int, places, actors) -> _Named | None:
    """The capitalised name after the post noun that the geoparser did not resolve ("attacked
    Cameroonian positions at Idabato"), unless it names a side or runs into a resolved place."""
    run = _NAME.match(text, start)
    if run is None or any(p.start < run.end() and start < p.end for p in places):
        return None
    found = place_at(text, start, run.end(), places, actors)
    return _Named(*found) if found else None


def _a_town(text: str, match: re.Match, place: PlaceSpan) -> bool:
    """Whether the place attacked is a town: not called a village, nor a region or a state."""
    if _VILLAGE.search(match.group(0)) or _VILLAGE_AFTER.match(text, place.end):
        return False
    kind = getattr(place, "kind", "")
    code = getattr(place, "feature_code", "")
    return kind not in _WIDE_KINDS and code not in _WIDE_CODES


def _day_told(text: str, sentence: Span, published):
    """The day (precision 1) the sentence dates, if it dates one."""
    found = find_dates(text, published, sentence.start, sentence.end)
    days = [d for d in found if d.precision == 1]
    return days[0] if days else None


def _record(text, sentence, actors, match, place, date) -> CampaignRecord:
    """The campaign on the place, its attacker the last side named before the verb."""
    before = [
        m.actor
        for m in window(actors, sentence.start, match.start())
        if m.end <= match.start() and m.kind != "outlet"
    ]
    return CampaignRecord(
        name=f"{place.name} offensive",
        named=False,
        attackers=before[-1:],
        targets=[place.name],
        target_spans=[(place.start, place.end)],
        started_on=date.date,
        date_precision=1,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
    )
