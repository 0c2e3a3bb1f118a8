"""Take the screenshots in docs/img/: the map at three zooms, the event feed, a popup, the export,
the first view with a statement open (the README's picture), an article, and a phone.

    .venv/bin/python scripts/screenshots.py [--data-dir DIR] [--out docs/img]

Runs the app as in production (gunicorn, static files through whitenoise) on a database
prepared by `manage.py bootstrap_data` (run here first: it skips what is already done, so a
data folder from `make data`, or a copy of one, takes seconds), then drives Debian's Chromium
with Playwright at 1280×800. The export is written by `manage.py export_map` and opened from
the file with every network request refused, as a reader would open it offline.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
VIEWPORT = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
RAQQA = (35.95, 39.01)
# (file, zoom): the region, the governorate, the city.
ZOOMS = (("map-zoom5.png", 5), ("map-zoom8.png", 8), ("map-zoom11.png", 11))


def environment(data_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "CONFLICTMAP_DATA_DIR": str(data_dir),
        "DJANGO_DEBUG": "False",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "False",
        "SECURE_HSTS_SECONDS": "0",
        "SECURE_COOKIES": "False",
        "WHITENOISE_USE_FINDERS": "True",
        "API_RATE_LIMIT": "",
    }


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


@contextmanager
def server(env: dict[str, str]):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    gunicorn = Path(PYTHON).parent / "gunicorn"
    process = subprocess.Popen(
        [str(gunicorn), "conflictmap.wsgi", "-w", "2", "-b", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise SystemExit("gunicorn did not start") from None
                time.sleep(0.3)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def first_statement(base: str) -> int | None:
    with urllib.request.urlopen(f"{base}/api/statements.geojson?limit=50") as response:
        features = json.load(response)["features"]
    named = [f for f in features if f["properties"].get("speaker")]
    return (named or features or [{"properties": {"id": None}}])[0]["properties"]["id"]


def first_article(base: str) -> int | None:
    with urllib.request.urlopen(f"{base}/api/articles.json?limit=1") as response:
        results = json.load(response).get("results") or []
    return results[0]["id"] if results else None


def open_map(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]", timeout=60000)
    page.wait_for_selector("body[data-feed-ready=true]", timeout=60000)
    # The basemap's names come apart from the layers (a worker's first answer reads the
    # gazetteer's capitals and Natural Earth's files), and lakes and rivers after them.
    page.wait_for_selector("body[data-labels]", timeout=60000)
    page.wait_for_selector("body[data-basemaprivers]", timeout=60000)
    page.wait_for_timeout(800)  # the basemap's canvas and marker animations settle


def shoot_map(page, base: str, out: Path) -> list[Path]:
    written = []
    for name, zoom in ZOOMS:
        open_map(page, f"{base}/?lat={RAQQA[0]}&lng={RAQQA[1]}&z={zoom}")
        page.screenshot(path=out / name)
        written.append(out / name)
    open_map(page, f"{base}/?lat={RAQQA[0]}&lng={RAQQA[1] + 1.5}&z=7")
    page.locator("#feed").scroll_into_view_if_needed()
    page.screenshot(path=out / "feed.png")
    written.append(out / "feed.png")
    statement = first_statement(base)
    if statement:
        open_map(page, f"{base}/?lat={RAQQA[0] + 0.6}&lng={RAQQA[1]}&z=9&sel=statement-{statement}")
        page.locator(".leaflet-popup-content").wait_for(timeout=30000)
        page.wait_for_timeout(500)
        page.screenshot(path=out / "popup.png")
        written.append(out / "popup.png")
        # The first view a link with no position opens on (the seed's data), a quote open.
        open_map(page, f"{base}/?sel=statement-{statement}")
        page.locator(".leaflet-popup-content").wait_for(timeout=30000)
        page.wait_for_timeout(500)
        page.screenshot(path=out / "map.png")
        written.append(out / "map.png")
    article = first_article(base)
    if article:
        page.goto(f"{base}/articles/{article}/")
        page.wait_for_load_state("networkidle")
        page.screenshot(path=out / "article.png")
        written.append(out / "article.png")
    return written


def shoot_phone(browser, base: str, out: Path) -> Path:
    page = browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    open_map(page, f"{base}/?lat={RAQQA[0]}&lng={RAQQA[1]}&z=8")
    page.screenshot(path=out / "map-phone.png")
    page.close()
    return out / "map-phone.png"


def shoot_export(page, env: dict[str, str], out: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "map.html"
        manage(env, "export_map", str(html), "--start", "2016-10-01", "--verbosity", "0")
        page.route(
            "**/*",
            lambda route: (
                route.continue_() if route.request.url.startswith("file:") else route.abort()
            ),
        )
        page.goto(html.as_uri())
        page.wait_for_selector("#cm-export-legend", timeout=60000)
        page.locator(".cm-statement-icon").first.click()
        page.locator(".leaflet-popup-content .cm-sources").first.wait_for()
        page.wait_for_timeout(500)
        page.screenshot(path=out / "export.png")
    return out / "export.png"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, help="data folder (default: CONFLICTMAP_DATA_DIR)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = parser.parse_args()
    data_dir = args.data_dir or Path(os.getenv("CONFLICTMAP_DATA_DIR", ROOT / "data"))
    env = environment(data_dir.resolve())
    args.out.mkdir(parents=True, exist_ok=True)
    manage(env, "bootstrap_data")
    from playwright.sync_api import sync_playwright

    with server(env) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=os.getenv("CHROMIUM_PATH", "/usr/bin/chromium"),
            args=["--no-sandbox", "--disable-gpu"],
        )
        page = browser.new_page(viewport=VIEWPORT)
        written = shoot_map(page, base, args.out)
        written.append(shoot_phone(browser, base, args.out))
        written.append(shoot_export(browser.new_page(viewport=VIEWPORT), env, args.out))
        browser.close()
    for path in written:
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


if __name__ == "__main__":
    main()
