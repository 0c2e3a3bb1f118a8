"""Statements of a group without a person: "ISWAP said in a statement … "…," the statement
said", "Hezbollah denied losing the village. In a statement, the group said "…"". The quote's
attribution names only a generic source (the statement, the group, its radio, "it"); the group is
the actor that opens a sentence of the paragraph, or of the paragraph before when the quote opens
its own."""

from __future__ import annotations

import re

from .actors import ActorMatch, window
from .official_capitals import role_capital_state
from .official_homes import GOVERNMENT_SPEAKS, capital_subject
from .quotes import SPEECH_VERBS
from .speaker_broadcast import body_statements
from .speaker_intros import introduced_roles
from .speaker_paragraph import GENERIC_FORCE_WORDS
from .statements import StatementRecord

# The source words of a quote attributed to no person: "the statement said", "the group said",
# "the rebels' Al-Masirah television said", "it condemned …, saying".
_SOURCE_NOUNS = (
    r"statement|group|movement|militants|rebels|insurgents|jihadists|organi[sz]ation|observatory|"
    r"monitor|agency|alliance|coalition|faction|militia|cartel|gang|government|charity|company|"
    r"network|project|communiqu[eé]|council|committee|party|front|leaflet|message|station|radio|"
    r"broadcast|letter|pamphlet|banner|video|release|bulletin|commission|corporation|"
    r"secretariat|ministry|command"
)
# (a modifier may be a possessive: "the guerrilla's secretariat said", "the rebels' military
# command said"; the verb may come first: "said the statement, signed by …", "said a communique
# read over state radio", "said the Britain-based Observatory")
_SOURCE_MODIFIER = r"(?:[\w\-]+(?:['’]s?)?\s+)"
_GENERIC_SOURCE = re.compile(
    r"\b(?:it|the\s+" + _SOURCE_MODIFIER + r"{0,3}?(?P<noun>" + _SOURCE_NOUNS + r")|"
    r"(?:its|their|the\s+group['’]s|the\s+rebels['’])\s+(?:[\w\-]+\s+)"
    r"{0,2}(?:radio|television|channel|agency|outlet|statement|website))\s+(?:\w+\s+){0,3}?"
    r"(?:said|says|added|denied|claimed|condemned|stated|announced|wrote|saying)\b"
    r"|\b(?:said|added|stated)\s+(?:the|an?)\s+" + _SOURCE_MODIFIER + r"{0,2}?"
    r"(?P<noun_after>" + _SOURCE_NOUNS + r")\b(?!['’])",
    re.I,
)
# Nouns of a generic source that end an organisation's name ("the network said" after "the
# National Human Rights Defense Network"): the last actor so named before speaks.
_NAME_NOUNS = frozenset(
    {
        "network",
        "project",
        "council",
        "committee",
        "party",
        "front",
        "movement",
        "alliance",
        "coalition",
        "observatory",
        "monitor",
        "organisation",
        "organization",
        "agency",
        "group",
        "commission",
        "corporation",
    }
)

# What may stand before a sentence's subject: the paragraph's start or a sentence end, then an
# opening phrase ("In a statement carried by the group's Amaq news agency, "), and a description
# of the actor ("The Islamist group Ansar Dine", "The UN human rights office").
_SENTENCE_LEAD = re.compile(
    r"(?:^|[.!?][\"”’]?\s+|^[A-Z][A-Za-z0-9.,' ]{1,60}(?:\([A-Za-z.]+\))?\s+[-—–]+\s+)"
    r"(?:In\s+[^,.\"“”]{1,80},\s+)?(?:[Tt]he\s+(?:[\w\-]+\s+){0,2})?$"
)
# The subject of a reporting verb in the paragraph ("the army said in a statement").
_REPORTING_AFTER = re.compile(r"\s+(?:said|says|announced|stated|claimed|denied)\b")
# A spokesperson the text names with no organisation: ""…," said spokeswoman X" after "The UN
# human rights office said …" speaks for the actor that opens the paragraph.
_BARE_SPOKESPERSON = re.compile(r"^(?:an?\s+|the\s+)?spokes(?:man|woman|person)$", re.I)

# A source the speaker phrase read as a role: "…," the Britain-based monitor said.
_SOURCE_ROLE = re.compile(r"^(?:[\w\-]+\s+){0,2}?(?:monitor|observatory|watchdog)$", re.I)

_QUOTE_MARKS = "\"“”'‘’ \t"


