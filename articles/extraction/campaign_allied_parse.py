"""The ally step's reading of the dependency parse (campaign_allies): "Fighters of the X and allied
soldiers of the ousted Y", "X troops and allied A and B militiamen": every side the phrase "allied"
heads or modifies fights beside the side a first, conjoined noun phrase names. Kept apart from
campaign_allies, whose cues read the text, so each stays one step of a readable size; the
"fighters of the X" pattern both read lives here (`OF_NEXT`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .actors import ActorMatch
    from .sentences import Span

# "Russian fighters of the Wagner Group": the group named next is the side, not the state.
OF_NEXT = re.compile(
    r"\s+(?:troops|forces|soldiers|fighters|units|mercenaries|militiamen)\s+(?:of|from)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# Dependencies inside the noun phrase "allied" begins ("allied soldiers of the newly formed X");
# a verb, a clause or another preposition ends it ("allied X entered the city, meeting …").
_PHRASE_DEPS = frozenset(
    [
        "amod",
        "compound",
        "nmod",
        "poss",
        "case",
        "det",
        "dobj",
        "pobj",
        "conj",
        "cc",
        "appos",
        "punct",
        "nummod",
        "advmod",
    ]
)


def _noun_phrase(allied) -> set[int]:
    """The character offsets of the tokens of the noun phrase "allied" begins."""
    own = {allied.idx}
    for token in allied.doc[allied.i + 1 : allied.sent.end]:
        inside = token.dep_ in _PHRASE_DEPS or (token.dep_ == "prep" and token.lower_ == "of")
        if not inside or (token.tag_[:2] in ("VB", "MD") and token.dep_ != "amod"):
            break
        own.add(token.idx)
    return own


def allied_in_parse(
    text: str, doc: Doc | None, sentence: Span, inside: list[ActorMatch]
) -> list[tuple[str, str]]:
    """ "Fighters of the X and allied soldiers of the ousted Y overran …", "X and allied A and B
    militiamen": every side named in the phrase "allied" heads or modifies, conjoined to a first
    phrase, fights beside the side that first phrase names (none when it names none: "opposition
    fighters and the allied Y militia" may be the other side's)."""
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand") if doc else None
    if span is None:
        return []
    found: list[tuple[str, str]] = []
    for token in span:
        if token.lower_ != "allied":
            continue
        # "allied" as a modifier of the conjoined noun, or parsed as a verb conjoined to the first
        phrase = token.head if token.dep_ == "amod" else token
        if phrase.dep_ != "conj" or phrase.head.i >= phrase.i:
            continue
        if not phrase.head.tag_.startswith("NN"):
            continue  # "… gave up after a siege by the X and allied Y": no phrase of fighters
        first = {t.idx for t in phrase.head.subtree} - {t.idx for t in phrase.subtree}
        own = _noun_phrase(token)
        named = [m.actor for m in inside if m.start in first]
        if not named:
            continue
        allies = [m for m in inside if m.start in own]
        for index, one in enumerate(allies):
            after = allies[index + 1] if index + 1 < len(allies) else None
            if after is not None and OF_NEXT.fullmatch(text, one.end, after.start):
                continue  # "allied Russian fighters of the Wagner Group": the group
            if one.actor != named[-1]:
                found.append((one.actor, named[-1]))
    return list(dict.fromkeys(found))
