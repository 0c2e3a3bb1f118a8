"""A state and its forces under the names they had when the article was written (states.PERIODS):
"Ugandan troops" in 1980 are the Uganda National Liberation Army, "South Sudan's army" in 2014
the SPLA, "Iraqi troops" in 1984 Saddam's Iraq.

The steps read the current names (FORCES, the dictionary), so the renaming is done once, on the
finished extraction: every actor name it returns (mentions, statements, campaign sides, control
reports, the actors to create) takes the name in force on the day of publication."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .actor_renaming import rename_control, rename_sides
from .states import period_names

if TYPE_CHECKING:
    from .actor_dictionary import ActorDictionary
    from .records import Extraction


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
    rename_sides(extraction, then, kinds.__getitem__)
    rename_control(extraction, then)
    # The actors to create: the period's name where the current one was to be created (a state's
    # forces from the country list), or where a mention now bears a name the curated table lacks.
    created = extraction.new_actors
    named = {m.actor for m in extraction.actors}
    for name, other in then.items():
        entry = created.pop(name, None)
        if other not in curated.actors and (entry is not None or other in named):
            created.setdefault(other, entry or ("state", ""))
