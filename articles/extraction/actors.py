"""Actor mentions by dictionary: names and aliases curated in the admin (or the seed fixture).

One Aho-Corasick automaton over the lower-cased aliases scans the text in linear time; each hit is
then checked for word boundaries, case (aliases such as "IS" match only in that exact case) and
overlap (the longest match wins, so "Global Coalition to Counter IS" is one mention, not two).
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import ahocorasick

from .introduced import introduced_groups

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Aliases of a state that are also the name of its territory ("Turkey", "Kyiv"): after these
# words they name a place, not an actor ("troops in Iraq" is handled as its own alias).
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|into|inside|across|throughout|within|towards?|near|around|entered|visited|reached|"
    r"parts of|border with|borders? of|(?:north|south|east|west)(?:-?(?:east|west))? of)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?\s+)?)$",
    re.I,
)
_FORCE_WORDS = re.compile(
    r"\b(?:army|forces?|troops|military|soldiers|ministry|government|staff|guards?|corps)\b", re.I
)
_NOT_THE_FORCES = re.compile(r"\s+(?:government|regime|rulers?)\b")
_ETHNIC = re.compile(r"\bethnic\s+$", re.I)
# "the eastern Ukrainian town of Avdiivka": a demonym describing a place is not the state acting.
_PLACE_AFTER_DEMONYM = re.compile(
    r"^\s+(?:town|city|village|region|province|border|territory|capital|soil|coast|waters|airspace|people|"
    r"civilians|villages|towns|cities|language|-speaking|side)\b|^-speaking",
    re.I,
)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    name: str
    kind: str = "armed_group"
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class ActorMatch:
    start: int
    end: int
    text: str
    actor: str
    kind: str


class _AliasTable(dict):
    """A per-article copy's aliases: remembers which keys were written after the copy, so the small
    automaton of those is built without comparing all (about 15,000) aliases with the parent's."""

    __slots__ = ("added",)

    def __init__(self, *args, added: set[str] | None = None) -> None:
        super().__init__(*args)
        self.added: set[str] = set(added or ())

    def __setitem__(self, key: str, value: tuple[str, bool]) -> None:
        self.added.add(key)
        super().__setitem__(key, value)

    def setdefault(self, key: str, default: tuple[str, bool]) -> tuple[str, bool]:  # type: ignore[override]
        if key not in self:
            self.added.add(key)
        return super().setdefault(key, default)


@dataclass
class ActorDictionary:
    """Canonical actors and their aliases; build with from_db(), from_fixture() or add()."""

    actors: dict[str, ActorEntry] = field(default_factory=dict)
    # alias (as written) -> (canonical name, case_sensitive)
    aliases: dict[str, tuple[str, bool]] = field(default_factory=dict)
    # Generated from the country list (states.py): bare country names, which need a stricter check
    # than curated aliases, and demonym -> that state's forces actor ("Ugandan and Congolese troops").
    territories: frozenset[str] = frozenset()
    demonym_forces: dict[str, str] = field(default_factory=dict)
    _automaton: ahocorasick.Automaton | None = field(default=None, repr=False)
    _with_states: ActorDictionary | None = field(default=None, repr=False)
    # A per-article copy keeps its parent's automaton and scans its own few aliases with a small one,
    # so learning "ELN" in one article does not rebuild an automaton of thousands of aliases.
    _parent: ActorDictionary | None = field(default=None, repr=False)
    _folded: frozenset[str] | None = field(default=None, repr=False)

    def copy(self) -> ActorDictionary:
        # A copy of a copy keeps the aliases its parent copy had learnt as "added" too.
        added = getattr(self.aliases, "added", None) if self._parent is not None else None
        aliases = _AliasTable(self.aliases, added=added)
        return ActorDictionary(
            dict(self.actors),
            aliases,
            self.territories,
            self.demonym_forces,
            _parent=self._parent or self,
        )

    def folded_aliases(self) -> frozenset[str]:
        if self._folded is None:
            self._folded = frozenset(_fold(alias) for alias in self.aliases)
        return self._folded

    def automata(self) -> list[ahocorasick.Automaton]:
        """The automata to scan: this dictionary's, or its parent's plus one of the aliases added since."""
        parent = self._parent
        if parent is None or len(self.aliases) < len(parent.aliases):
            return [self.automaton]
        if self._automaton is None:
            added = getattr(self.aliases, "added", None)
            keys = added if added is not None else self.aliases
            extra = {
                alias: self.aliases[alias]
                for alias in keys
                if parent.aliases.get(alias) != self.aliases[alias]
            }
            self._automaton = _build_automaton(extra)
        return [parent.automaton, self._automaton]

    def with_states(self) -> ActorDictionary:
        """This dictionary plus every state and its forces from the country list (states.py), built once.
        Curated names and aliases win: a generated alias is added only where none exists."""
        if self.demonym_forces or self.territories:
            return self  # already extended
        if self._with_states is None:
            self._with_states = _extend_with_states(self)
        return self._with_states

    def add(
        self,
        name: str,
        kind: str = "armed_group",
        aliases: tuple[str, ...] | list = (),
        parent: str | None = None,
    ) -> None:
        self.actors[name] = ActorEntry(name, kind, parent)
        # A one-word name matches only as written: "Turkey" the state, not "turkey legs".
        self.aliases.setdefault(name, (name, " " not in name))
        for alias in aliases:
            if isinstance(alias, tuple):
                self.aliases[alias[0]] = (name, alias[1])
            else:
                self.aliases[alias] = (name, False)
        self._automaton = None

    @classmethod
    def from_fixture(cls, path: str | Path) -> ActorDictionary:
        """Read a Django fixture of articles.actor / articles.actoralias rows (natural keys)."""
        rows = json.loads(Path(path).read_text(encoding="utf-8"))
        dictionary = cls()
        for row in rows:
            if row["model"] == "articles.actor":
                fields = row["fields"]
                parent = fields.get("parent")
                dictionary.add(
                    fields["name"],
                    fields.get("kind", "armed_group"),
                    parent=parent[0] if parent else None,
                )
        for row in rows:
            if row["model"] == "articles.actoralias":
                fields = row["fields"]
                name = fields["actor"][0]
                dictionary.aliases[fields["alias"]] = (name, bool(fields.get("case_sensitive")))
        return dictionary

    @classmethod
    def from_db(cls) -> ActorDictionary:
        from articles.models import Actor, ActorAlias

        dictionary = cls()
        for actor in Actor.objects.select_related("parent"):
            dictionary.add(
                actor.name, actor.kind, parent=actor.parent.name if actor.parent else None
            )
        for alias in ActorAlias.objects.select_related("actor"):
            dictionary.aliases[alias.alias] = (alias.actor.name, alias.case_sensitive)
        return dictionary

    def kind_of(self, name: str) -> str:
        entry = self.actors.get(name)
        return entry.kind if entry else "armed_group"

    @property
    def automaton(self) -> ahocorasick.Automaton:
        if self._automaton is None:
            self._automaton = _build_automaton(self.aliases)
        return self._automaton


