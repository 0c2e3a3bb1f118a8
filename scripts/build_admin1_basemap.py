"""Write static/basemap/admin1.geojson: admin-1 outlines for the offline basemap.

Run by hand after updating places/data/ne_admin1.geojson.gz (Natural Earth 1:10m admin-1,
public domain) and commit the output:

    .venv/bin/python scripts/build_admin1_basemap.py

Outlines only (no fill, no properties but the name): each polygon's rings as lines,
simplified to ~0.05° and rounded to 2 decimals (~1 km), so the file stays near the size of
countries.geojson. The map draws it from zoom 5 on, under the names from /api/labels.json.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflictmap.settings")

import django  # noqa: E402

django.setup()

from django.contrib.gis.geos import GEOSGeometry  # noqa: E402

SOURCE = ROOT / "places" / "data" / "ne_admin1.geojson.gz"
TARGET = ROOT / "static" / "basemap" / "admin1.geojson"
TOLERANCE = 0.05


def rounded_lines(geom: GEOSGeometry) -> list[list[list[float]]]:
    polygons = [geom] if geom.geom_type == "Polygon" else list(geom)
    lines = []
    for polygon in polygons:
        ring = polygon.exterior_ring
        coords = [[round(x, 2), round(y, 2)] for x, y in ring.coords]
        if len(coords) >= 4:
            lines.append(coords)
    return lines


def main() -> None:
    with gzip.open(SOURCE, "rt", encoding="utf-8") as fh:
        features = json.load(fh)["features"]
    out = []
    for feature in features:
        if not feature.get("geometry"):
            continue
        geom = GEOSGeometry(json.dumps(feature["geometry"])).simplify(
            TOLERANCE, preserve_topology=True
        )
        lines = rounded_lines(geom)
        if lines:
            out.append(
                {
                    "type": "Feature",
                    "properties": {"name": feature["properties"].get("name_en") or ""},
                    "geometry": {"type": "MultiLineString", "coordinates": lines},
                }
            )
    body = json.dumps({"type": "FeatureCollection", "features": out}, separators=(",", ":"))
    TARGET.write_text(body, encoding="utf-8")
    print(f"{TARGET}: {len(out)} regions, {len(body) // 1024} KiB")


if __name__ == "__main__":
    main()
