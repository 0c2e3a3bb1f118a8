"""Generate the hand-curated seed fixtures from the seed article and Natural Earth extracts.

Run by hand (never at run time) and commit the output:

    .venv/bin/python seeds/build_fixtures.py --naturalearth ../shared/data/naturalearth

Every character offset is computed here from the article text, never typed by hand;
polygons are simplified (~0.02°) so the fixtures stay small. Writes 01_places.json,
03_articles.json, 04_campaigns.json, 05_frontlines.json and 06_statements.json next to
this script. Actors (02_actors.json) belong to the extraction helper; these fixtures refer
to them by their canonical names.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parent
sys.path.insert(0, str(SEEDS.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflictmap.settings")

import django  # noqa: E402

django.setup()

from django.contrib.gis.geos import LineString, MultiLineString  # noqa: E402

from seeds.seed_places import MOSUL, RAQQA, STAMP, build_places, ewkt  # noqa: E402

ARTICLE_FILE = SEEDS / "articles" / "euphrates-anger-raqqa.txt"

ACTOR = {
    "sdf": "Syrian Democratic Forces",
    "is": "Islamic State",
    "coalition": "Global Coalition to Counter ISIS",
    "isf": "Iraqi Security Forces",
    "krg": "Kurdistan Regional Government",
    "isw": "Institute for the Study of War",
}


def span(text: str, needle: str, *, start: int = 0) -> tuple[int, int]:
    at = text.index(needle, start)
    if text.find(needle, at + 1) != -1 and start == 0:
        raise SystemExit(f"Ambiguous span {needle[:40]!r}: use a longer needle")
    return at, at + len(needle)


def line_span(text: str, inside: int) -> tuple[int, int]:
    """The paragraph (one line of the article file) containing offset `inside`."""
    start = text.rfind("\n", 0, inside) + 1
    end = text.find("\n", inside)
    return start, (end if end != -1 else len(text))


def sentence_span(text: str, needle: str) -> tuple[int, int]:
    start, end = span(text, needle)
    return start, end


def build_article(text: str, content_hash: str) -> list[dict]:
    return [
        {
            "model": "articles.article",
            "fields": {
                "url": "https://www.aljazeera.com/news/2016/11/6/us-backed-forces-announce-push-to-retake-raqqa-from-isil",
                "title": "US-backed forces announce push to retake Raqqa from ISIL",
                "outlet": "Al Jazeera English",
                "published_at": "2016-11-06T12:00:00Z",
                "text": text,
                "language": "en",
                "content_hash": content_hash,
                "extracted_at": None,
                "geocoded_at": None,
                "created_at": STAMP,
            },
        }
    ]


def build_campaigns(text: str, content_hash: str) -> list[dict]:
    euphrates_sentence = sentence_span(
        text,
        "A spokeswoman for the Syria Democratic Forces, the SDF, made up of Kurdish and Arab "
        'armed groups, announced what they\'re calling the "Euphrates Anger" campaign.',
    )
    mosul_sentence = sentence_span(
        text,
        "This new operation comes as troops in Iraq continue an assault on the key northern city "
        "of Mosul, with a top Kurdish security official warning soldiers to expect fierce "
        "resistance from IS fighters.",
    )
    # Axis of advance from the SDF-held north (Ain Issa) south toward Raqqa; approximate.
    euphrates_axis = LineString((38.86, 36.385), (38.95, 36.17), (39.0, 35.99), srid=4326)
    # Mosul: the southern (Qayyarah) and eastern (Khazir/Bartella) axes; approximate.
    mosul_axes = MultiLineString(
        LineString((43.20, 35.80), (43.25, 36.05), (43.18, 36.27), srid=4326),
        LineString((43.55, 36.33), (43.38, 36.35), (43.22, 36.34), srid=4326),
        srid=4326,
    )
    return [
        {
            "model": "articles.campaign",
            "fields": {
                "name": "Euphrates Anger",
                "attackers": [[ACTOR["sdf"]]],
                "opponents": [[ACTOR["is"]]],
                "targets": [RAQQA],
                "started_on": "2016-11-05",
                "ended_on": None,
                "date_precision": 1,
                "status": "ongoing",
                "geometry": ewkt(euphrates_axis),
                "named": True,
            },
        },
        {
            "model": "articles.campaignsource",
            "fields": {
                "campaign": ["Euphrates Anger"],
                "article": [content_hash],
                "sentence_start": euphrates_sentence[0],
                "sentence_end": euphrates_sentence[1],
            },
        },
        {
            "model": "articles.campaign",
            "fields": {
                "name": "Mosul offensive",
                "attackers": [[ACTOR["isf"]], [ACTOR["coalition"]]],
                "opponents": [[ACTOR["is"]]],
                "targets": [MOSUL],
                "started_on": "2016-10-17",
                "ended_on": None,
                "date_precision": 1,
                "status": "ongoing",
                "geometry": ewkt(mosul_axes),
                "named": False,
            },
        },
        {
            "model": "articles.campaignsource",
            "fields": {
                "campaign": ["Mosul offensive"],
                "article": [content_hash],
                "sentence_start": mosul_sentence[0],
                "sentence_end": mosul_sentence[1],
            },
        },
    ]


def front_line_shapes() -> tuple[LineString, LineString]:
    """The Raqqa and the Mosul front line."""
    # Sketched by hand after public maps; coordinates are approximate (see seeds/README.md).
    raqqa_line = LineString(
        (38.20, 36.36),
        (38.45, 36.33),
        (38.70, 36.30),
        (38.88, 36.29),
        (39.10, 36.30),
        (39.35, 36.27),
        (39.65, 36.20),
        (40.00, 36.10),
        (40.35, 36.00),
        (40.75, 35.95),
        srid=4326,
    )
    mosul_line = LineString(
        (43.08, 36.52),
        (43.25, 36.50),
        (43.35, 36.45),
        (43.26, 36.38),
        (43.21, 36.35),
        (43.23, 36.30),
        (43.27, 36.24),
        (43.25, 36.17),
        (43.15, 36.15),
        (43.05, 36.20),
        srid=4326,
    )
    return raqqa_line, mosul_line


def build_frontlines() -> list[dict]:
    raqqa_line, mosul_line = front_line_shapes()
    common = {
        "source_article": None,
        "source_sentence_start": None,
        "source_sentence_end": None,
        "curator": None,
        "approximate": True,
    }
    return [
        {
            "model": "articles.frontline",
            "fields": {
                **common,
                "name": "Raqqa northern front",
                "geometry": ewkt(raqqa_line),
                "valid_from": "2016-11-05",
                "valid_to": "2016-11-12",
                "side_a": [ACTOR["sdf"]],
                "side_b": [ACTOR["is"]],
                "confidence": 0.4,
                "source_note": (
                    "Approximate, sketched after ISW's Syria situation maps of early November "
                    "2016 and Wikipedia's 'Raqqa campaign (2016–2017)' map: SDF line from the "
                    "Tishrin Dam east past Ain Issa to al-Shaddadi."
                ),
                "note": (
                    "Hand-drawn approximation, accurate to roughly 10 km; not traced from the "
                    "source maps."
                ),
            },
        },
        {
            "model": "articles.frontline",
            "fields": {
                **common,
                "name": "Mosul front",
                "geometry": ewkt(mosul_line),
                "valid_from": "2016-11-05",
                "valid_to": "2016-11-12",
                "side_a": [ACTOR["isf"]],
                "side_b": [ACTOR["is"]],
                "confidence": 0.4,
                "source_note": (
                    "Approximate, sketched after ISW's 'Iraq situation report' of 1–7 November "
                    "2016 and Wikipedia's 'Battle of Mosul (2016–2017)' map: Peshmerga north-east "
                    "near Bashiqa, CTS at Mosul's eastern edge (Gogjali), federal forces south "
                    "near Hammam al-Alil."
                ),
                "note": (
                    "Hand-drawn approximation, accurate to roughly 5–10 km; not traced from the "
                    "source maps."
                ),
            },
        },
    ]


STATEMENTS = [
    # (first words of the quote, speaker name, role, actor, places)
    (
        "We bring to you the good news",
        "",
        "Spokeswoman for the Syria Democratic Forces",
        ACTOR["sdf"],
        [RAQQA],
    ),
    (
        "When it comes to Raqqa I want",
        "Brett McGurk",
        "United States Special Envoy for the Global Coalition to Counter IS",
        ACTOR["coalition"],
        [RAQQA],
    ),
    (
        "Even if you militarily defeat them",
        "Masrour Barzani",
        "head of the Kurdistan Regional Government Security Council",
        ACTOR["krg"],
        [MOSUL],
    ),
    (
        "A priority for the Coalition",
        "Jennifer Cafarella",
        "Institute for the Study of War",
        ACTOR["isw"],
        [RAQQA, MOSUL],
    ),
]


def build_statements(text: str, content_hash: str) -> list[dict]:
    rows = []
    for opening, speaker, role, actor, places in STATEMENTS:
        start, _ = span(text, opening)
        if text[start - 1] != '"':
            raise SystemExit(f"Quote {opening!r} does not follow a quote mark")
        end = text.index('"', start)  # the closing mark; the span excludes both marks
        para_start, para_end = line_span(text, start)
        rows.append(
            {
                "model": "articles.statement",
                "fields": {
                    "article": [content_hash],
                    "quote": text[start:end],
                    "start": start,
                    "end": end,
                    "sentence_start": para_start,
                    "sentence_end": para_end,
                    "speaker_name": speaker,
                    "speaker_role": role,
                    "speaker_actor": [actor],
                    "places": places,
                    "said_on": "2016-11-06",
                    "date_precision": 1,
                },
            }
        )
    return rows


def write(name: str, rows: list[dict]) -> None:
    path = SEEDS / name
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{name}: {len(rows)} objects, {path.stat().st_size // 1024} KiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--naturalearth",
        type=Path,
        default=SEEDS.parent.parent / "shared/data/naturalearth",
        help="Folder with admin1.geojson, physical_features.geojson, basemap_countries.geojson",
    )
    args = parser.parse_args()
    # Stored exactly as Article.hash_text sees it: the file's text, stripped.
    text = ARTICLE_FILE.read_text(encoding="utf-8").strip()
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    write("01_places.json", build_places(args.naturalearth))
    write("03_articles.json", build_article(text, content_hash))
    write("04_campaigns.json", build_campaigns(text, content_hash))
    write("05_frontlines.json", build_frontlines())
    write("06_statements.json", build_statements(text, content_hash))


if __name__ == "__main__":
    main()
