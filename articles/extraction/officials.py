"""Officials whose role names no actor speak for the article's state: government members for the
state, army officers for its forces (tests/gold/README.md, heldout7 conventions)."""

from __future__ import annotations

import re

from .actors import ActorMatch, window
from .official_capitals import role_capital_state
from .official_capitals import spoken_in as spoken_in_capital
from .official_homes import (
    capital_lead,
    capital_subject,
    dateline_state,
    first_place_state,
    headline_state,
    home_state,
    state_of_name,
)
from .official_offices import office_state
from .official_units import unit_state
from .role_states import described_side, role_named_state
from .ruling_bodies import speak_for_ruled_states
from .speaker_accounts import account_sides
from .speaker_offices import lend_offices, take_offices_back
from .statements import StatementRecord
from .states import NATIONAL_GUARDS, POLICE, demonym_index, state_of_capital
from .units import unit_sides

_GOVERNMENT_ROLE = re.compile(
    r"\b(?:minister|ministry|president|presidential|presidency|premier|chancellor|"
    r"government|secretary|cabinet|interior|foreign\s+office|department|"
    r"(?:national|state)\s+security\s+council|supreme\s+(?:defen[cs]e|national\s+security)\s+"
    r"council|"
    # a state's services ("deputy head of the border service", "Kyrgyzstan's State Committee for
    # National Security")
    r"(?:border|security|intelligence|customs|migration)\s+service|state\s+committee|"
    # a state's envoys abroad ("Norway's ambassador", "a spokesman for the Soviet embassy")
    r"ambassador|envoy|embassy|high\s+commission(?:er)?|charg[eé]\s+d['’]affaires|consul(?:ate)?)\b"
    r"|" + r"(?P<media>\b(?:official|state|state-run|government-run)\s+(?:[\w\-]+\s+){0,3}?"
    # a state's own media ("the official Libyan news agency JANA"): the state, no person's role
    r"(?:news\s+agency|radio|television|broadcaster)\b)",
    re.I,
)
# A state's forces, or one of their units or operations: "army spokesman", "air force officer",
# "officer of the division", "spokesman for the Khortytsia group of forces", "commander of the
# Malian units in the area", "spokesman for the command", "commander of the Hawija operation".
_FORCES_ROLE = re.compile(
    r"\b(?:army|military|armed\s+forces|air\s+force|federal\s+(?:forces|troops)|government\s+"
    r"(?:forces|troops)|defen[cs]e(?:\s+forces)?|divisions?|corps|brigades?|battalions?|units?|"
    # "spokesman for the ground forces in Kurdistan", "spokesman for one of the mechanised
    # brigades", "divisional commander" (a "senior divisional officer" governs a district)
    r"divisional\s+commander|(?:ground|security)\s+forces|"
    r"group\s+of\s+forces|operational[-\s]tactical\s+group|task\s+force|command|operations?(?!\s+room)|"
    r"republican\s+guard|troops|marines?|front|(?:company|platoon|squad)\s+(?:commander|leader)|"
    # a state's troops abroad: "commander of the Guinean contingent", "the French force"
    r"contingent|force|general\s+staff|"
    # a post its troops hold: "the fort's commander", "deputy commander of the garrison"
    r"garrison|fort(?:ress)?|barracks|outpost)\b",
    re.I,
)
# An officer or soldier whose role names his state and nothing else ("a Kenyan officer with the
# regional force", "an Iraqi officer", "a senior Serbian police officer"): that state's.
# Also by his rank alone ("a wounded Jordanian lieutenant", "a Syrian pilot").
_SERVICE_HEAD = re.compile(
    r"\b(?:officer|soldier|commander|lieutenant|captain|major|colonel|sergeant|corporal|private|"
    r"general|pilot|paratrooper|conscript)s?\b",
    re.I,
)
# An official whose role names his state by its demonym ("an Azerbaijani official", "a senior
# Kenyan official"; not "official of Operation Lifeline Sudan"), or a security official of the
# article's ("a senior security official in Hakkari"): the state.
_NAMED_OFFICIAL = re.compile(r"\bofficials?\b", re.I)
# ("the Indian spokesman" too: a spokesman who names no office speaks for the state.)
_DEMONYM_OFFICIAL = re.compile(
    r"\b(?P<demonym>[A-Z][\w\-]+)\s+(?:officials?|spokes(?:man|woman|person))\b"
)
# A diplomat is an observer ("Western diplomats said"), unless his role names his state: "a
# Kuwaiti diplomat in Bahrain", "a French diplomat in Djibouti" speak for that state.
_STATE_DIPLOMAT = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:senior\s+)?(?P<demonym>[A-Z][\w\-]+)\s+diplomat\b"
)
_SECURITY_OFFICIAL = re.compile(r"\bsecurity\s+officials?\b", re.I)
# A serviceman by his rank alone, no side named in the role or before it ("said X, a soldier
# guarding the airstrip", "a private who was in the relief force"): a rebel is a "fighter" or a
# "rebel officer" in wire copy, so a bare soldier or officer serves the article's forces.
_BARE_SERVICE = re.compile(r"^(?:(?:a|an|the|one)\s+)?(?:soldier|private|officer|conscript)$", re.I)
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
# "Colonel X, who commanded the assault": a commander by the clause his role is.
_COMMANDS_CLAUSE = re.compile(r"^who\s+(?:commands|commanded|leads|led|heads|headed)\s", re.I)
# "…," the General Staff said: the forces' command itself, no person's role.
_GENERAL_STAFF = re.compile(r"^(?:the\s+)?(?:army\s+)?general\s+staff$", re.I)
_POLICE_ROLE = re.compile(r"\bpolice\b", re.I)
_GUARD_ROLE = re.compile(r"\bNational\s+Guard\b")
# "the joint military and police task force": the forces lead it
_ARMY_WORD = re.compile(r"\b(?:military|army)\b", re.I)
# "in Borno state": a province the role places the office in, no state official's
_IN_PROVINCE = re.compile(r"\bin\s+(?:[A-Z][\w\-]*\s+)+state\b")
# A junta is its forces ruling the state: "the junta's spokesman", "spokesman for the military
# government" speak for the forces.
_JUNTA_ROLE = re.compile(r"\b(?:junta|military\s+(?:government|regime|council))\b", re.I)
_COMMAND_ROLE = re.compile(
    r"\b(?:commander|spokes(?:man|woman|person)|officer|general|chief|head|colonel|sources?|"
    r"director|soldiers?)\b",
    re.I,
)