def _build_automaton(aliases: dict[str, tuple[str, bool]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    grouped: dict[str, list[tuple[str, str, bool]]] = {}
    for alias, (name, case_sensitive) in aliases.items():
        key = _fold(alias)
        if len(key) != len(alias) or not key.strip():
            continue
        grouped.setdefault(key, []).append((alias, name, case_sensitive))
    for key, entries in grouped.items():
        automaton.add_word(key, (len(key), tuple(entries)))
    if grouped:
        automaton.make_automaton()
    return automaton


# The last list window() saw, with its length and start offsets, as one tuple (replaced whole, so threads
# never see one list's offsets with another list).
_STARTS: list[tuple] = [(None, 0, [])]


def window(matches: list[ActorMatch], start: int, end: int) -> list[ActorMatch]:
    """Matches starting in [start, end), by binary search (matches are in text order). The start offsets
    of the last list are kept: window() is called thousands of times on the same article's mentions."""
    cached = _STARTS[0]
    if cached[0] is not matches or cached[1] != len(matches):
        cached = (matches, len(matches), [m.start for m in matches])
        _STARTS[0] = cached
    starts = cached[2]
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end, lo=lo)
    return matches[lo:hi]


def _fold(text: str) -> str:
    """Lower-case without changing length (so offsets stay valid); typographic apostrophes folded."""
    lowered = text.lower()
    if len(lowered) != len(text):
        # A few characters grow when lower-cased ("İ" -> "i̇"): keep those as they are.
        growing = "".join(sorted(ch for ch in set(text) if len(ch.lower()) != 1))
        pieces = re.split(f"([{re.escape(growing)}])", text)
        lowered = "".join(
            piece if index % 2 else piece.lower() for index, piece in enumerate(pieces)
        )
    return lowered.replace("’", "'").replace("‘", "'")


def _shouting(text: str, start: int, end: int) -> bool:
    """True inside an all-capitals passage ("THIS IS NOT NEWS"), where "IS" is just the verb."""
    before = re.findall(r"[A-Za-z]{2,}", text[max(0, start - 20) : start])
    after = re.findall(r"[A-Za-z]{2,}", text[end : end + 20])
    neighbours = ([before[-1]] if before else []) + ([after[0]] if after else [])
    return bool(neighbours) and all(word.isupper() for word in neighbours)


_PREVIOUS_TOKEN = re.compile(r"(?:^|[\s(])(?P<token>[A-Z][\w'’.\-]*)\s+$")
_NOT_FIRST_NAMES = frozenset(
    ["The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "To", "Of", "And", "Or", "But", "As", "If", "When", "While", "After", "Before", "Since", "Until", "Despite", "Against", "Under", "Over", "About", "Into", "Through", "Across", "During", "Without", "Within", "Among", "Between", "Meanwhile", "However", "Also", "Then", "Still", "Yet", "So", "Both", "All", "Some", "Many", "Most", "Several", "Other", "Another", "Each", "Every", "No", "Pro", "Anti", "Former", "Ex", "New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Mr", "Mrs", "Ms", "Dr", "President", "Minister", "General", "Prime", "His", "Her", "Their", "Its", "Our", "My", "Your", "This", "That", "These", "Those", "Why", "How", "What"]
)


def _inside_a_name(text: str, start: int) -> bool:
    """True when a one-word alias follows a first name or an initial: "Joseph F. Wagner", "Ohio
    Coalition". Demonyms ("Lebanese Hezbollah") and sentence starts do not count."""
    before = _PREVIOUS_TOKEN.search(text, max(0, start - 40), start)
    if not before:
        return False
    token = before.group("token")
    if re.fullmatch(r"[A-Z]\.", token):
        return True
    head = text[max(0, before.start("token") - 3) : before.start("token")]
    if re.search(r"[.!?:\"“]\s*$|^\s*$", head) or head.endswith("\n"):
        return False  # the token starts a sentence
    if token in _NOT_FIRST_NAMES or token.endswith(("'s", "’s", ".")) or token.isupper():
        return False
    if re.search(
        r"-(?:based|backed|led|linked|aligned|allied|affiliated|held|controlled|supported)$", token
    ):
        return False  # "the Pakistan-based Lashkar-e-Taiba": a compound adjective, not a first name
    return not re.search(r"(?:ish|ian|ean|ese|an|i|ic)$", token)


def rescan(text: str, matches: list[ActorMatch], extended: ActorDictionary) -> list[ActorMatch]:
    """The mentions after the article taught `extended` a few aliases: only those are scanned (with the
    copy's small automaton) and merged into `matches` — leftmost, then longest, wins, as in one scan —
    instead of scanning a long text again with every alias."""
    automata = extended.automata()
    if len(automata) < 2:
        return find_actors(text, extended)
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


def find_actors(
    text: str, dictionary: ActorDictionary, automata: list[ahocorasick.Automaton] | None = None
) -> list[ActorMatch]:
    """Non-overlapping actor mentions, longest first, in text order. `automata`: scan only these (a
    per-article copy's own aliases, see rescan), without the article-wide passes."""
    article_wide = automata is None
    if automata is None:
        automata = dictionary.automata() if dictionary.aliases else []
    automata = [a for a in automata if len(a)]
    if not automata:
        return []
    folded = _fold(text)
    size = len(text)
    candidates: list[tuple[int, int, str]] = []
    # A per-article copy's own automaton is scanned first: on the same span its alias (an acronym the article
    # redefines, "the Ambazonia Defence Forces (ADF)") beats the dictionary's (the sort below is stable).
    hits = (
        automata[0].iter(folded)
        if len(automata) == 1
        else (h for a in reversed(automata) for h in a.iter(folded))
    )
    for end_index, (length, entries) in hits:
        start, end = end_index - length + 1, end_index + 1
        # Word boundaries: "IS" not inside "ISIS" or "this"; "ISIS-held" and "IS's" are fine.
        if start > 0 and ((ch := text[start - 1]).isalnum() or ch == "_"):
            continue  # (str methods: a regex per hit was a hot spot on short aliases such as "is", "un")
        if end < size and ((ch := text[end]).isalnum() or ch == "_"):
            continue
        surface = text[start:end]
        for alias, name, case_sensitive in entries:
            if case_sensitive and surface != alias:
                continue
            if (
                case_sensitive
                and alias.isupper()
                and len(alias) <= 3
                and _shouting(text, start, end)
            ):
                continue
            candidates.append((start, end, name))
            break
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    # The first country the text names, as a place or not ("in South Sudan's Upper Nile state"): whose
    # army "the army" is when the article names no state's forces.
    first_country = next(
        (text[c[0] : c[1]] for c in candidates if text[c[0] : c[1]] in dictionary.territories), None
    )
    matches: list[ActorMatch] = []
    last_end = -1
    for start, end, name in candidates:
        if start < last_end:
            continue
        kind = dictionary.kind_of(name)
        surface = text[start:end]
        if surface in dictionary.territories and not _state_acting(text, start, end):
            continue
        if kind == "state" and (
            _NOT_THE_FORCES.match(text, end) or _ETHNIC.search(text, max(0, start - 8), start)
        ):
            continue  # "Mali's military government" is the state; "ethnic Armenian forces" are not Armenia's
        if " " not in surface and not surface.isupper() and _inside_a_name(text, start):
            continue
        if kind == "state" and not _FORCE_WORDS.search(surface):
            if _LOCATIVE_BEFORE.search(text[max(0, start - 40) : start]):
                continue
            if " " not in surface and _PLACE_AFTER_DEMONYM.match(text[end : end + 20]):
                continue
        matches.append(ActorMatch(start, end, surface, name, kind))
        last_end = end
    if article_wide and dictionary.demonym_forces and (matches or first_country):
        matches = _coordinated_demonyms(text, matches, dictionary)
        home = dictionary.aliases.get(f"{first_country}'s army") if first_country else None
        matches = _generic_army(text, matches, home[0] if home else None)
    return matches


def _state_acting(text: str, start: int, end: int) -> bool:
    """A bare country name from the country list names the state only where it can act: not "in Sudan",
    "fled to Chad", "the Pakistan-based group", "Niger Delta", "Sudan's capital"."""
    from .states import BARE_NAME_PLACE_AFTER, BARE_NAME_PLACE_BEFORE

    before = text[max(0, start - 60) : start]
    # "the border with Bangladesh and India": a list continues the locative of its first item.
    listed = re.sub(r"(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*(?:,\s*|\s+(?:and|or)\s+)$", "", before)
    if BARE_NAME_PLACE_BEFORE.search(before) or (
        listed != before and BARE_NAME_PLACE_BEFORE.search(listed)
    ):
        return False
    previous = re.search(r"(?P<lead>^|[.!?:;\"“(\n]\s*)?\b[A-Z][\w'’-]*\s+$", before)
    if previous and previous.group("lead") is None:
        return False  # after a capitalised word inside a sentence: part of a name ("New Mexico")
    return not BARE_NAME_PLACE_AFTER.match(text[end : end + 12])


_DEMONYM_BEFORE = re.compile(r"(?P<demonym>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)(?:\s+and\s+|,\s+)$")


def _coordinated_demonyms(
    text: str, matches: list[ActorMatch], dictionary: ActorDictionary
) -> list[ActorMatch]:
    """ "Ugandan and Congolese troops": the first demonym shares the noun, so it names Uganda's forces."""
    added = []
    for match in matches:
        if match.kind != "state" or not _FORCE_WORDS.search(match.text):
            continue
        before = _DEMONYM_BEFORE.search(text, max(0, match.start - 40), match.start)
        if not before:
            continue
        demonym = before.group("demonym")
        actor = dictionary.demonym_forces.get(demonym) or dictionary.demonym_forces.get(
            demonym.split()[-1]
        )
        if actor and actor != match.actor:
            start = (
                before.start("demonym")
                if demonym in dictionary.demonym_forces
                else before.end("demonym") - len(demonym.split()[-1])
            )
            if not any(
                m.start < before.end("demonym") and start < m.end
                for m in window(matches, max(0, start - 200), before.end("demonym"))
            ):
                added.append(
                    ActorMatch(
                        start,
                        before.end("demonym"),
                        text[start : before.end("demonym")],
                        actor,
                        dictionary.kind_of(actor),
                    )
                )
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.start)


# "army spokesman Nabil Abdallah", "the army's deputy commander", "The military said": a state's army
# the article does not name in full here. Not "military analyst", "a military base", "army of volunteers".
_ARMY_WORD = re.compile(r"\b(?:[Aa]rmy|[Mm]ilitary|[Jj]unta)\b")
_ARMY_DETERMINER = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:federal\s+|national\s+)?$")
_ARMY_NOT_ACTOR = re.compile(
    r"\s+(?:base|bases|analysts?|experts?|hospital|academy|college|school|court|vehicles?|"
    r"aircraft|equipment|aid|assistance|support|service|uniforms?|intelligence|history|"
    r"government|regime|rulers?|of)\b"
)
_ARMY_ROLE_AFTER = re.compile(
    r"\s+(?:spokes(?:man|woman|person)|chief|officials?|sources?|statement|headquarters)\b"
)


