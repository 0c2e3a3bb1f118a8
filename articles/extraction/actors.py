"""Actor mentions by dictionary: names and aliases curated in the admin (or the seed fixture).

One Aho-Corasick automaton over the lower-cased aliases scans the text in linear time; each hit is
then checked for word boundaries, case (aliases such as "IS" match only in that exact case) and
overlap (the longest match wins, so "Global Coalition to Counter IS" is one mention, not two).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import ahocorasick

from .actor_acronyms import acronyms_of_named
from .actor_contingents import drop_contingents
from .actor_countries import country_variants, without_towns
from .actor_dictionary import ActorDictionary, ActorEntry, ActorMatch, fold, window
from .actor_missions import missions_for_bodies
from .actors_longer import longer_name
from .discovery import discover_actors
from .discovery_typed import with_discovered
from .generic_services import generic_services
from .leaders import led_groups
from .state_actors import FORCE_WORDS, coordinated_demonyms, generic_army

__all__ = [
    "FORCE_WORDS",
    "ActorDictionary",
    "ActorEntry",
    "ActorMatch",
    "discover_actors",
    "find_actors",
    "learn_aliases",
    "rescan",
    "window",
    "with_discovered",
]

_WORDS = json.loads(
    (Path(__file__).resolve().parent / "data" / "actor_words.json").read_text(encoding="utf-8")
)
# Aliases of a state that are also the name of its territory ("Turkey", "Kyiv"): after these
# words they name a place, not an actor ("troops in Iraq" is handled as its own alias).
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|into|inside|across|throughout|within|towards?|near|around|entered|visited|reached|"
    r"parts of|border with|borders? of|(?:north|south|east|west)(?:-?(?:east|west))? of)\s+"
    r"(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?\s+)?)$",
    re.I,
)


_NOT_THE_FORCES = re.compile(r"\s+(?:government|regime|rulers?)\b")


_ETHNIC = re.compile(r"\bethnic\s+$", re.I)


# A group named only as another's affiliation is not acting in the story: "al-Qaida-linked
# Shabab fighters", "an al-Qaida-linked group", "the ADF, which has pledged allegiance to the
# Islamic State group", "an affiliate of al-Qaeda". Unnamed "Islamic State-linked insurgents"
# are known by no other name: that mention stays.
_AFFILIATION_AFTER = re.compile(
    r"-(?:linked|affiliated|aligned|allied|inspired|loyal)\s+(?:group|faction|[A-Z])"
)
_AFFILIATION_BEFORE = re.compile(
    r"\b(?:allegiance\s+to|(?:an\s+)?(?:affiliate|offshoot|franchise|branch)\s+of|"
    r"(?:linked|affiliated|aligned|tied)\s+(?:to|with))\s+(?:the\s+)?$",
    re.I,
)


# "the eastern Ukrainian town of Avdiivka": a demonym describing a place is not the state acting,
# nor a country's name before a feature of the land ("blew up the Niger bridge at Asaba").
_PLACE_AFTER_DEMONYM = re.compile(
    r"^\s+(?:town|city|village|region|province|border|territory|capital|soil|coast|waters|airspace|people|"
    r"civilians|villages|towns|cities|language|-speaking|side|bridge|boundary|frontier|bank|"
    r"estuary)\b|^-speaking",
    re.I,
)


def _shouting(text: str, start: int, end: int) -> bool:
    """True inside an all-capitals passage ("THIS IS NOT NEWS"), where "IS" is just the verb."""
    before = re.findall(r"[A-Za-z]{2,}", text[max(0, start - 20) : start])
    after = re.findall(r"[A-Za-z]{2,}", text[end : end + 20])
    neighbours = ([before[-1]] if before else []) + ([after[0]] if after else [])
    return bool(neighbours) and all(word.isupper() for word in neighbours)


def _title_cased(surface: str, alias: str) -> bool:
    """An acronym of five letters or more written as a word, as some newsrooms do ("Amisom",
    "Unicef" for AMISOM, UNICEF)."""
    return len(alias) >= 5 and alias.isalpha() and alias.isupper() and surface == alias.capitalize()


_PREVIOUS_TOKEN = re.compile(r"(?:^|[\s(])(?P<token>[A-Z][\w'’.\-]*)\s+$")
NOT_FIRST_NAMES = frozenset(_WORDS["not_first_names"])
# "Ali al-Houthi": a particle after a forename (not "fighters of al-Shabaab", "The al-Shabaab …").
_NAME_PARTICLE_BEFORE = re.compile(r"\b(?!(?:The|A|An)\s)[A-Z][\w'’]+\s+(?:al|el|bin|ibn)-$")


def _inside_a_name(text: str, start: int) -> bool:
    """True when a one-word alias follows a first name or an initial: "Joseph F. Wagner", "Ohio
    Coalition". Demonyms ("Lebanese Hezbollah") and sentence starts do not count."""
    if _NAME_PARTICLE_BEFORE.search(text, max(0, start - 30), start):
        return True  # "Abdulkarim bin Ali al-Houthi": a family name, not the Houthis
    before = _PREVIOUS_TOKEN.search(text, max(0, start - 40), start)
    if not before:
        return False
    token = before.group("token")
    if re.fullmatch(r"[A-Z]\.", token):
        return True
    head = text[max(0, before.start("token") - 3) : before.start("token")]
    if re.search(r"[.!?:\"“—–]\s*$|\s-\s+$|^\s*$", head) or head.endswith("\n"):
        return False  # the token starts a sentence, or the lead after a dateline's dash
    if token in NOT_FIRST_NAMES or token.endswith(("'s", "’s", ".")) or token.isupper():
        return False
    if re.search(
        r"-(?:based|backed|led|linked|aligned|allied|affiliated|held|controlled|supported)$", token
    ):
        return False  # "the Pakistan-based Lashkar-e-Taiba": a compound adjective, not a first name
    return not re.search(r"(?:ish|ian|ean|ese|an|i|ic)$", token)


