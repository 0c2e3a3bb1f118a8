"""The map in Debian Chromium, for benchmarks/api_bench.py: first paint and interactions.

The app runs as in production: gunicorn (2 workers, persistent database connections) with
whitenoise serving static files from the finders. Timings come from the page itself:
map.js sets `data-map-painted` (ms from navigation start to every data layer drawn) and
fires `map:reloaded` once every layer has been fetched and drawn again after a change.
"""

from __future__ import annotations

import contextlib
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# One interaction, timed in the page: from the input event to every layer and the event feed
# redrawn (the debounce included, as a user waits for it), plus the longest main-thread task
# meanwhile. map.js fires map:reloaded after a filter or date change, map:moved after a pan.
INTERACT_JS = """
async ([kind, value]) => {
  const cm = window.conflictMap;
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
  });
  observer.observe({ entryTypes: ["longtask"] });
  const once = (name, test) => new Promise((resolve) => {
    const handler = (ev) => {
      if (!test || test(ev)) { document.removeEventListener(name, handler); resolve(); }
    };
    document.addEventListener(name, handler);
  });
  const t0 = performance.now();
  const feed = once("feed:loaded");
  let done;
  if (kind === "pan") {
    done = once("map:moved");
    cm.map.panBy(value, { animate: false });
  } else {
    done = once("map:reloaded");
    const node = document.getElementById(kind);
    node.value = value;
    const ranges = ["time-slider", "confidence-filter"];
    node.dispatchEvent(new Event(ranges.includes(kind) ? "input" : "change"));
  }
  await Promise.all([done, feed]);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  for (const e of observer.takeRecords()) longest = Math.max(longest, e.duration);
  observer.disconnect();
  return [performance.now() - t0, longest];
}
"""


def process_cpu_ms(pid: int) -> float:
    """CPU time used so far by a process and its descendants (gunicorn's master and workers),
    in ms, from /proc (10 ms ticks): what the server's share of an interaction would take on a
    quiet machine, whatever else the machine runs meanwhile."""
    ticks, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        pending.extend(int(child) for child in children)
    return ticks * 1000 / os.sysconf("SC_CLK_TCK")


