"""Whom a UN mission's people speak for: the United Nations.

The gold gives the statements of a UN peacekeeping or political mission's spokespeople and
officials ("MONUSCO spokesman in Kinshasa", "spokeswoman for UNMIS in Khartoum", "UNOCI
spokesman", "spokesman for the U.N. mission in Congo") to the United Nations, as it does for the
UN's agencies and offices (tests/gold/README.md, "UN officials → United Nations"; heldout50: "a UN
mission's spokesperson speaks for the United Nations"; 72 of the 80 such statements of
heldout20–38 and 45–68). The mission stays an actor of the article and the side of the ground it
holds (control); only the statement's side is the body. A UN body is an actor whose name opens
with "United Nations" or whose parent in the actor table (or its parent's) is the United Nations;
the autonomous agencies the table lists under their own names (the IAEA) keep their own.
"""

from __future__ import annotations

from .actor_dictionary import ActorDictionary
from .statements import StatementRecord

UNITED_NATIONS = "United Nations"
_UN_PREFIX = UNITED_NATIONS + " "


def is_un_body(name: str, dictionary: ActorDictionary) -> bool:
    """A mission, force or office of the United Nations (not the United Nations itself)."""
    seen: set[str] = set()
    current: str | None = name
    while current and current not in seen:
        if current.startswith(_UN_PREFIX):
            return True
        seen.add(current)
        entry = dictionary.actors.get(current)
        current = entry.parent if entry is not None else None
        if current == UNITED_NATIONS:
            return True
    return False


def un_bodies_speak_for_un(statements: list[StatementRecord], dictionary: ActorDictionary) -> None:
    """A statement whose side is a UN body speaks for the United Nations, in place."""
    for statement in statements:
        if statement.actor not in (None, UNITED_NATIONS) and is_un_body(
            statement.actor, dictionary
        ):
            statement.actor = UNITED_NATIONS
