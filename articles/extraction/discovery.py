"""Organisations an article introduces: "the National Liberation Army (ELN)", "the ELN, the
National Liberation Army", "the Barisan Revolusi Nasional, or BRN", initials used elsewhere, and
sources ("according to the International Crisis Group"). Groups the text types or shows fighting
are in discovery_typed.py; groups introduced by phrasing, read from the parse, in introduced.py."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from places.normalize import name_key

from .actor_dictionary import ActorDictionary, fold
from .discovery_roles import discover_by_role
from .discovery_typed import COMMA_ARTICLE, discover_typed
from .introduced import introduced_groups
from .names import (
    CONNECTORS,
    HEAD_WORD,
    NAME_WORD,
    NOT_NAME_START,
    clean_name,
    head_kind,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WORDS = json.loads(
    (Path(__file__).resolve().parent / "data" / "actor_words.json").read_text(encoding="utf-8")
)
DISCOVERY_CHARS = 200_000


_ORG_NAME = (
    rf"(?P<name>{NAME_WORD}(?:\s+(?:(?:of|the|for|and|de|du|des|la|el|al|in|to)\s+)*"
    rf"{NAME_WORD}){{1,7}})"
)


_ACRONYM = r"(?P<acronym>[A-Z][A-Za-z0-9\-]{1,9})"


_NAME_THEN_ACRONYM = re.compile(_ORG_NAME + r"\s*\(\s*" + _ACRONYM + r"\s*\)")


_ACRONYM_THEN_NAME = re.compile(r"\b[Tt]he\s+" + _ACRONYM + r",\s+(?:the\s+)?" + _ORG_NAME)


# AP style: "the Barisan Revolusi Nasional, or BRN, which has fought …" — a name spelled out and its
# initials; clear enough to need no organisational head word.
_NAME_OR_ACRONYM = re.compile(_ORG_NAME + r",\s+or\s+" + _ACRONYM + r"(?=\s*[,.;)])")


_FIGHTING_CONTEXT = re.compile(
    r"\b(?:fight\w*|fought|armed|rebels?|rebellion|insurgen\w+|militants?|separatists?|"
    r"attacks?|guerrillas?|jihadists?|militia\w*)\b",
    re.I,
)
_SOURCE_HEADS = frozenset(_WORDS["source_heads"])
_PEOPLE_WORDS = frozenset(_WORDS["people_words"])
_ACCORDING_TO_ORG = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?" + _ORG_NAME)


_SOURCE_TYPE_AFTER = re.compile(
    r"(?:(?!(?:for|of|the|with|to|by|at|in)\b)[\w'’\-]+\s+){0,3}?(?:monitoring|rights|research|human\s+rights|"
    r"advocacy|aid|humanitarian|relief|intelligence|watchdog)\s+(?:group|organi[sz]ation)\b"
    r"|(?:(?!(?:for|of|the|with|to|by|at|in)\b)[\w'’\-]+\s+){0,2}?watchdog\b(?=\s*[,.;)])"
)  # "an independent watchdog,"


_SOURCE_TYPE_WORDS = re.compile(
    r"\s(?:news\s+agency|think[\s\-]tank|(?:human\s+)?rights\s+group|monitoring\s+group)\b"
)


_NAME_BEFORE_SOURCE_TYPE = re.compile(
    r"\b[Tt]he\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})$"
)


# "The Human Rights Commission of Pakistan, an independent watchdog,": a source's name may hold
# "of"/"for".
_SOURCE_NAME_BEFORE_COMMA = re.compile(
    rf"(?:\b[Tt]he\s+)?\b(?P<name>{NAME_WORD}(?:\s+(?:(?:of|for|on)\s+"
    rf"(?:the\s+)?)?{NAME_WORD}){{0,5}})$"
)


_PERSON_OF = re.compile(
    r"^(?:[A-Z][\w'’\-]+\s+){1,2}[A-Z][\w'’\-]+\s+(?:of|at|from)\s+(?:the\s+)?(?P<rest>.+)$"
)


def _discover_sources(text: str, known: frozenset[str], found: dict[str, tuple[str, str]]) -> None:
    def keep(name: str | None) -> None:
        if not name or name in found:
            return
        words = name.split()
        # "According to Lena Ortiz of Human Rights Watch": a known organisation ends it; a person
        # speaks. (A known one-word place closing the name — "Human Rights Commission of Pakistan" —
        # is part of it.)
        if any(
            fold(" ".join(words[cut:])) in known
            and (cut == 0 or len(words) - cut > 1 or words[cut].isupper())
            for cut in range(len(words))
        ):
            return
        found[name] = ("organisation", "")

    if "ccording to" in text:
        for match in _ACCORDING_TO_ORG.finditer(text):
            name = clean_name(match.group("name"))
            if not name or name.split()[-1] not in _SOURCE_HEADS:
                continue
            person = _PERSON_OF.match(name)
            # "According to John Mbeki of the Kivu Research Group": the organisation after the
            # person.
            keep(clean_name(person.group("rest")) if person else name)
    # "X, an independent monitoring group,": from each ", a(n) " (a literal, quick to find) the type
    # forwards and the name backwards.
    for comma in COMMA_ARTICLE.finditer(text) if ", a" in text else ():
        if not _SOURCE_TYPE_AFTER.match(text, comma.end()):
            continue
        before = _SOURCE_NAME_BEFORE_COMMA.search(text, max(0, comma.start() - 100), comma.start())
        if before:
            keep(
                clean_name(before.group("name")) if len(before.group("name").split()) > 1 else None
            )
    # "the Interfax news agency": the type words first (rare), then the name read backwards.
    for typed in (
        _SOURCE_TYPE_WORDS.finditer(text)
        if (
            "agency" in text
            or "think" in text
            or "rights group" in text
            or "monitoring group" in text
        )
        else ()
    ):
        match = _NAME_BEFORE_SOURCE_TYPE.search(text, max(0, typed.start() - 80), typed.start())
        name = _source_name(match.group("name")) if match else None
        if name and name.split()[0] not in NOT_NAME_START:
            keep(name)
        elif (
            "group" in typed.group()
            and (after := _NAME_AFTER_GROUP.match(text, typed.end()))
            and after.group("name").split()[0] not in NOT_NAME_START
        ):
            # "the Russian rights group Memorial said": a group's name may follow its type (a news
            # agency's named after its type is an outlet quoted through a relay: not kept)
            keep(after.group("name"))


_NAME_AFTER_GROUP = re.compile(r"\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})\b(?!-)")


def _source_name(name: str) -> str | None:
    """The name before "news agency" or "rights group" without the words that only describe it:
    "the IS-linked Aamaq news agency" is Aamaq, "the Moscow-based rights group" and "the
    Mauritanian news agency ANI" name none before the type."""
    from .states import demonym_index, state_names

    words = [w for w in name.split() if not _DESCRIBING.search(w)]
    if len(words) == 1 and (
        words[0] in demonym_index()
        or words[0] in _PEOPLE_WORDS
        or name_key(words[0]) in state_names()
    ):
        return None  # "the Serb news agency SRNA", "the Mauritanian news agency ANI"
    return " ".join(words) or None


