"""A ruling council's spokesman speaks for the state it rules: "a spokesman for the Provisional
Military Administrative Council" is a member of Ethiopia's government, as a cabinet spokesman is
(tests/gold/README.md: government members speak for the state). The dictionary keeps such a
council as an actor of its own, so the mention still names it; only the speaker's side is the
state. The councils are data (data/ruling_bodies.json)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .statements import StatementRecord

BODIES_FILE = Path(__file__).resolve().parent / "data" / "ruling_bodies.json"


@lru_cache(maxsize=1)
def ruling_bodies() -> dict[str, str]:
    data = json.loads(BODIES_FILE.read_text(encoding="utf-8"))
    return {body: state for body, state in data.items() if not body.startswith("_")}


def speak_for_ruled_states(statements: list[StatementRecord]) -> None:
    """Give each statement spoken for a ruling council the state that council ruled, in place."""
    bodies = ruling_bodies()
    for statement in statements:
        if statement.actor in bodies:
            statement.actor = bodies[statement.actor]