def _generic_army(
    text: str, matches: list[ActorMatch], home_forces: str | None = None
) -> list[ActorMatch]:
    """In an article that names a state's forces ("Sudan's army", "Israeli forces"), an unqualified "the
    army" or "military spokesman" is those forces — the most mentioned, else the first named. In one that
    names none, they are the forces of the first country it names (`home_forces`: "Militiamen besieged
    the garrison in … South Sudan's Upper Nile state … the army said")."""
    counts: dict[str, int] = {}
    for match in matches:
        if match.kind == "state" and _FORCE_WORDS.search(match.text):
            counts[match.actor] = counts.get(match.actor, 0) + 1
    if not counts and home_forces is None:
        return matches
    if counts:
        best = max(counts.values())
        forces = next(m.actor for m in matches if counts.get(m.actor) == best)
    else:
        forces = home_forces
    added = []
    for found in _ARMY_WORD.finditer(text):
        start, end = found.start(), found.end()
        word = found.group()
        if _ARMY_ROLE_AFTER.match(text, end):
            pass  # "army spokesman", "Military sources"
        elif (
            word == "junta"
            or not word.islower()
            or not _ARMY_DETERMINER.search(text, max(0, start - 20), start)
            or _ARMY_NOT_ACTOR.match(text, end)
        ):
            continue  # only "the army", "its military" (not "a military base", "the army of volunteers")
        if any(m.start < end and start < m.end for m in window(matches, max(0, start - 80), end)):
            continue  # part of a name already matched ("Sudan's army", "Arakan Army")
        added.append(ActorMatch(start, end, text[start:end], forces, "state"))
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.start)


