"""Groups an article types or shows fighting, without an acronym: "The White Army, a loosely
organised ethnic Nuer militia," / "gunmen from the Maute group" / "the UN peacekeeping mission,
MINUSCA,"."""

from __future__ import annotations

import re

import ahocorasick

from .actor_dictionary import ActorDictionary, ActorEntry, fold
from .names import CONNECTORS, NAME_WORD, NOT_NAME_START, head_kind

# Groups the article types or shows fighting, without an acronym:
# "The White Army, a loosely organised ethnic Nuer militia," / "gunmen from the Maute group" /
# "Militiamen of the White Army" / "the UN peacekeeping mission, MINUSCA,".
_GROUP_TYPES = {
    "militia": "armed_group",
    "gang": "armed_group",
    "alliance": "coalition",
    "coalition": "coalition",
}


# "X, a … militia": found from each ", a " / ", an " (a literal, quick to find), the name read
# backwards from it and the type forwards — instead of trying a long pattern at every capitalised
# word.
COMMA_ARTICLE = re.compile(r",\s+an?\s+")


_NAME_BEFORE_COMMA = re.compile(
    rf"(?:\b[Tt]he\s+)?\b(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}})$"
)


_GROUP_TYPE_AFTER = re.compile(
    # only describing words before the type ("a loosely organised ethnic Nuer militia"), not "a
    # spokesman for the US-led coalition"
    r"(?:(?!(?:for|of|the|with|to|by|at|in)\b)[\w'’\-]+\s+){0,5}?"
    r"(?P<type>militia|gang|(?:rebel|armed|insurgent|jihadist|militant|paramilitary|separatist|guerrilla)\s+"
    r"(?:group|movement|faction|organi[sz]ation|alliance|coalition)|(?:rebel\s+)?(?:alliance|coalition))"
    r"(?=\s*[,.;)]|\s+(?:of|that|which|who|from|in|based|linked|allied|loyal|founded|formed|made|led)\b)"
)


_MEMBERS_OF = re.compile(
    rf"(?=[FfMmGgRrIiCc])\b(?:[Ff]ighters|[Mm]ilitiamen|[Gg]unmen|[Mm]embers|[Rr]ebels|[Mm]ilitants|[Ii]nsurgents|[Cc]ombatants)\s+"
    rf"(?:of|from|belonging\s+to|loyal\s+to)\s+the\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}})"
    r"(?:\s+(?P<group>group|militia|faction|gang)\b)?"
)


_ACRONYM_APPOSED = re.compile(
    r"the(?<!\wthe)\s+(?:(?:[A-Z]{2,4}|[a-z][\w\-]*)\s+){0,4}(?P<type>mission|force|militia|group|alliance|coalition|"
    r"movement)s?,\s+(?P<acronym>[A-Z][A-Z0-9\-]{2,9})\b(?=\s*[,.;)]|\s*$)"
)


# "Turkish-backed", "Tripoli-based": words that describe the group named after them.
_DESCRIBED = re.compile(
    r"^(?:[\w'’.]+-(?:backed|based|led|linked|allied|aligned|affiliated|held|funded|run)\s+)+"
)
# The name goes on past where the pattern stopped: "… Government of National Accord", "the
# Islamist group Ansar Dine".
_NAME_GOES_ON = re.compile(r"\s+(?:(?:of|for|in|and)\s+(?:the\s+)?)?[A-Z]")


_MEMBERS_PHRASES = tuple(
    f"{word} {preposition} "
    for word in (
        "fighters",
        "militiamen",
        "gunmen",
        "members",
        "rebels",
        "militants",
        "insurgents",
        "combatants",
    )
    for preposition in ("of", "from", "belonging", "loyal")
)


_APPOSED_PHRASES = tuple(
    f"{word}{plural}, "
    for word in ("mission", "force", "militia", "group", "alliance", "coalition", "movement")
    for plural in ("", "s")
)


