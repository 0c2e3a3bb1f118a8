"""A spokesman or commander whose role names no actor speaks for the actor whose account the
paragraph gives just before his quote: "The Lebanese Forces denied that the town was cut off.
"…," said X, a spokesman for the militia's command." — "In Algiers, the Polisario Front said its
fighters had overrun the garrison. "…," said Y, a member of the Front's political bureau." —
"Azerbaijan rejected that view. "…," said Z, an aide in the presidential administration."

Read after officials.py, which gives a government member or an army officer the article's state
or forces: what it leaves without a side (a rebel's, a militia's, an aide's role) is read here."""

from __future__ import annotations

import re

from .actors import ActorMatch, window
from .official_homes import state_of_name
from .quotes import SPEECH_VERBS
from .statements import StatementRecord
from .states import demonym_index

# Who speaks for a side: its spokespeople, commanders, officers, members, aides and envoys.
_SIDE_HEAD = re.compile(
    r"\b(?:spokes(?:man|woman|person)|commander|officer|official|member|aide|representative|"
    r"delegate|leader|chief)\b",
    re.I,
)
# Who speaks for no side (tests/gold/README.md): local officials, observers, residents, and
# whoever the role calls former or independent.
_NO_SIDE = re.compile(
    r"\b(?:governor|mayor|police\s+chief|chief\s+of\s+police|district|village|town|city|local\s+"
    r"official|administrator|former|ex|retired|independent|analyst|expert|researcher|observer|"
    r"journalist|diplomat|monitor(?:s|ing)?|resident|witness|doctor|nurse|teacher|priest|elder|parliament|"
    r"member\s+of\s+(?:the\s+)?(?:family|community|public|parliament))\b",
    re.I,
)
# What may stand between the subject and its account verb: the rest of its name ("The U.S.
# Embassy"), an acronym, an apposition, a place ("… committee in Stepanakert").
_ACCOUNT_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’\-]*){0,2}(?:\s*\([^()\"“”]{1,20}\))?(?:\s*,[^,\"“”]{1,80},)?"
    r"(?:\s+in\s+[A-Z][\w'’\-]*)?\s+(?:also\s+)?(?:"
    + SPEECH_VERBS
    + r"|rejected|disputed|dismissed|condemned|countered|contradicted)\b"
)
# A sentence's start, an opening place ("In Algiers, ") and the article of a described subject.
_LEAD = re.compile(
    r"(?:^|[.!?][\"”’]?\s+)(?:In\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?,\s+)?"
    r"(?:[Tt]he\s+(?:[\w'’\-]+\s+){0,3})?$"
)


def _state_named(role: str) -> str | None:
    """A state the role names by its name or demonym ("aide in the Azerbaijani presidential
    administration"); a capital there is where the speaker is, not whom he speaks for."""
    for word in re.findall(r"\b[A-Z][\w\-]+", role):
        state = demonym_index().get(word) or state_of_name().get(word)
        if state is not None:
            return state
    return None


def _account_subject(text: str, start: int, end: int, actors: list[ActorMatch]) -> str | None:
    """The last actor in [start, end) that opens a sentence as the subject of an account verb."""
    subject = None
    for match in window(actors, start, end):
        if match.kind == "outlet":
            continue
        lead = text[max(start, match.start - 120) : match.start]
        if _LEAD.search(lead) and _ACCOUNT_AFTER.match(text, match.end, end):
            subject = match.actor
    return subject


# A generic armed side opening a sentence as the subject of an account verb ("The rebels denied
# losing any ground. Reached by telephone, a commander who gave his name as X said …", "The
# militants said they had withdrawn"): the nearest armed group named before.
_GENERIC_ACCOUNT = re.compile(
    r"(?:^|[.!?][\"”’]?\s+)The\s+(?:rebels|militants|insurgents|guerrillas|guerillas|separatists)"
    r"\s+(?:also\s+)?(?:" + SPEECH_VERBS + r"|rejected|disputed|dismissed|countered)\b",
    re.MULTILINE,
)


def _generic_account(text: str, start: int, end: int, actors: list[ActorMatch]) -> str | None:
    """The nearest armed group named before a generic armed side that gives its account in
    [start, end)."""
    found = list(_GENERIC_ACCOUNT.finditer(text, start, end))
    if not found:
        return None
    before = [
        m
        for m in window(actors, max(0, found[-1].start() - 3000), found[-1].start())
        if m.kind == "armed_group"
    ]
    return before[-1].actor if before else None


def account_sides(
    text: str,
    statements: list[StatementRecord],
    actors: list[ActorMatch],
) -> None:
    """Give each statement with no side whose role is a side's spokesman, commander or member
    (one that names a state: only for that state; run after officials.py) the actor
    whose account its paragraph gives before the quote."""
    for statement in statements:
        role = statement.role or ""
        if statement.actor is not None or not _SIDE_HEAD.search(role) or _NO_SIDE.search(role):
            continue
        paragraph = text.rfind("\n", 0, statement.start) + 1
        subject = _account_subject(text, paragraph, statement.start, actors)
        named = _state_named(role)
        if subject is None and named is None:
            subject = _generic_account(text, paragraph, statement.start, actors)
        if named is None or subject == named:  # (a state the role names must be the subject)
            statement.actor = subject
