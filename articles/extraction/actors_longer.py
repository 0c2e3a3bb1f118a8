"""Longest name wins, also over words the dictionary does not know: an alias of several words
that ends a longer proper name ("the Zapatista National Liberation Army" holds the "National
Liberation Army" of another country, "the Artibonite Resistance Front" another front's name) is
not that actor. A demonym or a country's name before the alias makes a longer name only where the
dictionary knows it under the country's name ("Ugandan People's Defence Force" is the "Uganda
People's Defence Force"); otherwise it says whose the group is ("Iranian Revolutionary Guard
Corps"), as a people's or faith's word says who its members are ("Shiite Popular Mobilisation
Forces"). An actor the dictionary knows local branches of by a word before its name ("Mandalay
People's Defence Force") is that actor under any such word ("the Kawlin People's Defence Force").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import ahocorasick

from .actor_dictionary import ActorDictionary, fold

_WORDS = json.loads(
    (Path(__file__).resolve().parent / "data" / "actor_words.json").read_text(encoding="utf-8")
)
_NOT_NAME_PARTS = frozenset(_WORDS["not_first_names"]) | frozenset(_WORDS["people_words"])
# The capitalised word right before an alias, one space away: "Zapatista National …".
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))(?P<word>[A-Z][\w'’.\-]*) $")
# Adjectives and possessives that open a name without being part of it ("Kurdish", "Haftar's").
_NOT_NAME_PART = re.compile(r"(?:ist|ists|ish|ese|['’]s|['’]|-[a-z]+|\.)$")
# A common English word capitalised ("Yesterday", "Says" in a headline) is no name part.
_COMMON_ZIPF = 4.0


@lru_cache(maxsize=1)
def _countries_by_word() -> dict[str, str]:
    """Demonym or country name -> the country's name ("Ugandan" -> "Uganda")."""
    from .states import countries, demonym_index

    table = dict(demonym_index())
    for country in countries():
        for name in (country["name"], *country.get("names", [])):
            table.setdefault(name, country["name"])
    return table


def _common(word: str) -> bool:
    from places.geoparser.index import load_word_frequencies

    return load_word_frequencies().get(word.lower(), 0.0) >= _COMMON_ZIPF


def _headline(text: str, start: int) -> bool:
    """True on a line written in Title Case with no full stop (a headline)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    words = re.findall(r"[A-Za-z]{4,}", line)
    return (
        not line.endswith((".", '"', "”"))
        and len(words) >= 4
        and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
    )


def _has_local_branches(dictionary: ActorDictionary, actor: str) -> bool:
    """True where the dictionary names a branch of `actor` as a word before its name."""
    ending = f" {actor}"
    return any(e.parent == actor and e.name.endswith(ending) for e in dictionary.actors.values())


def _known_under_country(
    surface: str, country: str, automata: list[ahocorasick.Automaton]
) -> str | None:
    """The actor the dictionary knows as "<country> <surface>", either plural of its last word."""
    other = surface[:-1] if surface.endswith("s") else f"{surface}s"
    for key in (fold(f"{country} {surface}"), fold(f"{country} {other}")):
        for automaton in automata:
            found = automaton.get(key, None)
            if found is not None:
                return found[1][0][1]
    return None


def longer_name(
    text: str,
    span: tuple[int, int, str],
    dictionary: ActorDictionary,
    automata: list[ahocorasick.Automaton],
) -> tuple[int, str] | None:
    """Whether the alias hit `span` (start, end, actor) ends a longer proper name: None where it
    does not; else (start of the longer name, the actor the dictionary knows it as, or "")."""
    start, end, actor = span
    surface = text[start:end]
    words = surface.split()
    if (
        len(words) < 2
        or surface.isupper()
        or not (words[0][0].isupper() and words[-1][0].isupper())
    ):
        return None  # one word (see actors._inside_a_name), an acronym, "al Qaeda", "Huthi rebels"
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if not before:
        return None
    word = before.group("word")
    if word in _NOT_NAME_PARTS or word.isupper() or len(word) < 3 or _NOT_NAME_PART.search(word):
        return None
    country = _countries_by_word().get(word)
    if country is not None:
        known = _known_under_country(surface, country, automata)
        return (before.start("word"), known) if known else None
    if _common(word) or _headline(text, start) or _has_local_branches(dictionary, actor):
        return None
    return before.start("word"), ""
