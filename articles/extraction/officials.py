"""Officials whose role names no actor speak for the article's state: government members for the
state, army officers for its forces (tests/gold/README.md, heldout7 conventions)."""

from __future__ import annotations

import re
from functools import lru_cache

from .actors import ActorMatch, window
from .role_states import described_side, role_named_state
from .statements import StatementRecord
from .states import AMBIGUOUS_NAMES, POLICE, countries, demonym_index, state_of_capital
from .units import unit_sides

_GOVERNMENT_ROLE = re.compile(
    r"\b(?:minister|ministry|president|presidential|presidency|premier|chancellor|"
    r"government|secretary|cabinet|interior|foreign\s+office|department|"
    r"national\s+security\s+council)\b",
    re.I,
)
# A state's forces, or one of their units or operations: "army spokesman", "air force officer",
# "officer of the division", "spokesman for the Khortytsia group of forces", "commander of the
# Malian units in the area", "spokesman for the command", "commander of the Hawija operation".
_FORCES_ROLE = re.compile(
    r"\b(?:army|military|armed\s+forces|air\s+force|federal\s+(?:forces|troops)|government\s+"
    r"(?:forces|troops)|defen[cs]e(?:\s+forces)?|division|corps|brigade|battalion|units?|"
    r"group\s+of\s+forces|operational[-\s]tactical\s+group|task\s+force|command|operations?(?!\s+room)|"
    r"republican\s+guard|troops|marines?|front)\b",
    re.I,
)
# An officer by the head of his role, whoever he commands for ("commander of the government's
# coastal front", "a general of the federal government's forces"): the forces, not the state.
_MILITARY_HEAD = re.compile(
    r"^(?:[\w\-]+\s+){0,2}?(?:commander|officer|general|colonel|brigadier|major)\b(?!\s+of\s+"
    r"(?:the\s+)?(?:government|state|ministry|cabinet)\b(?!['’]))",
    re.I,
)
# A military rank and nothing else ("said Lieutenant General Qassim al-Saadi, who led the
# operation", "army spokesman Major General X" read as its title): an officer of the forces.
_RANK_ONLY = re.compile(
    r"^(?:(?:lt|lieutenant|maj|major|brig|brigadier|col|colonel|gen|general|capt|captain|rear|"
    r"vice|adm|admiral|air|marshal|field)\.?(?:\s+|-|$))+$",
    re.I,
)
_POLICE_ROLE = re.compile(r"\bpolice\b", re.I)
# A junta is its forces ruling the state: "the junta's spokesman", "spokesman for the military
# government" speak for the forces.
_JUNTA_ROLE = re.compile(r"\b(?:junta|military\s+(?:government|regime|council))\b", re.I)
_COMMAND_ROLE = re.compile(
    r"\b(?:commander|spokes(?:man|woman|person)|officer|general|chief|head|colonel|sources?|"
    r"director)\b",
    re.I,
)


_NOT_OFFICIAL = re.compile(
    r"\b(?:former|ex|opposition|rebels?|shadow|regional|provincial|local|state|analysts?|"
    r"experts?|researchers?|professor|journalists?|diplomats?|candidate|administration|governor|mayor|"
    r"town['’]s|city['’]s|village['’]s|(?<!military\s)district|municipal|(?:a|another|one)\s+(?:\w+\s+)?country)\b",
    re.I,
)


# "Somaliland's information minister": a possessive name before the role that is no known state.
_OFFICE_HOLDERS = frozenset(
    {"president", "prime minister", "premier", "king", "emir", "chancellor"}
)
_POSSESSIVE_LEAD = re.compile(r"^(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)['’]s\s")


def _home_state(
    actors: list[ActorMatch],
    states: dict[str, str],
    forces: dict[str, str],
    filed_in: str | None = None,
) -> tuple[str | None, str | None]:
    """(the article's state, its forces as the article names them): the state the dateline files
    the story from (`filed_in`), else the first state or state's forces the article names; and the
    first forces of that state it names."""
    home: str | None = filed_in
    home_forces: str | None = None
    for match in actors:
        if match.kind != "state":
            continue
        country = (
            match.actor
            if match.actor in states
            else forces.get(match.actor) or _POLICE_STATE.get(match.actor)
        )
        if country is None:
            continue
        if home is None:
            home = country
        if home_forces is None and match.actor in forces and forces[match.actor] == home:
            home_forces = match.actor
    return home, home_forces


_POLICE_STATE = {police: country for country, police in POLICE.items()}


