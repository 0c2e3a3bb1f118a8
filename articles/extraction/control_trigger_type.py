"""The shape of a control trigger (control_triggers.py, control_state_triggers.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Trigger:
    """One way of telling a change or a state of control.

    place: where the place stands ("after" the trigger: "captured X"; "before": "X fell to Y";
    "passive": the subject of the passive clause, "X, home to a dam, has been encircled by Y").
    side: who holds the place afterwards: "agent" (who did it), "after" (the actor the trigger
    introduces: "fell to Y", "held by Y"), "other" (the opponent of who did it: a withdrawal,
    an encirclement, a loss), "other-after" (the opponent of the actor the trigger introduces:
    "encircled by Y") or "defender" (who a repelled attack was on: the party telling it, else
    the attacker's opponent). kind: "claimed" when the wording itself is a party's claim (a
    denial). dated_by_claim: without a date of its own, the observation takes the day of the
    claim ("still holds" does not: it says nothing of when)."""

    name: str
    event: str
    place: str
    side: str
    pattern: re.Pattern[str]
    kind: str = ""
    dated_by_claim: bool = True


def words(*forms: str) -> str:
    return r"\b(?:" + "|".join(forms) + r")\b"