def browser_cpu_ms(server_pid: int) -> float:
    """CPU time used so far by every Chromium process of this benchmark (renderer, GPU and
    browser processes: scripts, layout, painting, rasterising, compositing), in ms: this
    process's descendants but gunicorn's and the Playwright driver (node). With the server's
    CPU, what an interaction costs whatever else the machine runs."""
    total, pending = 0.0, _children(os.getpid())
    while pending:
        pid = pending.pop()
        if pid == server_pid:
            continue
        pending.extend(_children(pid))
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        if stat[stat.index("(") + 1 : stat.rindex(")")].startswith("node"):
            continue
        fields = stat.rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")
    return total


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@contextlib.contextmanager
def served_app():
    """gunicorn on a free localhost port; yields the base URL (the server's process id is
    served_app.pid meanwhile)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {
        **os.environ,
        "DB_CONN_MAX_AGE": "600",
        "WHITENOISE_USE_FINDERS": "True",
        "SECURE_COOKIES": "False",
    }
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    server = subprocess.Popen(
        [
            gunicorn,
            "conflictmap.wsgi",
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError as exc:
                if time.monotonic() > deadline:
                    raise SystemExit("gunicorn did not start") from exc
                time.sleep(0.2)
        served_app.pid = server.pid
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextlib.contextmanager
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=os.getenv("CHROMIUM_PATH", "/usr/bin/chromium"),
            args=["--no-sandbox", "--disable-gpu"],
        )
        try:
            yield browser
        finally:
            browser.close()


def open_map(browser, url: str):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(url)
    page.wait_for_selector("html[data-map-painted]", timeout=60000)
    page.wait_for_selector("body[data-ready=true]", timeout=60000)
    return page


def first_paint(runs: int, warmup: int = 2) -> dict | None:
    """Median ms from navigation start to every data layer drawn."""
    try:
        import playwright  # noqa: F401
    except ImportError:
        print("playwright missing: skipping the paint timing")
        return None
    times, cpu, drawn = [], [], 0
    with served_app() as url, chromium() as browser:
        for i in range(runs + warmup):
            before = process_cpu_ms(served_app.pid)
            page = open_map(browser, url)
            if i >= warmup:  # the first loads warm the workers' connections and imports
                times.append(
                    float(page.evaluate("() => document.documentElement.dataset.mapPainted"))
                )
                cpu.append(process_cpu_ms(served_app.pid) - before)
            drawn = int(page.evaluate("() => Number(document.body.dataset.loadedplaces || 0)"))
            page.close()
    return {
        "median": statistics.median(times),
        "max": max(times),
        "runs": len(times),
        "places": drawn,
        # gunicorn's CPU per page load until painted (median), and the load average after.
        "server_cpu": statistics.median(cpu),
        "load": os.getloadavg()[0],
    }


def interaction_steps(page, rng: random.Random, runs: int) -> list[tuple[str, str, object]]:
    """`runs` random steps of each kind: a filter change, a slider step, a pan."""
    actors = page.evaluate(
        "() => Array.from(document.querySelectorAll('#actor-filter option')).map(o => o.value)"
    )
    kinds = page.evaluate(
        "() => Array.from(document.querySelectorAll('#kind-filter option')).map(o => o.value)"
    )
    days = int(page.evaluate("() => Number(document.getElementById('time-slider').max)"))
    steps, last = [], {"actor-filter": "", "kind-filter": "", "confidence-filter": "0"}
    last["time-slider"] = str(days)

    def pick(control: str, values: list) -> str:
        value = rng.choice([v for v in values if v != last[control]] or values)
        last[control] = value
        return value

    for i in range(runs):
        control, values = [
            ("actor-filter", actors),
            ("kind-filter", kinds),
            ("confidence-filter", ["0", "0.25", "0.5", "0.75"]),
        ][i % 3]
        steps.append(("filter", control, pick(control, values)))
        steps.append(
            ("slider step", "time-slider", pick("time-slider", list(map(str, range(days + 1)))))
        )
        steps.append(("pan", "pan", [rng.randint(-300, 300), rng.randint(-200, 200)]))
    return steps


def interactions(runs: int, views: list[str], seed: int = 5) -> list[dict]:
    """p50/p95 ms of filter changes, slider steps and pans, per view (a query string)."""
    rng = random.Random(seed)
    results = []
    with served_app() as url, chromium() as browser:
        for view in views:
            page = open_map(browser, url + view)
            errors: list[str] = []
            page.on("pageerror", lambda exc, errors=errors: errors.append(str(exc)))
            timings: dict[str, list] = {}
            for name, kind, value in interaction_steps(page, rng, runs):
                cpu, page_cpu = process_cpu_ms(served_app.pid), browser_cpu_ms(served_app.pid)
                ms, longest = page.evaluate(INTERACT_JS, [kind, value])
                cpu = process_cpu_ms(served_app.pid) - cpu
                page_cpu = browser_cpu_ms(served_app.pid) - page_cpu
                timings.setdefault(name, []).append((ms, longest, cpu, page_cpu))
            page.close()
            if errors:
                raise SystemExit(f"script errors on the map: {errors[:3]}")
            for name, rows in timings.items():
                ms = sorted(r[0] for r in rows)
                results.append(
                    {
                        "name": f"{name} ({view or 'first view'})",
                        "n": len(rows),
                        "p50": statistics.median(ms),
                        "p95": ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))],
                        "longest_task": max(r[1] for r in rows),
                        # gunicorn's CPU per interaction (median), and the load meanwhile.
                        "server_cpu": statistics.median(r[2] for r in rows),
                        # Chromium's CPU per interaction (median): the page's share.
                        "browser_cpu": statistics.median(r[3] for r in rows),
                        "load": os.getloadavg()[0],
                    }
                )
    return results
