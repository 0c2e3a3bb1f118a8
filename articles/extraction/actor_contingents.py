"""National contingents of another actor: "Spanish troops serving with the U.N. Protection Force",
"Ukrainian U.N. peacekeepers", "a force made up of Tanzanian and Malawian troops". The demonym says
where the men come from; the actor acting is the mission or force they serve in, which the article
names, not their state. A state named so elsewhere in the article ("Kenya said…", "Kenya's army")
keeps its own mentions."""

from __future__ import annotations

import re

from .actor_dictionary import ActorDictionary, ActorMatch, window

# Bodies a contingent serves in: organisations, coalitions and missions, never a state nor an armed
# group ("Russian bombing of the Islamic State" is Russia acting; the gold is split on "Russian
# mercenaries from the Wagner Group"), nor one state's named operation ("French troops of
# Operation Barkhane" are France's).
_SERVES_IN = frozenset({"organisation", "coalition"})
_OPERATION = re.compile(r"Operation\b")

# The men the demonym names, where the mention is the bare demonym ("Russian").
_MEN = (
    r"(?:allies|fighters|mercenaries|paramilitaries|instructors|troops|soldiers|peacekeepers|"
    r"officers|units|contingents?|battalions?|forces|volunteers|advisers|pilots|gunners)"
)
# After the demonym's phrase, the words that tie it to the body it serves in: "troops of the",
# "soldiers serving with the", "peacekeepers from the", ", part of".
_TIED_TO = re.compile(
    rf"(?:\s+(?:[a-z\-]+\s+)?{_MEN})?"
    r"(?:\s+(?:of|from|serving\s+(?:with|in)|attached\s+to|under)|,\s+(?:part|members?)\s+of)"
    r"\s+(?:the\s+)?"
)
# A list of contingents after a force's noun: "a force made up of South African, Tanzanian and",
# "a peacekeeping force with French, Italian and".
_LIST_BEFORE = re.compile(
    r"\b(?:(?:force|mission|brigade|battalion|coalition|contingents?)\b[\w\s'’.,-]{0,30}?"
    r"\b(?:made\s+up\s+of|composed\s+of|consisting\s+of|comprising|drawn\s+from)|"
    r"(?:force|mission)\s+with)\s+"
    r"(?:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?(?:,\s+|\s+and\s+))*$"
)
_SPACE = re.compile(r"\s*")
# "Canadian and British soldiers": the first demonym shares the second's noun.
_COORDINATED = re.compile(r"\s+and\s+|,\s+(?:and\s+)?")


def _demonym_phrase(match: ActorMatch, dictionary: ActorDictionary) -> bool:
    """ "Canadian troops", "Russian": a state's mention opening with its demonym, not its name."""
    words = match.text.split()
    return bool(words) and (
        words[0] in dictionary.demonym_forces or " ".join(words[:2]) in dictionary.demonym_forces
    )


def _serves_in(text: str, match: ActorMatch, matches: list[ActorMatch]) -> bool:
    """True where the mention's phrase runs on into a mission or force the text names as an
    actor: "… troops of the African Union Mission", "Ukrainian U.N. peacekeepers"."""
    starts = {_SPACE.match(text, match.end).end()}
    tied = _TIED_TO.match(text, match.end)
    if tied:
        starts.add(tied.end())
    return any(
        m.start in starts and m.kind in _SERVES_IN and not _OPERATION.match(m.actor)
        for m in window(matches, match.end, max(starts) + 1)
    )


def drop_contingents(
    text: str, matches: list[ActorMatch], dictionary: ActorDictionary
) -> list[ActorMatch]:
    """The mentions without the states' contingents serving in another actor. Read from the last:
    in "Canadian and British soldiers of the U.N. force" the first demonym goes with the second."""
    kept: list[ActorMatch] = []
    dropped_next: ActorMatch | None = None
    for match in reversed(matches):
        contingent = match.kind == "state" and _demonym_phrase(match, dictionary)
        if contingent and (
            (
                dropped_next is not None
                and _COORDINATED.fullmatch(text, match.end, dropped_next.start)
            )
            or _serves_in(text, match, matches)
            or _LIST_BEFORE.search(text, max(0, match.start - 120), match.start)
        ):
            dropped_next = match
            continue
        dropped_next = None
        kept.append(match)
    if len(kept) == len(matches):
        return matches
    return kept[::-1]
