"""Long commands explain themselves (issue 17): off a terminal one plain line per batch with the
count, rate and ETA (a log must not fill with a bar's carriage returns); on a terminal a bar, and
a line saying what is being loaded before a pause."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys

import pytest
from django.core.management import call_command

from conflictmap.progress import Progress, say
from tests.articles.feed_server import FeedServer, article_body, page_html, rss

DAY = dt.datetime(2024, 5, 14, 9, 30, tzinfo=dt.UTC)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_off_a_terminal_it_writes_one_line_per_batch_with_rate_and_eta():
    out = io.StringIO()
    with Progress("geocode", total=50, unit="articles", every=20, file=out) as bar:
        for _ in range(50):
            bar.update()
    lines = out.getvalue().splitlines()
    assert "\r" not in out.getvalue()
    assert [line.split(",")[0] for line in lines] == [
        "geocode: 20 of 50 articles (40%)",
        "geocode: 40 of 50 articles (80%)",
        "geocode: 50 of 50 articles (100%)",
    ]
    assert re.search(r", [\d,.]+ articles/s, ETA \d+ s$", lines[0])
    assert re.search(r", [\d,.]+ articles/s, done in \d+ s$", lines[-1])


def test_without_a_total_it_counts_and_carries_a_note():
    out = io.StringIO()
    bar = Progress("import places", unit="places", every=3, file=out)
    for _ in range(4):
        bar.update(2, "2 bad")
    bar.close()
    lines = out.getvalue().splitlines()
    assert [line.split(",")[0] for line in lines] == [
        "import places: 4 places",
        "import places: 6 places",
        "import places: 8 places",
    ]
    assert "ETA" not in out.getvalue() and lines[0].endswith("(2 bad)")


def test_on_a_terminal_it_draws_a_bar_and_disabled_it_says_nothing():
    screen = _Terminal()
    with Progress("ingest", total=3, unit="files", file=screen) as bar:
        for _ in range(3):
            bar.update()
    assert "\r" in screen.getvalue() and "3/3" in screen.getvalue()
    assert "ingest: 3 of 3" not in screen.getvalue()
    quiet = io.StringIO()
    with Progress("ingest", total=3, file=quiet, enabled=False) as bar:
        bar.update(3)
    assert quiet.getvalue() == ""


def test_a_short_pause_is_announced_on_a_terminal_only():
    log, screen = io.StringIO(), _Terminal()
    for out in (log, screen):
        say("loading the spaCy language model (about a second)", terminal_only=True, file=out)
        say("building the place index (first run after a gazetteer update: ~9 s)", file=out)
    assert log.getvalue().splitlines() == [
        "building the place index (first run after a gazetteer update: ~9 s)"
    ]
    assert screen.getvalue().splitlines()[0].startswith("loading the spaCy language model")


@pytest.mark.django_db
def test_import_places_says_what_it_reads_and_counts_batches(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("places.importexport.IMPORT_BATCH", 4)
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [30 + i / 10, 10]},
            "properties": {"name": f"P{i}", "source": "geonames", "source_id": str(i)},
        }
        for i in range(10)
    ]
    features[5]["properties"]["kind"] = "castle"
    path = tmp_path / "places.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    with pytest.raises(Exception, match="1 bad row"):
        call_command("import_places", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == f"importing places from {path} (0.0 MB)"
    assert [line.split(",")[0] for line in lines[1:]] == [
        "import places: 4 places",
        "import places: 8 places",
        "import places: 9 places",
    ]
    assert lines[-1].endswith("(9 created, 1 bad)") and "done in" in lines[-1]


@pytest.mark.django_db
def test_ingest_counts_files_then_articles_processed(tmp_path, capsys):
    for i in range(3):
        title, body = article_body(i)
        (tmp_path / f"a{i}.txt").write_text(f"Title: {title}\nDate: 2024-05-14\n\n{body}\n")
    call_command("ingest", str(tmp_path), stdout=io.StringIO(), stderr=io.StringIO())
    err = capsys.readouterr().err
    assert "\r" not in err
    assert "ingest: reading: 3 of 3 files (100%)" in err
    assert re.search(r"process \(geocode \+ extract\): 3 of 3 articles .*done in", err)
    # Off a terminal the few seconds of loading the spaCy model are not announced.
    assert "loading the spaCy" not in err


@pytest.mark.django_db
def test_poll_feeds_counts_the_items_it_downloads(settings, capsys):
    settings.FEED_READ_TIMEOUT = 1
    server = FeedServer()
    try:
        items = []
        for i in range(12):
            title, body = article_body(i)
            server.add(f"/n/{i}.html", page_html(title, body))
            items.append((title, server.url(f"/n/{i}.html"), DAY))
        server.add("/feed.xml", rss(items), "application/rss+xml")
        from articles.models import Feed

        Feed.objects.create(url=server.url("/feed.xml"), outlet="Local")
        call_command("poll_feeds", "--no-process", stdout=io.StringIO(), stderr=io.StringIO())
    finally:
        server.close()
    lines = [line for line in capsys.readouterr().err.splitlines() if "items:" in line]
    assert [line.split(",")[0] for line in lines] == [
        "  items: 10 of 12 items (83%)",
        "  items: 12 of 12 items (100%)",
    ]


def test_say_defaults_to_standard_error(capsys):
    say("loading the place index from its cache (a few seconds)")
    assert capsys.readouterr().err == "loading the place index from its cache (a few seconds)\n"
    assert sys.stderr.isatty() is False
