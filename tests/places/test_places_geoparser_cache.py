"""The geoparser's index cache on disk: reused while the gazetteer is unchanged, never once it
changed, rebuilt when damaged, built once when two processes start together."""

from __future__ import annotations

import io
import json
import logging
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.management import call_command
from django.db import connection, transaction

from places.geoparser import cache, get_geoparser, invalidate
from places.models import Place, PlaceName

ROOT = Path(__file__).resolve().parents[2]
RAQQA = 172955


@pytest.fixture
def cache_dir(settings, tmp_path):
    settings.GEOPARSER_CACHE_DIR = tmp_path / "cache"
    invalidate()
    yield settings.GEOPARSER_CACHE_DIR
    invalidate()


def found(text: str) -> list[tuple[str, int | None]]:
    return [(t.text, t.geonameid) for t in get_geoparser().parse(text)]


def index_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.idx"))


def test_a_new_process_reads_the_index_from_disk_and_parses_the_same(
    gazetteer, db, cache_dir, monkeypatch
):
    messages: list[str] = []
    built = get_geoparser(progress=messages.append).parse(
        "Shelling hit Raqqa and Mosul, in Syria and Iraq."
    )
    assert messages and messages[0].startswith(
        "building the place index (first run after a gazetteer update: ~"
    )
    [path] = index_files(cache_dir)

    invalidate()  # as a new process would, with the file on disk
    monkeypatch.setattr(cache, "index_from_database", lambda: pytest.fail("built again"))
    messages.clear()
    loaded = get_geoparser(progress=messages.append).parse(
        "Shelling hit Raqqa and Mosul, in Syria and Iraq."
    )
    assert messages == []
    assert [t.as_dict() for t in loaded] == [t.as_dict() for t in built]
    assert {t.geonameid for t in loaded} >= {RAQQA, 99072, 163843, 99237}
    assert index_files(cache_dir) == [path]


def test_the_first_geoparse_after_an_update_says_it_is_building(
    gazetteer, db, cache_dir, monkeypatch
):
    def geoparse() -> tuple[str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO("Shelling hit Raqqa."))
        out, err = io.StringIO(), io.StringIO()
        call_command("geoparse", "-", stdout=out, stderr=err)
        invalidate()  # the next call is a new process
        return out.getvalue(), err.getvalue()

    first_out, first_err = geoparse()
    assert re.search(
        r"^building the place index \(first run after a gazetteer update: ~\d+ s\)$",
        first_err,
        re.MULTILINE,
    ), first_err
    second_out, second_err = geoparse()
    assert "building" not in second_err
    assert second_out == first_out and '"geonameid": 172955' in second_out


def test_a_new_alias_makes_a_new_index(gazetteer, db, cache_dir):
    assert ("Zqaraqqa", RAQQA) not in found("Drones struck Zqaraqqa at dawn.")
    Place.objects.get(geonameid=RAQQA).add_name("Zqaraqqa")
    invalidate()
    assert ("Zqaraqqa", RAQQA) in found("Drones struck Zqaraqqa at dawn.")
    assert (
        len(index_files(cache_dir)) == 2
    )  # the version before is kept for processes still reading it


def test_a_moved_place_makes_a_new_index(gazetteer, db, cache_dir):
    get_geoparser()
    raqqa = Place.objects.get(geonameid=RAQQA)
    raqqa.point = Place.make_point(10.0, 10.0)
    raqqa.save()
    invalidate()
    [toponym] = [
        t for t in get_geoparser().parse("Shelling hit the city of Raqqa.") if t.text == "Raqqa"
    ]
    assert (toponym.lat, toponym.lon) == (10.0, 10.0)


def test_a_bulk_insert_that_skips_the_signals_still_makes_a_new_index(gazetteer, db, cache_dir):
    get_geoparser()
    raqqa = Place.objects.get(geonameid=RAQQA)
    PlaceName.objects.bulk_create([PlaceName(place=raqqa, name="Zqbulkraqqa", key="zqbulkraqqa")])
    invalidate()  # as a restarted process would: the revision did not move
    assert ("Zqbulkraqqa", RAQQA) in found("Drones struck Zqbulkraqqa at dawn.")


