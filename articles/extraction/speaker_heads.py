"""An organisation's head noun in a speaker's role ("party spokesman", "Legion fighter",
"spokesman for the committee"): the actor named before whose name that noun heads."""

from __future__ import annotations

import re

# A role that opens with an organisation's head noun ("party spokesman", "the council's
# spokesman", "Front commander", "Legion fighter"): the nearest actor named before whose name it
# heads. Capitalised only for these nouns: "Army commander" is read by officials.py.
NAMED_HEADS = frozenset({"party", "council", "front", "committee", "union", "legion", "guard"})
_LEADING_HEAD = re.compile(r"^(?:the\s+)?(?P<word>[A-Za-z][a-z]+)(?:['’]s?)?\s")

# "Committee for the Restoration of …", "Council of Elders": the noun opens the name.
_OPENING_LINK = frozenset({"for", "of"})


def leading_head(role: str) -> str | None:
    """The head noun a role opens with, lower-cased, when it is one of NAMED_HEADS."""
    match = _LEADING_HEAD.match(role)
    word = match.group("word").lower() if match else ""
    return word if word in NAMED_HEADS else None


def headed_by(name: str, noun: str) -> bool:
    """Whether the organisation's name ends in `noun` ("Kataeb Party") or `noun` stands right
    before its first "for"/"of" ("Committee for the Restoration of National Concord", "National
    Guard of Nicaragua", "Joint Force of …"): the head of a name with a trailing "of"-phrase is
    the word before it. A plural noun names its singular ("the joint forces")."""
    words = name.casefold().split()
    nouns = (noun, noun[:-1]) if noun.endswith("s") and len(noun) > 3 else (noun,)
    if words[-1] in nouns:
        return True
    link = next((i for i, word in enumerate(words) if word in _OPENING_LINK), 0)
    return link > 0 and link < len(words) - 1 and words[link - 1] in nouns


def names_members(word: str, surface: str) -> bool:
    """Whether an actor's mention names the people or members a role opens with: "Kurdish" in
    "Kurdish People's Protection Units", "Sandinista" in "the Sandinistas", "Tiger" in "the Tamil
    Tigers" ("a Sandinista commander", "a Tiger spokesman"); also the name's plural last word
    ("a Courts commander" after "the Islamic Courts") or the word an Arabic name closes on after
    its article ("a Tawhid spokesman" after "Liwa al-Tawhid")."""
    last = surface.split()[-1]
    article = _ARABIC_ARTICLE.match(last)
    return (
        surface.startswith(word + " ")
        or last in (word + "s", word + "es")
        or (last == word and word.endswith("s") and last != surface)
        or bool(article and last[article.end() :] == word)
    )


_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ash|as|an|ar|at)-", re.I)