_NOT_OFFICIAL = re.compile(
    r"\b(?:former|ex|opposition|rebels?|separatists?|breakaway|self-(?:proclaimed|declared)|"
    # ("regional military commander", "the Cenderawasih regional military command": a state's
    # army is divided into regions, unlike its government)
    r"militia(?:s|['’]s?)?|shadow|(?:regional|provincial)(?!\s+(?:military|army|force)\b)|"
    r"local|"
    # (not "minister of state for defense", nor "the presidential administration": the state's)
    r"(?<!minister\sof\s)state(?!\s+(?-i:[A-Z]))|analysts?|experts?|researchers?|professor|"
    r"journalists?|diplomats?|candidate|(?<!presidential\s)administration|governor|mayor|"
    r"town['’]s|city['’]s|village['’]s|(?<!military\s)district|municipal|(?:a|another|one)\s+(?:\w+\s+)?country)\b",
    re.I,
)


# "Somaliland's information minister": a possessive name before the role that is no known state.
_OFFICE_HOLDERS = frozenset(
    {"president", "prime minister", "premier", "king", "emir", "chancellor"}
)
# "the Interior Ministry's spokesman": an office of the state as the owner, not another state.
# (nor "the Army's chief information officer": the state's forces, not a state of that name)
_STATE_OFFICE = re.compile(
    r"\b(?:Ministry|Department|Office|Presidency|Government|Army|Navy|Military|Forces?)$"
)
_POSSESSIVE_LEAD = re.compile(r"^(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)['’]s\s")


