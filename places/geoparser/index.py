"""The in-memory gazetteer index: place records, name keys and the spotting automaton.

Built from the database once per gazetteer version and kept on disk (`cache.py`), or from plain
records in tests. Plain data only: the matcher never touches the ORM while parsing.
"""

from __future__ import annotations

import gzip
import math
import re
import sys
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

import ahocorasick

from places.geoparser.index_build import (
    FLAG_BITS,
    Column,
    KeyReadings,
    NameColumns,
    PlacePositions,
    Rebuilt,
    SpotBuilder,
    Strings,
    packed,
    positions_in,
)
from places.geoparser.variants import table_reads, variant_entries
from places.normalize import name_key

DATA = Path(__file__).resolve().parent.parent / "data"

# Name flags stored per (key, place).
PREFERRED = 1
DEMONYM = 2
ABBREVIATION = 4
# Keys whose KeyTable answer is kept; the memo starts again when full. A `geoparse` of LGL (1.1 M
# characters) asks 3,146 keys, ~1.4 MB with their 13,787 readings: 50,000 keys is ~25 MB.
FOUND_MAX = 50_000


@dataclass(slots=True)
class PlaceInfo:
    place_id: int
    name: str
    lat: float
    lon: float
    geonameid: int | None
    feature_code: str
    country: str
    kind: str
    population: int
    admin1: str


_UNSEEN = object()


class _PackedTable(Mapping):
    """A read-only table packed into arrays, each subclass's `_lookup` bisecting its sorted keys.
    A parse asks about the same keys many times (a name's every use, and every run of words the
    variant spotter tries), and a bisection of the world's keys costs ~20 comparisons: the
    answers are kept, decoded, up to FOUND_MAX keys. The memo is not pickled: a loaded table
    starts with none."""

    __slots__ = ("_found",)

    def _lookup(self, key: str):
        raise NotImplementedError

    def _find(self, key: str):
        found = self._found.get(key, _UNSEEN)
        if found is not _UNSEEN:
            return found
        found = self._lookup(key)
        if len(self._found) >= FOUND_MAX:
            self._found.clear()
        self._found[key] = found
        return found

    def __getitem__(self, key: str):
        found = self._find(key) if isinstance(key, str) else None
        if found is None:
            raise KeyError(key)
        return found

    def get(self, key: str, default=None):
        found = self._find(key)
        return default if found is None else found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) is not None


class KeyTable(_PackedTable):
    """Name key -> ((place index, flags), ...): the sorted keys and one flat array of
    `place index << FLAG_BITS | flags`. Unpickles in a seventh of the time of the same dict of
    lists (0.14 s against 0.9 s CPU for the world's 966,000 keys) and takes a fraction of its
    memory. The answers are tuples, shared between callers."""

    __slots__ = ("_entries", "_keys", "_offsets")

    def __init__(self, by_key: Mapping[str, Iterable[tuple[int, int]]]) -> None:
        readings = KeyReadings()
        for key, pairs in by_key.items():
            for i, flags in pairs:
                readings.add(key, packed(i, flags))
        self.__setstate__(readings.grouped())

    @classmethod
    def from_readings(cls, readings: KeyReadings) -> KeyTable:
        """The table of a build's readings (which it empties)."""
        table = cls.__new__(cls)
        table.__setstate__(readings.grouped())
        return table

    def __getstate__(self) -> tuple:
        return self._keys, self._offsets, self._entries

    def __setstate__(self, state: tuple) -> None:
        self._keys, self._offsets, self._entries = state
        self._found = {}

    def _lookup(self, key: str) -> tuple[tuple[int, int], ...] | None:
        """The key's (place index, flags) pairs, or None."""
        j = bisect_left(self._keys, key)
        if j == len(self._keys) or self._keys[j] != key:
            return None
        mask = (1 << FLAG_BITS) - 1
        entries = self._entries[self._offsets[j] : self._offsets[j + 1]]
        return tuple((v >> FLAG_BITS, v & mask) for v in entries)

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


