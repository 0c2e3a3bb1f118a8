"""The index build's working tables, each as small as it can be: the world's build (a million
places, 2.5 million names) holds them beside the index it makes, and a process that builds the
index must stay under 1.5 GB like one that loads it (docs/geoparser.md, "Build memory").

Each replaces a dict of Python objects with the same content in arrays: a reading is one
integer in an array, not a tuple in a list; a name key gets a number once, and the automaton is
filled as each spelling is first seen instead of from a dict of every spelling. The objects at
the end are what the cache pickles the built tables as (`GazetteerIndex.cache_state`), for the
same reason: the pickler's memo of every string it writes was the write's largest table.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator
from itertools import islice
from operator import attrgetter

import ahocorasick

# Bits a candidate's flags take in the packed KeyTable.
FLAG_BITS = 4
# Bits a surface's length takes in the automaton's values (the rest: its key's position).
SPOT_LENGTH_BITS = 10
SPOT_LENGTH_MASK = (1 << SPOT_LENGTH_BITS) - 1
# Place ids this many times the number of places or fewer are looked up in an array.
DENSE_IDS = 4


def packed(i: int, flags: int) -> int:
    """A reading as the KeyTable stores it: place index << FLAG_BITS | flags."""
    if not 0 <= flags < 1 << FLAG_BITS:
        raise ValueError(f"name flags {flags} do not fit in {FLAG_BITS} bits")
    return i << FLAG_BITS | flags


class PlacePositions:
    """Place id -> position in the index's place list: an array over the ids when they are dense
    (database ids: 8 bytes a place against ~100 for a dict), else the dict."""

    def __init__(self, pos: dict[int, int]) -> None:
        top = max(pos, default=-1)
        self._dict: dict[int, int] | None = None
        self._array = array("q")
        if top < DENSE_IDS * len(pos) + 1000 and min(pos, default=0) >= 0:
            self._array = array("q", [-1]) * (top + 1)
            for place_id, i in pos.items():
                self._array[place_id] = i
        else:
            self._dict = pos

    def get(self, place_id: int) -> int | None:
        if self._dict is not None:
            return self._dict.get(place_id)
        if not 0 <= place_id < len(self._array):
            return None
        i = self._array[place_id]
        return None if i < 0 else i


class KeyReadings:
    """Name key -> its readings in the order they were added, as two arrays (each reading's key
    number and packed value) and one dict numbering the keys: 2.5 million readings of 1.7
    million keys take ~150 MB less than a dict of lists of tuples. `grouped` returns the sorted
    keys with their readings, as KeyTable stores them."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.keys: list[str] = []  # key number -> the key (the first object of its value)
        self._key_of = array("q")
        self._value = array("q")
        # (position of the reading added, key number, place index whose earlier readings go)
        self._replaced: list[tuple[int, int, int]] = []

    def add(self, key: str, value: int) -> int:
        """Add a reading of `key`; the key's number."""
        number = self.numbers.setdefault(key, len(self.numbers))
        if number == len(self.keys):
            self.keys.append(key)
        self._key_of.append(number)
        self._value.append(value)
        return number

    def replace(self, key: str, i: int, value: int) -> None:
        """Drop the key's readings of place index `i` so far and add `value` last."""
        self.add(key, value)
        self._replaced.append((len(self._value) - 1, self._key_of[-1], i))

    def drop(self, key: str, i: int) -> None:
        """Drop the key's readings of place index `i` so far (a name the place does not bear)."""
        number = self.numbers.get(key)
        if number is not None:
            self._replaced.append((len(self._value), number, i))

    def _drop_replaced(self) -> None:
        """Mark the readings `replace` dropped (value -1)."""
        wanted = {number for _at, number, _i in self._replaced}
        positions: dict[int, list[int]] = {number: [] for number in wanted}
        for at, number in enumerate(self._key_of):
            if number in wanted:
                positions[number].append(at)
        for at, number, i in self._replaced:
            for earlier in positions[number]:
                value = self._value[earlier]
                if earlier < at and value >= 0 and value >> FLAG_BITS == i:
                    self._value[earlier] = -1
        self._replaced = []

    def grouped(self) -> tuple[list[str], array, array]:
        """(sorted keys, offsets, values): key j's readings are values[offsets[j]:offsets[j+1]].
        A counting sort over the arrays (stable: each key's readings keep their order), which
        frees the working tables."""
        self._drop_replaced()
        keys = sorted(self.numbers)
        rank = array("q", [0]) * len(keys)
        for r, key in enumerate(keys):
            rank[self.numbers[key]] = r
        self.numbers = {}
        offsets = array("q", [0]) * (len(keys) + 1)
        for k, v in zip(self._key_of, self._value, strict=True):
            if v >= 0:
                offsets[rank[k] + 1] += 1
        for r in range(len(keys)):
            offsets[r + 1] += offsets[r]
        cursor = array("q", offsets[:-1])
        values = array("q", [0]) * offsets[-1]
        for k, v in zip(self._key_of, self._value, strict=True):
            if v >= 0:
                values[cursor[rank[k]]] = v
                cursor[rank[k]] += 1
        self._key_of, self._value = array("q"), array("q")
        return keys, offsets, values


