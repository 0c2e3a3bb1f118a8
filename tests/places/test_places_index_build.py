"""The index build's compact working tables give the index the plain dicts and lists gave it,
and the cache's writer stores the index as pickling it whole does, keeping a working automaton
(issue 13: the world's build must stay under 1.5 GB)."""

from __future__ import annotations

import io
import pickle

import ahocorasick

from places.geoparser import GazetteerIndex, Geoparser, PlaceInfo
from places.geoparser.cache import _dump
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


def test_the_packed_text_table_is_the_same_built_from_a_copy_or_in_place():
    table = {"hudayda": "hudaydah|hudaydah", "raka": "raqqa|raqqa", "ḩalab": "halab|halab"}
    copy = TextTable(table)
    consumed = TextTable.from_dict(dict(table))
    assert copy.__getstate__() == consumed.__getstate__()
    assert dict(consumed.items()) == table and consumed["ḩalab"] == "halab|halab"


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


def test_the_cache_writes_the_whole_index_and_keeps_its_automaton():
    index = GazetteerIndex.build(list(PLACES), NAMES)
    before, contents = _parsed(index), _contents(index)
    out = io.BytesIO()
    _dump(index, out)
    assert len(out.getvalue()) == len(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
    assert isinstance(index.automaton, ahocorasick.Automaton)
    stored = pickle.loads(out.getvalue())
    assert _contents(stored) == _contents(index) == contents
    assert _parsed(index) == before == _parsed(stored)
    assert ("Hodeidah", 1) in before[0] and ("Avdiivka", 4) in before[1]