def _paragraph(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end == -1 else end


def _previous_paragraph_end(text: str, start: int) -> int:
    """Where the last non-blank paragraph before `start` ends (0 if none); walks back over the
    blank lines only, never copying the text before (long articles)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


# (read by speaker_offices.py too)
paragraph_bounds = _paragraph
previous_paragraph_end = _previous_paragraph_end


def generic_source(text: str, statement: StatementRecord) -> re.Match | None:
    """The generic source ("the statement said", "said a communique") the quote's sentence
    credits it to, if any."""
    return _GENERIC_SOURCE.search(_sentence_around(text, statement))


def _opening_actor(text: str, start: int, end: int, actors: list[ActorMatch]) -> str | None:
    """The first actor in [start, end) that opens a sentence (its subject), outlets aside."""
    for match in window(actors, start, end):
        if match.kind != "outlet":
            lead = text[start : match.start]
            # A cut lead must not read as the paragraph's start.
            lead = lead if len(lead) <= 100 else "…" + lead[-100:]
            if _SENTENCE_LEAD.search(lead):
                return match.actor
    return None


def _sentence_around(text: str, statement: StatementRecord) -> str:
    """The statement's sentence without the quoted words."""
    return (
        text[statement.sentence_start : statement.start]
        + " "
        + text[statement.end : statement.sentence_end]
    )


def _named_by_noun(noun: str, start: int, actors: list[ActorMatch]) -> str | None:
    """ "the network said": the last actor before `start` whose name ends in that noun."""
    named = [
        m
        for m in window(actors, max(0, start - 3000), start)
        if m.kind != "outlet" and m.actor.split()[-1].casefold() == noun
    ]
    return named[-1].actor if named else None


def _reporting_subject(text: str, start: int, end: int, actors: list[ActorMatch]) -> str | None:
    """The last actor in [start, end) a reporting verb follows ("the army said in a statement")."""
    for match in reversed(window(actors, start, end)):
        if match.kind != "outlet" and _REPORTING_AFTER.match(text, match.end):
            return match.actor
    return None


# "A statement posted in the name of X", "a statement issued by X's office", "a communique
# signed by X", "a message posted on a website used by X": the actor whose statement it is.
_STATEMENT_OF = re.compile(
    r"\b(?:statement|communiqu[eé]|message|leaflet|video|declaration)\s+(?:[\w\-]+\s+){0,6}?"
    r"(?:in\s+the\s+name\s+of|by|from|of)\s+(?:the\s+)?$",
    re.I,
)


def _statement_owner(text: str, start: int, end: int, actors: list[ActorMatch]) -> str | None:
    """The last actor in [start, end) named as the one a statement comes from."""
    for match in reversed(window(actors, start, end)):
        if match.kind != "outlet" and _STATEMENT_OF.search(
            text, max(start, match.start - 80), match.start
        ):
            return match.actor
    return None


def _group_speaking(
    text: str, statement: StatementRecord, source: re.Match | None, actors: list[ActorMatch]
) -> str | None:
    """The actor a generic source stands for: one named by its noun, the actor that opens a
    sentence of the paragraph or is the subject of its reporting verb, else (when the paragraph
    names no actor before the quote) the one that opens the paragraph before."""
    noun = (source.group("noun") or source.group("noun_after") or "").casefold() if source else ""
    if noun in _NAME_NOUNS:
        actor = _named_by_noun(noun, statement.start, actors)
        if actor is not None:
            return actor
    if noun in ("monitor", "observatory"):
        # "…, according to the Syrian Observatory for Human Rights. "…," the monitor said."
        named = [
            m
            for m in window(actors, max(0, statement.start - 1500), statement.start)
            if m.kind == "organisation"
        ]
        if named:
            return named[-1].actor
    start = _paragraph(text, statement.start)[0]
    actor = (
        _opening_actor(text, start, statement.start, actors)
        or _reporting_subject(text, start, statement.start, actors)
        or _statement_owner(text, start, statement.sentence_end, actors)
        or _called_subject(text, start, statement.start, actors)
    )
    if (
        actor is None
        and not [m for m in window(actors, start, statement.start) if m.kind != "outlet"]
        # ("Baghdad denied that. "…," said a military communique": the capital's state speaks,
        # read by the later steps, not the side the paragraph before opens with)
        and not capital_subject().search(text[start : statement.start])
    ):
        previous = _previous_paragraph_end(text, start)
        if previous > 0:
            before = _paragraph(text, previous - 1)[0]
            actor = (
                _opening_actor(text, before, previous, actors)
                or _statement_owner(text, before, previous, actors)
                or _called_subject(text, before, previous, actors)
            )
    return actor or _generic_side(text, statement, actors)


# A sentence of the paragraph opened by a plural noun a group was named by before ("The Tigers
# disputed the army's account in a statement", "The dissidents, who call themselves the 10th
# Front, said", "The Provisionals said in a statement"): that group issued the statement.
_PLURAL_SUBJECT = re.compile(
    r"(?:^|[.!?][\"”’]?\s+)The\s+(?P<noun>[A-Za-z]{3,}s)\b(?!['’])", re.MULTILINE
)


def _called_subject(text: str, start: int, end: int, actors: list[ActorMatch]) -> str | None:
    """The actor named before `end` (within 3000 characters) whose mention holds the plural noun
    that opens a sentence in [start, end), or its singular as a first word ("the Provisional
    IRA" for "The Provisionals")."""
    for found in reversed(list(_PLURAL_SUBJECT.finditer(text, start, end))):
        noun = found.group("noun").casefold()
        for match in reversed(window(actors, max(0, end - 3000), found.start("noun"))):
            words = match.text.casefold().split()
            if match.kind != "outlet" and (noun in words or words[0] == noun[:-1]):
                return match.actor
    return None


# A generic armed side as the one speaking in the paragraph or the one before ("In a leaflet …,
# the rebels denied …", "In a statement emailed …, the group said …", "The clandestine rebel
# station … said", and opening its sentence: "The rebels said in a statement …"): the nearest
# armed group named before the quote.
_GENERIC_SPEAKER = re.compile(
    r"\b(?:[Tt]he\s+(?P<side>rebels|group|militants|insurgents|guerrillas|jihadists)|rebel\s+"
    r"(?:station|radio|website))\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:said|says|denied|claimed|announced|insisted|stated)\b"
)


def _generic_side(text: str, statement: StatementRecord, actors: list[ActorMatch]) -> str | None:
    start = _paragraph(text, statement.start)[0]
    previous = _previous_paragraph_end(text, start)
    if previous > 0:
        start = _paragraph(text, previous - 1)[0]
    found = list(_GENERIC_SPEAKER.finditer(text, start, statement.start))
    if not found:
        return None
    kinds = (
        ("armed_group", "organisation") if found[-1].group("side") == "group" else ("armed_group",)
    )
    before = [
        m
        for m in window(actors, max(0, statement.start - 3000), statement.start)
        if m.kind in kinds
    ]
    return before[-1].actor if before else None


# "…," the spokesman said: a bare role with no name ...
_BARE_ROLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "source", "official", "commander"}
)
# ... points back to the unnamed one introduced before: "An Iraqi military spokesman said …",
# "A military source in Khartoum said …", "In Washington, a State Department spokesman said".
_INTRODUCED_ROLE = re.compile(
    r"\b[Aa]n?\s+(?P<role>(?:(?:[A-Z][\w.'’\-]*|[a-z][\w\-]*)\s+){1,3}?(?P<noun>"
    + "|".join(sorted(_BARE_ROLES))
    + r")(?:\s+(?:in|at|for|of)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)?)"
    # (what the reporter did to reach him may stand before the verb: "reached by telephone")
    r"(?=\s*,?\s+(?:(?:reached|contacted|speaking)\s+(?:by|on|from)\s+\w+\s+)?(?:"
    + SPEECH_VERBS
    + r")\b)"
)
# "…," said the commander, who gave his name only as Tadesse: a definite bare role points back
# to the one introduced before, whatever name follows it.
_DEFINITE_ROLE = re.compile(r"\bthe\s+(?P<noun>" + "|".join(sorted(_BARE_ROLES)) + r")\b")


