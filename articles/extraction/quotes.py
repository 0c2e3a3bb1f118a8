"""Quoted passages: pair quote marks per paragraph and tell speech from scare quotes.

Handles straight and curly quotes, nesting (only the outermost pair counts), unbalanced marks
(ignored, except an opening mark at the start of a paragraph that is never closed), and the news
convention for a quote running over several paragraphs (each paragraph re-opens, only the last
closes)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .sentences import Span, paragraphs

OPENERS = "“«„"
CLOSERS = "”»"
STRAIGHT = '"'
_MARKS = re.compile("[" + OPENERS + CLOSERS + STRAIGHT + "]")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# Words that introduce a name rather than speech: what it's calling "liberated territory".
_NAMING_CUE = re.compile(
    r"(?:\bcall(?:ed|ing|s)?|\bdubbed|\bnamed|\bcode-?named|\bknown\s+as|\bso-called|\bterm(?:ed|s)?|"
    r"\blabel(?:l?ed|s)?|\bdescribed\s+as|\bbranded|\btitled|\bentitled|\bslogan|\bas)\s+"
    r"(?:it\s+|them\s+|this\s+|the\s+area\s+)?(?:the\s+|an?\s+|as\s+)?$",
    re.I,
)
SPEECH_VERBS = (
    r"(?:was|were)\s+quoted\s+as\s+saying|quoted\s+as\s+saying|said|says|say|told|tells|tell|added|adds|warned|warns|stated|states|explained|explains|insisted|insists|"
    r"claimed|claims|announced|announces|declared|declares|noted|notes|wrote|writes|tweeted|posted|urged|urges|"
    r"stressed|stresses|argued|argues|predicted|predicts|continued|continues|recalled|recalls|confirmed|confirms|"
    r"denied|denies|acknowledged|acknowledges|admitted|admits|vowed|vows|pledged|pledges|promised|promises|asked|"
    r"asks|replied|replies|described|describes|accused|accuses|suggested|suggests|believes|believed|hopes|hoped|"
    r"recounted|recounts|estimated|estimates|cautioned|cautions|reported|reports|revealed|reveals|"
    r"disclosed|discloses|conceded|concedes|complained|complains|affirmed|affirms|according\s+to"
)
# The first letters of SPEECH_VERBS (keep in step with it): a look-ahead on them lets a scan skip
# most positions before trying the long alternation (twice as fast, same matches).
SPEECH_VERB_AHEAD = r"(?=[abcdehinpqrstuvw])"
_SPEECH_VERB_RE = re.compile(SPEECH_VERB_AHEAD + r"\b(?:" + SPEECH_VERBS + r")\b", re.I)


# Right before the opening mark: a reporting verb ('said "…'), or an auxiliary that makes the quote
# the rest of the speaker's predicate ('had "dragged …', 'would "…').
_SPEECH_LEAD = re.compile(
    SPEECH_VERB_AHEAD + r"\b(?:" + SPEECH_VERBS + r")(?:\s+that)?\s*[:,]?\s*$", re.I
)
_PREDICATE_LEAD = re.compile(r"\b(?:had|has|have|would|will|could|should|might|must|to)\s*$", re.I)
# After a copula, a quoted phrase is a predicate ('its fighters were "still in the area"') unless
# it goes on into a clause of its own ('the timing was "no accident, because Baghdad is …"').
_COPULA_LEAD = re.compile(r"\b(?:was|were|is|are|been|be)\s*$", re.I)
# A quoted infinitive is a purpose, not a clause: 'withdrew "to preserve the lives of soldiers"'.
_INFINITIVE = re.compile(r"^to\s+[a-z]+\b")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # first character of the quoted text (after the opening mark)
    end: int  # end of the quoted text (before the closing mark)
    open_at: int  # position of the opening mark
    close_at: int  # position just after the closing mark (== end if unclosed)
    paragraph: Span
    standalone: bool  # the paragraph is nothing but this quote
    continued: bool  # the quote runs on into the next paragraph
    speech: bool

    def text(self, source: str) -> str:
        return source[self.start : self.end]


def _is_opening_straight(text: str, index: int, start: int) -> bool:
    return index == start or not (text[index - 1].isalnum() or text[index - 1] in ".,!?;:)’'")


def _pairs(text: str, paragraph: Span) -> tuple[list[tuple[int, int]], int | None]:
    """Outermost (open, close) mark positions in a paragraph, and an unclosed opener if any."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[int, str]] = []
    for mark in _MARKS.finditer(text, paragraph.start, paragraph.end):
        index, ch = mark.start(), mark.group()
        if ch in OPENERS:
            stack.append((index, ch))
        elif ch in CLOSERS:
            if stack:
                # Close the innermost curly opener; a dangling straight opener inside is discarded.
                while stack and stack[-1][1] == STRAIGHT:
                    stack.pop()
                if stack:
                    opened, _ = stack.pop()
                    if not stack:
                        pairs.append((opened, index))
        elif ch == STRAIGHT:
            if (
                stack
                and stack[-1][1] == STRAIGHT
                and not _is_opening_straight(text, index, paragraph.start)
            ):
                opened, _ = stack.pop()
                if not stack:
                    pairs.append((opened, index))
            elif _is_opening_straight(text, index, paragraph.start):
                stack.append((index, ch))
            elif stack and stack[-1][1] == STRAIGHT:
                opened, _ = stack.pop()
                if not stack:
                    pairs.append((opened, index))
    unclosed = stack[0][0] if stack else None
    return pairs, unclosed


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