class TextTable(_PackedTable):
    """Key -> text: the keys, sorted as UTF-8, in one byte string and the texts in another, each
    with an array of offsets. The variant table (863,000 entries on the world gazetteer) takes
    42 MB against 143 MB as a dict of strings: the memory Who's On First's Korean villages
    needed to keep `geoparse` under 1.5 GB. A lookup bisects the keys (~20 byte comparisons)."""

    __slots__ = ("_key_ends", "_keys", "_text_ends", "_texts")

    def __init__(self, table: Mapping[str, str]) -> None:
        self._pack((key, table[key]) for key in sorted(table))

    @classmethod
    def from_sorted(cls, rows: Iterable[tuple[str, str]]) -> TextTable:
        """The table of (key, text) rows given in the order of their keys, each packed as it
        comes (the build's variant table is never a dict: `variants.variant_entries`)."""
        packed_table = cls.__new__(cls)
        packed_table._pack(rows)
        return packed_table

    def _pack(self, rows: Iterable[tuple[str, str]]) -> None:
        # Sorted as strings is sorted as UTF-8: both follow the code points.
        keys, texts = bytearray(), bytearray()
        self._key_ends, self._text_ends = array("q"), array("q")
        for key, text in rows:
            keys += key.encode()
            texts += text.encode()
            self._key_ends.append(len(keys))
            self._text_ends.append(len(texts))
        self._keys, self._texts = bytes(keys), bytes(texts)
        self._found: dict[str, str | None] = {}

    def __getstate__(self) -> tuple:
        return self._keys, self._texts, self._key_ends, self._text_ends

    def __setstate__(self, state: tuple) -> None:
        self._keys, self._texts, self._key_ends, self._text_ends = state
        self._found = {}

    def _key(self, j: int) -> bytes:
        return self._keys[self._key_ends[j - 1] if j else 0 : self._key_ends[j]]

    def _lookup(self, key: str) -> str | None:
        wanted, lo, hi = key.encode(), 0, len(self._key_ends)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._key(mid) < wanted:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(self._key_ends) or self._key(lo) != wanted:
            return None
        start = self._text_ends[lo - 1] if lo else 0
        return self._texts[start : self._text_ends[lo]].decode()

    def __iter__(self) -> Iterator[str]:
        return (self._key(j).decode() for j in range(len(self._key_ends)))

    def __len__(self) -> int:
        return len(self._key_ends)


PLACE_FIELDS = tuple(f.name for f in fields(PlaceInfo))
_INTERNED_FIELDS = ("kind", "feature_code", "country", "admin1")


