"""`manage.py geoparse`: the JSON Lines contract the benchmark and other tools rely on."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command

FIELDS = {
    "start",
    "end",
    "text",
    "name",
    "lat",
    "lon",
    "geonameid",
    "feature_code",
    "country",
    "confidence",
}


def run(monkeypatch, stdin: str, *args) -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    out, err = io.StringIO(), io.StringIO()
    call_command("geoparse", "-", *args, stdout=out, stderr=err)
    return out.getvalue()


def test_it_writes_one_line_per_input_line(gazetteer, db, monkeypatch):
    docs = [
        {"id": "a", "text": "Troops entered Mosul.", "extra": 1},
        {"id": 7, "text": "Nothing here."},
    ]
    out = run(monkeypatch, "\n".join(json.dumps(d) for d in docs) + "\n", "--jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in lines] == ["a", 7]
    [mosul] = lines[0]["toponyms"]
    assert set(mosul) >= FIELDS
    assert docs[0]["text"][mosul["start"] : mosul["end"]] == "Mosul" == mosul["text"]
    assert mosul["geonameid"] == 99072 and mosul["country"] == "IQ"
    assert lines[1]["toponyms"] == []


def test_it_skips_bad_lines_without_crashing(gazetteer, db, monkeypatch):
    out = run(monkeypatch, 'not json\n{"id": 1}\n{"id": 2, "text": "Raqqa"}\n', "--jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in lines] == [2]


def test_it_reads_plain_text_as_one_document(gazetteer, db, monkeypatch):
    out = run(monkeypatch, "Shelling in Aleppo and Idlib.")
    found = [json.loads(line) for line in out.splitlines()]
    assert [t["text"] for t in found] == ["Aleppo", "Idlib"]
    assert all(t["country"] == "SY" for t in found)


@pytest.mark.parametrize("jsonl", [False, True])
@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,
        "Les forces ont repris Tombouctou, a déclaré le ministre.".encode("latin-1"),
    ],
    ids=["binary", "latin-1"],
)
def test_a_file_that_is_not_utf8_gets_a_one_line_error(gazetteer, db, tmp_path, data, jsonl):
    path = tmp_path / "in.txt"
    path.write_bytes(data)
    with pytest.raises(CommandError) as raised:
        call_command(
            "geoparse",
            str(path),
            *(["--jsonl"] if jsonl else []),
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(f"cannot read {path}: not UTF-8 text (")
    assert message.endswith("save the file as UTF-8")


def test_an_empty_or_blank_file_gives_an_empty_result(gazetteer, db, tmp_path):
    for text in ("", "  \n\t\n"):
        path = tmp_path / "blank.txt"
        path.write_text(text, encoding="utf-8")
        out = io.StringIO()
        call_command("geoparse", str(path), stdout=out, stderr=io.StringIO())
        assert out.getvalue() == ""