def rescan(
    text: str, matches: list[ActorMatch], extended: ActorDictionary, home: str | None = None
) -> list[ActorMatch]:
    """The mentions after the article taught `extended` a few aliases: only those are scanned (with
    the copy's small automaton) and merged into `matches` — leftmost, then longest, wins, as in one
    scan — instead of scanning a long text again with every alias."""
    automata = extended.automata()
    if len(automata) < 2:
        return find_actors(text, extended, home=home)
    added = find_actors(text, extended, automata=automata[1:])
    if not added:
        return matches
    merged: list[ActorMatch] = []
    last_end = -1
    for match in sorted(
        added + matches, key=lambda m: (m.start, -(m.end - m.start))
    ):  # taught aliases win ties
        if match.start >= last_end:
            merged.append(match)
            last_end = match.end
    return merged


# An alias whose last word is a force noun in the singular names the same actor in the plural
# ("Kamajor militias", "Ras Kamboni militias"): dictionaries list one number, texts use both.
_FORCE_NOUN_LAST = re.compile(
    r"\s(?:militia|army|force|group|gang|brigade|battalion|unit|rebel|fighter|guerrilla|"
    r"soldier|faction|regiment|squad)$"
)


def _alias_hits(text: str, automata: list[ahocorasick.Automaton]) -> list[tuple[int, int, str]]:
    """(start, end, actor name) of every alias the automata find between word boundaries, in text
    order, longest first on the same start."""
    folded = fold(text)
    size = len(text)
    candidates: list[tuple[int, int, str]] = []
    # A per-article copy's own automaton is scanned first: on the same span its alias (an acronym
    # the article redefines, "the Ambazonia Defence Forces (ADF)") beats the dictionary's (the sort
    # below is stable).
    hits = (
        automata[0].iter(folded)
        if len(automata) == 1
        else (h for a in reversed(automata) for h in a.iter(folded))
    )
    for end_index, (length, entries) in hits:
        start, end = end_index - length + 1, end_index + 1
        # Word boundaries: "IS" not inside "ISIS" or "this"; "ISIS-held" and "IS's" are fine.
        if start > 0 and ((ch := text[start - 1]).isalnum() or ch == "_"):
            # (str methods: a regex per hit was a hot spot on short aliases such as "is", "un")
            continue
        plural = False
        if end < size and ((ch := text[end]).isalnum() or ch == "_"):
            if ch != "s" or (end + 1 < size and ((ch := text[end + 1]).isalnum() or ch == "_")):
                continue
            plural = True  # "Kamajor militias" for the alias "Kamajor militia"
        surface = text[start:end]
        for alias, name, case_sensitive in entries:
            if plural and not _FORCE_NOUN_LAST.search(alias):
                continue
            if case_sensitive and surface != alias and not _title_cased(surface, alias):
                continue
            if (
                case_sensitive
                and alias.isupper()
                and len(alias) <= 3
                and _shouting(text, start, end)
            ):
                continue
            candidates.append((start, end + plural, name))
            break
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    return candidates