def _extend_with_states(dictionary: ActorDictionary) -> ActorDictionary:
    from .states import FORCES, FORCES_ACRONYMS, POLICE, demonym_index, generated_entries

    extended = dictionary.copy()
    extended._parent = None  # the extended dictionary is scanned with one automaton of its own
    extended.aliases = dict(extended.aliases)
    taken = {_fold(alias) for alias in extended.aliases}
    state_of: dict[str, str] = {}

    def state(country: str) -> str:
        if country not in state_of:
            curated = dictionary.aliases.get(country)
            if curated and dictionary.kind_of(curated[0]) == "state":
                state_of[country] = curated[0]
            else:
                state_of[country] = country
                if country not in extended.actors:
                    extended.actors[country] = ActorEntry(country, "state")
        return state_of[country]

    def actor_for(country: str, role: str) -> str:
        table = FORCES if role == "forces" else POLICE if role == "police" else {}
        name = table.get(country)
        if not name:
            return state(country)
        if name not in extended.actors:
            extended.actors[name] = ActorEntry(name, "state", parent=None)
        if _fold(name) not in taken:
            extended.aliases[name] = (name, False)
            taken.add(_fold(name))
            for acronym in FORCES_ACRONYMS.get(name, ()):
                if _fold(acronym) not in taken:
                    extended.aliases[acronym] = (name, True)
                    taken.add(_fold(acronym))
        return name

    territories = set()
    for alias, country, role, case in generated_entries():
        key = _fold(alias)
        if key in taken:
            continue
        name = actor_for(
            country, "forces" if role == "forces" else role if role == "police" else "state"
        )
        extended.aliases[alias] = (name, case == "exact")
        taken.add(key)
        if role == "name":
            territories.add(alias)
    extended.territories = frozenset(territories)
    extended.demonym_forces = {
        demonym: actor_for(country, "forces") for demonym, country in demonym_index().items()
    }
    return extended