def find_quotes(text: str, paras: list[Span] | None = None) -> list[Quote]:
    """Every quoted passage, in text order, with a speech/scare-quote verdict."""
    paras = paragraphs(text) if paras is None else paras
    raw: list[tuple[int, int, int, int, Span, bool]] = []
    for index, paragraph in enumerate(paras):
        pairs, unclosed = _pairs(text, paragraph)
        for opened, closed in pairs:
            raw.append((opened, closed + 1, opened + 1, closed, paragraph, False))
        if unclosed is not None and (not pairs or unclosed > pairs[-1][1]):
            next_opens = (
                index + 1 < len(paras) and text[paras[index + 1].start] in OPENERS + STRAIGHT
            )
            at_start = unclosed == paragraph.start
            # A quote that continues in the next paragraph, or a paragraph that opens a quote and
            # forgets to close it: both are the rest of the paragraph. Other strays are ignored.
            if next_opens or at_start:
                raw.append(
                    (unclosed, paragraph.end, unclosed + 1, paragraph.end, paragraph, next_opens)
                )
    quotes: list[Quote] = []
    for opened, close_at, first, last, paragraph, continued in raw:
        start, end = _trim(text, first, last)
        if end <= start:
            continue
        inner = text[start:end]
        outside = (text[paragraph.start : opened] + text[close_at : paragraph.end]).strip(
            " \t.,;:!?"
        )
        standalone = not outside or (continued and opened == paragraph.start)
        words = _word_count(inner)
        before = text[max(paragraph.start, opened - 40) : opened]
        if _NAMING_CUE.search(before):
            speech = False
        elif inner[:1].islower() and (
            _PREDICATE_LEAD.search(before)
            or _INFINITIVE.match(inner)
            or (_COPULA_LEAD.search(before) and "," not in inner)
        ):
            # 'said the militants had "dragged the region into …"', 'its fighters were "still in
            # the area"', 'pulled out "to preserve the lives of soldiers"': a predicate
            speech = False
        elif words >= 3 and inner[:1].islower() and _SPEECH_LEAD.search(before):
            # 'a spokesman, said "the occupation of our land is over" and …': a quoted clause
            speech = True
        elif standalone:
            speech = words >= 3
        elif words >= 8:
            speech = True
        else:
            # A short quote is speech when a reporting verb stands near it, not anywhere in the
            # paragraph ('revealed …, saying … after it helped retake "all regional capitals,"').
            near = (
                text[max(paragraph.start, opened - 100) : opened]
                + " "
                + text[close_at : close_at + 80]
            )
            speech = (
                words >= 3 and bool(_SPEECH_VERB_RE.search(near)) and inner.rstrip()[-1:] in ".,!?…"
            )
        quotes.append(Quote(start, end, opened, close_at, paragraph, standalone, continued, speech))
    return quotes
