"""Copy the npm packages the map uses from node_modules/ into static/vendor/.

Run by scripts/setup.sh after `npm ci`; static/vendor is git-ignored.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "static" / "vendor"

FILES = {
    "leaflet/dist/leaflet.js": "leaflet/leaflet.js",
    "leaflet/dist/leaflet.css": "leaflet/leaflet.css",
    "leaflet/dist/images": "leaflet/images",
    "leaflet.markercluster/dist/leaflet.markercluster.js": "markercluster/leaflet.markercluster.js",
    "leaflet.markercluster/dist/MarkerCluster.css": "markercluster/MarkerCluster.css",
    "leaflet.markercluster/dist/MarkerCluster.Default.css": "markercluster/MarkerCluster.Default.css",
    "leaflet-arrowheads/src/leaflet-arrowheads.js": "arrowheads/leaflet-arrowheads.js",
    "leaflet-geometryutil/src/leaflet.geometryutil.js": "arrowheads/leaflet.geometryutil.js",
}


def main() -> None:
    for source, target in FILES.items():
        src, dst = ROOT / "node_modules" / source, VENDOR / target
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dst, dirs_exist_ok=True)
        else:
            shutil.copy2(src, dst)
    print(f"Copied {len(FILES)} front-end assets into {VENDOR.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
