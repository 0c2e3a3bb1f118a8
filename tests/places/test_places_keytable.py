"""The packed name-key table and its memo of answers."""

import pickle

from places.geoparser import index as index_module
from places.geoparser.index import KeyTable


def _table() -> KeyTable:
    return KeyTable({"aleppo": [(3, 1), (7, 0)], "homs": [(5, 2)], "idlib": [(1, 0)]})


def test_lookups_answer_the_same_the_first_time_and_again():
    table = _table()
    for _ in range(2):
        assert table["aleppo"] == ((3, 1), (7, 0))
        assert table.get("homs") == ((5, 2),)
        assert table.get("hama", []) == []
        assert "idlib" in table and "hama" not in table and 3 not in table
    assert list(table) == ["aleppo", "homs", "idlib"] and len(table) == 3


def test_a_pickled_table_starts_without_the_memo_and_answers_alike():
    table = _table()
    assert table.get("homs") == ((5, 2),)
    copy = pickle.loads(pickle.dumps(table))
    assert copy._found == {}
    assert copy.get("homs") == ((5, 2),) and copy.get("aleppo") == ((3, 1), (7, 0))
    assert "raqqa" not in copy


def test_the_memo_starts_again_when_full(monkeypatch):
    monkeypatch.setattr(index_module, "FOUND_MAX", 2)
    table = _table()
    for key in ("aleppo", "homs", "idlib", "hama", "aleppo"):
        table.get(key)
        assert len(table._found) <= 2
    assert table.get("idlib") == ((1, 0),) and table.get("hama") is None
