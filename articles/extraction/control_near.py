"""Whether a place stands next to the trigger that tells who holds it (articles/extraction/
control.py): just before it, before an appositive that ends there ("X, the capital of Y, held
by …"), or as the subject of a copula ("X is under the full control of the security forces",
"X was held by loyalist troops"). A generic holder after such a trigger ("the security forces")
is read as the article's state or main group only where the place is this near. No rule names a
place, a person or a group."""

from __future__ import annotations

import re

from .control_patterns import APPOSITIVE_GAP

# "X is / was / remains (now / still / firmly) <trigger>": the place is the copula's subject, so
# the holder the trigger names is the place's holder as surely as in "X, held by …".
COPULA_GAP = re.compile(
    r"\s+(?:is|are|was|were|remains?|remained|has\s+been|had\s+been|have\s+been)"
    r"(?:\s+(?:now|still|firmly|fully|completely|entirely|again|once\s+again))*\s+"
)


def held_next_to(text: str, place_end: int, at: int) -> bool:
    """The place ends just before the trigger at `at`, before an appositive ending there, or
    before a copula ending there."""
    return (
        0 <= at - place_end < 4
        or bool(APPOSITIVE_GAP.fullmatch(text, place_end, at))
        or bool(COPULA_GAP.fullmatch(text, place_end, at))
    )
