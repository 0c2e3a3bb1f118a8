"""Capitals in an official's role or attribution: "told reporters in Tbilisi", "spokesman for the
defence ministry in Baku" place him in that capital's state (officials.py)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .states import capitals_pattern, state_of_capital

if TYPE_CHECKING:  # (speaker_side.py reads roles before statements.py is loaded)
    from .statements import StatementRecord


@lru_cache(maxsize=1)
def _spoken_in_pattern() -> re.Pattern[str]:
    """ "told reporters in Tbilisi", "said in Kabul", "speaking in Moscow": where the speaker
    was."""
    return re.compile(
        r"(?:\b(?:told|said|says|added|speaking|spoke)\b(?:\s+[\w\-]+){0,3}?"
        # "…, a foreign ministry spokesman, at a briefing in Ankara"
        r"|\bat\s+an?\s+(?:[\w\-]+\s+)?(?:briefing|news\s+conference|press\s+conference)\b)"
        r"\s+in\s+(?P<capital>" + capitals_pattern() + r")\b"
    )


def spoken_in(text: str, statement: StatementRecord) -> str | None:
    """The state whose capital the statement's own attribution places the speaker in."""
    for start, end in (
        (statement.end, statement.sentence_end),
        (statement.sentence_start, statement.start),
    ):
        found = _spoken_in_pattern().search(text, start, max(start, end))
        if found:
            return state_of_capital()[found.group("capital")]
    return None


# "spokesman for the defence ministry in Baku", "government spokesman in Nicosia": an office the
# role places in a capital is that state's (not an embassy's or envoy's, posted abroad).
_POSTED_ABROAD = re.compile(
    r"\b(?:embassy|ambassador|envoy|consul|charg[eé]|high\s+commission)", re.I
)


def role_capital_state(role: str) -> str | None:
    """The state of the capital the role places the office in ("government spokesman in
    Nicosia") or opens with as its owner ("a Baghdad military spokesman")."""
    if _POSTED_ABROAD.search(role):
        return None
    found = _capital_in().search(role)
    return state_of_capital()[found["capital"] or found["seat"]] if found else None


@lru_cache(maxsize=1)
def _capital_in() -> re.Pattern[str]:
    capitals = capitals_pattern()
    # (a capital opening the role names the office's seat: "a Tehran government spokesman")
    return re.compile(
        r"\bin\s+(?P<capital>" + capitals + r")\b"
        r"|^(?:(?:a|an|the)\s+)?(?P<seat>" + capitals + r")\s+(?=[a-z])"
    )