def test_a_rolled_back_edit_never_lends_its_index_to_a_later_edit(gazetteer, db, cache_dir):
    raqqa = Place.objects.get(geonameid=RAQQA)
    with transaction.atomic():
        raqqa.add_name("Zqfirstname")
        invalidate()
        assert ("Zqfirstname", RAQQA) in found("Drones struck Zqfirstname.")
        transaction.set_rollback(True)
    # Another edit brings the revision counter back to the same number as the rolled-back one.
    raqqa.add_name("Zqsecondname")
    invalidate()
    result = found("Drones struck Zqfirstname and Zqsecondname.")
    assert ("Zqsecondname", RAQQA) in result
    assert ("Zqfirstname", RAQQA) not in result


@pytest.mark.parametrize("damage", ["truncate", "flip a byte", "garbage", "empty"])
def test_a_damaged_file_is_rebuilt_with_a_warning(gazetteer, db, cache_dir, caplog, damage):
    expected = found("Shelling hit Raqqa and Mosul.")
    [path] = index_files(cache_dir)
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip a byte":
        data[len(data) // 2] ^= 0xFF
    elif damage == "garbage":
        data = bytearray(b"not an index at all")
    else:
        data = bytearray()
    path.write_bytes(bytes(data))

    invalidate()
    with caplog.at_level(logging.WARNING, logger="places.geoparser.cache"):
        assert found("Shelling hit Raqqa and Mosul.") == expected
    assert any(
        "is damaged" in r.getMessage() and "rebuilding" in r.getMessage() for r in caplog.records
    )
    assert cache.read_index(path) is not None  # rebuilt whole


def test_an_unwritable_cache_costs_speed_not_the_parse(gazetteer, db, settings, tmp_path, caplog):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    settings.GEOPARSER_CACHE_DIR = blocker / "cache"
    invalidate()
    try:
        with caplog.at_level(logging.WARNING, logger="places.geoparser.cache"):
            assert ("Raqqa", RAQQA) in found("Shelling hit the city of Raqqa.")
    finally:
        invalidate()
    assert any("cache" in r.getMessage() for r in caplog.records)


CHILD = """
import json, os, sys, time
import django
django.setup()
from places.geoparser.cache import load_index
go = sys.argv[1]
while not os.path.exists(go):
    time.sleep(0.01)
messages = []
index = load_index(progress=messages.append)
print(json.dumps({"places": len(index.places), "messages": messages}))
"""


def database_url() -> str:
    db = connection.settings_dict
    if "spatialite" in db["ENGINE"]:
        return f"spatialite:///{db['NAME']}"
    auth = f"{quote(db['USER'] or '')}:{quote(db['PASSWORD'] or '')}@"
    return f"postgis://{auth}{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


def test_two_processes_starting_together_build_the_index_once(gazetteer, db, cache_dir, tmp_path):
    go = tmp_path / "go"
    env = dict(
        os.environ,
        DATABASE_URL=database_url(),
        GEOPARSER_CACHE_DIR=str(cache_dir),
        DJANGO_SETTINGS_MODULE="conflictmap.settings",
        PYTHONPATH=str(ROOT),
    )
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(go)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    time.sleep(1.0)  # both past Django's set-up, waiting for the same starting signal
    go.touch()
    reports = []
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        reports.append(json.loads(out.strip().splitlines()[-1]))

    builds = [
        r for r in reports if any(m.startswith("building the place index") for m in r["messages"])
    ]
    assert len(builds) == 1, reports
    assert [r["places"] for r in reports] == [Place.objects.count()] * 2
    assert len(index_files(cache_dir)) == 1
    assert not list(cache_dir.glob("*.tmp"))


def test_a_small_index_is_not_frozen_out_of_the_collector():
    """freeze_large: a world index's objects leave the collector's passes, a test's do not."""
    import gc

    from places.geoparser.cache import FREEZE_MIN_PLACES, freeze_large

    class Small:
        places = [None] * 10

    class Large:
        places = [None] * FREEZE_MIN_PLACES

    before = gc.get_freeze_count()
    freeze_large(Small())
    assert gc.get_freeze_count() == before
    try:
        freeze_large(Large())
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()


def test_a_replaced_geoparser_is_freed_without_the_collector(gazetteer, db, cache_dir):
    """A world index is frozen out of the collector (freeze_large), so a replaced geoparser
    must be freed by reference counts alone: a reference cycle through it would keep the whole
    old index in memory after every gazetteer edit."""
    import gc
    import weakref

    parser = get_geoparser()
    parser.parse("Shelling near Raqqa and in Aleppo, Syria, killed three people.")
    refs = [weakref.ref(parser), weakref.ref(parser.index)]
    gc.disable()  # no collector pass may free a cycle meanwhile
    try:
        del parser
        invalidate()
        assert [ref() for ref in refs] == [None, None]
    finally:
        gc.enable()
