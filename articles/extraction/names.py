"""Organisation names as articles write them: the words that may join a name ("of", "the"),
the words that never start one, and the head word that says what kind of actor it is."""

from __future__ import annotations

import json
import re
from pathlib import Path

_WORDS = json.loads(
    (Path(__file__).resolve().parent / "data" / "actor_words.json").read_text(encoding="utf-8")
)
HEAD_KINDS: dict[str, str] = {
    word: kind for kind, words in _WORDS["head_kinds"].items() for word in words
}
HEAD_WORD = re.compile(r"\b(?:" + "|".join(HEAD_KINDS) + r")\b")
CONNECTORS = frozenset({"of", "the", "for", "and", "de", "du", "des", "la", "el", "al", "in", "to"})


NAME_WORD = r"(?:[A-Z][\w'’]*(?:-[\w'’]+)*)"
# Capitalised words that never start a name; compass words and "New" may ("North Kivu Front").
NOT_NAME_START = frozenset(_WORDS["not_first_names"]) - {
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "New",
}


# People of a group, not part of its name: "Fighters of the X (ABC) entered the city", "Guerrillas
# of the X (PAIGC) said" introduce X. Nouns that do begin real names ("Soldiers of the Caliphate",
# "Supporters of ...") are left out.
MEMBER_NOUNS = frozenset(
    {
        "fighters",
        "troops",
        "members",
        "militiamen",
        "gunmen",
        "militants",
        "insurgents",
        "units",
        "guerrillas",
        "rebels",
        "combatants",
        "partisans",
    }
)


def clean_name(name: str) -> str | None:
    words = name.split()
    if len(words) > 3 and words[0].lower() in MEMBER_NOUNS and words[1] == "of":
        words = words[2:]
    while words and (
        words[0] in NOT_NAME_START
        or words[0].lower() in CONNECTORS
        or re.search(r"-(?:led|backed|based|linked|allied|aligned|affiliated|held)$", words[0])
    ):
        words.pop(0)  # "The", "In", "Rival": not part of the organisation's name
    while words and words[-1].lower() in CONNECTORS:
        words.pop()
    if len(words) < 2:
        return None
    return " ".join(words)


def head_kind(name: str) -> str | None:
    """The kind named by the organisational head word, which must end the name or be followed by its
    complement ("Islamic Resistance in Iraq", "Movement for the Liberation of Kivu"): "Serum
    Resistance Associated" is no organisation."""
    words = name.split()
    for index, word in enumerate(words):
        head, _, rest = word.partition("-")  # "Movement-in-Opposition", "Movement-North"
        if head in HEAD_KINDS and (
            rest or index == len(words) - 1 or words[index + 1].lower() in CONNECTORS
        ):
            return HEAD_KINDS[head]
    return None
