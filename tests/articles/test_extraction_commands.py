"""The extract command's JSON format and the evaluate_extraction command."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.extraction.evaluation import GOLD_DIR, evaluate
from articles.models import Article, Statement

SEED = "seeds/articles/euphrates-anger-raqqa.txt"


@pytest.mark.django_db
def test_it_prints_the_stable_json_format_and_stores_nothing(settings):
    out = io.StringIO()
    call_command("extract", SEED, "--published", "2016-11-06", stdout=out)
    [line] = out.getvalue().strip().splitlines()
    data = json.loads(line)
    assert set(data) == {"file", "actors", "statements", "campaigns", "places", "control"}
    assert data["file"] == SEED
    text = Path(SEED).read_text(encoding="utf-8")
    islamic_state = next(a for a in data["actors"] if a["name"] == "Islamic State")
    assert {m["text"] for m in islamic_state["mentions"]} == {"IS", "ISIS", "ISIL", "Daesh"}
    assert all(text[m["start"] : m["end"]] == m["text"] for m in islamic_state["mentions"])
    assert [set(s) for s in data["statements"]] == [
        {"quote", "start", "end", "speaker", "role", "actor"}
    ] * 4
    assert [s["speaker"] for s in data["statements"]] == [
        "",
        "Brett McGurk",
        "Masrour Barzani",
        "Jennifer Cafarella",
    ]
    assert data["campaigns"][0] == {
        "name": "Euphrates Anger",
        "actors": ["Syrian Democratic Forces"],
        "targets": ["Raqqa"],
        "started_on": "2016-11-05",
        "date_precision": 1,
        "origin": None,
        "ended_on": None,
    }
    # McGurk's "a force that ultimately liberates Raqqa" describes an aim, not a change.
    assert data["control"] == []
    assert Article.objects.count() == 0 and Statement.objects.count() == 0


@pytest.mark.django_db
def test_it_reads_standard_input(monkeypatch):
    monkeypatch.setattr(
        sys,
        "stdin",
        io.StringIO('"We will never give up this fight," said Rami Aziz, an FSA commander.'),
    )
    out = io.StringIO()
    call_command("extract", "-", stdout=out)
    data = json.loads(out.getvalue())
    assert data["file"] == "-"
    assert data["statements"][0]["speaker"] == "Rami Aziz"
    assert data["statements"][0]["actor"] == "Free Syrian Army"


@pytest.mark.django_db
def test_it_rejects_a_bad_date_and_reports_unreadable_files(tmp_path):
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("extract", SEED, "--published", "yesterday")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="1 file"):
        call_command("extract", str(bad), SEED, stdout=out, stderr=err)
    assert "bad.txt: skipped: binary file" in err.getvalue()
    assert len(out.getvalue().strip().splitlines()) == 1  # the good file is still printed


def test_it_scores_the_gold_set_above_the_targets():
    out = io.StringIO()
    call_command("evaluate_extraction", "--json", "--gold", str(GOLD_DIR / "heldout2"), stdout=out)
    assert (
        json.loads(out.getvalue())["statements"]["f1"] >= 0.9
    )  # the command reads a sub-folder too
    # The 43 articles written before the second extraction pass (heldout3 and heldout4 included, now
    # that states' forces and introduced organisations are found) are held to the target. Every
    # later batch was written to judge a pass on its first run and is scored and reported in
    # docs/extraction.md, not held here; the newest may still be being written blind.
    held_to_target = {"heldout", "heldout2", "heldout3", "heldout4"}
    later_batches = tuple(
        folder.name
        for folder in GOLD_DIR.iterdir()
        if folder.is_dir()
        and folder.name.startswith("heldout")
        and folder.name not in held_to_target
    )
    assert "heldout5" in later_batches
    report = evaluate(GOLD_DIR, exclude=later_batches)
    for kind in (
        "actors",
        "statements",
        "statement_speakers",
        "statement_actors",
        "campaigns",
        "campaign_attackers",
        "campaign_targets",
        "campaign_dates",
    ):
        assert report.scores[kind].f1 >= 0.9, (kind, report.scores[kind])


@pytest.mark.django_db
def test_it_keeps_offsets_of_crlf_files_and_reads_the_date_header(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(
        "\ufeffTitle: X\r\nDate: 2016-11-06\r\n\r\nThe SDF said the operation began on Saturday, "
        'calling it the "Euphrates Anger" campaign.\r\n'.encode("utf-8")
    )
    out = io.StringIO()
    call_command("extract", str(path), stdout=out)
    data = json.loads(out.getvalue())
    text = path.read_bytes().decode("utf-8-sig")
    sdf = data["actors"][0]["mentions"][0]
    assert text[sdf["start"] : sdf["end"]] == "SDF"
    assert data["campaigns"][0]["started_on"] == "2016-11-05"


@pytest.mark.django_db
def test_it_reads_files_as_ingest_does_and_names_the_encoding_problem(tmp_path):
    """UTF-16 with a byte-order mark is read (as `ingest` reads it); Latin-1 gets a one-line
    message saying what to do, never a traceback."""
    quote = '"We will hold the bridge at all costs," said Rami Aziz, an FSA commander.\n'
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(quote.encode("utf-16"))
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Les forces ont repris Tombouctou, a déclaré le ministre.".encode("latin-1"))
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="1 file"):
        call_command("extract", str(utf16), str(latin1), stdout=out, stderr=err)
    [data] = [json.loads(line) for line in out.getvalue().splitlines()]
    assert data["statements"][0]["speaker"] == "Rami Aziz"
    [line] = err.getvalue().splitlines()
    assert line.startswith(f"{latin1}: skipped: not UTF-8 text (")
    assert line.endswith("save the file as UTF-8")


def test_the_regression_set_option_skips_every_batch_from_heldout10(tmp_path):
    """--regression-set scores the same articles as excluding heldout10 … heldoutNN by hand."""
    for folder in ("", "heldout9", "heldout10", "heldout37", "notes"):
        (tmp_path / folder).mkdir(exist_ok=True)
        source = GOLD_DIR / "heldout2"
        article = sorted(source.glob("*.json"))[0]
        (tmp_path / folder / article.name).write_text(article.read_text())
        (tmp_path / folder / article.with_suffix(".txt").name).write_text(
            article.with_suffix(".txt").read_text()
        )

    def articles(*options: str) -> str:
        out = io.StringIO()
        call_command("evaluate_extraction", "--gold", str(tmp_path), *options, stdout=out)
        return out.getvalue().splitlines()[0]

    assert articles().startswith("5 articles")
    by_hand = articles("--exclude", "heldout10", "--exclude", "heldout37")
    assert by_hand.startswith("3 articles")
    assert articles("--regression-set") == by_hand
