"""A people named after "fell to", "held by" (control_triggers.py's "after" sides) as the state
whose demonym it is: "X fell to the Tanzanians on Saturday", "the pass, held by the Chinese since
October" (the state's forces, as control.py reads every state's side). No rule names a place, a
person or a group: the demonyms are the country table's (states.py)."""

from __future__ import annotations

import re
from functools import cache

from .states import FORCES, NAMED_FORCES, demonym_index

# "the Tanzanians", "the Chinese", "the Iraqis": a capitalised word, plural or invariant.
_PEOPLE = re.compile(r"\s*the\s+(?P<word>[A-Z][a-z]+)\b(?!\s+[A-Z]|['\u2019-])")


def demonym_holder(text: str, start: int, end: int) -> str | None:
    """The state whose people stand right after `start` (up to `end`), else None."""
    match = _PEOPLE.match(text, start, end)
    if match is None:
        return None
    word = match["word"]
    index = _index()
    if word in index:  # "the Chinese", "the Japanese"
        state = index[word]
    elif word.endswith("s") and word[:-1] in index:  # "the Tanzanians"
        state = index[word[:-1]]
    else:
        return None
    return _forces_of(state)


@cache
def _index() -> dict[str, str]:
    return demonym_index()


def _forces_of(state: str) -> str:
    """A state's forces actor: the FORCES table's, else the first name of the national list
    (`NAMED_FORCES`), else the state itself."""
    if state in FORCES:
        return FORCES[state]
    return NAMED_FORCES[state][0] if state in NAMED_FORCES else state
