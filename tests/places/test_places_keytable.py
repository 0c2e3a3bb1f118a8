"""The packed name-key and text tables and their memo of answers."""

import pickle

from places.geoparser import index as index_module
from places.geoparser.index import KeyTable, TextTable


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


def _texts() -> TextTable:
    # The variant table's shape: variant key -> "target|key|key…"; a key outside ASCII sorts as
    # UTF-8 ("ḥoms" after "homs").
    return TextTable({"halab": "aleppo|halab", "hums": "|homs|hums", "ḥoms": "homs|ḥoms", "": "x"})


def test_the_packed_texts_answer_as_the_dict_they_were_built_from():
    table = _texts()
    for _ in range(2):
        assert table["halab"] == "aleppo|halab" and table.get("hums") == "|homs|hums"
        assert table.get("ḥoms") == "homs|ḥoms" and table.get("") == "x"
        assert table.get("hama", "") == "" and "idlib" not in table and 3 not in table
    assert sorted(table) == sorted(["halab", "hums", "ḥoms", ""]) and len(table) == 4
    assert not TextTable({}) and TextTable({}).get("halab", "") == ""


def test_pickled_packed_texts_answer_alike():
    copy = pickle.loads(pickle.dumps(_texts()))
    assert copy._found == {} and copy.get("halab") == "aleppo|halab" and "hama" not in copy
