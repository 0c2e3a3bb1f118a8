"""The actor dictionary: canonical actors and their aliases, curated in the admin (or the seed
fixture), scanned by one Aho-Corasick automaton over the lower-cased aliases."""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import ahocorasick


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
    # than curated aliases, and demonym -> that state's forces actor ("Ugandan and Congolese
    # troops").
    territories: frozenset[str] = frozenset()
    demonym_forces: dict[str, str] = field(default_factory=dict)
    _automaton: ahocorasick.Automaton | None = field(default=None, repr=False)
    _with_states: ActorDictionary | None = field(default=None, repr=False)
    # A per-article copy keeps its parent's automaton and scans its own few aliases with a small
    # one, so learning "ELN" in one article does not rebuild an automaton of thousands of aliases.
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
            self._folded = frozenset(fold(alias) for alias in self.aliases)
        return self._folded

    def automata(self) -> list[ahocorasick.Automaton]:
        """The automata to scan: this dictionary's, or its parent's plus one of the aliases added
        since."""
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
        """This dictionary plus every state and its forces from the country list (states.py), built
        once. Curated names and aliases win: a generated alias is added only where none exists."""
        if self.demonym_forces or self.territories:
            return self  # already extended
        if self._with_states is None:
            from .state_actors import extend_with_states

            self._with_states = extend_with_states(self)
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


SPELLINGS_FILE = Path(__file__).parent / "data" / "spelling_variants.json"


@lru_cache(maxsize=1)
def spelling_variants() -> tuple[tuple[str, str], ...]:
    """Pairs of spellings agencies use for one name ("qaeda"/"qaida", "houthi"/"huthi"), both
    ways."""
    pairs = json.loads(SPELLINGS_FILE.read_text(encoding="utf-8"))["pairs"]
    return tuple((a, b) for a, b in pairs) + tuple((b, a) for a, b in pairs)


def _variants(key: str) -> list[str]:
    """The other spellings of a folded alias ("al-qaeda in the islamic maghreb" -> "al-qaida
    in the islamic maghreb")."""
    return [key.replace(a, b) for a, b in spelling_variants() if a in key]


def _build_automaton(aliases: dict[str, tuple[str, bool]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    grouped: dict[str, list[tuple[str, str, bool]]] = {}
    for alias, (name, case_sensitive) in aliases.items():
        key = fold(alias)
        if len(key) != len(alias) or not key.strip():
            continue
        grouped.setdefault(key, []).append((alias, name, case_sensitive))
    for key, entries in list(grouped.items()):
        for variant in _variants(key):
            if variant not in grouped:  # a curated alias with that spelling wins
                grouped[variant] = [
                    (variant, name, case_sensitive)
                    for _, name, case_sensitive in entries
                    if not case_sensitive
                ]
    grouped = {key: entries for key, entries in grouped.items() if entries}
    for key, entries in grouped.items():
        automaton.add_word(key, (len(key), tuple(entries)))
    if grouped:
        automaton.make_automaton()
    return automaton


# The last few lists window() saw, newest first, each with its length and start offsets (the
# tuple is replaced whole, so threads never see one list's offsets with another list). A few, not
# one: callers interleave two or three lists (an article's mentions and a filtered copy), and a
# cache of one rebuilt the offsets on every call, quadratic on a long text.
_RECENT: list[tuple] = [()]
_RECENT_LISTS = 4


def window(matches: list[ActorMatch], start: int, end: int) -> list[ActorMatch]:
    """Matches starting in [start, end), by binary search (matches are in text order). The start
    offsets of the last lists are kept: window() is called thousands of times on the same
    article's mentions."""
    recent = _RECENT[0]
    cached = next((c for c in recent if c[0] is matches and c[1] == len(matches)), None)
    if cached is None:
        cached = (matches, len(matches), [m.start for m in matches])
        _RECENT[0] = (cached, *recent[: _RECENT_LISTS - 1])
    starts = cached[2]
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end, lo=lo)
    return matches[lo:hi]


def fold(text: str) -> str:
    """Lower-case without changing length (so offsets stay valid); typographic apostrophes
    folded."""
    lowered = text.lower()
    if len(lowered) != len(text):
        # A few characters grow when lower-cased ("İ" -> "i̇"): keep those as they are.
        growing = "".join(sorted(ch for ch in set(text) if len(ch.lower()) != 1))
        pieces = re.split(f"([{re.escape(growing)}])", text)
        lowered = "".join(
            piece if index % 2 else piece.lower() for index, piece in enumerate(pieces)
        )
    return lowered.replace("’", "'").replace("‘", "'")
