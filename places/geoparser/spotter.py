"""Candidate spotting: dictionary automaton over gazetteer names, word boundaries, longest match."""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from places.geoparser.index_build import SPOT_LENGTH_BITS, SPOT_LENGTH_MASK
from places.geoparser.spans import SpanIndex
from places.normalize import name_key

# "al-Raqqa": the gazetteer knows "Raqqa"; the article belongs to the surface span.
_ARTICLE_BEFORE = re.compile(r"(?:\b[Aa][lrdstzn]|\b[Ee][lrdstzn]|\b[Aa]sh)[\-‐'’]$")


@dataclass(slots=True)
class Spot:
    start: int
    end: int
    key: str


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _word_piece(text: str, pos: int) -> bool:
    """Letters after an apostrophe that continue the word (not "'s", "'d", "'ll", "'re", "'ve")."""
    end = pos
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[pos:end] not in ("s", "d", "ll", "re", "ve", "t")


def spot(text: str, automaton: ahocorasick.Automaton, keys: list[str]) -> list[Spot]:
    """All gazetteer names in `text` on word boundaries; overlapping hits keep the longest.
    The automaton's values are `keys` positions and surface lengths (`GazetteerIndex.build`)."""
    hits: list[tuple[int, int, int, str]] = []  # (start, -length, end, key)
    n = len(text)
    for end_idx, value in automaton.iter(text):
        length = value & SPOT_LENGTH_MASK
        start = end_idx - length + 1
        end = end_idx + 1
        if start > 0 and text[start - 1].isalnum():  # inside a word (_is_word_char, inlined)
            continue
        if end < n and text[end].isalnum() and text[end - 1] != ".":
            # "U.S." ends on a dot; "Syrian" must not yield "Syria".
            continue
        if (
            end + 1 < n
            and text[end] in "'’"
            and text[end + 1].islower()
            and _word_piece(text, end + 1)
        ):
            continue  # "Shi'ite", "Ba'athist": a piece of a longer word, not a name
        hits.append((start, -length, end, keys[value >> SPOT_LENGTH_BITS]))
    if not hits:
        return []
    # Longest match first at each start, then greedy left to right without overlap. (One
    # surface per span, so the tuples never tie before the key.)
    hits.sort()
    out: list[Spot] = []
    last_end = -1
    for start, _neg_length, end, key in hits:
        if start < last_end:
            continue
        if start > 1 and text[start - 1] in "-‐'’":  # the article ends on one of these
            m = _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
            if m and m.end() == start:
                start = m.start()  # noqa: PLW2901 (the spot takes in the article)
        out.append(Spot(start, end, key))
        last_end = end
    return out


# "al-Qaim", "el-Fasher", "al-Durayhimi": an article in lower case joined by a hyphen to a name
# the automaton knows only as "Al Qaim" (its surfaces are case-sensitive). Up to three words.
_ARTICLE_NAME = re.compile(
    r"(?<![\w\-‐])(?:[Aa][lrdstzn]|[Ee][lrdstzn]|[Aa]sh)[\-‐]"
    r"([A-Z][\w'’]*(?:[ \-‐](?:[a-z]{2}[\-‐])?[A-Z][\w'’]*){0,2})"
)


def article_names(text: str) -> list[tuple[int, int, int]]:
    """(article start, name start, name end) of the names after a hyphenated article."""
    return [(m.start(), m.start(1), m.end(1)) for m in _ARTICLE_NAME.finditer(text)]


def article_spots(text: str, spots: list[Spot], keys) -> list[Spot]:
    """Names written with a hyphenated article that the automaton missed, looked up by key
    (longest first), where no other spot lies."""
    taken = SpanIndex((sp.start, sp.end) for sp in spots)
    extra = []
    for m in _ARTICLE_NAME.finditer(text):
        start = m.start()
        if taken.any_overlapping(start, m.end()):
            continue
        words = list(re.finditer(r"\S+", m.group(1)))
        for n in range(len(words), 0, -1):
            end = m.start(1) + words[n - 1].end()
            key = name_key(text[start:end])
            if key in keys:
                extra.append(Spot(start, end, key))
                break
    return extra
