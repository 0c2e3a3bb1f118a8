"""The geoparser's answer does not depend on Python's hash seed: "X, Y" where both the country
and a first-level region called Y hold X ("Guatemala City, Guatemala") once let the order of a
set decide which of the two readings of Y the containment rule lifted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import astuple
from pathlib import Path

from places.geoparser import PlaceInfo
from tests.places.small_gazetteer import module_parser

ROOT = Path(__file__).resolve().parents[2]

PLACES = [
    PlaceInfo(1, "Guatemala", 15.5, -90.25, 3595528, "PCLI", "GT", "country", 14_000_000, ""),
    PlaceInfo(2, "Guatemala", 14.63, -90.55, 3595530, "ADM1", "GT", "admin", 0, "07"),
    PlaceInfo(3, "Guatemala City", 14.6, -90.5, 3598132, "PPLC", "GT", "settlement", 994_938, "07"),
    PlaceInfo(4, "Mixco", 14.63, -90.61, 3592519, "PPLA2", "GT", "settlement", 473_080, "07"),
    PlaceInfo(5, "Kuwait", 29.5, 47.75, 285570, "PCLI", "KW", "country", 4_100_000, ""),
    PlaceInfo(6, "Kuwait", 29.35, 47.95, 285787, "ADM1", "KW", "admin", 0, "02"),
    PlaceInfo(7, "Kuwait City", 29.37, 47.98, 285787, "PPLC", "KW", "settlement", 60_064, "02"),
    PlaceInfo(8, "Jahra", 29.34, 47.66, 285629, "PPLA", "KW", "settlement", 24_281, "05"),
]

GUATEMALA = (
    "GUATEMALA CITY, Guatemala (Reuters) - Soldiers patrolled the outskirts of Guatemala City "
    "and the nearby town of Mixco on Tuesday after a night of clashes, officials said."
)
KUWAIT = (
    "Protesters gathered outside parliament in Kuwait City, Kuwait, on Friday, and a smaller "
    "crowd marched in Jahra, witnesses said."
)

# The child builds the same small index and prints what it reads; PLACES travel as JSON.
CHILD = """
import json, sys
import django
django.setup()
from places.geoparser import GazetteerIndex, Geoparser, PlaceInfo
from places.normalize import name_key
places = [PlaceInfo(*row) for row in json.loads(sys.argv[1])]
names = [(p.place_id, p.name, name_key(p.name), "name", True) for p in places]
parser = Geoparser(GazetteerIndex.build(places, names), use_parse=False)
print(json.dumps([
    [(t.start, t.text, t.place_id, t.confidence) for t in parser.parse(text)]
    for text in json.loads(sys.argv[2])
]))
"""


parser = module_parser(PLACES, use_parse=False)


def _read(parser, text, surface):
    return [t.place_id for t in parser.parse(text) if t.text == surface]


def test_the_country_after_its_capital_is_the_country(parser):
    # Both the country and its province hold the capital; the country's own weight decides.
    assert _read(parser, GUATEMALA, "Guatemala") == [1]
    assert _read(parser, KUWAIT, "Kuwait") == [5]


def test_the_same_text_gives_the_same_places_under_any_hash_seed():
    rows = json.dumps([astuple(p) for p in PLACES])
    texts = json.dumps([GUATEMALA, KUWAIT])
    outputs = []
    for seed in ("1", "2", "3", "5"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run(
            [sys.executable, "-c", CHILD, rows, texts],
            check=False,
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    assert all(out == outputs[0] for out in outputs[1:]), outputs