# "Moscow-based", "IS-linked", "state-run": a word that describes a source, not its name.
_DESCRIBING = re.compile(r"-(?:based|linked|backed|run|owned|affiliated|aligned|funded|led)$")


_CAPITAL_WORD = re.compile(r"\b[A-Z]{2,7}\b")


_ORG_NAME_ONLY = re.compile(_ORG_NAME)


def _trim_to_initials(name: str, acronym: str) -> str:
    """ "According to the World Health Organisation (WHO)" -> "World Health Organisation": the
    longest ending of the phrase whose initials are the acronym; the phrase itself when none is (ELN
    is Spanish for the National Liberation Army)."""
    words = name.split()
    for first in range(len(words) - 1):
        if words[first].lower() in CONNECTORS or not words[first][0].isupper():
            continue
        candidate = " ".join(words[first:])
        if _initials(candidate).upper() == acronym.upper():
            return candidate
    return name


def _initials(name: str) -> str:
    return "".join(
        word[0] for word in name.split() if word.lower() not in CONNECTORS and word[0].isupper()
    )


def discover_actors(
    text: str, dictionary: ActorDictionary, doc: Doc | None = None
) -> dict[str, tuple[str, str]]:
    """New organisations the text introduces, as {name: (kind, acronym or "")}; known names are
    skipped. `doc`: the text's parse, for the groups introduced by phrasing (introduced.py)."""
    found: dict[str, tuple[str, str]] = introduced_groups(doc, dictionary.folded_aliases(), fold)

    def consider(name: str, acronym: str, redefines: bool = False) -> None:
        cleaned = clean_name(_trim_to_initials(name, acronym) if acronym else name)
        if not cleaned or (acronym and sum(1 for c in acronym if c.isupper() or c.isdigit()) < 2):
            return
        kind = head_kind(cleaned)
        if kind is None or fold(cleaned) in known:
            return
        if (
            acronym
            and acronym in dictionary.aliases
            and (not redefines or _initials(cleaned).upper() != acronym.upper())
        ):
            # A known acronym stays the known actor's, unless the article spells out another
            # organisation whose initials it is: "the Ambazonia Defence Forces (ADF)" is not the
            # Allied Democratic Forces.
            return
        found.setdefault(cleaned, (kind, acronym))

    # An organisation is introduced near its first mention: the first 200,000 characters are read (a
    # whole article; a multi-megabyte dump would otherwise pay for this scan on every capitalised
    # word).
    text = text[:DISCOVERY_CHARS]
    known = dictionary.folded_aliases()
    if ", or " in text:
        for match in _NAME_OR_ACRONYM.finditer(text):
            name, acronym = clean_name(match.group("name")), match.group("acronym")
            if (
                not name
                or _initials(name).upper() != acronym.upper()
                or acronym in dictionary.aliases
                or fold(name) in known
                or name in found
            ):
                continue
            kind = head_kind(name) or (
                "armed_group"
                if _FIGHTING_CONTEXT.search(text, match.end(), match.end() + 150)
                else "organisation"
            )
            found[name] = (kind, acronym)
    _discover_sources(text, known, found)
    if not HEAD_WORD.search(text):
        discover_typed(text, dictionary, known, found)  # "Viv Kontre, a coalition of armed gangs"
        discover_by_role(text, dictionary, known, found)  # "spokesman for the Police of X"
        return found
    for pattern in (_NAME_THEN_ACRONYM, _ACRONYM_THEN_NAME):
        if pattern is _NAME_THEN_ACRONYM and "(" not in text:
            continue  # the scan tries every capitalised word: skip it when no bracket can follow
        for match in pattern.finditer(text):
            consider(match.group("name"), match.group("acronym"), redefines=True)
    acronyms = {word for word in set(_CAPITAL_WORD.findall(text)) if word not in dictionary.aliases}
    if acronyms:
        for match in _ORG_NAME_ONLY.finditer(text):
            cleaned = clean_name(match.group("name"))
            if not cleaned:
                continue
            # The phrase may start with other words: "Fighters of the Tigray People's Liberation
            # Front" / "TPLF".
            words = cleaned.split()
            for first in range(len(words) - 1):
                if words[first].lower() in CONNECTORS:
                    continue
                candidate = " ".join(words[first:])
                initials = _initials(candidate)
                if len(initials) >= 2 and initials in acronyms:
                    consider(candidate, initials)
                    break
    discover_typed(
        text, dictionary, known, found
    )  # after the acronym paths: their entries keep the acronym
    discover_by_role(text, dictionary, known, found)  # "a spokesman for the X Military Council"
    return found
