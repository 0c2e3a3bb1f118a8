"""The index build's compact working tables give the index the plain dicts and lists gave it,
and the cache's writer, which drops the index's tables while it writes the automaton, stores and
gives back the whole index (issue 13: the world's build must stay under 1.5 GB)."""

from __future__ import annotations

import sys

import ahocorasick
import pytest

from places.geoparser import GazetteerIndex, Geoparser, PlaceInfo, cache
from places.geoparser.index import KeyTable, TextTable
from places.geoparser.index_build import (
    SPOT_LENGTH_BITS,
    KeyReadings,
    NameColumns,
    PlacePositions,
    SpotBuilder,
    packed,
)
from places.normalize import name_key

PLACES = [
    PlaceInfo(1, "Al Hudaydah", 14.798, 42.954, 79415, "PPLA", "YE", "settlement", 617_871, "08"),
    PlaceInfo(2, "Marib", 15.462, 45.325, 72966, "PPLA", "YE", "settlement", 16_794, "14"),
    PlaceInfo(3, "Yemen", 15.5, 47.5, 69543, "PCLI", "YE", "country", 28_498_687, ""),
    PlaceInfo(4, "Avdiyivka", 48.139, 37.742, 713174, "PPL", "UA", "settlement", 34_938, "14"),
    PlaceInfo(5, "Ukraine", 49.0, 32.0, 690791, "PCLI", "UA", "country", 44_622_516, ""),
    PlaceInfo(9, "Marib", 15.3, 45.1, 72967, "ADM1", "YE", "admin", 0, "14"),
]
NAMES = [(p.place_id, p.name, name_key(p.name), "name", True) for p in PLACES] + [
    (1, "Hodeidah", name_key("Hodeidah"), "name", False),
    (4, "Avdiivka", name_key("Avdiivka"), "name", False),
    (3, "Yemeni", name_key("Yemeni"), "demonym", False),
]
TEXTS = [
    "SANAA (Reuters) - Saudi-led warplanes struck Hodeidah and Marib on Tuesday, Yemeni "
    "officials said.",
    "KYIV, Feb 17 (Reuters) - Ukraine pulled its troops out of Avdiivka, the army said.",
    "Fighting near Hudaydah port and in Avdeyevka went on, residents said.",
]


def _parsed(index: GazetteerIndex) -> list[list[tuple[str, int | None]]]:
    parser = Geoparser(index, use_parse=False)
    return [[(t.text, t.place_id) for t in parser.parse(text)] for text in TEXTS]


def test_the_readings_come_out_as_the_dict_of_lists_they_replace():
    readings = KeyReadings()
    for key, i, flags in [("marib", 2, 1), ("yemen", 3, 1), ("marib", 9, 0), ("aden", 7, 0)]:
        readings.add(key, packed(i, flags))
    readings.replace("marib", 2, packed(2, 2))  # a common name: place 2's reading, now last
    table = KeyTable.from_readings(readings)
    assert table == KeyTable({"aden": [(7, 0)], "marib": [(9, 0), (2, 2)], "yemen": [(3, 1)]})
    assert table["marib"] == ((9, 0), (2, 2)) and list(table) == ["aden", "marib", "yemen"]


def test_the_automaton_holds_what_a_dict_of_surfaces_filled_in_order_gave_it():
    pairs = [("Hodeidah", "hudayda"), ("Marib", "marib"), ("Hodeidah", "other"), ("Ma", "ma")]
    spots = SpotBuilder()
    for surface, key in pairs:
        spots.setdefault(surface, key)
    automaton, spot_keys = spots.finish()
    surfaces: dict[str, str] = {}
    for surface, key in pairs:
        surfaces.setdefault(surface, key)  # the first key of a surface wins
    assert spot_keys == ["hudayda", "marib", "ma"]
    expected = {s: spot_keys.index(k) << SPOT_LENGTH_BITS | len(s) for s, k in surfaces.items()}
    assert dict(automaton.items()) == expected
    assert SpotBuilder().finish() == (None, [])


def test_the_packed_text_table_is_the_same_built_from_a_mapping_or_from_sorted_rows():
    table = {"hudayda": "hudaydah|hudaydah", "raka": "raqqa|raqqa", "ḩalab": "halab|halab"}
    copy = TextTable(table)
    packed = TextTable.from_sorted(sorted(table.items()))  # as the index build packs its table
    assert copy.__getstate__() == packed.__getstate__()
    assert dict(packed.items()) == table and packed["ḩalab"] == "halab|halab"