def _introduced_role(
    text: str, statement: StatementRecord, actors: list[ActorMatch]
) -> tuple[str, str | None] | None:
    """(role, actor) of the unnamed speaker a bare "the spokesman" points back to, in the quote's
    paragraph before it or the paragraph before that; the actor is the one named in the role."""
    start = _paragraph(text, statement.start)[0]
    previous = _previous_paragraph_end(text, start)
    if previous > 0:
        start = _paragraph(text, previous - 1)[0]
    found = [
        m
        for m in _INTRODUCED_ROLE.finditer(text, start, statement.start)
        if m.group("noun") == statement.role
    ]
    if not found:
        return None
    role_start, role_end = found[-1].span("role")
    role = found[-1].group("role")
    inside = [m for m in window(actors, role_start, role_end) if m.kind != "outlet"]
    if role_capital_state(role):
        # "A Baghdad military spokesman": the capital's state (officials.py), not the army the
        # article's generic "military" reads as
        inside = [m for m in inside if m.text.lower() not in GENERIC_FORCE_WORDS]
    return role, inside[-1].actor if inside else None


def _definite(text: str, statement: StatementRecord) -> bool:
    """The attribution calls the named speaker by "the <role>" ("said the commander, who gave
    his name only as …")."""
    return any(
        m.group("noun") == statement.role
        for m in _DEFINITE_ROLE.finditer(_sentence_around(text, statement))
    )