def find_actors(
    text: str,
    dictionary: ActorDictionary,
    automata: list[ahocorasick.Automaton] | None = None,
    home: str | None = None,
) -> list[ActorMatch]:
    """Non-overlapping actor mentions, longest first, in text order. `automata`: scan only these (a
    per-article copy's own aliases, see rescan), without the article-wide passes. `home`: the
    country the article's places are in, whose army a bare "the army" is where the text names no
    forces (state_actors.generic_army)."""
    article_wide = automata is None
    if automata is None:
        automata = dictionary.automata() if dictionary.aliases else []
    automata = [a for a in automata if len(a)]
    if not automata:
        return []
    candidates = _alias_hits(text, automata)
    first_country = _first_country(text, candidates, dictionary)
    matches: list[ActorMatch] = []
    last_end = -1
    for hit in candidates:
        start, end, name = hit
        if start < last_end:
            continue
        kind = dictionary.kind_of(name)
        surface = text[start:end]
        if kind != "state" and (
            longer := longer_name(text, (start, end, name), dictionary, automata)
        ):
            if longer[0] < last_end:
                pass  # "Hezbollah Radwan Force": the word before is an actor of its own
            elif not longer[1]:
                last_end = end  # "the Zapatista National Liberation Army": another group
                continue
            else:
                start, name = longer[0], longer[1]
                kind, surface = dictionary.kind_of(name), text[start:end]
        if surface in dictionary.territories and not _state_acting(text, start, end):
            continue
        if (
            kind == "state"
            and surface in _bare_country_names()
            and not _state_acting(text, start, end, curated=True)
        ) or (kind == "state" and not FORCE_WORDS.search(surface) and _describes(text, start, end)):
            last_end = end  # nor its shorter aliases: "Saudi" in "Jeddah, Saudi Arabia,"
            continue
        if kind == "armed_group" and (
            _AFFILIATION_AFTER.match(text, end)
            or _AFFILIATION_BEFORE.search(text, max(0, start - 40), start)
        ):
            continue
        if kind == "state" and (
            _NOT_THE_FORCES.match(text, end) or _ETHNIC.search(text, max(0, start - 8), start)
        ):
            # "Mali's military government" is the state; "ethnic Armenian forces" are not Armenia's
            continue
        if " " not in surface and not surface.isupper() and _inside_a_name(text, start):
            continue
        if kind == "state" and not FORCE_WORDS.search(surface):
            if _LOCATIVE_BEFORE.search(text[max(0, start - 40) : start]):
                continue
            if " " not in surface and _PLACE_AFTER_DEMONYM.match(text[end : end + 20]):
                continue
        matches.append(ActorMatch(start, end, surface, name, kind))
        last_end = end
    if article_wide and dictionary.demonym_forces and (matches or first_country or home):
        matches = coordinated_demonyms(text, matches, dictionary)
        matches = drop_contingents(text, matches, dictionary)
        matches = missions_for_bodies(text, matches, dictionary)
        first = dictionary.aliases.get(f"{first_country}'s army") if first_country else None
        placed = dictionary.aliases.get(f"{home}'s army") if home else None
        matches = generic_army(
            text, matches, first[0] if first else None, placed[0] if placed else None
        )
        matches = generic_services(text, matches, dictionary, first_country, home)
    if article_wide:
        matches = led_groups(text, matches, dictionary)
        matches = country_variants(matches, dictionary, home, first_country)
        matches = without_towns(text, matches, home, first_country)
    return matches