@lru_cache(maxsize=1)
def _places_of_states() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every country's names and capital -> the state, and a pattern finding them."""
    state_of = {**state_of_capital(), **_state_of_name()}
    names = sorted(set(state_of) - AMBIGUOUS_NAMES, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b"), state_of


@lru_cache(maxsize=1)
def _state_words() -> tuple[re.Pattern[str], dict[str, str]]:
    state_of = {**state_of_capital(), **_state_of_name(), **demonym_index()}
    names = sorted(set(state_of) - AMBIGUOUS_NAMES, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b"), state_of


def _headline_state(text: str) -> str | None:
    """The first state the article's first line (its headline) names, by its name, capital or
    demonym ("Chad rebels pull out of N'Djamena", "Liberian rebel group seizes port")."""
    end = text.find("\n")
    if not 0 < end <= 300 or text[:end].rstrip().endswith("."):
        return None  # no headline: a first paragraph
    pattern, state_of = _state_words()
    for found in pattern.finditer(text, 0, end):
        if not _NOT_THE_STATE.match(text, found.end()):
            return state_of[found.group()]
    return None


# "Indian Ocean", "Armenian town of Kessab": a name or a place the demonym qualifies, not a state.
_NOT_THE_STATE = re.compile(
    r" (?:[A-Z][a-z]|(?:town|city|village|port|border|coast|region|province|enclave)s?\b)"
)


def _first_place_state(text: str) -> str | None:
    """The first country (or capital) the text names, as a place or not ("fighting in Libya",
    "Tripoli (AFP) -"): the article's state when no state acts in it by name."""
    pattern, state_of = _places_of_states()
    found = pattern.search(text)
    return state_of[found.group()] if found else None


# "N'DJAMENA (AFP) -", "Kabul (AFP) -", "MONROVIA, July 29 (Reuters) -", "KIEV, Ukraine (AP) —",
# "NEW DELHI, July 4.": a line that opens with the city the story was filed from.
_DATELINE = re.compile(
    r"(?P<city>[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,3})"
    r"(?:,\s+(?P<where>[A-Z][\w'’.\- ]{1,40}?))??"
    r"(?:(?P<date>,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})\.?)?\s*(?P<agency>\([^()\n]{2,40}\)\s*)?"
    r"(?:[-—–]|(?<=\.)\s)"
)


@lru_cache(maxsize=1)
def _capital_states() -> dict[str, str]:
    return {capital.casefold(): state for capital, state in state_of_capital().items()}


def dateline_state(text: str) -> str | None:
    """The state the article's dateline files it from: the country it names ("PEMBA, Mozambique
    -") or whose capital it opens with ("N'Djamena (AFP) -"). Officials quoted in a story filed
    from a capital are, unless their role or paragraph says otherwise, that state's."""
    line_start = 0
    while line_start != -1 and line_start < 1500:
        found = _DATELINE.match(text, line_start)
        if found and (
            found.group("agency")
            or found.group("date")
            # (not a headline's initial: "C. Africa rebels seize …")
            or (found.group("city").isupper() and len(found.group("city").rstrip(".")) > 1)
        ):
            where = found.group("where")
            if where and where in _state_of_name():
                return _state_of_name()[where]
            state = _capital_states().get(found.group("city").casefold())
            # "NAIROBI (Reuters) - Tigrayan forces …": a story filed from a neighbour's capital
            # that never names the neighbour again is not about it.
            pattern, state_of = _state_words()
            named = {state_of[m.group()] for m in pattern.finditer(text, found.end())}
            return state if state in named else None
        line_start = text.find("\n", line_start) + 1 or -1
    return None


@lru_cache(maxsize=1)
def _capital_lead() -> re.Pattern[str]:
    """ "In Paris, …" at a sentence's start."""
    names = sorted((c["capital"] for c in countries() if c.get("capital")), key=len, reverse=True)
    return re.compile(r"In\s+(?P<capital>" + "|".join(map(re.escape, names)) + r"),")


@lru_cache(maxsize=1)
def _capital_subject() -> re.Pattern[str]:
    """ "Yerevan denied …", "Moscow says …": a capital as a sentence's subject."""
    names = sorted((c["capital"] for c in countries() if c.get("capital")), key=len, reverse=True)
    return re.compile(
        r"(?:^|(?<=[.!?]\s))(?P<capital>"
        + "|".join(map(re.escape, names))
        + r")\s+[a-z]+(?:ed|s)\b"
    )


@lru_cache(maxsize=1)
def _state_of_name() -> dict[str, str]:
    """Every name of a state ("DR Congo", "Congo") -> the state."""
    return {n: c["name"] for c in countries() for n in [c["name"], *c.get("names", [])]}


# What may stand before a sentence's subject: the paragraph's start or a sentence end, a capital
# lead ("In Ankara, ") or a time lead ("Hours earlier", "On Monday,", "Meanwhile").
_SENTENCE_LEAD = re.compile(
    r"(?:^|[.!?][\"”’]?\s+)(?:In\s+[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?,\s+)?"
    r"(?:(?:(?:Hours|Days|Minutes|Weeks|Moments)\s+(?:earlier|later)|Earlier|Later|Meanwhile|"
    r"Separately|On\s+[A-Z][a-z]+day),?\s+)?$"
)


def _paragraph_state(
    text: str, statement: StatementRecord, actors: list[ActorMatch], forces: dict[str, str]
) -> str | None:
    """The state the statement's paragraph speaks from: the first state or state's forces that
    opens a sentence of it ("Armenia's defence ministry said … "…," said ministry spokeswoman Y",
    "Turkey, which backs the rebels, called for…"), or a capital that leads one ("In Paris,
    Foreign Ministry spokesman X condemned…"). A state named inside a sentence ("facilitated by
    Malaysia", "with its Rwandan allies") is no speaker's side, nor is one that opens a sentence
    after the statement's ("… said President X. Moscow denied it.")."""
    start = text.rfind("\n", 0, statement.start) + 1
    end = text.find("\n", statement.end)
    end = len(text) if end == -1 else end
    end = min(end, max(statement.sentence_end, statement.end))
    found: list[tuple[int, str]] = [
        (m.start, forces.get(m.actor, m.actor))
        for m in window(actors, start, end)
        if m.kind == "state"
        and not statement.start <= m.start < statement.end  # the speaker's words are not his side
        and _SENTENCE_LEAD.search(text[max(start, m.start - 60) : m.start].lstrip('"“ '))
    ]
    for capital in _capital_lead().finditer(text, start, end):
        if _SENTENCE_LEAD.search(text[max(start, capital.start() - 60) : capital.start()]):
            found.append((capital.start(), state_of_capital()[capital.group("capital")]))
    for capital in _capital_subject().finditer(text[start:end]):
        found.append((start + capital.start(), state_of_capital()[capital.group("capital")]))
    return min(found)[1] if found else None


@lru_cache(maxsize=1)
def _spoken_in_pattern() -> re.Pattern[str]:
    """ "told reporters in Tbilisi", "said in Kabul", "speaking in Moscow": where the speaker
    was."""
    names = sorted((c["capital"] for c in countries() if c.get("capital")), key=len, reverse=True)
    return re.compile(
        r"\b(?:told|said|says|added|speaking|spoke)\b(?:\s+[\w\-]+){0,3}?\s+in\s+(?P<capital>"
        + "|".join(map(re.escape, names))
        + r")\b"
    )


def _spoken_in(text: str, statement: StatementRecord) -> str | None:
    """The state whose capital the statement's own attribution places the speaker in."""
    for start, end in (
        (statement.end, statement.sentence_end),
        (statement.sentence_start, statement.start),
    ):
        found = _spoken_in_pattern().search(text, start, max(start, end))
        if found:
            return state_of_capital()[found.group("capital")]
    return None


# "Russia's defence ministry said …", "the Russian Defence Ministry": a ministry and its state.
_MINISTRY_NAMED = re.compile(
    r"\b(?P<owner>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)??)(?:['’]s)?\s+(?:[A-Za-z\-]+\s+){0,2}?"
    r"[Mm]inistry\b"
)
_MINISTRY_ROLE = re.compile(r"^(?:a\s+|the\s+)?(?:(?P<kind>[a-z\-]+)\s+)?ministry\b", re.I)


def _ministry_state(text: str, statement: StatementRecord) -> str | None:
    """ "a ministry spokesman": the state of the last ministry the text named before (of the same
    kind when both say: a "foreign ministry spokesman" is not the defence ministry's)."""
    role = _MINISTRY_ROLE.match(statement.role)
    if not role:
        return None
    kind = (role.group("kind") or "").lower()
    for found in reversed(
        list(_MINISTRY_NAMED.finditer(text, max(0, statement.start - 3000), statement.start))
    ):
        named = found.group(0).split()
        named_kind = named[-2].lower() if len(named) > 1 else ""
        if kind and named_kind and named_kind != kind and named_kind != found.group("owner"):
            continue
        owner = found.group("owner")
        state = _state_of_name().get(owner) or demonym_index().get(owner)
        if state:
            return state
    return None


def _role_state(role: str, states: dict[str, str]) -> str | None:
    """A state the role names by its demonym ("commander of the Malian units in the area")."""
    for word in re.findall(r"\b[A-Z][\w\-]+", role):
        country = demonym_index().get(word)
        if country in states:
            return country
    return None


def _official_side(role: str, home: str, home_forces: str | None, states: dict[str, str]):
    """Whom an official with this role speaks for, or None when the role is no official's."""
    lead = _POSSESSIVE_LEAD.match(role)
    if lead and lead.group("name").lower() in _OFFICE_HOLDERS:
        lead = None  # "the President's Office director": an office of the state, not another's
    owner = _state_of_name().get(lead.group("name")) if lead else None
    if lead and owner not in states:
        return None  # someone else's minister
    if _JUNTA_ROLE.search(role) and not lead:
        return home_forces or states.get(home) or home
    if _GOVERNMENT_ROLE.search(role) and not _MILITARY_HEAD.match(role):
        return owner or home  # "head of Mali's military government": the state
    if _COMMAND_ROLE.search(role) and _POLICE_ROLE.search(role):
        return POLICE.get(home)  # "police spokesman": the state's police, when it has one
    if (_FORCES_ROLE.search(role) and _COMMAND_ROLE.search(role)) or _RANK_ONLY.match(role):
        return home_forces or states.get(home) or home
    return None


def _described_official(
    role: str, start: int, actors: list[ActorMatch], forces: dict[str, str]
) -> str | None:
    """The side an official's role names by the adjective the article gives its forces or
    government (role_states.described_side), for a government member or an officer."""
    government = bool(_GOVERNMENT_ROLE.search(role) and not _MILITARY_HEAD.match(role))
    if not government and not (_FORCES_ROLE.search(role) and _COMMAND_ROLE.search(role)):
        return None
    return described_side(role, start, actors, forces, government)


def official_actors(
    text: str,
    statements: list[StatementRecord],
    actors: list[ActorMatch],
    states: dict[str, str],
    forces: dict[str, str],
    placed_in: str | None = None,
) -> list[str]:
    """Give a government member ("Defence Minister Kemal Yavuz", "head of the Government
    Communication Service") the article's state, an officer whose role names no group ("commander
    of army operations in the Northwest", "officer of the division") the article's forces, and a
    police spokesman its police, when the role names no actor. The article's state is that of the
    first state or state's forces it names (after the headline's, the dateline's and that of
    `placed_in`, the country most of its resolved places are in). `states`: country name -> its
    forces actor name; `forces`: forces actor name -> country. Returns the names given that are
    not among the article's actors (the caller may need to create them). A unit's spokesman or
    soldier is read first (units.py)."""
    unit_sides(text, statements, actors, states)
    if not any(
        s.actor is None
        and s.role
        and (
            _GOVERNMENT_ROLE.search(s.role)
            or _FORCES_ROLE.search(s.role)
            or _JUNTA_ROLE.search(s.role)
            or _POLICE_ROLE.search(s.role)
            or _RANK_ONLY.match(s.role)
        )
        for s in statements
    ):
        return []  # (checked first: finding the article's state walks all its actors)
    home, home_forces = _home_state(
        actors, states, forces, _headline_state(text) or dateline_state(text) or placed_in
    )
    home = home or _first_place_state(text)
    if home is None:
        return []
    named = {m.actor for m in actors}
    given: list[str] = []
    sides: dict[tuple[str, str], str | None] = {}  # a named official keeps his first side
    for statement in statements:
        role = statement.role
        if statement.actor is not None or not role or _NOT_OFFICIAL.search(role):
            continue
        if statement.speaker and (statement.speaker, role) in sides:
            statement.actor = sides[statement.speaker, role]
            continue
        named_state = _role_state(role, states) or role_named_state(role, states)
        side = None if named_state else _described_official(role, statement.start, actors, forces)
        if side is not None and side not in states:
            statement.actor = side  # "the Abkhaz defence minister" after "Abkhaz forces …"
            if statement.speaker:
                sides[statement.speaker, role] = side
            continue
        spoken_in = _spoken_in(text, statement)
        local = (
            named_state
            or side
            or _ministry_state(text, statement)
            or spoken_in
            or (
                None  # "the junta" is the article's own, whoever the paragraph opens with
                if _JUNTA_ROLE.search(role)
                else _paragraph_state(text, statement, actors, forces)
            )
        )
        if local is not None and local != home and (local in states or local == spoken_in):
            # An official speaking in a paragraph about another state speaks for that one.
            statement.actor = _official_side(role, local, None, states)
        else:
            statement.actor = _official_side(role, home, home_forces, states)
        if statement.speaker:
            sides[statement.speaker, role] = statement.actor
        if statement.actor is not None and statement.actor not in named:
            given.append(statement.actor)
    return given