@dataclass
class GazetteerIndex:
    places: list[PlaceInfo] = field(default_factory=list)
    # name key -> [(place index, flags)]: a dict while building, a KeyTable once built
    by_key: Mapping[str, list[tuple[int, int]]] = field(default_factory=dict)
    # (country, admin1) -> index of the admin-1 region; country code -> index of the country
    admin1_of: dict[tuple[str, str], int] = field(default_factory=dict)
    country_of: dict[str, int] = field(default_factory=dict)
    # surface -> spot_keys position << SPOT_LENGTH_BITS | len(surface): integers, which load in
    # two thirds of the time of (length, key) pairs and take ~40 MB less (spotter.spot reads them)
    automaton: ahocorasick.Automaton | None = None
    spot_keys: list[str] = field(default_factory=list)
    word_zipf: dict[str, float] = field(default_factory=dict)
    # variant key -> name key (`variants.py`): transliterated spellings the gazetteer lacks;
    # a TextTable once built
    variants: Mapping[str, str] = field(default_factory=dict)
    # name key -> the place index the name means unless the text says otherwise (common_names.tsv)
    famous: dict[str, int] = field(default_factory=dict)
    # institution phrase ("United Nations", "UNHCR") -> index of the city it sits in
    homes: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(
        cls, places: Iterable[PlaceInfo], names: Iterable[tuple[int, str, str, str, bool]]
    ) -> GazetteerIndex:
        """`names` rows are (place_id, name, key, kind, preferred), as PlaceName stores them.
        The world's build holds the places, the name keys and the automaton at once: each
        intermediate is as small as it can be and freed as soon as it is used
        (docs/geoparser.md, "Build memory")."""
        index = cls()
        pos = index._add_places(places)
        words = load_word_frequencies()
        spots, readings = SpotBuilder(), KeyReadings()
        variant_names = NameColumns(readings.keys)
        for place_id, name, stored_key, kind, preferred in names:
            i = pos.get(place_id)
            key = (stored_key or name_key(name)) if i is not None else ""
            if not key:
                continue
            number = readings.add(key, packed(i, _name_flags(kind, preferred)))
            name = name.lstrip(_LEADING_MARKS)  # noqa: PLW2901 ("'Ārdamatā": an ayn first)
            forms = surface_forms(name, kind, _is_major(index.places[i]), words)
            for form in forms:
                spots.setdefault(form, key)
            if forms and kind == "name":
                if table_reads(index.places[i], forms[0], key):
                    variant_names.append(i, forms[0], number)
                _add_without_article(spots, forms[0], key, words)
            if forms and kind == "demonym" and not forms[0].endswith("s"):
                spots.setdefault(forms[0] + "s", key)  # "Syrians"
        del pos
        index._add_common_names(spots, readings)
        index.automaton, index.spot_keys = spots.finish()
        del spots
        index.by_key = KeyTable.from_readings(readings)
        del readings
        index.variants = TextTable.from_sorted(variant_entries(index.places, variant_names))
        del variant_names
        index.word_zipf = words
        return index

    def _add_places(self, places: Iterable[PlaceInfo]) -> PlacePositions:
        """Append the places; their positions by place id."""
        pos: dict[int, int] = {}
        for info in places:
            # One shared object per code ("settlement", "PPL", "US"): tens of megabytes less, and
            # comparisons with the parser's literals succeed on identity.
            info.kind, info.feature_code = _intern(info.kind), _intern(info.feature_code)
            info.country, info.admin1 = _intern(info.country), _intern(info.admin1)
            pos[info.place_id] = len(self.places)
            self.places.append(info)
            if info.kind == "country" and info.country:
                self.country_of[info.country] = pos[info.place_id]
        for i, info in enumerate(self.places):
            if info.kind == "admin" and info.feature_code == "ADM1" and info.admin1:
                self.admin1_of.setdefault((info.country, info.admin1), i)
        return PlacePositions(pos)

    def candidates(self, key: str) -> Sequence[tuple[int, int]]:
        """(place index, flags) of the places `key` names: a tuple (shared: read it only)."""
        return self.by_key.get(key, ())

    # Pickled for the disk cache: places as columns, which load in a sixth of the time of
    # 270,000 pickled records (0.07 s + 0.08 s to rebuild them, against 0.4-1.1 s).
    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["places"] = [[getattr(p, name) for p in self.places] for name in PLACE_FIELDS]
        return state

    def cache_state(self) -> dict:
        """`__getstate__` as the cache writes it, in objects that load as the same tables: the
        place columns drawn as they are written (`Column`), the place names and name keys
        joined in runs (`Strings`) and the spot keys as positions among the name keys. The
        pickler remembers every string it writes: the world's three million took a 134 MB
        table, 200 MB while it grew (docs/geoparser.md, "Build memory")."""
        state = dict(self.__dict__)
        places = self.places
        state["places"] = [
            Strings(lambda: (p.name for p in places))
            if name == "name"
            else Column(self.places, name)
            for name in PLACE_FIELDS
        ]
        if isinstance(self.by_key, KeyTable):
            keys, offsets, entries = self.by_key.__getstate__()
            state["by_key"] = Rebuilt(_key_table, (Strings(lambda: iter(keys)), offsets, entries))
            spot_positions = positions_in(keys, self.spot_keys)
            if spot_positions is not None:
                state["spot_keys"] = spot_positions
        return state

    def __setstate__(self, state: dict) -> None:
        state = dict(state)
        columns = state["places"]
        for (
            name
        ) in _INTERNED_FIELDS:  # pickle shares equal strings, but not with the parser's literals
            column = columns[PLACE_FIELDS.index(name)]
            shared = {value: _intern(value) for value in set(column)}
            columns[PLACE_FIELDS.index(name)] = [shared[value] for value in column]
        state["places"] = list(map(PlaceInfo, *columns))
        if type(state["spot_keys"]) is array:  # positions among the name keys (`cache_state`)
            keys = state["by_key"]._keys
            state["spot_keys"] = [keys[j] for j in state["spot_keys"]]
        self.__dict__.update(state)

    def _add_common_names(self, surfaces: SpotBuilder, readings: KeyReadings) -> None:
        """The names of `common_names.tsv` whose place is in the index, as main names."""
        by_geonameid = {p.geonameid: i for i, p in enumerate(self.places) if p.geonameid}
        for name, geonameid, role in load_common_names():
            i = by_geonameid.get(geonameid)
            key = name_key(name)
            if i is None or not key:
                continue
            if role == "home":  # an institution's name, not a name of its city
                self.homes[name] = i
                continue
            if role == "not":  # a wrong alternate name: another place's
                readings.drop(key, i)
                continue
            flags = DEMONYM if role == "demonym" else PREFERRED
            readings.replace(key, i, packed(i, flags))
            surfaces.setdefault(name, key)
            if role == "famous":
                self.famous[key] = i
            if role == "demonym" and not name.endswith(_NO_PLURAL_S):
                surfaces.setdefault(name + "s", key)  # "Tajiks", "Azeris"


