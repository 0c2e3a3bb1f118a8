"""The record a campaign step fills in, and the keys campaigns are merged by."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from places.normalize import name_key as _name_key

# Campaign names and targets are folded many times per article; the folding walks every character.
name_key = lru_cache(maxsize=4096)(_name_key)


class PlaceSpan(Protocol):
    start: int
    end: int
    text: str
    name: str


@dataclass
class CampaignRecord:
    name: str
    named: bool
    attackers: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    target_spans: list[tuple[int, int]] = field(default_factory=list)
    opponents: list[str] = field(default_factory=list)
    started_on: dt.date | None = None
    date_precision: int = 1
    origin: str | None = (
        None  # where the attack came from ("pushed south from Bama"): the arrow's tail
    )
    ended_on: dt.date | None = None  # the target's capture, a withdrawal or a halt, when reported
    sentence_start: int = 0
    sentence_end: int = 0
    allies: list[str] = field(default_factory=list)  # attackers told fighting beside another
    # (side, the side it fights beside or None for "them") told where the campaign is: the first
    # joins if the ranker makes the second an attacker (campaign_allies.join_companions).
    companions: list[tuple[str, str | None]] = field(default_factory=list)
