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

import ahocorasick

# Aliases of a state that are also the name of its territory ("Turkey", "Kyiv"): after these
# words they name a place, not an actor ("troops in Iraq" is handled as its own alias).
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|into|inside|across|throughout|within|towards?|near|around|entered|visited|reached|"
    r"parts of|border with|borders? of|(?:north|south|east|west)(?:-?(?:east|west))? of)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?\s+)?)$",
    re.I,
)
_FORCE_WORDS = re.compile(r"\b(?:army|forces?|troops|military|soldiers|ministry|government|staff|guards?|corps)\b", re.I)
_WORD_CHAR = re.compile(r"\w")
# "the eastern Ukrainian town of Avdiivka": a demonym describing a place is not the state acting.
_PLACE_AFTER_DEMONYM = re.compile(
    r"^\s+(?:town|city|village|region|province|border|territory|capital|soil|coast|waters|airspace|people|"
    r"civilians|villages|towns|cities|language|-speaking|side)\b|^-speaking", re.I)


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


@dataclass
class ActorDictionary:
    """Canonical actors and their aliases; build with from_db(), from_fixture() or add()."""

    actors: dict[str, ActorEntry] = field(default_factory=dict)
    # alias (as written) -> (canonical name, case_sensitive)
    aliases: dict[str, tuple[str, bool]] = field(default_factory=dict)
    _automaton: ahocorasick.Automaton | None = field(default=None, repr=False)

    def add(self, name: str, kind: str = "armed_group", aliases: tuple[str, ...] | list = (),
            parent: str | None = None) -> None:
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
                dictionary.add(fields["name"], fields.get("kind", "armed_group"),
                               parent=parent[0] if parent else None)
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
            dictionary.add(actor.name, actor.kind, parent=actor.parent.name if actor.parent else None)
        for alias in ActorAlias.objects.select_related("actor"):
            dictionary.aliases[alias.alias] = (alias.actor.name, alias.case_sensitive)
        return dictionary

    def kind_of(self, name: str) -> str:
        entry = self.actors.get(name)
        return entry.kind if entry else "armed_group"

    @property
    def automaton(self) -> ahocorasick.Automaton:
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            grouped: dict[str, list[tuple[str, str, bool]]] = {}
            for alias, (name, case_sensitive) in self.aliases.items():
                key = _fold(alias)
                if len(key) != len(alias) or not key.strip():
                    continue
                grouped.setdefault(key, []).append((alias, name, case_sensitive))
            for key, entries in grouped.items():
                automaton.add_word(key, (len(key), tuple(entries)))
            if grouped:
                automaton.make_automaton()
            self._automaton = automaton
        return self._automaton


def window(matches: list[ActorMatch], start: int, end: int) -> list[ActorMatch]:
    """Matches starting in [start, end), by binary search (matches are in text order)."""
    lo = bisect.bisect_left(matches, start, key=lambda m: m.start)
    hi = bisect.bisect_left(matches, end, lo=lo, key=lambda m: m.start)
    return matches[lo:hi]


def _fold(text: str) -> str:
    """Lower-case without changing length (so offsets stay valid); typographic apostrophes folded."""
    lowered = text.lower()
    if len(lowered) != len(text):
        # A few characters grow when lower-cased ("İ" -> "i̇"): keep those as they are.
        growing = "".join(sorted(ch for ch in set(text) if len(ch.lower()) != 1))
        pieces = re.split(f"([{re.escape(growing)}])", text)
        lowered = "".join(piece if index % 2 else piece.lower() for index, piece in enumerate(pieces))
    return lowered.replace("’", "'").replace("‘", "'")


def _shouting(text: str, start: int, end: int) -> bool:
    """True inside an all-capitals passage ("THIS IS NOT NEWS"), where "IS" is just the verb."""
    before = re.findall(r"[A-Za-z]{2,}", text[max(0, start - 20):start])
    after = re.findall(r"[A-Za-z]{2,}", text[end:end + 20])
    neighbours = ([before[-1]] if before else []) + ([after[0]] if after else [])
    return bool(neighbours) and all(word.isupper() for word in neighbours)


