"""Where the subject of a sentence is, read from its text: the stretch before its main verb, or a
"Name, role," apposition that opens it; and the pieces of a speaker phrase between its commas."""

from __future__ import annotations

import bisect
import re

from .quotes import SPEECH_VERBS
from .sentences import Span, _is_abbreviation

PRONOUN = re.compile(r"^(?:he|she)$", re.I)


# Verbs that end a subject: the first of these (at a word boundary) closes the speaker phrase.
CLAUSE_VERB = re.compile(
    r"(?:^|\s|,)(?:(?:has|have|had|is|was|are|were|will|would|also|later|then|again|previously|earlier|"
    r"recently|has\s+also|had\s+earlier)\s+)*(?:"
    + SPEECH_VERBS
    + r"|is|was|has|had|will|would|expects|expected|predicting|suggesting|warning|saying|"
    r"believes|thinks|told|accuses|"
    # verbs that answer or judge what someone else said: "Government spokesman X dismissed the
    # claims. "…," he said"
    r"dismissed|dismisses|rejected|rejects|condemned|condemns|criticised|criticized|blamed|"
    r"welcomed|disputed|refuted|"
    # "Foreign ministry spokesman X called on all sides …" (not "a group called Y")
    r"called\s+(?:on|for)|calls\s+(?:on|for))\b",
)


_APPOSITION_SUBJECT = re.compile(
    r"^(?P<subj>[A-Z][^,.;:!?\"“”]{2,80},[^,;:!?\"“”]{2,120}),\s+(?:has\s+|had\s+|also\s+)?[a-z]+"
)


_LEADING_JUNK = re.compile(
    r"(?:(?:But|And|So|When|Besides|Meanwhile|However|Also|Then|Still|Yet|While|After|"
    r"Before|Although|Instead|Now|Later|Earlier|Moreover|Indeed|Separately)\b,?\s+"
    # "In Moscow, Kremlin spokesman Pavel Orlov told …": where, not who.
    r"|In\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?,\s+(?=\S)"
    # "On Sunday a Taleban spokesman, X, denied …": when, not who.
    r"|(?:On|Late\s+on|Early\s+on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"\b,?\s+)+"
)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t,.;:“”\"'":
        start += 1
    junk = _LEADING_JUNK.match(text, start, end)
    if junk:
        start = junk.end()
    while end > start and text[end - 1] in " \t,.;:“”\"'":
        end -= 1
    return start, end


_RELATIVE_END = re.compile(r"\bwho(?:\s+(?:had|has|would|also))?$")


def subject_of_sentence(text: str, sentence: Span) -> tuple[int, int] | None:
    """The stretch before the main verb of an introducing sentence."""
    # (Searched in place: a verb at the very start of the sentence does not end a subject.)
    match = CLAUSE_VERB.search(text, sentence.start, sentence.end)
    while match is not None and (
        match.start() == sentence.start or _RELATIVE_END.search(text, sentence.start, match.start())
    ):
        # a verb at the very start, or a relative clause's ("a man who described himself as …")
        match = CLAUSE_VERB.search(text, match.end(), sentence.end)
    if match is not None:
        return sentence.start, match.start()
    # A verb we do not list ("Omar Khalil, a commander of the FSA, spoke to reporters"): the
    # "Name, role," apposition at the start of the sentence is the subject.
    apposition = _APPOSITION_SUBJECT.match(text[sentence.start : sentence.end])
    if apposition:
        return sentence.start, sentence.start + apposition.end("subj")
    return None


_SEGMENT_END = re.compile(r"[,()—–]")


def segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans between commas, brackets and dashes, trimmed of whitespace (the delimiters found by a
    regex: a character-by-character loop was a hot spot)."""
    spans = []
    cursor = start
    for index in [m.start() for m in _SEGMENT_END.finditer(text, start, end)] + [end]:
        s, e = cursor, index
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
        cursor = index + 1
    return spans


def within(sents: list[Span], paragraph: Span) -> list[Span]:
    """The article's sentences inside one paragraph (sentences never cross paragraphs), by binary
    search."""
    lo = bisect.bisect_left(sents, paragraph.start, key=lambda s: s.start)
    hi = bisect.bisect_left(sents, paragraph.end, lo=lo, key=lambda s: s.start)
    return sents[lo:hi]


def mask_abbreviations(segment: str) -> str:
    """The segment with each abbreviation's full stop ("Col.", "Lt.", "U.N.") replaced by a middle
    dot."""
    chars = list(segment)
    at = segment.find(".")
    while at != -1:
        if _is_abbreviation(segment, at):
            chars[at] = "\u00b7"
        at = segment.find(".", at + 1)
    return "".join(chars)