# "the Syria Democratic Forces, the SDF," / "Islamic State (IS)": a new short name for a known actor.
_APPOSITIVE_ALIAS = re.compile(
    r"\s*(?:,\s*(?:the\s+|also (?:called|known as)\s+|known as\s+)|\(\s*)"
    r"(?P<alias>[A-Z][A-Za-z'’\-]{1,12}(?:\s[A-Z][A-Za-z'’\-]{1,12}){0,2})\s*[,)]"
)


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
        if alias in dictionary.aliases or alias.lower() in ("the", "a", "an"):
            continue
        # Only acronyms or phrases sharing a word with the actor's name: "the YPG", not "the US".
        if alias.isupper() or set(alias.lower().split()) & set(match.actor.lower().split()):
            learned[alias] = match.actor
    if not learned:
        return None
    extended = dictionary.copy()
    for alias, name in learned.items():
        extended.aliases[alias] = (name, alias.isupper())
    return extended


# Organisations the article introduces: "the National Liberation Army (ELN)", "the ELN, the National
# Liberation Army", or "the Allied Democratic Forces" with "ADF" (its initials) used elsewhere. The name
# must have an organisational head word, so "Democratic Republic of Congo (DRC)" is no actor.
_HEAD_KINDS = {
    **dict.fromkeys(
        (
            "Front",
            "Forces",
            "Force",
            "Army",
            "Armies",
            "Movement",
            "Brigade",
            "Brigades",
            "Group",
            "Militia",
            "Militias",
            "Units",
            "Corps",
            "Guard",
            "Guards",
            "Battalion",
            "Battalions",
            "Resistance",
            "Province",
            "Command",
        ),
        "armed_group",
    ),
    **dict.fromkeys(("Alliance", "Coalition", "Mission"), "coalition"),
    **dict.fromkeys(
        ("Party", "Council", "Union", "Organisation", "Organization", "Committee", "Commission"),
        "organisation",
    ),
    "Government": "state",
}
DISCOVERY_CHARS = 200_000
_HEAD_WORD = re.compile(r"\b(?:" + "|".join(_HEAD_KINDS) + r")\b")
_CONNECTORS = frozenset(
    {"of", "the", "for", "and", "de", "du", "des", "la", "el", "al", "in", "to"}
)
_NAME_WORD = r"(?:[A-Z][\w'’]*(?:-[\w'’]+)*)"
_ORG_NAME = rf"(?P<name>{_NAME_WORD}(?:\s+(?:(?:of|the|for|and|de|du|des|la|el|al|in|to)\s+)*{_NAME_WORD}){{1,7}})"
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
# Organisations cited as a source or typed as one: "according to the International Crisis Group", "Deep
# South Watch, an independent monitoring group,", "the Interfax news agency".
_SOURCE_HEADS = frozenset(
    {
        "Institute",
        "Centre",
        "Center",
        "Observatory",
        "Watch",
        "Foundation",
        "Project",
        "Network",
        "Group",
        "Programme",
        "Monitor",
        "Initiative",
        "Forum",
        "Trust",
    }
)
_ACCORDING_TO_ORG = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?" + _ORG_NAME)
_SOURCE_TYPE_AFTER = re.compile(
    r"(?:(?!(?:for|of|the|with|to|by|at|in)\b)[\w'’\-]+\s+){0,3}?(?:monitoring|rights|research|human\s+rights|"
    r"advocacy|aid|humanitarian|relief|intelligence|watchdog)\s+(?:group|organi[sz]ation)\b"
    r"|(?:(?!(?:for|of|the|with|to|by|at|in)\b)[\w'’\-]+\s+){0,2}?watchdog\b(?=\s*[,.;)])"
)  # "an independent watchdog,"
_SOURCE_TYPE_WORDS = re.compile(
    r"\s(?:news\s+agency|think[\s\-]tank|rights\s+group|monitoring\s+group)\b"
)
_NAME_BEFORE_SOURCE_TYPE = re.compile(
    r"\b[Tt]he\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})$"
)


