"""Ingest reads text in whatever encoding its byte-order mark declares (issue 11, finding 8):
a UTF-16 file is text, not "binary"; files without a BOM must still be UTF-8."""

from __future__ import annotations

import json

import pytest

from articles.ingest import ingest_paths
from articles.models import Article

pytestmark = pytest.mark.django_db

TEXT = (
    "Title: Ras al-Ain\nDate: 2019-10-10\n\nTurkish forces entered Raʾs al-ʿAyn on Thursday, "
    "officials said.\n"
)


@pytest.mark.parametrize(
    "encoding, bom",
    [("utf-16", b""), ("utf-16-be", b"\xfe\xff"), ("utf-32", b""), ("utf-8-sig", b"")],
)
def test_it_reads_text_files_with_a_byte_order_mark(tmp_path, encoding, bom):
    (tmp_path / "article.txt").write_bytes(bom + TEXT.encode(encoding))
    report = ingest_paths([str(tmp_path / "article.txt")])
    assert report.skipped == [] and report.created_count == 1
    article = Article.objects.get()
    assert article.title == "Ras al-Ain" and article.text.startswith(
        "Turkish forces entered Raʾs al-ʿAyn"
    )


def test_it_reads_utf16_json_lines(tmp_path):
    row = {
        "title": "Kobanê",
        "published_at": "2015-01-26",
        "text": "Kurdish fighters retook Kobanê.",
    }
    (tmp_path / "rows.jsonl").write_bytes(
        (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-16")
    )
    assert ingest_paths([str(tmp_path / "rows.jsonl")]).created_count == 1
    assert Article.objects.get().title == "Kobanê"


def test_it_still_refuses_binary_and_undeclared_encodings(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Qamishlï was shelled.\n".encode("latin-1"))
    (tmp_path / "bare-utf16.txt").write_bytes("Manbij was shelled.\n".encode("utf-16-le"))
    report = ingest_paths([str(tmp_path)])
    reasons = {
        line.split(": ", 1)[0].rsplit("/", 1)[-1]: line.split(": ", 1)[1] for line in report.skipped
    }
    assert reasons["image.txt"] == "binary file"
    assert reasons["bare-utf16.txt"] == "binary file"  # no BOM: nothing says it is text
    assert reasons["latin1.txt"].startswith("not UTF-8 text") and "line 1" in reasons["latin1.txt"]
    assert "Latin-1" in reasons["latin1.txt"]
    assert Article.objects.count() == 0


def test_it_reports_json_nested_too_deeply_instead_of_a_traceback(tmp_path, caplog):
    (tmp_path / "deep.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    (tmp_path / "deep-line.jsonl").write_text(
        '{"a": ' + "[" * 100_000 + "]" * 100_000 + "}\n", encoding="utf-8"
    )
    report = ingest_paths([str(tmp_path)])
    assert sorted(line.rsplit("/", 1)[-1] for line in report.skipped) == [
        "deep-line.jsonl:1: JSON nested too deeply",
        "deep.jsonl:1: JSON nested too deeply",
    ]
    assert "Traceback" not in caplog.text
