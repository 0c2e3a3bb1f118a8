"""A civilian speaks for no side (tests/gold/README.md): "a Russian pensioner", "a Kachin nurse at a
camp near Laiza", "a refinery worker", "a pro-Kremlin military blogger", "a retired colonel". The
people or state his role names is where he lives, not whom he speaks for; only an organisation
that employs him ("a Red Crescent nurse", "a lawyer with the organisation") is his side."""

from __future__ import annotations

import re

from .actors import ActorMatch

# The role's head before its first preposition: "Kachin nurse" in "Kachin nurse at a camp".
_HEAD_CHUNK = re.compile(
    r"^(?P<chunk>.*?)(?=\s+(?:for|of|with|at|in|from|on|near|to|who|whose|living)\s|,|$)"
)
_CIVILIAN_NOUN = re.compile(
    r"\b(?:resident|villager|pensioner|retiree|shopkeeper|trader|merchant|vendor|farmer|herder|"
    r"fisherman|(?:factory|refinery|aid|mine|oil|steel)\s+worker|labou?rer|teacher|schoolteacher|"
    r"student|nurse|pharmacist|blogger|lawyer|driver|mechanic|engineer|housewife|widow|"
    r"grandmother|grandfather|baker|butcher|tailor|carpenter)s?$",
    re.I,
)
# A civilian noun beside one of these is an office ("farmer leader", "student union spokesman").
_OFFICE_WORD = re.compile(
    r"\b(?:spokes\w*|leader|official|officer|commander|chief|head|member|representative|"
    r"union|association|minister|fighter|militiaman)\b",
    re.I,
)
_RETIRED = re.compile(r"^retired\s", re.I)
# Kinds of actor that employ a civilian as such: aid groups, monitors, NGOs.
_EMPLOYERS = frozenset({"organisation"})


def civilian_role(role: str) -> bool:
    """Whether the role describes a civilian, by the head noun before its first preposition."""
    if _RETIRED.match(role):
        return True
    chunk = _HEAD_CHUNK.match(role).group("chunk")
    return bool(_CIVILIAN_NOUN.search(chunk)) and not _OFFICE_WORD.search(role)


def civilian_speaker(role: str, text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the chosen role, or when none was chosen a span that may hold it ("a Russian
    pensioner who lives near the station"), describes a civilian."""
    if role:
        return civilian_role(role)
    return any(civilian_role(text[s:e].strip()) for s, e in spans)


def employer(actors: list[ActorMatch], spans: list[tuple[int, int]]) -> str | None:
    """The last organisation named inside the role's spans ("a Red Crescent nurse")."""
    inside = [
        m for s, e in spans for m in actors if m.start >= s and m.end <= e and m.kind in _EMPLOYERS
    ]
    return inside[-1].actor if inside else None
