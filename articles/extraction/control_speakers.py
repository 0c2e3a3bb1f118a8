"""The side a generic speaker's own pronoun names (articles/extraction/control_doers.py): in "The
army said its forces had recaptured X" or "the group said its fighters still held X", the doer is
the speaker's side, a state for "the army", an armed group for "the group", not the actor the
sentence before is about ("Islamic State fighters dug in around the town.")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .control_patterns import STATE_KINDS
from .control_places import is_actor
from .control_sides import main_actor, state_of_ground

if TYPE_CHECKING:
    from .actor_dictionary import ActorMatch
    from .control import _Context

# A speaker named by a common noun, then its reporting verb: "the army said", "a commander of the
# group said", "the group's radio claimed", "the separatists' command announced", "the defence
# ministry said".
GENERIC_SPEAKER = re.compile(
    r"\bthe\s+(?:(?:defen[cs]e|interior|war)\s+)?"
    r"(?:(?P<state>army|military|government|junta|regime|ministry|command)|"
    r"(?P<armed>group|militants|rebels|insurgents|jihadists|separatists|militia|movement|"
    r"fighters|paramilitaries))(?:['\u2019]s?\s+[\w-]+(?:\s+[\w-]+)?)?\s+"
    r"(?:said|says|claimed|claims|announced|added|stated|insisted|reported)\b",
    re.I,
)
# The speaker's own fighters as the clause's subject: "its troops", "their men", "it", "they".
OWN_SUBJECT = re.compile(r"\b(?:its|their|it|they)\b", re.I)


def speakers_side(
    text: str, context: _Context, where: tuple[int, int], doer: ActorMatch | None
) -> ActorMatch | None:
    """Whose the pronoun subject before the trigger at `where[0]` (clause from `where[1]`) is
    when a generic speaker tells it: `doer`, the subject of the sentence before, when it is of
    the speaker's camp (a state for "the army"), else the state whose ground it is or the
    article's main armed group; `doer` where no generic speaker speaks."""
    at, floor = where
    speaker = None
    for match in GENERIC_SPEAKER.finditer(text, floor, at):
        speaker = match
    if (
        speaker is None
        or is_actor(context.actors, *speaker.span())
        or not OWN_SUBJECT.search(text, speaker.end(), at)
    ):
        return doer
    state = bool(speaker["state"])
    if doer is not None and (doer.kind in STATE_KINDS) == state:
        return doer
    if state:
        return state_of_ground(context.actors, context.homes)
    return main_actor(context.actors, state=False)
