"""A state and its forces under the names they had when the article was written (states.PERIODS):
"Ugandan troops" in 1980 are the Uganda National Liberation Army, "South Sudan's army" in 2014
the SPLA, "Iraqi troops" in 1984 Saddam's Iraq.

The steps read the current names (FORCES, the dictionary), so the renaming is done once, on the
finished extraction: every actor name it returns (mentions, statements, campaign sides, control
reports, the actors to create) takes the name in force on the day of publication."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from .states import period_names

if TYPE_CHECKING:
    from .actor_dictionary import ActorDictionary
    from .records import Extraction


def _renamed(names: list[str], then: dict[str, str]) -> list[str]:
    out: list[str] = []
    for name in names:
        other = then.get(name, name)
        if other not in out:  # "Chad" and the Chadian army of 1980 become one side
            out.append(other)
    return out


def name_for_period(
    extraction: Extraction, published: dt.date | None, curated: ActorDictionary
) -> None:
    """Renames, in place, each actor PERIODS names for the day of publication."""
    if published is None:
        return
    then = period_names(published)
    if not then:
        return
    kinds = {
        other: curated.kind_of(other) if other in curated.actors else "state"
        for other in then.values()
    }
    extraction.actors = [
        replace(m, actor=then[m.actor], kind=kinds[then[m.actor]]) if m.actor in then else m
        for m in extraction.actors
    ]
    # New records, not edits: the role ranker's context (Extraction.roles, what its training
    # reads) keeps the records as the ranker saw them.
    extraction.statements = [
        replace(s, actor=then.get(s.actor, s.actor)) if s.actor in then else s
        for s in extraction.statements
    ]
    extraction.campaigns = [
        replace(
            c,
            attackers=_renamed(c.attackers, then),
            allies=_renamed(c.allies, then),
            opponents=_renamed(c.opponents, then),
            companions=[(then.get(a, a), then.get(b, b)) for a, b in c.companions],
        )
        for c in extraction.campaigns
    ]
    extraction.control = [
        replace(
            r,
            side=then.get(r.side, r.side),
            claimant=then.get(r.claimant, r.claimant),
            leaver=then.get(r.leaver, r.leaver),
        )
        for r in extraction.control
    ]
    # The actors to create: the period's name where the current one was to be created (a state's
    # forces from the country list), or where a mention now bears a name the curated table lacks.
    created = extraction.new_actors
    named = {m.actor for m in extraction.actors}
    for name, other in then.items():
        entry = created.pop(name, None)
        if other not in curated.actors and (entry is not None or other in named):
            created.setdefault(other, entry or ("state", ""))
