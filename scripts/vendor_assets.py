"""Copy the npm packages the map uses from node_modules/ into static/vendor/.

Run by scripts/setup.sh after `npm ci`; static/vendor is git-ignored.

A minified file that ends in a `sourceMappingURL` comment gets its source map copied beside it.
`collectstatic` with the manifest storage rewrites that comment to the map's hashed name and
stops with MissingFileError when the map is absent. Shipping the map keeps the packages'
files byte for byte as published (no edited third-party code) and lets the browser's tools
show Leaflet's own sources in production; browsers fetch a map only when the tools are open.
"""

from __future__ import annotations

import re
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
    "leaflet.markercluster/dist/MarkerCluster.Default.css": (
        "markercluster/MarkerCluster.Default.css"
    ),
    "leaflet-arrowheads/src/leaflet-arrowheads.js": "arrowheads/leaflet-arrowheads.js",
    "leaflet-geometryutil/src/leaflet.geometryutil.js": "arrowheads/leaflet.geometryutil.js",
}


# The comment Django's ManifestStaticFilesStorage follows in .js and .css files.
SOURCE_MAP = re.compile(r"^(?://|/\*)# sourceMappingURL=(?P<url>\S+?)(?:\s*\*/)?\s*$", re.MULTILINE)


def source_maps(path: Path) -> list[Path]:
    """The source map files a .js or .css file names (data: URLs are inline, not files)."""
    if path.suffix not in (".js", ".css"):
        return []
    text = path.read_text(encoding="utf-8", errors="replace")
    return [
        path.parent / m["url"]
        for m in SOURCE_MAP.finditer(text)
        if not m["url"].startswith(("data:", "http:", "https:", "/"))
    ]


def copy_file(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dst)
    for source_map in source_maps(src):
        if not source_map.is_file():
            raise SystemExit(
                f"{src} names the source map {source_map.name}, which the package does not ship; "
                "collectstatic would fail on it"
            )
        shutil.copy2(source_map, dst.parent / source_map.relative_to(src.parent))


def main() -> None:
    for source, target in FILES.items():
        src, dst = ROOT / "node_modules" / source, VENDOR / target
        if src.is_dir():
            shutil.copytree(src, dst, dirs_exist_ok=True)
        else:
            copy_file(src, dst)
    where = VENDOR.relative_to(ROOT)
    print(f"Copied {len(FILES)} front-end assets (and their source maps) into {where}")


if __name__ == "__main__":
    main()
