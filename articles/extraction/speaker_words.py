"""The words the speaker rules read: titles that lead a name, words that never name a person,
role nouns, and the name patterns built from them. The lists live in data/speaker_words.json."""

from __future__ import annotations

import json
import re
from pathlib import Path

_WORDS = json.loads(
    (Path(__file__).resolve().parent / "data" / "speaker_words.json").read_text(encoding="utf-8")
)
TITLES = "|".join(_WORDS["titles"])
NOT_NAME_WORDS = frozenset(_WORDS["not_name_words"])
# Courtesy titles that say nothing of what the person does ("Mr", "Daw", "Qari"): never a role.
HONORIFICS = frozenset(_WORDS["honorifics"])
_ROLE_WORDS = frozenset(_WORDS["role_words"])  # "a Syrian military source", "security sources"
_PARTICLES = "al|el|bin|ibn|abu|abd|de|van|von|der|da|ul"
NAME_TOKEN = (
    rf"(?:(?:{_PARTICLES})[\-\s])?[A-Z][a-zà-ÿ'’]+(?:[A-Z][a-zà-ÿ'’]+)?(?:-[A-Z]?[a-zà-ÿ'’]+)*"
)
PARTICLE = re.compile(rf"(?:{_PARTICLES})(?:-|$)")

# A first name, an optional middle initial ("Patrick J. Sullivan"), and at most two more names.
PERSON = re.compile(
    rf"(?:(?P<title>(?:(?:{TITLES})\.?\s+)*(?:{TITLES}))\.?\s+)?"
    rf"(?P<name>{NAME_TOKEN}(?:\s+[A-Z]\.)?(?:\s+{NAME_TOKEN}){{0,2}})"
)
_WORD_RUN = re.compile(r"\w+")


class _RoleNouns:
    """ROLE_NOUNS.search(text): is any word a role noun (or its plural)? A set lookup per word,
    several times faster than a case-insensitive alternation of the words."""

    @staticmethod
    def search(text: str) -> bool:
        for word in _WORD_RUN.findall(text.lower()):
            if word in _ROLE_WORDS or (word[-1] == "s" and word[:-1] in _ROLE_WORDS):
                return True
        return False


ROLE_NOUNS = _RoleNouns()
# A subject that is only a name teaches nothing the name scan above has not learnt: a role, title or
# affiliation needs a comma, a role noun, a title or "of/from/at/with" (cheap pre-check before
# parsing).
MAY_TEACH = re.compile(rf",|\b(?:of|from|at|with|{TITLES})\b", re.I)
# (The look-ahead, a name's possible first letters, lets the scan skip most positions quickly.)
FULL_NAME = re.compile(
    rf"(?=[A-Zabdeiuv])\b{NAME_TOKEN}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{NAME_TOKEN}){{1,2}}"
)  # (never across a line: a headline's last word is no forename)


NAME_SPLIT = re.compile(r"[\s\-]+")


def is_person_name(segment: str) -> tuple[str, str] | None:
    """(title, name) when the whole segment is a person's name, e.g. "Mr Barzani", "Brett
    McGurk"."""
    match = PERSON.fullmatch(segment.strip())
    if not match:
        return None
    name = match.group("name")
    tokens = [
        t
        for t in NAME_SPLIT.split(name)
        if not (len(t) == 2 and t[1] == "." and "A" <= t[0] <= "Z")
    ]
    if any(token.lower() in NOT_NAME_WORDS for token in tokens):
        return None
    if not match.group("title") and len(tokens) < 2:
        return None
    return (match.group("title") or ""), name


_TITLE_RUN = re.compile(rf"(?:(?:{TITLES})\.?(?:\s+|-|$))+", re.I)


def is_title_only(role: str) -> bool:
    """The role is nothing but a title or rank ("Major General", "Lt. Col."): a person's fuller
    role said elsewhere in the article says more."""
    return bool(role) and _TITLE_RUN.fullmatch(role.strip() + " ") is not None