def test_place_positions_answer_like_the_dict_for_dense_and_sparse_ids():
    for pos in ({1: 0, 4: 1, 2: 2}, {10**9: 0, 3: 1}):
        positions = PlacePositions(pos)
        for place_id in (*pos, 0, 5, 10**9 + 1, -1):
            assert positions.get(place_id) == pos.get(place_id)


def test_the_variant_names_keep_only_the_initial_and_the_key():
    keys = ["hudayda", "marib"]
    columns = NameColumns(keys)
    columns.append(0, "Hodeidah", 0)
    columns.append(1, "Marib", 1)
    assert list(columns) == [(0, "H", "hudayda"), (1, "M", "marib")] and len(columns) == 2


def _contents(index: GazetteerIndex) -> dict:
    """The index's tables, and its automaton as its words and values (pyahocorasick leaves the
    padding between the fields of its pickled nodes unset: two pickles of one automaton can
    differ there, and only there)."""
    state = index.__getstate__()
    state["automaton"] = sorted(index.automaton.items())
    state["by_key"] = index.by_key.__getstate__()
    state["variants"] = index.variants.__getstate__()
    return state


def test_the_cache_writes_the_whole_index_and_gives_it_back(tmp_path):
    index = GazetteerIndex.build(list(PLACES), NAMES)
    before, contents = _parsed(index), _contents(index)
    path = tmp_path / "index.idx"
    cache.write_index(index, path)
    assert isinstance(index.automaton, ahocorasick.Automaton)
    stored = cache.read_index(path)
    assert _contents(stored) == _contents(index) == contents
    assert _parsed(index) == before == _parsed(stored)
    assert ("Hodeidah", 1) in before[0] and ("Avdiivka", 4) in before[1]
    assert [p.name for p in tmp_path.iterdir()] == ["index.idx"]


def test_the_automaton_is_read_before_the_tables(tmp_path, monkeypatch):
    """Read first, pyahocorasick's pickle of it (280 MB for the world) is freed before the
    tables are read."""
    path = tmp_path / "index.idx"
    cache.write_index(GazetteerIndex.build(list(PLACES), NAMES), path)
    loaded = []
    load = cache.pickle.load
    monkeypatch.setattr(cache.pickle, "load", lambda fh: loaded.append(load(fh)) or loaded[-1])
    cache.read_index(path)
    assert [type(obj) for obj in loaded] == [ahocorasick.Automaton, GazetteerIndex]


def test_an_empty_gazetteer_is_stored_without_an_automaton(tmp_path):
    path = tmp_path / "index.idx"
    cache.write_index(GazetteerIndex.build([], []), path)
    stored = cache.read_index(path)
    assert stored is not None and stored.automaton is None and stored.places == []


def test_a_failed_write_leaves_the_index_whole(tmp_path, monkeypatch):
    """The tables are dropped while the automaton is written: a full disk then must give them
    back, and leave no file."""
    index = GazetteerIndex.build(list(PLACES), NAMES)
    before, contents = _parsed(index), _contents(index)
    automaton = index.automaton

    calls = []

    def full_disk():  # called before the automaton is written, and before the tables are read
        calls.append(len(index.places))
        if len(calls) == 1:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache, "_return_free_memory", full_disk)
    with pytest.raises(OSError, match="No space left"):
        cache.write_index(index, tmp_path / "index.idx")
    assert calls == [0, 0]  # the tables dropped while the automaton was written
    assert index.automaton is automaton
    assert _contents(index) == contents and _parsed(index) == before
    assert list(tmp_path.iterdir()) == []


def test_the_automaton_pickle_holds_no_leaked_references():
    """pyahocorasick 2.3 gives its pickle's list of byte strings, and each string, a reference
    too many (the world's 280 MB stayed alive); `_reduce` takes them back, once. Pickled in
    16 MB strings: this automaton takes two."""
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for n in range(100_000):
        automaton.add_word(f"{n * 2654435761 % 2**64:016x}", n)  # 870,000 nodes
    automaton.make_automaton()
    make, args = cache._reduce(automaton)
    chunks = args[0]
    assert len(chunks) >= 2
    assert sys.getrefcount(chunks) == 3  # args, `chunks`, getrefcount's own
    assert [sys.getrefcount(chunk) for chunk in chunks] == [3] * len(chunks)  # list, `chunk`
    assert list(make(*args).items()) == list(automaton.items())