class SpotBuilder:
    """The automaton filled as each surface is first seen, with the value a surface -> key dict
    filled in the same order gave it: the same automaton without that dict (3 million entries
    on the world gazetteer). `setdefault` keeps the first key of a surface."""

    def __init__(self) -> None:
        self.automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        self.positions: dict[str, int] = {}  # key -> its position in spot_keys

    def setdefault(self, surface: str, key: str) -> None:
        # (a "name" of 1,024 characters is none)
        if len(surface) > SPOT_LENGTH_MASK or surface in self.automaton:
            return
        j = self.positions.setdefault(key, len(self.positions))
        self.automaton.add_word(surface, j << SPOT_LENGTH_BITS | len(surface))

    def finish(self) -> tuple[ahocorasick.Automaton | None, list[str]]:
        """The automaton (None for an empty gazetteer: pyahocorasick refuses to search an empty
        trie) and the spot keys."""
        spot_keys = list(self.positions)
        self.positions = {}
        if not len(self.automaton):
            return None, spot_keys
        self.automaton.make_automaton()
        return self.automaton, spot_keys


class NameColumns:
    """The (place index, surface, key) rows `variant_entries` reads, kept as two arrays (the place
    index and the key's number in `keys`) and the surface's initial, the one letter of it
    `variant_entries` reads (`table_reads`): the world's 1.2 million rows take ~25 MB, not the
    ~200 MB of their tuples and strings."""

    def __init__(self, keys: list[str]) -> None:
        self._keys = keys
        self._places = array("q")
        self._numbers = array("q")
        self._initials: list[str] = []

    def append(self, i: int, surface: str, number: int) -> None:
        self._places.append(i)
        self._initials.append(surface[:1])
        self._numbers.append(number)

    def __iter__(self) -> Iterator[tuple[int, str, str]]:
        keys = self._keys
        for i, initial, number in zip(self._places, self._initials, self._numbers, strict=True):
            yield i, initial, keys[number]

    def __len__(self) -> int:
        return len(self._places)


class Column:
    """One field of every place, pickled as a list of them, its items drawn as they are written."""

    __slots__ = ("name", "places")

    def __init__(self, places: list, name: str) -> None:
        self.places, self.name = places, name

    def __reduce__(self):
        return list, (), None, map(attrgetter(self.name), self.places)


# A run of strings `Strings` joins; the character that joins them.
STRINGS_RUN = 10_000
STRINGS_JOIN = "\x00"


class Strings:
    """Strings pickled as runs joined by STRINGS_JOIN (a run holding it as a list): a pickler
    remembers each string it writes, ~44 bytes a string while it writes, and a run is one
    string. Loads as the list of them (`_split`)."""

    __slots__ = ("items",)

    def __init__(self, items: Callable[[], Iterator[str]]) -> None:
        self.items = items

    def __reduce__(self):
        return _split, tuple(_runs(self.items()))


def _runs(items: Iterator[str]) -> Iterator[str | list[str]]:
    while run := list(islice(items, STRINGS_RUN)):
        joined = STRINGS_JOIN.join(run) if all(type(s) is str for s in run) else None
        yield run if joined is None or joined.count(STRINGS_JOIN) != len(run) - 1 else joined


def _split(*runs: str | list[str]) -> list[str]:
    strings: list[str] = []
    for run in runs:
        strings += run.split(STRINGS_JOIN) if type(run) is str else run
    return strings


class Rebuilt:
    """Pickled as `make(*args)`."""

    __slots__ = ("args", "make")

    def __init__(self, make: Callable, args: tuple) -> None:
        self.make, self.args = make, args

    def __reduce__(self):
        return self.make, self.args


def positions_in(keys: list[str], wanted: list[str]) -> array | None:
    """Each wanted string's position in the sorted `keys`; None if one is not there."""
    positions = array("q")
    for key in wanted:
        j = bisect_left(keys, key)
        if j == len(keys) or keys[j] != key:
            return None
        positions.append(j)
    return positions
