"""Paragraph and sentence splitting that keeps character offsets into the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


# A blank line or a single newline both end a paragraph: news copy pasted as text
# usually has one paragraph per line.
_PARAGRAPH = re.compile(r"[^\n]+")
# Candidate sentence ends: terminal punctuation, optionally closing quotes/brackets, then space.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9\u00C0-\u024F])")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        # ranks wire copy abbreviates before a name ("Lieut. Col. X", "Chief Supt. X", "Comr. X")
        "lieut",
        "supt",
        "comr",
        "cmdr",
        "cpl",
        "sgt",
        "brig",
        "adm",
        "rev",
        "st",
        "sen",
        "rep",
        "gov",
        "pres",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "ltd",
        "co",
        "corp",
        "jr",
        "sr",
        "u.s",
        "u.n",
        "u.k",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
    ]
)


def lead_end(text: str) -> int:
    """Where the headline and the lead paragraph end (the first two lines)."""
    end = text.find("\n", text.find("\n") + 1)
    return len(text) if end < 0 else end


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines, trimmed of surrounding whitespace."""
    spans = []
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append(Span(start, end))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` ends an abbreviation such as "Mr." or "U.S." rather than a
    sentence."""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if word in _ABBREVIATIONS:
        return True
    # Single initials ("George W. Bush") are not sentence ends.
    return len(word) == 1 and word.isalpha()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of text[start:end] (inside one paragraph), as absolute spans."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    spans: list[Span] = []
    cursor = 0
    for match in _BOUNDARY.finditer(chunk):
        if _is_abbreviation(chunk, match.start()):
            continue
        spans.append(Span(start + cursor, start + match.end()))
        cursor = match.end()
        while cursor < len(chunk) and chunk[cursor].isspace():
            cursor += 1
    if cursor < len(chunk):
        spans.append(Span(start + cursor, end))
    return [span for span in spans if span.end > span.start]


def sentences(text: str) -> list[Span]:
    """All sentences of the text, never crossing a paragraph boundary."""
    result: list[Span] = []
    for paragraph in paragraphs(text):
        result.extend(split_sentences(text, paragraph.start, paragraph.end))
    return result


def enclosing(spans: list[Span], position: int) -> Span | None:
    """The span containing `position` (spans sorted by start), by binary search."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid].end <= position:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(spans) and spans[lo].start <= position < spans[lo].end:
        return spans[lo]
    return None
