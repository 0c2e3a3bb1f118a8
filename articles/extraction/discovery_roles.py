"""Organisations a speaker's role names: "a spokesman for the Misrata Military Council", "a Mahdi
Army commander in the district", "said X, a party spokesman" after "the Progressive Socialist
Party radio said …". The role ties the name to someone who speaks or fights for it, so the name
needs only an organisational head word (names.py); known names are skipped. No pattern names a
group."""

from __future__ import annotations

import re

from .actor_dictionary import ActorDictionary, fold
from .names import CONNECTORS, HEAD_KINDS, NAME_WORD, clean_name, head_kind

# Roles of people who speak or fight for an organisation.
_ROLE = (
    r"(?:spokes(?:man|woman|person)|commanders?|representatives?|coordinator|leaders?|office|"
    r"fighters?|militiamen)"
)
_NAME = rf"{NAME_WORD}(?:\s+(?:(?:of|the|for|and|de|du|des|la|el|al)\s+)*{NAME_WORD}){{0,7}}"
# "a spokesman for the Misrata Military Council", "fighters of the National Guard"
_ROLE_FOR = re.compile(rf"\b{_ROLE}\s+(?:for|of|with|from)\s+the\s+(?P<name>{_NAME})")
# "A Mahdi Army commander in …", "the Popular Front spokesman"
_NAME_ROLE = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<name>{_NAME})\s+{_ROLE}\b")
# "a party spokesman", "the council's spokesman": the organisation of that head word named before.
_GENERIC_HEADS = ("party", "council", "front", "committee", "union", "movement")
_HEAD_ROLE = re.compile(
    rf"\b(?:an?|the|its)\s+(?P<head>{'|'.join(_GENERIC_HEADS)})(?:['’]s)?\s+{_ROLE}\b"
)
_LOOK_BACK = 3000  # characters searched before a generic head for the name it stands for
# Heads a role may name beside names.py's: a police force ("spokesman for the Police of the
# Republic of Mozambique"). Formations of a state's army ("a commander of the Republican Guard",
# "a spokesman for the Zafar Corps") speak for the state's forces (units.py): not introduced.
_EXTRA_HEADS = {"Police": "armed_group"}
_UNIT_HEADS = frozenset({"Guard", "Guards", "Corps", "Command", "Division", "Units"})
# A formation numbered or named by a compass point ("the Third Brigade", "the 5th Corps", "the
# Eastern Group of Forces", "the Third Army Region") is a unit of a state's army, likewise.
_NUMBERED_UNIT = re.compile(
    r"^(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|"
    r"\d+(?:st|nd|rd|th))\s+(?:[A-Z][a-z]+\s+){0,2}?|(?:North|South|East|West)ern\s+)"
    r"(?:Army|Brigade|Battalion|Regiment|Group\s+of\s+(?:Forces|Troops)|"
    r"Military\s+(?:Region|District)|Fleet)\b"
)
# A state's own body ("the Georgian State Security Council", "the State Committee for National
# Security"): its spokesman speaks for the state (officials.py), which lists no such body.
_STATE_BODY = re.compile(r"\b(?:State\s+Committee|(?:State|National)\s+Security)\b")


def _trimmed(name: str) -> str | None:
    """The name up to its last head word and that head's complement ("Police of the Republic of
    Mozambique", "Movement for the Liberation of X"); "Council in Misrata" stops at the head."""
    words = name.split()
    heads = [
        i
        for i, word in enumerate(words)
        if word.partition("-")[0] in HEAD_KINDS or word in _EXTRA_HEADS
    ]
    if not heads:
        return None
    last = heads[-1]
    if last + 1 < len(words) and words[last + 1].lower() not in ("of", "for"):
        words = words[: last + 1]
    while words and words[-1].lower() in CONNECTORS:
        words.pop()
    return clean_name(" ".join(words))


def _unknown(name: str, dictionary: ActorDictionary, known: frozenset[str]) -> bool:
    """No two or more of the name's words are a known name ("Revolutionary Guards' Quds Force"),
    it is no known name's ending ("Protection Force" after "the Derna Protection Force"), and it
    does not open with a state's demonym or name when it names a force ("a Syrian Army commander"
    is the state's forces; "the Norwegian Refugee Council" is an organisation)."""
    words = [re.sub(r"['’]s?$", "", word) for word in name.split()]
    spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1))
    if any(fold(span) in known for span in spans):
        return False
    ending = " " + fold(" ".join(words))
    if any(alias.endswith(ending) for alias in known):
        return False
    first = words[0]
    if fold(first) in known:
        return False  # a body of a known actor: "the UN Support Mission", "a Hamas Council"
    return head_kind(name) != "armed_group" or first not in dictionary.demonym_forces


def discover_by_role(
    text: str, dictionary: ActorDictionary, known: frozenset[str], found: dict[str, tuple[str, str]]
) -> None:
    """Add to `found` the organisations speakers' roles name (kind from the head word)."""

    def keep(name: str | None) -> None:
        if not name or name in found or not _unknown(name, dictionary, known):
            return
        words = name.split()
        if any(word in _UNIT_HEADS for word in words):
            return
        if _NUMBERED_UNIT.match(name) or _STATE_BODY.search(name):
            return
        kind = head_kind(name) or next((_EXTRA_HEADS[w] for w in words if w in _EXTRA_HEADS), None)
        if kind is not None and kind != "state":
            found[name] = (kind, "")

    for pattern in (_ROLE_FOR, _NAME_ROLE):
        for match in pattern.finditer(text):
            keep(_trimmed(match.group("name")))
    for match in _HEAD_ROLE.finditer(text):
        head = match.group("head").capitalize()
        named = re.compile(rf"(?:{NAME_WORD}\s+){{1,5}}{head}\b")
        before = list(named.finditer(text, max(0, match.start() - _LOOK_BACK), match.start()))
        if before:
            keep(_trimmed(before[-1].group(0)))