# What may stand before a sentence's subject: the paragraph's start or a sentence end, a capital
# lead ("In Ankara, ") or a time lead ("Hours earlier", "On Monday,", "Meanwhile").
_SENTENCE_LEAD = re.compile(
    # ("In Dar es Salaam, the Tanzanian government said …": a city's name may hold a particle)
    r"(?:^|[.!?][\"”’]?\s+)(?:In\s+[A-Z][\w\-]*(?:\s(?:[A-Z][\w\-]*|es|al|el|de|la)){0,3},\s+)?"
    r"(?:(?:(?:Hours|Days|Minutes|Weeks|Moments)\s+(?:earlier|later)|Earlier|Later|Meanwhile|"
    r"Separately|On\s+[A-Z][a-z]+day),?\s+)?"
    # the article before a state named by its demonym: "The Ethiopian government denied …", "An
    # Ethiopian foreign ministry spokesman declined …", after a place lead "the Tanzanian …"
    r"(?:(?:The|An?)\s+|(?<=,\s)the\s+)?$"
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
    for capital in capital_lead().finditer(text, start, end):
        if _SENTENCE_LEAD.search(text[max(start, capital.start() - 60) : capital.start()]):
            found.append((capital.start(), state_of_capital()[capital.group("capital")]))
    for capital in capital_subject().finditer(text[start:end]):
        found.append((start + capital.start(), state_of_capital()[capital.group("capital")]))
    return min(found)[1] if found else None


def _role_state(role: str, states: dict[str, str]) -> str | None:
    """A state the role names by its demonym ("commander of the Malian units in the area")."""
    for word in re.findall(r"\b[A-Z][\w\-]+", role):
        country = demonym_index().get(word)
        if country in states:
            return country
    return None


def _named_state(text: str, role: str, states: dict[str, str]) -> str | None:
    """The state the role names: by demonym or name, by a capital, or by a unit the text names
    with its state ("Marine battalion commander" after "U.S. Marines")."""
    return (
        _role_state(role, states)
        or role_named_state(role, states)
        or role_capital_state(role)
        or unit_state(text, role, states)
    )


def _official_side(
    role: str,
    home: str,
    home_forces: str | None,
    states: dict[str, str],
    named_state: bool = False,
    abroad: bool = False,
):
    """Whom an official with this role speaks for, or None when the role is no official's.
    `named_state`: the role names `home` itself ("an Iraqi officer"); `abroad`: `home` is not the
    article's state, whose forces speak as such only when the article names them (a foreign
    contingent of a state whose army the text never names is the state's, tests/gold/README.md
    "Attackers")."""
    forces = home_forces if abroad else home_forces or states.get(home)
    lead = _POSSESSIVE_LEAD.match(role)
    if lead and (
        lead.group("name").lower() in _OFFICE_HOLDERS or _STATE_OFFICE.search(lead.group("name"))
    ):
        lead = None  # "the President's Office director": an office of the state, not another's
    # (a capital as the owner: "Washington's special envoy")
    owner = (
        state_of_name().get(lead.group("name")) or state_of_capital().get(lead.group("name"))
        if lead
        else None
    )
    if lead and owner not in states:
        return None  # someone else's minister
    if _JUNTA_ROLE.search(role) and not lead:
        return home_forces or states.get(home) or home
    if _GOVERNMENT_ROLE.search(role) and not _MILITARY_HEAD.match(role):
        return owner or home  # "head of Mali's military government": the state
    if _GUARD_ROLE.search(role) and home in NATIONAL_GUARDS:
        return NATIONAL_GUARDS[home]  # "a National Guard lieutenant": the guard, not the army
    if (
        (_COMMAND_ROLE.search(role) or _NAMED_OFFICIAL.search(role))
        and _POLICE_ROLE.search(role)
        and not _ARMY_WORD.search(role)
    ):
        # "police spokesman", "a senior police official in Diyarbakir": the state's police, when
        # it has one; "a senior Serbian police officer" the state his role names
        return POLICE.get(home) or (home if named_state else None)
    if (
        (_FORCES_ROLE.search(role) and _COMMAND_ROLE.search(role))
        or _RANK_ONLY.match(role)
        or _COMMANDS_CLAUSE.match(role)
        or (named_state and _SERVICE_HEAD.search(role))
        or _BARE_SERVICE.match(role)
    ):
        return forces or home
    demonym = _DEMONYM_OFFICIAL.search(role)
    if (
        named_state and demonym and demonym_index().get(demonym["demonym"]) == home
    ) or _SECURITY_OFFICIAL.search(role):
        return home
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


def _unplaced_official(s: StatementRecord) -> bool:
    """A statement with no side yet whose role reads as a government member, an officer, a
    junta's or the police's spokesman, or a service head."""
    role = s.role
    return (
        s.actor is None
        and bool(role)
        and bool(
            _GOVERNMENT_ROLE.search(role)
            or _FORCES_ROLE.search(role)
            or _JUNTA_ROLE.search(role)
            or _POLICE_ROLE.search(role)
            or _GUARD_ROLE.search(role)
            or _RANK_ONLY.match(role)
            or _COMMANDS_CLAUSE.match(role)
            or _SERVICE_HEAD.search(role)
            or _NAMED_OFFICIAL.search(role)
            or _DEMONYM_OFFICIAL.search(role)
            or _BARE_SERVICE.match(role)
        )
    )


def _local_state(
    text: str,
    statement: StatementRecord,
    spoken_in: str | None,
    actors: list[ActorMatch],
    forces: dict[str, str],
) -> str | None:
    """The state an official's place of speaking, ministry or paragraph names, if any (where
    he spoke, "at a briefing in Ankara", over the state whose ministry of his kind was named
    last)."""
    if found := spoken_in or office_state(text, statement, actors):
        return found
    if _JUNTA_ROLE.search(statement.role):
        return None  # "the junta" is the article's own, whoever the paragraph opens with
    return _paragraph_state(text, statement, actors, forces)


def _settle_organs_and_guards(statements: list[StatementRecord]) -> None:
    """Statements whose side is already read: a staff organ keeps no role, and a guardsman
    read as his state's speaks for its national guard."""
    for statement in statements:
        if statement.actor and not statement.speaker and _GENERAL_STAFF.match(statement.role):
            statement.role = ""  # ("…," the army General Staff said: its side already read)
        if statement.actor in NATIONAL_GUARDS and _GUARD_ROLE.search(statement.role):
            # "platoon commander in a National Guard unit", read as Ukraine's: its guard
            statement.actor = NATIONAL_GUARDS[statement.actor]


def _state_diplomats(statements: list[StatementRecord], states: dict[str, str]) -> None:
    """A diplomat whose role names his state by its demonym speaks for it, wherever he is."""
    for statement in statements:
        diplomat = _STATE_DIPLOMAT.match(statement.role) if statement.actor is None else None
        if diplomat and demonym_index().get(diplomat["demonym"]) in states:
            statement.actor = demonym_index()[diplomat["demonym"]]


def official_actors(
    text: str,
    statements: list[StatementRecord],
    actors: list[ActorMatch],
    states: dict[str, str],
    forces: dict[str, str],
    placed_in: str | None = None,
) -> list[str]:
    """Officials' sides (_official_sides), then a side's spokesman or commander still without
    one speaks for the side whose account his paragraph gives (speaker_accounts.py)."""
    lent = lend_offices(text, statements)  # "The Interior Ministry said … "…," the ministry said"
    given = _official_sides(text, statements, actors, states, forces, placed_in)
    take_offices_back(lent)
    account_sides(text, statements, actors)
    return given


def _official_sides(
    text: str,
    statements: list[StatementRecord],
    actors: list[ActorMatch],
    states: dict[str, str],
    forces: dict[str, str],
    placed_in: str | None,
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
    speak_for_ruled_states(statements)  # "spokesman for the Provisional Military Administrative …"
    _settle_organs_and_guards(statements)
    _state_diplomats(statements, states)
    if not any(_unplaced_official(s) for s in statements):
        return []  # (checked first: finding the article's state walks all its actors)
    home, home_forces = home_state(
        actors, states, forces, headline_state(text) or dateline_state(text) or placed_in
    )
    home = home or first_place_state(text)
    if home is None:
        return []
    named = {m.actor for m in actors}
    given: list[str] = []
    sides: dict[tuple[str, str], str | None] = {}  # a named official keeps his first side
    for statement in statements:
        role = statement.role
        if (
            statement.actor is not None
            or not role
            or _NOT_OFFICIAL.search(_IN_PROVINCE.sub("", role))
        ):
            continue
        if statement.speaker and (statement.speaker, role) in sides:
            statement.actor = sides[statement.speaker, role]
            continue
        named_state = _named_state(text, role, states)
        side = None if named_state else _described_official(role, statement.start, actors, forces)
        if side is not None and side not in states:
            statement.actor = side  # "the Abkhaz defence minister" after "Abkhaz forces …"
            if statement.speaker:
                sides[statement.speaker, role] = side
            continue
        spoken_in = spoken_in_capital(text, statement)
        local = named_state or side or _local_state(text, statement, spoken_in, actors, forces)
        if local is not None and local != home and (local in states or local == spoken_in):
            # An official speaking in a paragraph about another state speaks for that one.
            local_forces = states.get(local)
            statement.actor = _official_side(
                role,
                local,
                local_forces if local_forces in named else None,
                states,
                named_state=local == named_state,
                abroad=True,
            )
        else:
            statement.actor = _official_side(
                role, home, home_forces, states, named_state=named_state == home
            )
        media = _GOVERNMENT_ROLE.search(role)
        organ = (media and media["media"]) or _GENERAL_STAFF.match(role)
        if statement.actor is not None and not statement.speaker and organ:
            statement.role = ""  # (the gold's convention for an organisation without a person)
        if statement.speaker:
            sides[statement.speaker, role] = statement.actor
        if statement.actor is not None and statement.actor not in named:
            given.append(statement.actor)
    return given
