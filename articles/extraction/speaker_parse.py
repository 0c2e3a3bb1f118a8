"""Who says a quote, read from the dependency parse: the subject of the verb that governs it.

The patterns are spaCy DependencyMatcher patterns, one per way a report ties a quote to a speaker:

- subject_of_saying: "<subject> condemned the strike, saying "…"" — the subject of the verb that a
  "saying" clause hangs from;
- subject_of_reporting_verb: "<subject> said on state television that "…"", "<subject> told
  reporters: "…"" — the subject of the reporting verb itself.

A match counts only when its verb governs the quote (the quote's words hang from it), so a quote
that only mentions an actor is not given to that actor. Without a parse nothing is read here and
the text rules stand alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Participles that attach a quote to the clause before them ("condemned …, saying").
SAYING_WORDS = ["saying", "adding", "warning", "insisting", "stressing", "declaring", "noting"]
# Reporting verbs, as written (the pipeline runs without a lemmatizer).
REPORTING_WORDS = [
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "warned",
    "stated",
    "declared",
    "announced",
    "insisted",
    "claimed",
    "wrote",
    "posted",
    "tweeted",
    "revealed",
    "confirmed",
    "vowed",
    "stressed",
    "argued",
    "noted",
    "explained",
]
_SUBJECT = {"DEP": {"IN": ["nsubj", "nsubjpass"]}}
PATTERNS = {
    "subject_of_saying": [
        {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LOWER": {"IN": SAYING_WORDS}}},
        {"LEFT_ID": "anchor", "REL_OP": "<", "RIGHT_ID": "verb", "RIGHT_ATTRS": {}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subject", "RIGHT_ATTRS": _SUBJECT},
    ],
    "subject_of_reporting_verb": [
        {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LOWER": {"IN": REPORTING_WORDS}}},
        {"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": "subject", "RIGHT_ATTRS": _SUBJECT},
    ],
}
# How far up the tree the quote's words may hang from the matched verb ("saying" -> "is" -> quote).
MAX_STEPS = 3

_matchers: dict[int, object] = {}  # one DependencyMatcher per vocabulary


def _matcher(doc: Doc):
    matcher = _matchers.get(id(doc.vocab))
    if matcher is None:
        from spacy.matcher import DependencyMatcher

        matcher = DependencyMatcher(doc.vocab)
        for name, pattern in PATTERNS.items():
            matcher.add(name, [pattern])
        _matchers[id(doc.vocab)] = matcher
    return matcher


def _governs(anchor: Token, quote: Span) -> bool:
    """Some word of the quote hangs from `anchor` within MAX_STEPS, or the anchor from the quote
    ("…," said X, parsed as a clause inside the quoted one)."""
    if quote.start <= anchor.head.i < quote.end:
        return True
    for token in quote:  # (tokens are views made on access: compare their indices)
        head = token
        for _ in range(MAX_STEPS):
            if head.head.i == head.i:
                break
            head = head.head
            if head.i == anchor.i:
                return True
    return False


def quote_subject(doc: Doc | None, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, pattern name) of the subject whose verb governs the quote [start, end) in its
    sentence, or None (no parse, or no pattern matches)."""
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sentence = span[0].sent
    if span[-1].i >= sentence.end:  # a quote of several sentences: from its first to its last
        sentence = doc[sentence.start : span[-1].sent.end]
    matcher = _matcher(doc)
    for match_id, (anchor_i, *rest) in sorted(matcher(sentence), key=lambda m: m[1][0]):
        name = doc.vocab.strings[match_id]
        anchor, subject = sentence[anchor_i], sentence[rest[-1]]
        if start <= anchor.idx < end or start <= subject.idx < end:
            continue  # the verb or its subject is inside the quote: a sentence quoted whole
        if not _governs(anchor, span):
            continue
        first, last = subject.left_edge, subject.right_edge
        return first.idx, last.idx + len(last.text), name
    return None


# A speaker's subject is a name with its role ("a man who identified himself as a commander of
# the group"); a longer one is a clause the parse took for it.
MAX_SUBJECT_TOKENS = 24


def sentence_subject(doc: Doc | None, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the subject of the main verb of the sentence [start, end) in the parse
    ("Turkish Prime Minister X praised the air force at a rally"), for a verb the text rules do
    not list; None without a parse, or when the main verb has no nominal subject."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None or not len(span):
        return None
    root = span[0].sent.root
    if not span.start <= root.i < span.end or root.tag_[:2] != "VB":
        return None
    # (all of them: the parse may split a name's "al-Obeidi" into several subjects)
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i]
    if not subjects:
        return None
    first = min((c.left_edge for c in subjects), key=lambda t: t.i)
    last = max((c.right_edge for c in subjects), key=lambda t: t.i)
    words = doc[first.i : last.i + 1]
    if first.i < span.start or len(words) > MAX_SUBJECT_TOKENS:
        return None
    if any(t.text in ('"', "“", "”") for t in words):
        return None  # a subject that runs into a quote is a misparse
    return first.idx, last.idx + len(last.text)