def _first_country(
    text: str, candidates: list[tuple[int, int, str]], dictionary: ActorDictionary
) -> str | None:
    """The first country the text names, as a place or not ("in South Sudan's Upper Nile state"),
    under its own name: whose army "the army" is. A curated state ("Israel") counts as much as a
    generated one."""
    for start, end, name in candidates:
        surface = text[start:end]
        if surface in dictionary.territories or (
            surface == name and dictionary.kind_of(name) == "state"
        ):
            return surface
    return None


@lru_cache(maxsize=1)
def _bare_country_names() -> frozenset[str]:
    """Every country's bare names ("Iran", "Saudi Arabia"), curated as actors or not: where one
    names a place ("the border crossing with Iran") it is no state acting."""
    from .states import countries

    return frozenset(n for c in countries() for n in [c["name"], *c.get("names", [])])


# A state's name that describes someone else: "the Britain-based monitor", "a Sudan researcher
# at Human Rights Watch", "a Libya analyst", "Myanmar rebels say…", "South Sudan rebels".
_DESCRIBES_AFTER = re.compile(
    r"-based\b|\s+(?:analysts?|researchers?|experts?|specialists?|scholars?|watchers?|"
    r"rebels?|insurgents?|militants?|jihadists?|separatists?|loyalists?)\b"
)
# "talks in Jeddah, Saudi Arabia, on Tuesday": the country after a town says where it is.
_TOWN_BEFORE = re.compile(
    r"\b(?:in|at|from|to|near|outside)\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?,\s+$"
)
_CLAUSE_GOES_ON = re.compile(r"\s*(?:[,.;)]|$)", re.M)
_HEADING_MARKS = " \t-–—•*#"


def _describes(text: str, start: int, end: int) -> bool:
    """True where a state's name describes or places something else (above), or heads a section
    ("- Yemen -", "Syria: Tishreen Dam and the Euphrates") rather than naming the state acting."""
    if _DESCRIBES_AFTER.match(text, end):
        return True
    if _TOWN_BEFORE.search(text, max(0, start - 50), start) and _CLAUSE_GOES_ON.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(_HEADING_MARKS):
        return False
    line_end = text.find("\n", end)
    after = text[end : len(text) if line_end == -1 else line_end]
    return not after.strip(_HEADING_MARKS) or after.startswith(":")


# Where a curated state's bare name is a place: after a preposition of place or motion ("the
# crossing with Iran", "fled to Algeria"), not after "of", "with" or "for", which name it acting
# as often ("the leaders of Germany", "talks with Russia").
_CURATED_PLACE_BEFORE = re.compile(
    r"\b(?:in|into|inside|across|throughout|within|near|around|from|to|towards?|outside|"
    r"neighbouring|neighboring|borders?|bordering|(?:borders?|crossing|frontier)\s+with)\s+"
    r"(?:the\s+)?$",
    re.I,
)


# "head of Sudan's refugee commission", "Kenya's interior ministry": a state's office names the
# state, whatever preposition stands before it ("Myanmar's military government", "Libya's unity
# government" may be another actor: not here).
_OFFICE_AFTER = re.compile(
    r"['’]s\s+(?:[a-z\-]+\s+){0,2}(?:ministry|commission|cabinet|presidency|president|"
    r"prime\s+minister|foreign\s+minister)\b"
)