_PREVIOUS_TOKEN = re.compile(r"(?:^|[\s(])(?P<token>[A-Z][\w'’.\-]*)\s+$")
_NOT_FIRST_NAMES = frozenset("""The A An In On At By For From With To Of And Or But As If When While After Before
    Since Until Despite Against Under Over About Into Through Across During Without Within Among Between
    Meanwhile However Also Then Still Yet So Both All Some Many Most Several Other Another Each Every No
    Pro Anti Former Ex New North South East West Northern Southern Eastern Western Central Mr Mrs Ms Dr
    President Minister General Prime His Her Their Its Our My Your This That These Those Why How What""".split())


def _inside_a_name(text: str, start: int) -> bool:
    """True when a one-word alias follows a first name or an initial: "Joseph F. Wagner", "Ohio
    Coalition". Demonyms ("Lebanese Hezbollah") and sentence starts do not count."""
    before = _PREVIOUS_TOKEN.search(text, max(0, start - 40), start)
    if not before:
        return False
    token = before.group("token")
    if re.fullmatch(r"[A-Z]\.", token):
        return True
    head = text[max(0, before.start("token") - 3):before.start("token")]
    if re.search(r"[.!?:\"“]\s*$|^\s*$", head) or head.endswith("\n"):
        return False  # the token starts a sentence
    if token in _NOT_FIRST_NAMES or token.endswith(("'s", "’s", ".")) or token.isupper():
        return False
    return not re.search(r"(?:ish|ian|ean|ese|an|i|ic)$", token)


def find_actors(text: str, dictionary: ActorDictionary) -> list[ActorMatch]:
    """Non-overlapping actor mentions, longest first, in text order."""
    automaton = dictionary.automaton
    if not dictionary.aliases or len(automaton) == 0:
        return []
    folded = _fold(text)
    candidates: list[tuple[int, int, str]] = []
    for end_index, (length, entries) in automaton.iter(folded):
        start, end = end_index - length + 1, end_index + 1
        # Word boundaries: "IS" not inside "ISIS" or "this"; "ISIS-held" and "IS's" are fine.
        if start > 0 and _WORD_CHAR.match(text[start - 1]):
            continue
        if end < len(text) and _WORD_CHAR.match(text[end]):
            continue
        surface = text[start:end]
        for alias, name, case_sensitive in entries:
            if case_sensitive and surface != alias:
                continue
            if case_sensitive and alias.isupper() and len(alias) <= 3 and _shouting(text, start, end):
                continue
            candidates.append((start, end, name))
            break
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    matches: list[ActorMatch] = []
    last_end = -1
    for start, end, name in candidates:
        if start < last_end:
            continue
        kind = dictionary.kind_of(name)
        surface = text[start:end]
        if " " not in surface and not surface.isupper() and _inside_a_name(text, start):
            continue
        if kind == "state" and not _FORCE_WORDS.search(surface):
            if _LOCATIVE_BEFORE.search(text[max(0, start - 40):start]):
                continue
            if " " not in surface and _PLACE_AFTER_DEMONYM.match(text[end:end + 20]):
                continue
        matches.append(ActorMatch(start, end, surface, name, kind))
        last_end = end
    return matches


# "the Syria Democratic Forces, the SDF," / "Islamic State (IS)": a new short name for a known actor.
_APPOSITIVE_ALIAS = re.compile(r"\s*(?:,\s*(?:the\s+|also (?:called|known as)\s+|known as\s+)|\(\s*)"
                               r"(?P<alias>[A-Z][A-Za-z'’\-]{1,12}(?:\s[A-Z][A-Za-z'’\-]{1,12}){0,2})\s*[,)]")


def learn_aliases(text: str, matches: list[ActorMatch], dictionary: ActorDictionary) -> ActorDictionary | None:
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
    extended = ActorDictionary(dict(dictionary.actors), dict(dictionary.aliases))
    for alias, name in learned.items():
        extended.aliases[alias] = (name, alias.isupper())
    return extended
