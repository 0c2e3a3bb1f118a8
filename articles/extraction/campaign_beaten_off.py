"""Attacks told beaten off, for the clause-subject reading of campaign_sides.attacker_before: the
side that threw an attack back ("Ethiopian soldiers fought off a two-day assault on X", "garrison
threw back assault on X") held the place, and a reporter telling an attack broken ("army says
guerrilla offensive broken") did not wage it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actors import window
from .campaign_agents import ATTACKER_KINDS

if TYPE_CHECKING:
    from .actors import ActorMatch
    from .sentences import Span

_ATTACK_WORD = (
    r"(?:assaults?|attacks?|counter-?attacks?|offensives?|counter-?offensives?|pushe?s?|"
    r"advances?|attempts?|incursions?|thrusts?)\b"
)
# A repelling verb before the attack it beat off: "fought off a two-day assault", "beat off an
# assault", "threw back Libyan counterattacks", "had repulsed a government offensive" — its subject
# is the defender.
_REPELLED_ATTACK = re.compile(
    r"\b(?:(?:threw|thrown|throw|throwing|beat|beaten|beating|drove|driven|driving|hurled)\s+"
    r"back|(?:beat|beats|beaten|beating)\s+off|fought\s+off|fight(?:s|ing)?\s+off|"
    r"fend(?:s|ed|ing)?\s+off|repell?(?:s|ed|ing)?|"
    r"repuls(?:e|es|ed|ing)|thwart(?:s|ed|ing)?|foil(?:s|ed|ing)?|blunt(?:s|ed|ing)?)\s+"
    r"(?P<what>)(?:[\w'’\-]+\s+){0,4}?(?P<attack>" + _ATTACK_WORD + ")",
    re.I,
)
# An attack told broken: "army says guerrilla offensive broken in Santa Ana", "the assault was
# repelled" — the reporter defended; it did not attack.
_ATTACK_FOILED = re.compile(
    _ATTACK_WORD + r"(?:\s+on\s+[\w'’\-]+(?:\s+[A-Z][\w'’\-]*)?)?\s+"
    r"(?:(?:was|were|has\s+been|had\s+been|have\s+been|is|are)\s+)?"
    r"(?:broken|repelled|repulsed|beaten\s+(?:back|off)|thrown\s+back|crushed|foiled|thwarted)\b",
    re.I,
)


def beaten_off(
    text: str, sentence: Span, position: int
) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The attack beaten off that the campaign word at `position` is (or, for a whole sentence,
    `position` at its end, any one it tells): "threw back an assault" (its subject defended) and
    "offensive broken" (its reporter did)."""
    whole = position >= sentence.end - 2
    end = sentence.end if whole else min(sentence.end, position + 40)
    repelled = _REPELLED_ATTACK.search(text, sentence.start, end)
    if repelled and not whole and not repelled.start() < position <= repelled.start("attack"):
        repelled = None
    foiled = _ATTACK_FOILED.search(text, sentence.start, end)
    if foiled and not whole and not foiled.start() <= position < foiled.end():
        foiled = None
    return repelled, foiled


_BY_SIDE = re.compile(r"\s+by\s+(?:the\s+)?")


def attack_namer(text: str, repelled: re.Match[str], actors: list[ActorMatch]) -> str | None:
    """The side naming an attack beaten off: "RUF attacks", "an assault by Libyan forces"."""
    named = window(actors, repelled.start("what"), repelled.start("attack"))
    if by := _BY_SIDE.match(text, repelled.end()):
        named = named + window(actors, by.end(), by.end() + 1)
    named = [m for m in named if m.kind in ATTACKER_KINDS]
    return named[-1].actor if named else None