_TYPE_HINT = re.compile("militia|gang|group|movement|faction|organi|alliance|coalition")


def _hint_automaton() -> ahocorasick.Automaton:
    """The members-of and apposed-acronym pre-check phrases in one automaton: one linear pass tells
    which patterns can match (two alternations of 46 literals, tried at every position, cost 2 % of
    extraction)."""
    automaton = ahocorasick.Automaton()
    for phrase in _MEMBERS_PHRASES:
        automaton.add_word(phrase, "members")
    for phrase in _APPOSED_PHRASES:
        automaton.add_word(phrase, "apposed")
    automaton.make_automaton()
    return automaton


_HINTS = _hint_automaton()


_APPOSED_KINDS = {"mission": "coalition", "alliance": "coalition", "coalition": "coalition"}


def discover_typed(
    text: str, dictionary: ActorDictionary, known: frozenset[str], found: dict[str, tuple[str, str]]
) -> None:
    def is_known(name: str) -> bool:
        # "gunmen from the Islamic State group", "the Abu Sayyaf group": a known actor with a noun
        # after it.
        words = name.split()
        return any(fold(" ".join(words[:cut])) in known for cut in range(len(words), 0, -1))

    lowered = text.lower()
    # Cheap pre-checks: each pattern needs one of its words somewhere in the text.
    typed = (", a " in text or ", an " in text) and _TYPE_HINT.search(lowered) is not None
    members = apposed = False
    for _, kind in _HINTS.iter(lowered):
        if kind == "members":
            members = True
        else:
            apposed = True
        if members and apposed:
            break
    for comma in COMMA_ARTICLE.finditer(text) if typed else ():
        typed_as = _GROUP_TYPE_AFTER.match(text, comma.end())
        if not typed_as:
            continue
        before = _NAME_BEFORE_COMMA.search(text, max(0, comma.start() - 100), comma.start())
        if not before:
            continue
        name = before.group("name")
        words = name.split()
        while words and (words[0] in NOT_NAME_START or words[0].lower() in CONNECTORS):
            words.pop(0)
        if (
            not words
            or len(words) > 4
            or is_known(" ".join(words))
            or any(w.isupper() and len(w) <= 3 for w in words[-1:])
        ):
            continue
        kind = _GROUP_TYPES.get(typed_as.group("type").split()[-1].lower(), "armed_group")
        found.setdefault(" ".join(words), (kind, ""))
    for match in _MEMBERS_OF.finditer(text) if members else ():
        name, group = match.group("name"), match.group("group")
        if _DESCRIBED.match(name):
            # "fighters of the Turkish-backed National Front for Liberation": the words after
            # the modifier are the name, unless the pattern cut it short at "for"/"of"
            name = _DESCRIBED.sub("", name)
            if not name or _NAME_GOES_ON.match(text, match.end()):
                continue
        if is_known(name) or (group and _NAME_GOES_ON.match(text, match.end())):
            continue  # "fighters of the Islamist group Ansar Dine": a type before the name
        if group:
            found.setdefault(f"{name} {group}", ("armed_group", ""))
        elif len(name.split()) >= 2 and head_kind(name):
            found.setdefault(name, (head_kind(name), ""))
    for match in _ACRONYM_APPOSED.finditer(text) if apposed else ():
        acronym = match.group("acronym")
        if acronym in dictionary.aliases or fold(acronym) in known:
            continue
        found.setdefault(
            acronym, (_APPOSED_KINDS.get(match.group("type").lower(), "armed_group"), "")
        )


def with_discovered(
    dictionary: ActorDictionary, found: dict[str, tuple[str, str]]
) -> ActorDictionary:
    extended = dictionary.copy()
    for name, (kind, acronym) in found.items():
        extended.actors[name] = ActorEntry(name, kind)
        extended.aliases[name] = (name, False)
        if acronym:
            extended.aliases[acronym] = (name, True)
    return extended
