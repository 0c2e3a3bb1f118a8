"""The side of a speaker whose role is a bare member noun ("the spokesman", "one fighter", "the
officer"): wire copy names the group once, at the role's earlier mention ("An officer of the
government forces insisted … said the officer, Lt. Col. X"; "Peshmerga fighters were digging
trenches … said one fighter, X"), and the later mention only points back. The earlier mention is
found in the dependency parse: the nearest noun before with the same head word, read with its
modifiers ("the group's", "of the government forces", "for the rebels") as a role of its own."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .actor_dictionary import ActorMatch

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Member nouns that say what a speaker is, never whom he serves.
_MEMBER_NOUNS = {
    "spokesman": "spokesmen",
    "spokeswoman": "spokeswomen",
    "spokesperson": "spokespeople",
    "commander": "commanders",
    "fighter": "fighters",
    "soldier": "soldiers",
    "officer": "officers",
    "official": "officials",
    "militant": "militants",
    "guerrilla": "guerrillas",
    "militiaman": "militiamen",
    "defector": "defectors",
    "policeman": "policemen",
}
_BARE = re.compile(r"^(?:(?:a|an|the|one|another)\s+)?(?P<noun>[a-z]+)$")
_DETERMINER = re.compile(r"^(?:(?:a|an|the|one|some|several|two|three)\s+)+", re.I)
# The modifiers after the noun that say whose it is ("spokesman for the group", "officer of the
# government forces", "commander with the militia", "spokesman in the capital").
_OWNING_PREPOSITIONS = frozenset({"of", "for", "with", "in", "at"})
_REACH = 2500  # an earlier mention further back belongs to another scene
_LONGEST = 160  # a noun phrase longer than this is a parse run over a clause

Sider = Callable[[str, int, int], "str | None"]


def bare_member(role: str) -> tuple[str, str] | None:
    """(singular, plural) of a role that is only a member noun ("the spokesman"), else None."""
    match = _BARE.match(role.strip())
    if match is None:
        return None
    noun = match.group("noun")
    if noun in _MEMBER_NOUNS:
        return noun, _MEMBER_NOUNS[noun]
    return None


def _phrase(token: Token) -> tuple[int, int]:
    """The character span of the noun phrase `token` heads, with its owning prepositions."""
    start = token.left_edge.idx
    end = token.idx + len(token)
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in _OWNING_PREPOSITIONS:
            end = max(end, child.right_edge.idx + len(child.right_edge))
    return start, end


def antecedent_side(
    role: str, start: int, text: str, doc: Doc | None, side: Sider, nearby: list[ActorMatch]
) -> str | None:
    """The actor of the nearest earlier mention of the bare role's noun that says whose he is,
    read by `side(role, start, end)`; None when the role is not bare or no mention says."""
    forms = bare_member(role)
    if forms is None or doc is None:
        return None
    span = doc.char_span(max(0, start - _REACH), start, alignment_mode="contract")
    if span is None:
        return None
    for token in reversed(span):
        if token.lower_ not in forms or token.dep_ in ("amod", "compound"):
            continue
        s, e = _phrase(token)
        phrase = _DETERMINER.sub("", text[s:e].strip())
        if bare_member(phrase) is not None or e - s > _LONGEST:
            continue  # another bare mention, or a parse run over a clause: look further back
        # the nearest mention that says whose he is decides, even when it names no actor the
        # readers resolve ("an officer of the government forces" after "a rebel officer")
        return side(phrase, s + text[s:e].find(phrase), e)
    return None