def _introduced_wording(text: str, statement: StatementRecord, actors: list[ActorMatch]) -> None:
    """A bare "the commander" whose side an earlier mention already gave (speaker_antecedent)
    still takes the wording of the one introduced before ("An M23 commander told reporters …"),
    when that introduction names the same side or none."""
    if statement.role not in _BARE_ROLES or (statement.speaker and not _definite(text, statement)):
        return
    introduced = _introduced_role(text, statement, actors)
    if introduced is not None and introduced[1] in (None, statement.actor):
        statement.role = introduced[0]


def group_statements(
    text: str, statements: list[StatementRecord], actors: list[ActorMatch]
) -> None:
    """Give a statement attributed to a generic source ("the statement said"), or to a
    spokesperson named with no organisation, the group that speaks in its paragraph; a bare "the
    spokesman" the role and side of the unnamed spokesman introduced before (and the named
    speaker's later statements under the same bare role, too)."""
    introduced_roles(text, statements, actors)  # "An Army spokesman said … "…," said Major X."
    learnt: dict[str, tuple[str, str | None]] = {}
    for statement in statements:
        if statement.actor is not None:
            _introduced_wording(text, statement, actors)
            continue
        if statement.speaker in learnt and (not statement.role or statement.role in _BARE_ROLES):
            statement.role, statement.actor = learnt[statement.speaker]
            continue
        if statement.role in _BARE_ROLES and (not statement.speaker or _definite(text, statement)):
            introduced = _introduced_role(text, statement, actors)
            if introduced is not None:
                statement.role, statement.actor = introduced
                if statement.speaker:
                    learnt[statement.speaker] = introduced
                continue
            if statement.speaker and statement.role != "source":
                # "The PKK gave a different account. … "…," said the commander, X.": the side
                # whose account the paragraph opens with
                statement.actor = _group_speaking(text, statement, None, actors)
                if statement.actor is not None:
                    learnt[statement.speaker] = (statement.role, statement.actor)
                    continue
        if not statement.speaker and not statement.role and _government_speaks(text, statement):
            continue  # the state's voice: the officials' step reads which state (speaker_offices)
        if not statement.speaker and not statement.role:
            statement.actor = _subject_before(text, statement, actors)
            if statement.actor is not None:
                continue
        if not statement.speaker and _SOURCE_ROLE.match(statement.role or ""):
            statement.role = ""  # "the Britain-based monitor said": an organisation, no person
        bare = _BARE_SPOKESPERSON.match(statement.role or "")
        source = _GENERIC_SOURCE.search(_sentence_around(text, statement))
        if not bare and (statement.speaker or statement.role or not source):
            continue
        statement.actor = _group_speaking(text, statement, source, actors)
    body_statements(text, statements, actors)


# The unnamed government as the subject of its paragraph's reporting verb, opening a sentence.
_GOVERNMENT_VOICE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))" + GOVERNMENT_SPEAKS)


def _government_speaks(text: str, statement: StatementRecord) -> bool:
    """The quote's paragraph, before the quote's end, has the government speak."""
    start = _paragraph(text, statement.start)[0]
    return _GOVERNMENT_VOICE.search(text, start, statement.end) is not None


# What may follow the actor that opens the quote's sentence before its reporting verb: an
# acronym or an apposition ("The Mindanao People's Caucus, a network of civic groups, said"),
# then the verb ("said in a statement that "…"", "condemned the shelling, saying "…"").
_AFTER_SUBJECT = re.compile(
    r"(?:\s*\([^()\"“”]{1,20}\))?(?:\s*,[^,\"“”]{1,80},)?\s+(?:also\s+)?(?:"
    + SPEECH_VERBS
    + r"|condemned|criticised|criticized|appealed|called|rejected)\b"
)


def _subject_before(text: str, statement: StatementRecord, actors: list[ActorMatch]) -> str | None:
    """A quote no person is credited with, in a sentence an actor opens as the subject of its
    reporting verb ("Amnesty International said in a statement that "…"", "The regional bloc's
    commission condemned the raid, saying "…""): that organisation or state speaks
    (tests/gold/README.md, "Organisations quoted without a person")."""
    start = statement.sentence_start
    end = statement.start
    while end > start and text[end - 1] in _QUOTE_MARKS:
        end -= 1
    lead = text[start:end]
    if not lead.strip() or any(mark in lead for mark in '"“”'):
        return None
    for match in window(actors, start, end):
        if match.kind == "outlet":
            continue
        if _SENTENCE_LEAD.search(text[start : match.start]) and _AFTER_SUBJECT.match(
            text, match.end, end
        ):
            return match.actor
        return None  # only the sentence's first actor may be its subject
    return None
