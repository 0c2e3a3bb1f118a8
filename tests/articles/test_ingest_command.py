"""The ingest command and articles.ingest: formats, deduplication, bad files reported and
skipped.
"""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.ingest import ingest_paths
from articles.models import Article
from tests.articles.ingest_runs import run_ingest

pytestmark = pytest.mark.django_db

TEXT = (
    "Houthi rebels launched an offensive on Marib on Monday, officials said.\n"
    '"We will take the city within days," said Ahmed Saleh, a Houthi commander.\n'
)


def test_it_ingests_plain_text_with_a_header(tmp_path):
    path = tmp_path / "marib.txt"
    path.write_text(
        f"Title: Marib push\nDate: 2021-02-15\nURL: https://example.org/marib\n\n{TEXT}",
        encoding="utf-8",
    )
    out, _err, code = run_ingest(str(path))
    assert code == 0 and "1 new article" in out
    article = Article.objects.get()
    assert (article.title, article.url, str(article.published_at.date())) == (
        "Marib push",
        "https://example.org/marib",
        "2021-02-15",
    )
    assert article.text.startswith("Houthi rebels")


def test_it_takes_the_first_line_as_title_only_when_it_is_not_a_sentence(tmp_path):
    (tmp_path / "a.txt").write_text("Houthis push on Marib\n" + TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    report = ingest_paths(
        [str(tmp_path / "*.txt")], default_published=__import__("datetime").date(2021, 2, 15)
    )
    assert report.created_count == 1  # same body text: the second file is a duplicate
    article = Article.objects.get()
    assert article.title == "Houthis push on Marib"


def test_it_is_idempotent(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [
        {
            "title": "One",
            "url": "https://e.org/1",
            "published_at": "2020-01-01T10:00:00Z",
            "text": "IS attacked.",
        },
        {
            "title": "Two",
            "url": "https://e.org/2",
            "published_at": "2020-01-02",
            "text": "SDF advanced.",
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert run_ingest(str(path))[2] == 0
    out, _, code = run_ingest(str(path))
    assert code == 0 and "0 new article(s), 2 duplicate(s)" in out
    assert Article.objects.count() == 2


def test_it_dedupes_by_url_even_when_the_text_changed(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps(
            {"url": "https://e.org/x", "published_at": "2020-01-01", "text": "First version."}
        )
        + "\n"
        + json.dumps({"url": "https://e.org/x", "published_at": "2020-01-01", "text": "Edited."})
        + "\n"
    )
    report = ingest_paths([str(path)])
    assert (report.created_count, report.duplicates) == (1, 1)


def test_it_reports_each_bad_file_and_line_and_keeps_the_rest(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(
        "\n".join(
            [
                json.dumps(
                    {"title": "ok", "published_at": "2020-01-01", "text": "The SDF said so."}
                ),
                "{not json",
                json.dumps({"title": "no date", "text": "Undated text."}),
                json.dumps(["not", "an", "object"]),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    (tmp_path / "latin1.txt").write_bytes("Date: 2020-01-01\n\nCaf\xe9 bombed.".encode("latin-1"))
    out, err, code = run_ingest(str(tmp_path))
    assert code == 1
    assert "1 new article" in out and "6 skipped" in out
    assert f"{good}:2: malformed JSON" in err
    assert f"{good}:3: missing date" in err
    assert f"{good}:4: not a JSON object" in err
    for name, reason in (
        ("empty.txt", "empty file"),
        ("binary.txt", "binary file"),
        ("latin1.txt", "not UTF-8"),
    ):
        assert f"{tmp_path / name}: {reason}" in err
    assert Article.objects.get().title == "ok"


def test_it_extracts_main_text_from_html(tmp_path):
    html = (
        "<html><head><title>Raqqa push</title><meta property='article:published_time' "
        "content='2016-11-06'></head><body><nav>Home | World | Sport</nav><article><h1>Raqqa "
        "push</h1>"
        + "".join(f"<p>{line}</p>" for line in TEXT.splitlines() * 3)
        + "<p>The Syrian Democratic Forces said the operation began on Saturday near the city.</p>"
        "</article><footer>Cookie policy and copyright notice</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    report = ingest_paths([str(tmp_path / "page.html")])
    assert report.skipped == [] and report.created_count == 1
    article = Article.objects.get()
    assert "Houthi rebels launched" in article.text
    assert "Cookie policy" not in article.text and "<p>" not in article.text
    assert str(article.published_at.date()) == "2016-11-06"


def test_it_reads_rss_and_atom_entries(tmp_path):
    rss = """<?xml version="1.0"?><rss version="2.0"><channel><title>Conflict Wire</title>
      <item><title>Marib</title><link>https://e.org/m</link>
        <pubDate>Mon, 15 Feb 2021 10:00:00 GMT</pubDate>
        <description>&lt;p&gt;Houthi rebels pushed on Marib.&lt;/p&gt;</description></item>
      <item><title>Empty</title><link>https://e.org/e</link>
        <pubDate>Mon, 15 Feb 2021 10:00:00 GMT</pubDate></item>
    </channel></rss>"""
    (tmp_path / "feed.rss").write_text(rss, encoding="utf-8")
    report = ingest_paths([str(tmp_path / "feed.rss")])
    assert report.created_count == 1
    assert report.skipped == [f"{tmp_path / 'feed.rss'}:entry 2: no text"]
    article = Article.objects.get()
    assert (article.outlet, article.url, article.text) == (
        "Conflict Wire",
        "https://e.org/m",
        "Houthi rebels pushed on Marib.",
    )


def test_it_says_which_pattern_matched_nothing(tmp_path):
    _, err, code = run_ingest(str(tmp_path / "nothing-*.txt"))
    assert code == 1 and "no such file" in err


def test_it_keeps_hostile_markup_in_text_as_text(tmp_path):
    row = {
        "title": "<script>alert(1)</script>",
        "published_at": "2020-01-01",
        "text": "<img src=x onerror=alert(1)> IS attacked \u202eRTL\u202c town.",
    }
    (tmp_path / "x.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert ingest_paths([str(tmp_path / "x.jsonl")]).created_count == 1
    article = Article.objects.get()
    assert article.title == row["title"] and article.text == row["text"]


def test_it_processes_new_articles_after_ingest(tmp_path):
    call_command("loaddata", "seeds/02_actors.json", verbosity=0)
    row = {
        "title": "Marib",
        "url": "https://e.org/marib",
        "published_at": "2021-02-15T09:00:00Z",
        "text": TEXT,
    }
    (tmp_path / "feed.data").write_text(json.dumps(row) + "\n", encoding="utf-8")
    out = StringIO()
    call_command(
        "ingest",
        str(tmp_path / "feed.data"),
        "--format",
        "jsonl",
        "-v",
        "0",
        stdout=out,
        stderr=StringIO(),
    )
    assert "1 new article" in out.getvalue() and "1 statement(s)" in out.getvalue()
    article = Article.objects.get()
    assert article.extracted_at is not None
    statement = article.statements.get()
    assert (statement.speaker_name, statement.speaker_actor.name) == ("Ahmed Saleh", "Houthis")
    assert article.campaign_sources.get().campaign.name == "Marib offensive"
    # A second run finds the article a duplicate and processes nothing again.
    again = StringIO()
    call_command(
        "ingest", str(tmp_path / "feed.data"), "--format", "jsonl", "-v", "0", stdout=again
    )
    assert (
        "0 new article(s), 1 duplicate(s)" in again.getvalue()
        and "Extract:" not in again.getvalue()
    )


def test_it_reads_a_json_array_file_too(tmp_path):
    rows = [
        {"title": "A", "published_at": "2020-01-01", "text": "The SDF advanced."},
        {"title": "B", "text": "No date."},
    ]
    (tmp_path / "export.json").write_text(json.dumps(rows), encoding="utf-8")
    report = ingest_paths([str(tmp_path / "export.json")])
    assert report.created_count == 1
    [reason] = report.skipped
    assert reason.startswith(f"{tmp_path / 'export.json'}:item 2: missing date; give it with")


def test_articles_in_other_languages_are_processed_without_failing(tmp_path):
    """Text the English rules cannot read is no error: stored, processed, nothing half-done."""
    call_command("loaddata", "seeds/02_actors.json", verbosity=0)
    texts = {
        "ru.txt": "Российские войска обстреляли Харьков в понедельник, заявил губернатор. "
        "«Мы не сдадимся», — сказал он.\n",
        "ar.txt": "قال مسؤولون إن القوات الحكومية استعادت السيطرة على مدينة الرقة يوم الاثنين.\n",
        "zh.txt": "官员周一表示，政府军已重新控制该市。“我们不会投降，”他说。\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out, err = StringIO(), StringIO()
    call_command(
        "ingest",
        str(tmp_path / "*.txt"),
        "--published",
        "2024-05-06",
        "-v",
        "0",
        stdout=out,
        stderr=err,
    )
    assert "3 new article(s)" in out.getvalue() and "0 failed" in out.getvalue(), out.getvalue()
    assert err.getvalue() == ""
    statuses = set(Article.objects.values_list("processing_status", flat=True))
    assert statuses == {Article.ProcessingStatus.PROCESSED}
    assert not Article.objects.filter(extracted_at=None).exists()
