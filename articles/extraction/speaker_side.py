"""Whom a speaker speaks for, read from the role: the actor the role names ("spokesman for the
SDF"), the group named before "its spokesman" or "the group's spokesman", or the last actor whose
name ends in the role's head noun ("spokesman for the alliance")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .actors import ActorMatch, window
from .leaders import leaders
from .official_capitals import role_capital_state
from .official_units import known_formations
from .role_states import forces_named_like
from .speaker_breakaway import breakaway_office
from .speaker_civilians import civilian_speaker, employer
from .speaker_heads import headed_by, leading_head, names_members
from .speaker_initials import actor_by_initials
from .speaker_missions import named_mission
from .speaker_name_phrase import actor_by_phrase
from .speaker_paragraph import GENERIC_FORCE_WORDS, generic_only, speaking_group

# A role that opens with a generic side ("the group's military spokesman", "rebel spokesman",
# "coalition spokesman"): the nearest actor of that kind named before speaks. Keys are the role's
# first word, lower-cased, with a possessive's apostrophe dropped.
GENERIC_SIDES = {
    # "the group's emergency coordinator": an aid group as much as an armed one
    "group": ("armed_group", "organisation"),
    **dict.fromkeys(
        ("militants", "rebels", "rebel", "insurgents", "insurgent", "movement"), "armed_group"
    ),
    **dict.fromkeys(("militia", "militias", "jihadists", "jihadist"), "armed_group"),
    # "separatist official", "gang leader": the group the text named before (not "vigilante
    # leader": the nearest armed group is then most often the one the vigilantes fight)
    **dict.fromkeys(("separatist", "separatists"), "armed_group"),
    **dict.fromkeys(("gang", "gangs"), ("armed_group", "coalition")),
    # "the faction's commander", "the brigades' masked spokesman" (a group's armed wing)
    **dict.fromkeys(("faction", "factions", "brigades"), "armed_group"),
    **dict.fromkeys(("coalition", "alliance"), "coalition"),
    # "the force's spokesman" (after "The LNA denied …"), "the office's deputy representative"
    "force": ("armed_group", "coalition"),
    **dict.fromkeys(
        ("office", "agency", "organisation", "organization", "mission", "charity"),
        ("organisation", "coalition"),
    ),
    # "the Observatory's director", "the monitor's head": the monitoring group named before
    **dict.fromkeys(("observatory", "monitor"), "organisation"),
}
# (a capitalised one only as a possessive: "the Observatory's director", not "Amal commander")
_LEADING_WORD = re.compile(r"^(?P<word>[a-z]+)(?:['’]s?)?\s|^(?P<owner>[A-Z][a-z]+)['’]s\s")


_POSSESSIVE_ROLE = re.compile(r"^(?:its|their)\s+", re.I)


# "spokesman for the alliance", "for the rebel alliance", "for the coalition in Baghdad"
_HEAD_NOUN = re.compile(
    r"\b(?:for|of|with|in|at)\s+the\s+(?P<adj>(?:rebel|armed|militant|jihadist|insurgent|"
    r"separatist)\s+)?(?P<noun>[a-z]+|[A-Z][a-z]+)(?:\s+in\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})?$"
)


_GROUP_NOUNS = frozenset(
    {"group", "alliance", "movement", "coalition", "organisation", "organization", "militia"}
)


_STATE_FORCE_NOUNS = frozenset({"forces", "army", "military"})


_GENERIC_ORGANISATION = frozenset(
    {"organisation", "organization", "charity", "agency", "group", "mission", "office"}
)


def _named_head(role: str, position: int, actors: list[ActorMatch]) -> str | None:
    """ "military spokesman for the Tigers": a capitalised head noun closing a role whose only
    actor word is generic names the actor it heads ("Liberation Tigers of …"), not the army the
    generic word reads as."""
    match = _HEAD_NOUN.search(role)
    if match is None or not match.group("noun")[0].isupper():
        return None
    if match.group("noun").lower() in _STATE_FORCE_NOUNS:
        return None
    return actor_by_head_noun(role, position, actors)


def actor_by_head_noun(role: str, position: int, actors: list[ActorMatch]) -> str | None:
    """ "spokesman for the alliance" -> the last actor before `position` whose name ends in
    Alliance."""
    match = _HEAD_NOUN.search(role)
    if not match:
        return None
    noun = match.group("noun").lower()  # "spokesman for the Guard" as "for the guard"
    if noun in _STATE_FORCE_NOUNS and match.group("adj") is not None:
        return None  # "spokesman for the armed forces": a state's, read by officials.py
    armed = match.group("adj") is not None and noun in _GROUP_NOUNS
    called = None if armed else called_so(noun, [m for m in actors if m.end <= position])
    if called is not None:
        return called
    for candidate in reversed([m for m in actors if m.end <= position]):
        if noun in _GENERIC_ORGANISATION and candidate.kind == "organisation" and not armed:
            return candidate.actor
        if armed and candidate.kind == "armed_group":
            return (
                candidate.actor
            )  # "a spokesman for the rebel alliance": the armed group named before
        if noun in ("coalition", "alliance") and candidate.kind == "coalition":
            return candidate.actor
        if headed_by(candidate.actor, noun):
            return candidate.actor
    return None


@dataclass
class Reading:
    """Where a speaker phrase put its pieces: its start, the chosen role, the role bound to the
    name ("army spokesman" in "army spokesman Musa Danladi"), every role span, the name."""

    start: int
    role_span: tuple[int, int] | None
    own_role: tuple[int, int] | None
    role_spans: list[tuple[int, int]]
    name_span: tuple[int, int] | None
    text: str = ""  # the article's, to read what stands around the actors named before


# Someone who studies a conflict: a state named in the role is the subject, not the side ("an
# independent Yemeni military analyst", "Libya analyst at the Clingendael Institute"); an
# organisation named in it is the employer.
_OBSERVER = re.compile(
    r"\b(?:analyst|researcher|expert|academic|professor|scholar|fellow|observer)s?\b", re.I
)


# A local office ("Russian-installed governor of the region", "police chief of the town", "vice
# mayor"): a local official speaks for no state (tests/gold/README.md), so a state or a leader
# named in the role ("the occupied part", the town's name) is where, not whom.
_LOCAL_OFFICE = re.compile(
    r"\b(?:governor|mayor|police\s+chief|chief\s+of\s+police|(?:deputy\s+)?head\s+of\s+the\s+"
    r"(?:region|province|district|city|town|oblast))\b",
    re.I,
)


_OWNER = re.compile(r"['’]s?\s")


def _named_inside(
    actors: list[ActorMatch], s: int, e: int, observer: bool = False, text: str = ""
) -> str | None:
    """The last actor named inside [s, e); the owner that opens the role ("the State
    Department's special envoy for Ukraine"); a group named before a bare "military" ("A Houthi
    military spokesman") over the generic word. For an `observer`, no state."""
    inside = [
        m
        for m in actors
        if m.start >= s
        and m.end <= e
        and m.kind != "outlet"
        and not (observer and m.kind == "state")
    ]
    if (
        inside
        and text
        and _OWNER.match(text, inside[0].end)
        and text[s : inside[0].start].strip().lower() in ("", "the", "a", "an")
    ):
        return inside[0].actor
    named = [m for m in inside if m.text.lower() not in GENERIC_FORCE_WORDS]
    return (named or inside)[-1].actor if inside else None


# "Kurdish commander in the city", "Druze leader": a role opening with a people's name.
_PEOPLE_LEAD = re.compile(r"^(?P<word>[A-Z][a-z]+)\s+[a-z]")
# Capitalised words that open a role without naming a people ("Western diplomat in Khartoum" is
# not the Western Somali Liberation Front's).
_NO_PEOPLE = frozenset({"Western", "Eastern", "Northern", "Southern", "Central", "Foreign"})
_MEMBER_NOUNS = r"(?:militiamen|militias?|fighters|gunmen|rebels|guerrillas|forces|units)"


def _described_group(role: str, reading: Reading, nearby: list[ActorMatch]) -> str | None:
    """The nearest armed group before that the text itself describes with the role's first word
    ("The Kurdish People's Protection Units said …", "the Druze-led Progressive Socialist
    Party")."""
    lead = _PEOPLE_LEAD.match(role)
    if lead is None or not reading.text or lead.group("word") in _NO_PEOPLE:
        return None
    # "the Druze-led X", "Lendu militiamen of the X": the word right before the name, or before
    # its members' noun and "of (the)".
    described = re.compile(
        rf"\b{lead.group('word')}(?:-led|-dominated)?\s+(?:{_MEMBER_NOUNS}\s+of\s+(?:the\s+)?)?$"
    )
    before = reversed(window(nearby, max(0, reading.start - 3000), reading.start))
    # ("… said a Sandinista commander" before the article spells out "the Sandinista National
    # Liberation Front"): the first group named after that the word names, when none before.
    after = window(nearby, reading.start, reading.start + 3000)
    for match in [*before, *after]:
        if match.kind in ("armed_group", "coalition", "organisation") and (
            names_members(lead.group("word"), match.text)
            or described.search(reading.text, max(0, match.start - 30), match.start)
        ):
            return match.actor
    return None


def _group_before(role: str, start: int, nearby: list[ActorMatch]) -> tuple[str, str | None]:
    """ "Its spokesman" (the nearest group or organisation named before), "the group's military
    spokesman", "rebel spokesman" (the nearest armed group before, not a side in his words)."""
    possessive = _POSSESSIVE_ROLE.match(role)
    earlier = window(nearby, max(0, start - 400), start)
    if possessive:
        role = role[possessive.end() :]
        before = [m for m in earlier if m.kind != "outlet"]
        if before:
            return role, before[-1].actor
    leading = _LEADING_WORD.match(role)
    word = (leading.group("word") or leading.group("owner").lower()) if leading else ""
    head = leading_head(role)
    if head is not None:
        named = [m for m in window(nearby, max(0, start - 3000), start) if headed_by(m.actor, head)]
        if named:
            return role, named[-1].actor
    kind = GENERIC_SIDES.get(word)
    if kind is not None:
        kinds = (kind,) if isinstance(kind, str) else kind
        scope = window(nearby, max(0, start - 2000), start)
        if word in _REBEL_WORDS and _REBEL_GOVERNMENT.search(role):
            # "the rebels' information minister": the self-declared state's, not a band's
            states = [m for m in scope if _unrecognised_state(m)]
            if states:
                return role, states[-1].actor
        before = [m for m in scope if m.kind in kinds]
        if before:
            return role, called_so(word, before) or before[-1].actor
    return role, None


def called_so(noun: str, before: list[ActorMatch]) -> str | None:
    """For a coalition's or alliance's spokesman, the last actor the text names by that noun
    ("the U.S.-led coalition", "the Northern Alliance"), over a nearer one whose kind is a
    coalition but whose name says nothing of it ("the Syrian Democratic Forces"); a name that
    only holds the noun ("Myanmar National Democratic Alliance Army") is no such name."""
    if noun not in ("coalition", "alliance"):
        return None
    named = [m for m in before if m.kind != "outlet" and re.search(rf"\b{noun}$", m.text, re.I)]
    return named[-1].actor if named else None


_REBEL_WORDS = frozenset({"rebels", "rebel", "separatist", "separatists"})
_REBEL_GOVERNMENT = re.compile(
    r"\b(?:minist(?:er|ry)|government|president|presidency|administration|authorities)\b", re.I
)


# A generic side inside the role ("member of the group's political bureau", "the force's
# spokesman"): it points back to the nearest armed group or organisation named before.
_GENERIC_REFERENCE = re.compile(
    r"\bthe\s+(?P<word>group|movement|force|faction|brigades)"
    r"(?:['’]s?(?=\s)|$|\s+(?:in|on|at)\b)"
    r"|\bthe\s+(?P<side>rebels|militants|insurgents|jihadists|separatists|guerrillas)"
    r"(?:['’](?=\s)|$)"
)
# "the rebels' military", "a spokesman for the rebels": the nearest armed group before (an
# unnamed side the article never names leaves the speaker without one).
_REFERENCE_KINDS = ("armed_group", "coalition", "organisation")


_CALLED_REBELS = re.compile(r"\s*(?:rebels?|insurgents?|militants?)\b", re.I)


def _referred_group(role: str, reading: Reading, nearby: list[ActorMatch]) -> str | None:
    """The actor a generic side in the role points back to: the nearest before of its kind. For
    "the rebels", an armed group the text calls so ("M23 rebels", "Huthi rebels") or one named
    in the speaker's own paragraph ("A Huthi official rejected the claim. … a spokesman for the
    rebels' military"): the nearest armed group may be the other side's ally ("Malian troops and
    Russian mercenaries of the Wagner Group took the stronghold of separatist rebels")."""
    reference = _GENERIC_REFERENCE.search(role)
    if reference is None:
        return None
    start, text = reading.start, reading.text
    kinds = ("armed_group",) if reference.group("side") else _REFERENCE_KINDS
    before = [m for m in window(nearby, max(0, start - 2000), start) if m.kind in kinds]
    if reference.group("word") not in (None, "group") and text:
        # "Brigades of the Misrata Military Council, backed by Nato air strikes, … a commander
        # of one of the brigades": the actor the text gave that noun, over one named nearer.
        introduced = [m for m in before if _introduced_as(reference.group("word"), text, m)]
        before = introduced or before
    if reference.group("side") and before:
        paragraph = text.rfind("\n", 0, start) + 1
        called = [
            m
            for m in before
            if m.start >= paragraph
            or _CALLED_REBELS.search(m.text)
            or _CALLED_REBELS.match(text, m.end)
        ]
        # (when the text calls none of them so, "a coalition of rebel factions calling itself X",
        # the nearest armed group before that does not fight beside a state)
        before = called or [m for m in before if not _beside_state(text, m)]
    return before[-1].actor if before else None


def _introduced_as(word: str, text: str, match: ActorMatch) -> bool:
    """Whether the text names the actor with the reference's noun: "Brigades of the X", "the X
    faction", "X's movement" ("the group" is too common a word to tell one group so)."""
    noun = word[:-1] if word.endswith("s") else word
    return bool(
        re.search(
            rf"\b{noun}s?\s+of\s+(?:the\s+)?$", text[max(0, match.start - 20) : match.start], re.I
        )
        or re.match(rf"(?:['’]s?)?\s+{noun}s?\b", text[match.end : match.end + 20], re.I)
    )


_FORMER = re.compile(r"^(?:former|ex-)", re.I)
_REBEL_ROLE = re.compile(r"\brebels?\b", re.I)


def _called_rebels(role: str, actor: str | None, reading: Reading, nearby: list[ActorMatch]):
    """A rebel's side ("rebel military spokesman", "spokesman for the rebel alliance"): among the
    armed groups named before, the nearest the text calls rebels ("M23 rebels", "rebels loyal to
    X"), when the one chosen is not; else `actor`."""
    if actor is None or not reading.text or not _REBEL_ROLE.search(role):
        return actor
    text = reading.text
    before = [
        m
        for m in window(nearby, max(0, reading.start - 2000), reading.start)
        if m.kind in ("armed_group", "coalition")
    ]
    called = [
        m for m in before if _CALLED_REBELS.search(m.text) or _CALLED_REBELS.match(text, m.end)
    ]
    if not called or any(m.actor == actor for m in called):
        return actor
    return called[-1].actor if any(m.actor == actor for m in before) else actor


def side_of(
    role: str, reading: Reading, actors: list[ActorMatch], nearby: list[ActorMatch]
) -> tuple[str, str | None]:
    """(role, actor): the role without a leading "its"/"their", and whom the speaker speaks for.
    `actors`: the actors around the phrase; `nearby`: the article's, for what came before."""
    start = reading.start
    if _FORMER.match(role):
        return role, None  # "a former Myanmar army officer" speaks for no side any more
    if known_formations(role):
        return role, None  # "an Eighth Army spokesman": the formation's state (officials.py)
    if civilian_speaker(role, reading.text, reading.role_spans):  # "a Kachin nurse": no side
        return role, employer(actors, reading.role_spans) or actor_by_head_noun(role, start, nearby)
    role, actor = _group_before(role, start, nearby)
    if actor is None and role:
        actor = breakaway_office(role)  # "the Abkhaz defence ministry": not Georgia's
    for s, e in reading.role_spans if actor is None else ():
        observer = bool(_OBSERVER.search(role) or _LOCAL_OFFICE.search(role))
        actor = _named_inside(actors, s, e, observer, reading.text)
        if actor:
            break
    earlier = window(nearby, max(0, start - 5000), start)
    if actor is not None and reading.text and generic_only(actors, reading.role_spans):
        # "a spokesman for the military police" after "Rio's Military Police": the name the
        # role's closing phrase stands in, over the army its generic "military" reads as; "The
        # Huthis denied … quoted a military source": the group, not the article's army.
        # "the army spokesman in Kinshasa": the army of the capital's state (officials.py), not
        # the one the article's "army" reads as.
        actor = (
            actor_by_phrase(role, start, earlier)
            or _named_head(role, start, earlier)
            or speaking_group(reading.text, start, nearby)
            or (None if role_capital_state(role) else actor)
        )
    if actor is None and role:
        actor = _referred_group(role, reading, nearby)
    if (
        actor is not None
        and reading.role_span is not None
        and reading.own_role is not None
        and reading.role_span != reading.own_role
        and not window(actors, *reading.role_span)
        and _HEAD_NOUN.search(role)
    ):
        # "U.S. Army Col. Brian Hale, a spokesman for the coalition": the role says whom he
        # speaks for, before the title in his name does.
        actor = actor_by_head_noun(role, start, earlier) or actor
    if role:  # "the mission, MONUSCO,"; "the AU force, AMISOM," over the African Union
        actor = named_mission(role, start, reading.text, earlier) or actor
    if actor is None and role:
        actor = (
            actor_by_head_noun(role, start, earlier)
            or actor_by_phrase(role, start, earlier)
            or _described_group(role, reading, nearby)
            or actor_by_initials(role, earlier)  # "a BRA spokesman"
        )
    if actor is None and reading.name_span:
        actor = _named_inside(actors, *reading.name_span)
    if actor is None and role and not _LOCAL_OFFICE.search(role):
        actor = _leaders_group(role)
    if actor is None and role:
        actor = _paramilitary_side(role, reading, nearby) or _rebel_side(role, reading, nearby)
    if actor is not None and _MINISTER_ROLE.search(role) and not _OFFICER_ROLE.search(role):
        actor = _state_of_forces().get(actor, actor)
    elif actor is not None and role:
        inside = [m for s, e in reading.role_spans for m in window(actors, s, e)]
        actor = forces_named_like(role, actor, inside, nearby) or actor
    return role, _called_rebels(role, actor, reading, nearby)


# "Somalia's defense minister", "Rwanda's defence ministry spokesman": a member of the government
# speaks for the state, though the words that name him name its forces ("X's defence minister" is
# one of the forces' names in states.FORCE_NOUNS); not "an officer at the defence ministry".
_MINISTER_ROLE = re.compile(r"\bdefen[cs]e\s+minist(?:er|ry)\b", re.I)
_OFFICER_ROLE = re.compile(r"\b(?:officers?|commanders?|soldiers?)\b", re.I)


@lru_cache(maxsize=1)
def _state_of_forces() -> dict[str, str]:
    from .states import FORCES

    return {forces: state for state, forces in FORCES.items()}


@lru_cache(maxsize=1)
def _leader_names() -> re.Pattern[str] | None:
    names = sorted(leaders(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None


def _leaders_group(role: str) -> str | None:
    """The group of a leader the role names ("Maskhadov's spokesman", "spokesman for the
    separatist leader X", "spokesman for the Misuari faction"): data/leaders.json."""
    pattern = _leader_names()
    found = pattern.search(role) if pattern is not None else None
    return leaders()[found.group()] if found else None


# A member of an unnamed rebel side ("rebel commander in the west", "spokesman for the rebel
# leadership", "a spokesman for the guerrilla council", "rebel fighter at the checkpoint",
# "a spokesman for the militants"); an armed opposition's spokesman or commander ("opposition
# spokesman", "spokesman for the opposition's field command"), not its leader or its members,
# who may be a party's.
_REBEL_MEMBER = re.compile(
    r"\b(?:rebels?|separatists?|guerrillas?|insurgents?|militants?)['’]?\s+(?:[a-z]+\s+)?"
    r"(?:spokes(?:man|woman|person)|commanders?|leaders?|leadership|command|council|president|"
    r"government|authorities|administration|"
    r"fighters?|officials?|officers?|chief|members?)\b"
    r"|\b(?:spokes(?:man|woman|person)|commanders?|leaders?|officials?|members?)\s+(?:for|of)\s+"
    r"the\s+(?:rebels|separatists|guerrillas|insurgents|militants)\b"
    r"|\bopposition(?:['’]s)?\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|commanders?|command)\b"
    r"|\bspokes(?:man|woman|person)\s+for\s+the\s+opposition(?:['’]s)?\s+(?:[a-z]+\s+)?"
    r"(?:commanders?|command|forces)\b",
    re.I,
)


# "Malian troops and Russian mercenaries from the Wagner Group": a state's auxiliaries, no rebels.
_BESIDE_STATE = re.compile(
    r"\b(?:mercenar(?:y|ies)|(?:troops|soldiers|forces|army)\s+and|pro-government)\b[^.\n]*$",
    re.I,
)


def _beside_state(text: str, match: ActorMatch) -> bool:
    return bool(_BESIDE_STATE.search(text, max(0, match.start - 60), match.start))


@lru_cache(maxsize=1)
def _recognised() -> frozenset[str]:
    """The recognised states and their forces actors (states.py)."""
    from .states import FORCES, countries

    return frozenset({c["name"] for c in countries()} | set(FORCES) | set(FORCES.values()))


def _unrecognised_state(match: ActorMatch) -> bool:
    """A breakaway state the rebels fight for ("the Chechen rebel command", "a spokesman for the
    separatist leadership" speak for the self-declared republic the article names)."""
    return match.kind == "state" and match.actor not in _recognised()


_OPPOSITION = re.compile(r"\bopposition\b", re.I)


def _rebel_side(role: str, reading: Reading, nearby: list[ActorMatch]) -> str | None:
    """The armed group a rebel's role stands for when it names none: the nearest before that the
    text calls rebels, else the nearest armed group before, else the first the article names
    after him ("Libyan rebels said … "…," said X, a rebel commander in the west. … The National
    Transitional Council in Benghazi said …")."""
    if not _REBEL_MEMBER.search(role) or _FORMER.match(role):
        return None
    if _OPPOSITION.search(role):
        # an armed opposition is an alliance of groups ("United Tajik Opposition"); the armed
        # group named before is as often the ruling side it fights ("the ruling Taleban militia")
        allied = [m for m in nearby if m.kind == "coalition" and m.end <= reading.start]
        return allied[-1].actor if allied else None
    armed = [m for m in nearby if m.kind == "armed_group" or _unrecognised_state(m)]
    before = [m for m in armed if m.end <= reading.start]
    text = reading.text
    called = [
        m
        for m in before
        if _CALLED_REBELS.search(m.text) or (text and _CALLED_REBELS.match(text, m.end))
    ]
    if text:
        armed = [m for m in armed if not _beside_state(text, m)]
    before = [m for m in armed if m.end <= reading.start]
    chosen = called or before or [m for m in armed if m.start > reading.start][:1]
    return chosen[-1].actor if chosen else None


# A paramilitary's role ("a paramilitary commander", "spokesman for the paramilitaries"): the
# nearest armed group before that the text calls paramilitaries, never the rebels they fight.
_PARAMILITARY_MEMBER = re.compile(
    r"\bparamilitar(?:y|ies)['’]?\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|commanders?|"
    r"leaders?|chief|fighters?|officials?|members?)\b"
    r"|\b(?:spokes(?:man|woman|person)|commanders?|leaders?)\s+(?:for|of)\s+the\s+paramilitaries\b",
    re.I,
)
# "the paramilitary fighters of the X", "right-wing paramilitary X"; "X paramilitaries"
_PARAMILITARY_BEFORE = re.compile(r"\bparamilitar(?:y|ies)\b[^.\n]{0,30}$", re.I)
_PARAMILITARY_AFTER = re.compile(r"\s*paramilitar(?:y|ies)\b", re.I)


def _paramilitary_side(role: str, reading: Reading, nearby: list[ActorMatch]) -> str | None:
    """The armed group a paramilitary's role stands for: the nearest before that the text calls
    paramilitaries ("The paramilitary fighters of the United Self-Defense Forces … said by
    satellite telephone a paramilitary commander"), else none."""
    text = reading.text
    if not text or not _PARAMILITARY_MEMBER.search(role):
        return None
    called = [
        m
        for m in nearby
        if m.kind == "armed_group"
        and m.end <= reading.start
        and (
            _PARAMILITARY_BEFORE.search(text, max(0, m.start - 40), m.start)
            or _PARAMILITARY_AFTER.match(text, m.end)
        )
    ]
    return called[-1].actor if called else None