def _key_table(keys: list[str], offsets: array, entries: array) -> KeyTable:
    table = KeyTable.__new__(KeyTable)
    table.__setstate__((keys, offsets, entries))
    return table


# Demonyms whose plural takes no -s: "the Kyrgyz", "the Timorese", "the Abkhaz".
_NO_PLURAL_S = ("s", "z", "x", "sh", "ese")


def _name_flags(kind: str, preferred: bool) -> int:
    return (
        (PREFERRED if preferred else 0)
        | (DEMONYM if kind == "demonym" else 0)
        | (ABBREVIATION if kind == "abbr" else 0)
    )


def load_common_names(path: Path | None = None) -> list[tuple[str, int, str]]:
    """(name, GeoNames id, role) rows of the data table; see its header for the roles."""
    rows = []
    with open(path or DATA / "common_names.tsv", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            name, geonameid, role = line.rstrip("\n").split("\t")[:3]
            if role not in ("alias", "famous", "city", "home", "demonym", "not"):
                raise ValueError(f"common_names.tsv: unknown role {role!r} for {name!r}")
            rows.append((name, int(geonameid), role))
    return rows


# An ayn or hamza transliterated at the start of a name ("'Ārdamatā", "ʿAyn ʿĪsá"): English
# copy drops it, and the automaton needs a capital first.
_LEADING_MARKS = "'’‘ʿʾ`"


def _without_accents(name: str) -> str:
    """The name without its combining accents ("Caquetá" -> "Caqueta"); the name key folds
    them too, so the plain spelling has the same readings."""
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# A leading Arabic article the name key drops: "Al Qāmishlī" is written "Qamishli" in English copy.
_LEADING_ARTICLE = re.compile(r"^(?:A[lrdstzn]|Ash|Ath|E[lrdstzn])[ \-‐](?=[A-Z])")
# Shorter names without their article are too often something else ("Bab", "Quds").
MIN_BARE_LETTERS = 5


def _add_without_article(surfaces: dict[str, str], name: str, key: str, words) -> None:
    """The name without a leading article, where the key drops it anyway (not "El Salvador":
    a bare "El" stays) and the rest is no English word, as a surface of the same key."""
    m = _LEADING_ARTICLE.match(name)
    if m is None:
        return
    bare = name[m.end() :]
    if len(bare) < MIN_BARE_LETTERS or name_key(bare) != key or not _spottable(bare, "name"):
        return
    for form in (bare, _without_accents(bare)):
        if form.lower() not in words:
            surfaces.setdefault(form, key)


# A place this large, or a first-level region, keeps its spelling without accents even where that
# spelling is also an English word: word lists hold the names of Indian states ("Telangana").
MAJOR_PLAIN_POPULATION = 50_000


def _is_major(place: PlaceInfo) -> bool:
    return place.feature_code in ("ADM1", "PCLI") or place.population >= MAJOR_PLAIN_POPULATION


_INNER_MARKS = re.compile(r"(?<=[^\W\d_])['’‘ʿʾ`](?=[a-z])")


_FEATURE_WORDS = frozenset(
    {"Valley", "Gorge", "Mountains", "Hills", "Heights", "Peninsula", "Strip", "Plateau", "Desert"}
)


def surface_forms(name: str, kind: str, major: bool, words) -> list[str]:
    """The spellings of a gazetteer name the automaton looks for: the name, and without its
    accents and inner ayn or hamza as English copy writes it ("Caqueta"; "Tarin Kot" for "Tarīn
    Kōṯ", whose ṯ outside the scanned range leaves only that spelling; "Jaar" for "Ja‘ār"; "Fergana
    valley"), but not a small place's plain spelling that is an English word ("Valor")."""
    forms = [name] if _spottable(name, kind) else []
    plain = _without_accents(name)
    # "Jaar", "Marib" for "Ja‘ār", "Ma'rib": English copy drops an ayn or hamza between letters
    bare = _INNER_MARKS.sub("", plain)
    head, _, last = bare.rpartition(" ")
    # "the Fergana valley", "the Kodori gorge": copy writes the feature's kind in lower case
    lower = f"{head} {last.lower()}" if head and last in _FEATURE_WORDS else bare
    for form in dict.fromkeys((plain, bare, lower)):
        if form != name and _spottable(form, kind) and (major or form.lower() not in words):
            forms.append(form)
    return forms


def _intern(value):
    return sys.intern(value) if type(value) is str else value


def _spottable(name: str, kind: str) -> bool:
    """Names the automaton looks for: Latin script, capitalised, three letters or more
    (abbreviations such as "US" excepted). Other scripts cost time and gain nothing on English."""
    if not name or not name[0].isupper():
        return False
    if len(name) < 3 and kind != "abbr":
        return False
    return all(ord(ch) < 0x250 or ch in "ʿʾ’‘" for ch in name)


_ZIPF: dict[str, float] | None = None


def load_word_frequencies() -> dict[str, float]:
    """Lower-case English word -> Zipf frequency (from wordfreq, vendored as a small list)."""
    global _ZIPF  # noqa: PLW0603 (read once per process)
    if _ZIPF is None:
        table: dict[str, float] = {}
        with gzip.open(DATA / "english_words.tsv.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    continue
                word, _, zipf = line.rstrip("\n").partition("\t")
                table[word] = float(zipf)
        _ZIPF = table
    return _ZIPF


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def index_from_database() -> GazetteerIndex:
    """Read every Place/PlaceName row into a GazetteerIndex (a few seconds for the world)."""
    from django.db.models import F, FloatField, Func

    from places.models import Place, PlaceName

    rows = (
        Place.objects.order_by()
        .annotate(
            x=Func(F("point"), function="ST_X", output_field=FloatField()),
            y=Func(F("point"), function="ST_Y", output_field=FloatField()),
        )
        .values_list(
            "pk",
            "name",
            "y",
            "x",
            "geonameid",
            "feature_code",
            "country_code",
            "kind",
            "population",
            "admin1",
        )
    )
    places = (PlaceInfo(*row) for row in rows.iterator(chunk_size=20000))
    names = (
        PlaceName.objects.order_by()
        .values_list("place_id", "name", "key", "kind", "preferred")
        .iterator(chunk_size=50000)
    )
    return GazetteerIndex.build(places, names)