# "crossed the Niger at Asaba", "the bridge over the Niger": a state named after its river is the
# river where "the" stands before its bare name (data/actor_words.json "river_states").
_RIVER_STATES = frozenset(_WORDS["river_states"])
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def names_a_river(text: str, start: int, end: int) -> bool:
    """True where a state's bare name at text[start:end] is the river it is named after."""
    return text[start:end] in _RIVER_STATES and bool(
        _THE_BEFORE.search(text, max(0, start - 5), start)
    )


def _state_acting(text: str, start: int, end: int, curated: bool = False) -> bool:
    """A bare country name from the country list names the state only where it can act: not "in
    Sudan", "fled to Chad", "the Pakistan-based group", "Niger Delta", "Sudan's capital".
    `curated`: a curated state's bare name, whose forces and offices have no generated alias of
    their own: "Russia's …" still names it, and only a preposition of place makes it a place."""
    from .states import BARE_NAME_PLACE_AFTER, BARE_NAME_PLACE_BEFORE

    if names_a_river(text, start, end):
        return False
    if (curated and text.startswith(("'s", "’s"), end)) or _OFFICE_AFTER.match(text, end):
        return True
    place_before = _CURATED_PLACE_BEFORE if curated else BARE_NAME_PLACE_BEFORE
    before = text[max(0, start - 60) : start]
    # "the border with Bangladesh and India": a list continues the locative of its first item. Only
    # one item: a longer list ("troops from Chad, Niger, Nigeria and Benin") names contributors as
    # often as places (tried: dev extras fell by 13, the held-out folders lost 5 gold states).
    listed = re.sub(r"(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*(?:,\s*|\s+(?:and|or)\s+)$", "", before)
    if place_before.search(before) or (listed != before and place_before.search(listed)):
        return False
    previous = re.search(r"(?P<lead>^|[.!?:;\"“(\n]\s*)?\b[A-Z][\w'’-]*\s+$", before)
    if previous and previous.group("lead") is None:
        return False  # after a capitalised word inside a sentence: part of a name ("New Mexico")
    return not BARE_NAME_PLACE_AFTER.match(text[end : end + 12])


# "the Syria Democratic Forces, the SDF," / "Islamic State (IS)": a new short name for a known
# actor.
_APPOSITIVE_ALIAS = re.compile(
    r"\s*(?:,\s*(?:the\s+|also (?:called|known as)\s+|known as\s+)|\(\s*)"
    r"(?P<alias>[A-Z][A-Za-z'’\-]{1,12}(?:\s[A-Z][A-Za-z'’\-]{1,12}){0,2})\s*[,)]"
)


# "(UPI) --", "(IPS) —": a bracket closed right before a dash ends a dateline.
_CREDIT_AFTER = re.compile(r"\s*[-—–]")


def _spells_out(acronym: str, name: str) -> bool:
    """ "Ambazonia Defence Forces (ADF)": the acronym is the initials of the name's words."""
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’\-]*", name))
    return acronym.isupper() and initials == acronym


def learn_aliases(
    text: str, matches: list[ActorMatch], dictionary: ActorDictionary
) -> ActorDictionary | None:
    """A copy of the dictionary extended with aliases the article itself introduces, or None."""
    learned: dict[str, str] = {}
    for match in matches:
        found = _APPOSITIVE_ALIAS.match(text, match.end)
        if not found:
            continue
        alias = found.group("alias")
        if alias.lower() in ("the", "a", "an") or _CREDIT_AFTER.match(text, found.end()):
            continue  # "BEIRUT, Lebanon (UPI) --": the wire's credit in a dateline, no alias
        if alias in dictionary.aliases and not (
            dictionary.aliases[alias][0] != match.actor and _spells_out(alias, match.actor)
        ):
            continue  # known, unless the article spells it out for another actor
        # Only acronyms or phrases sharing a word with the actor's name: "the YPG", not "the US".
        if alias.isupper() or set(alias.lower().split()) & set(match.actor.lower().split()):
            learned[alias] = match.actor
    learned.update(acronyms_of_named(matches, dictionary))
    if not learned:
        return None
    extended = dictionary.copy()
    for alias, name in learned.items():
        extended.aliases[alias] = (name, alias.isupper())
    return extended
