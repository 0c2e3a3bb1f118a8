"""Publication dates from what people give: flag, header, page or feed date, dateline, file age."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from articles.ingest import ingest_paths
from articles.models import Article
from articles.published import dateline_date
from tests.articles.ingest_runs import run_ingest

pytestmark = pytest.mark.django_db

BODY = "Ukrainian forces said they had repelled an assault near Chasiv Yar, officials said.\n"


def _touch(path, day: dt.date) -> None:
    stamp = dt.datetime.combine(day, dt.time(9), tzinfo=dt.UTC).timestamp()
    os.utime(path, (stamp, stamp))


def _published() -> dt.date:
    return Article.objects.get().published_at.date()


def test_the_published_flag_wins_over_the_files_own_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"Date: 2021-02-15\n\n{BODY}", encoding="utf-8")
    _out, _err, code = run_ingest(str(path), "--published", "2022-03-01")
    assert code == 0 and _published() == dt.date(2022, 3, 1)


def test_a_date_header_dates_a_text_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"Date: 2021-02-15\n\n{BODY}", encoding="utf-8")
    _out, err, code = run_ingest(str(path))
    assert code == 0 and _published() == dt.date(2021, 2, 15) and err == ""


def test_a_page_date_dates_an_html_file(tmp_path):
    path = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{BODY} Paragraph {n} of the report.</p>" for n in range(6))
    path.write_text(
        '<html><head><title>Assault repelled</title><meta property="article:published_time" '
        f'content="2023-07-09T08:00:00Z"></head><body><article>{paragraphs}</article></body></html>',
        encoding="utf-8",
    )
    _out, _err, code = run_ingest(str(path))
    assert code == 0 and _published() == dt.date(2023, 7, 9)


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("KYIV, May 14 (Reuters) - ", dt.date(2024, 5, 14)),
        ("GOMA, Democratic Republic of Congo, May 3 (Reuters) - ", dt.date(2024, 5, 3)),
        ("BEIRUT, 5 March (AFP) — ", dt.date(2024, 3, 5)),
        ("KHARTOUM, Sudan, June 12, 2023 (AP) — ", dt.date(2023, 6, 12)),
        ("Kramatorsk, Sept. 2 — ", dt.date(2024, 9, 2)),
    ],
)
def test_a_dateline_dates_a_text_file_with_the_year_from_context(tmp_path, dateline, expected):
    path = tmp_path / "wire.txt"
    path.write_text(
        f"Russia presses assault in the east\n{dateline}{BODY}The fighting began in 2024.\n",
        encoding="utf-8",
    )
    _touch(path, dt.date(2026, 1, 10))
    _out, err, code = run_ingest(str(path))
    assert code == 0 and _published() == expected
    if "2023" not in dateline:
        assert "from its dateline, the year from the latest year the text mentions" in err


def test_a_dateline_without_any_year_takes_the_files_year_or_the_one_before(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text(f"Headline\nKYIV, Dec 30 (Reuters) - {BODY}", encoding="utf-8")
    _touch(path, dt.date(2026, 1, 4))  # 30 December 2026 lies ahead: it was 2025
    _out, err, code = run_ingest(str(path))
    assert code == 0 and _published() == dt.date(2025, 12, 30)
    assert "the year from the file's modification time" in err


def test_a_sentence_that_names_a_day_is_not_a_dateline():
    for text in (
        "Officials said on May 14 that the town had fallen.\n",
        "On 5 March, rebels - backed by drones - entered the town.\n",
    ):
        assert dateline_date(text, dt.date(2026, 1, 1)) is None


def test_an_undated_text_file_is_skipped_not_dated_by_its_modification_time(tmp_path):
    """The file's age is when it was saved or copied: dated by it, undated articles stood on
    the copy day in an analyst's timeline. Skipped instead, saying how to date them."""
    for number in range(5):
        path = tmp_path / f"{number}.txt"
        path.write_text(f"Headline number {number}\n{BODY}Report {number}.\n", encoding="utf-8")
        _touch(path, dt.date(2025, 8, 1 + number))
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>Undated</title></head><body><p>{BODY}</p></body></html>")
    out, err, code = run_ingest(str(tmp_path))
    assert code == 1 and "0 new article" in out and "6 skipped" in out
    assert not Article.objects.exists()
    assert err.count(": missing date; give it with --published") == 6
    assert "--published YYYY-MM-DD" in err and "'Date: YYYY-MM-DD' first line" in err
    assert "2025-08-" not in err
    # Given the date, the same files are ingested.
    out, _err, code = run_ingest(str(tmp_path), "--published", "2019-04-02")
    assert code == 0 and "6 new article" in out
    assert {a.published_at.date() for a in Article.objects.all()} == {dt.date(2019, 4, 2)}


def test_an_undated_json_line_is_skipped_with_how_to_date_it(tmp_path):
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps({"title": "x", "text": BODY}) + "\n", encoding="utf-8")
    report = ingest_paths([str(path)])
    assert report.created_count == 0
    [reason] = report.skipped
    assert reason.startswith(f"{path}:1: missing date") and "--published" in reason
    assert '"published_at" field' in reason


def test_a_feed_entry_dated_by_its_dateline_when_the_feed_gives_none(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item>'
        "<title>Assault repelled</title><link>https://example.org/1</link>"
        f"<description>BAKHMUT, Ukraine, Feb 20, 2023 (Reuters) - {BODY}</description>"
        "</item></channel></rss>",
        encoding="utf-8",
    )
    report = ingest_paths([str(path)])
    assert report.created_count == 1 and _published() == dt.date(2023, 2, 20)