# "The Human Rights Commission of Pakistan, an independent watchdog,": a source's name may hold "of"/"for".
_SOURCE_NAME_BEFORE_COMMA = re.compile(
    rf"(?:\b[Tt]he\s+)?\b(?P<name>{_NAME_WORD}(?:\s+(?:(?:of|for|on)\s+"
    rf"(?:the\s+)?)?{_NAME_WORD}){{0,5}})$"
)
_PERSON_OF = re.compile(
    r"^(?:[A-Z][\w'’\-]+\s+){1,2}[A-Z][\w'’\-]+\s+(?:of|at|from)\s+(?:the\s+)?(?P<rest>.+)$"
)


def _discover_sources(text: str, known: frozenset[str], found: dict[str, tuple[str, str]]) -> None:
    def keep(name: str | None) -> None:
        if not name or name in found:
            return
        words = name.split()
        # "According to Lena Ortiz of Human Rights Watch": a known organisation ends it; a person speaks.
        # (A known one-word place closing the name — "Human Rights Commission of Pakistan" — is part of it.)
        if any(
            _fold(" ".join(words[cut:])) in known
            and (cut == 0 or len(words) - cut > 1 or words[cut].isupper())
            for cut in range(len(words))
        ):
            return
        found[name] = ("organisation", "")

    if "ccording to" in text:
        for match in _ACCORDING_TO_ORG.finditer(text):
            name = _clean_name(match.group("name"))
            if not name or name.split()[-1] not in _SOURCE_HEADS:
                continue
            person = _PERSON_OF.match(name)
            # "According to John Mbeki of the Kivu Research Group": the organisation after the person.
            keep(_clean_name(person.group("rest")) if person else name)
    # "X, an independent monitoring group,": from each ", a(n) " (a literal, quick to find) the type forwards
    # and the name backwards.
    for comma in _COMMA_ARTICLE.finditer(text) if ", a" in text else ():
        if not _SOURCE_TYPE_AFTER.match(text, comma.end()):
            continue
        before = _SOURCE_NAME_BEFORE_COMMA.search(text, max(0, comma.start() - 100), comma.start())
        if before:
            keep(
                _clean_name(before.group("name")) if len(before.group("name").split()) > 1 else None
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
        if match and match.group("name").split()[0] not in _NOT_NAME_START:
            keep(match.group("name"))


_CAPITAL_WORD = re.compile(r"\b[A-Z]{2,7}\b")
_ORG_NAME_ONLY = re.compile(_ORG_NAME)
_NOT_NAME_START = frozenset(_NOT_FIRST_NAMES) - {
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "New",
}


def _clean_name(name: str) -> str | None:
    words = name.split()
    while words and (
        words[0] in _NOT_NAME_START
        or words[0].lower() in _CONNECTORS
        or re.search(r"-(?:led|backed|based|linked|allied|aligned|affiliated|held)$", words[0])
    ):
        words.pop(0)  # "The", "In", "Rival": not part of the organisation's name
    while words and words[-1].lower() in _CONNECTORS:
        words.pop()
    if len(words) < 2:
        return None
    return " ".join(words)


def _head_kind(name: str) -> str | None:
    """The kind named by the organisational head word, which must end the name or be followed by its
    complement ("Islamic Resistance in Iraq", "Movement for the Liberation of Kivu"): "Serum Resistance
    Associated" is no organisation."""
    words = name.split()
    for index, word in enumerate(words):
        head, _, rest = word.partition("-")  # "Movement-in-Opposition", "Movement-North"
        if head in _HEAD_KINDS and (
            rest or index == len(words) - 1 or words[index + 1].lower() in _CONNECTORS
        ):
            return _HEAD_KINDS[head]
    return None


def _trim_to_initials(name: str, acronym: str) -> str:
    """ "According to the World Health Organisation (WHO)" -> "World Health Organisation": the longest
    ending of the phrase whose initials are the acronym; the phrase itself when none is (ELN is Spanish
    for the National Liberation Army)."""
    words = name.split()
    for first in range(len(words) - 1):
        if words[first].lower() in _CONNECTORS or not words[first][0].isupper():
            continue
        candidate = " ".join(words[first:])
        if _initials(candidate).upper() == acronym.upper():
            return candidate
    return name


def _initials(name: str) -> str:
    return "".join(
        word[0] for word in name.split() if word.lower() not in _CONNECTORS and word[0].isupper()
    )


def discover_actors(
    text: str, dictionary: ActorDictionary, doc: Doc | None = None
) -> dict[str, tuple[str, str]]:
    """New organisations the text introduces, as {name: (kind, acronym or "")}; known names are skipped.
    `doc`: the text's parse, for the groups introduced by phrasing (introduced.py)."""
    found: dict[str, tuple[str, str]] = introduced_groups(doc, dictionary.folded_aliases(), _fold)

    def consider(name: str, acronym: str, redefines: bool = False) -> None:
        cleaned = _clean_name(_trim_to_initials(name, acronym) if acronym else name)
        if not cleaned or (acronym and sum(1 for c in acronym if c.isupper() or c.isdigit()) < 2):
            return
        kind = _head_kind(cleaned)
        if kind is None or _fold(cleaned) in known:
            return
        if (
            acronym
            and acronym in dictionary.aliases
            and (not redefines or _initials(cleaned).upper() != acronym.upper())
        ):
            # A known acronym stays the known actor's, unless the article spells out another organisation
            # whose initials it is: "the Ambazonia Defence Forces (ADF)" is not the Allied Democratic Forces.
            return
        found.setdefault(cleaned, (kind, acronym))

    # An organisation is introduced near its first mention: the first 200,000 characters are read (a whole
    # article; a multi-megabyte dump would otherwise pay for this scan on every capitalised word).
    text = text[:DISCOVERY_CHARS]
    known = dictionary.folded_aliases()
    if ", or " in text:
        for match in _NAME_OR_ACRONYM.finditer(text):
            name, acronym = _clean_name(match.group("name")), match.group("acronym")
            if (
                not name
                or _initials(name).upper() != acronym.upper()
                or acronym in dictionary.aliases
                or _fold(name) in known
                or name in found
            ):
                continue
            kind = _head_kind(name) or (
                "armed_group"
                if _FIGHTING_CONTEXT.search(text, match.end(), match.end() + 150)
                else "organisation"
            )
            found[name] = (kind, acronym)
    _discover_sources(text, known, found)
    if not _HEAD_WORD.search(text):
        _discover_typed(text, dictionary, known, found)  # "Viv Kontre, a coalition of armed gangs"
        return found
    for pattern in (_NAME_THEN_ACRONYM, _ACRONYM_THEN_NAME):
        if pattern is _NAME_THEN_ACRONYM and "(" not in text:
            continue  # the scan tries every capitalised word: skip it when no bracket can follow
        for match in pattern.finditer(text):
            consider(match.group("name"), match.group("acronym"), redefines=True)
    acronyms = {word for word in set(_CAPITAL_WORD.findall(text)) if word not in dictionary.aliases}
    if acronyms:
        for match in _ORG_NAME_ONLY.finditer(text):
            cleaned = _clean_name(match.group("name"))
            if not cleaned:
                continue
            # The phrase may start with other words: "Fighters of the Tigray People's Liberation Front" / "TPLF".
            words = cleaned.split()
            for first in range(len(words) - 1):
                if words[first].lower() in _CONNECTORS:
                    continue
                candidate = " ".join(words[first:])
                initials = _initials(candidate)
                if len(initials) >= 2 and initials in acronyms:
                    consider(candidate, initials)
                    break
    _discover_typed(
        text, dictionary, known, found
    )  # after the acronym paths: their entries keep the acronym
    return found


# Groups the article types or shows fighting, without an acronym:
# "The White Army, a loosely organised ethnic Nuer militia," / "gunmen from the Maute group" /
# "Militiamen of the White Army" / "the UN peacekeeping mission, MINUSCA,".
_GROUP_TYPES = {
    "militia": "armed_group",
    "gang": "armed_group",
    "alliance": "coalition",
    "coalition": "coalition",
}
# "X, a … militia": found from each ", a " / ", an " (a literal, quick to find), the name read backwards
# from it and the type forwards — instead of trying a long pattern at every capitalised word.
_COMMA_ARTICLE = re.compile(r",\s+an?\s+")
_NAME_BEFORE_COMMA = re.compile(
    rf"(?:\b[Tt]he\s+)?\b(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})$"
)
_GROUP_TYPE_AFTER = re.compile(
    # only describing words before the type ("a loosely organised ethnic Nuer militia"), not "a spokesman
    # for the US-led coalition"
    r"(?:(?!(?:for|of|the|with|to|by|at|in)\b)[\w'’\-]+\s+){0,5}?"
    r"(?P<type>militia|gang|(?:rebel|armed|insurgent|jihadist|militant|paramilitary|separatist|guerrilla)\s+"
    r"(?:group|movement|faction|organi[sz]ation|alliance|coalition)|(?:rebel\s+)?(?:alliance|coalition))"
    r"(?=\s*[,.;)]|\s+(?:of|that|which|who|from|in|based|linked|allied|loyal|founded|formed|made|led)\b)"
)
_MEMBERS_OF = re.compile(
    rf"(?=[FfMmGgRrIiCc])\b(?:[Ff]ighters|[Mm]ilitiamen|[Gg]unmen|[Mm]embers|[Rr]ebels|[Mm]ilitants|[Ii]nsurgents|[Cc]ombatants)\s+"
    rf"(?:of|from|belonging\s+to|loyal\s+to)\s+the\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})"
    r"(?:\s+(?P<group>group|militia|faction|gang)\b)?"
)
_ACRONYM_APPOSED = re.compile(
    r"the(?<!\wthe)\s+(?:(?:[A-Z]{2,4}|[a-z][\w\-]*)\s+){0,4}(?P<type>mission|force|militia|group|alliance|coalition|"
    r"movement)s?,\s+(?P<acronym>[A-Z][A-Z0-9\-]{2,9})\b(?=\s*[,.;)]|\s*$)"
)
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
    """The members-of and apposed-acronym pre-check phrases in one automaton: one linear pass tells which
    patterns can match (two alternations of 46 literals, tried at every position, cost 2 % of extraction)."""
    automaton = ahocorasick.Automaton()
    for phrase in _MEMBERS_PHRASES:
        automaton.add_word(phrase, "members")
    for phrase in _APPOSED_PHRASES:
        automaton.add_word(phrase, "apposed")
    automaton.make_automaton()
    return automaton


_HINTS = _hint_automaton()
_APPOSED_KINDS = {"mission": "coalition", "alliance": "coalition", "coalition": "coalition"}


def _discover_typed(
    text: str, dictionary: ActorDictionary, known: frozenset[str], found: dict[str, tuple[str, str]]
) -> None:
    def is_known(name: str) -> bool:
        # "gunmen from the Islamic State group", "the Abu Sayyaf group": a known actor with a noun after it.
        words = name.split()
        return any(_fold(" ".join(words[:cut])) in known for cut in range(len(words), 0, -1))

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
    for comma in _COMMA_ARTICLE.finditer(text) if typed else ():
        typed_as = _GROUP_TYPE_AFTER.match(text, comma.end())
        if not typed_as:
            continue
        before = _NAME_BEFORE_COMMA.search(text, max(0, comma.start() - 100), comma.start())
        if not before:
            continue
        name = before.group("name")
        words = name.split()
        while words and (words[0] in _NOT_NAME_START or words[0].lower() in _CONNECTORS):
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
        if is_known(name):
            continue
        if group:
            found.setdefault(f"{name} {group}", ("armed_group", ""))
        elif len(name.split()) >= 2 and _head_kind(name):
            found.setdefault(name, (_head_kind(name), ""))
    for match in _ACRONYM_APPOSED.finditer(text) if apposed else ():
        acronym = match.group("acronym")
        if acronym in dictionary.aliases or _fold(acronym) in known:
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
