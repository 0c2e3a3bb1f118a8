"""Renaming sides across a finished extraction: the last steps (actor_periods, actor_interstate)
give an actor another name everywhere the extraction returns it.

New records, not edits: the role ranker's context (Extraction.roles, what its training reads)
keeps the records as the ranker saw them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .records import Extraction


def renamed(names: list[str], new: Mapping[str, str]) -> list[str]:
    """The names renamed, once each, in order ("Chad" and the Chadian army of 1980 become one
    side)."""
    return list(dict.fromkeys(new.get(name, name) for name in names))


def rename_sides(
    extraction: Extraction, new: Mapping[str, str], kind_of: Callable[[str], str]
) -> None:
    """In place: actor mentions (their kind `kind_of` the new name), statements' actors and
    campaign sides."""
    extraction.actors = [
        replace(m, actor=new[m.actor], kind=kind_of(new[m.actor])) if m.actor in new else m
        for m in extraction.actors
    ]
    extraction.statements = [
        replace(s, actor=new[s.actor]) if s.actor in new else s for s in extraction.statements
    ]
    extraction.campaigns = [
        replace(
            c,
            attackers=renamed(c.attackers, new),
            allies=renamed(c.allies, new),
            opponents=renamed(c.opponents, new),
            companions=[(new.get(a, a), new.get(b, b)) for a, b in c.companions],
        )
        for c in extraction.campaigns
    ]


def rename_control(extraction: Extraction, new: Mapping[str, str]) -> None:
    """In place: control reports' sides, leavers and claimants."""
    extraction.control = [
        replace(
            r,
            side=new.get(r.side, r.side),
            claimant=new.get(r.claimant, r.claimant),
            leaver=new.get(r.leaver, r.leaver),
        )
        for r in extraction.control
    ]
