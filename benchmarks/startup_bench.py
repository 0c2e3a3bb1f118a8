#!/usr/bin/env python3
"""Benchmark the geoparser's start-up: how soon a new process has its index, and a one-sentence
`manage.py geoparse` from start to finish.

    .venv/bin/python benchmarks/startup_bench.py [--runs 5] [--cold]

Each measurement is a new process; the table gives the median wall time, the median CPU time
(user + system, which the machine's other load disturbs less) and the peak memory. "index ready"
counts from the moment the process is spawned to `get_geoparser()` returning (Python start,
Django set-up, loading the index, building the parser). With --cold, the index is first built
into an empty cache directory (as after a gazetteer update) and that build is timed too. Uses the
database of CONFLICTMAP_DATA_DIR, as `manage.py` does.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "Shelling near Hodeidah and in Kharkiv, Ukraine, killed three people on Tuesday.\n"


def child() -> None:
    """Runs in the measured process: load the geoparser, report when it is ready."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflictmap.settings")
    import django

    django.setup()
    from places.geoparser import get_geoparser

    parser = get_geoparser(progress=lambda msg: print(msg, file=sys.stderr))
    ready = time.time()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(
        json.dumps(
            {
                "ready": ready,
                "cpu": usage.ru_utime + usage.ru_stime,
                "rss_mb": usage.ru_maxrss / 1024,
                "places": len(parser.index.places),
            }
        )
    )


def run(cmd: list[str], env: dict, stdin: str = "") -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds and peak MB of one child process, and its output."""
    with (
        tempfile.TemporaryFile("w+") as inp,
        tempfile.TemporaryFile("w+") as out,
        tempfile.TemporaryFile("w+") as err,
    ):
        inp.write(stdin)
        inp.seek(0)
        started = time.time()
        proc = subprocess.Popen(
            cmd, stdin=inp, stdout=out, stderr=err, env=env, cwd=ROOT, text=True
        )
        _pid, status, usage = os.wait4(proc.pid, 0)  # this child's own CPU time and peak memory
        wall = time.time() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode:
            sys.exit(f"{' '.join(cmd)} failed:\n{err.read()}")
        return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.read()


def index_ready(env: dict) -> tuple[float, float, float]:
    started = time.time()
    _wall, _cpu, _peak, out = run([sys.executable, __file__, "--child"], env)
    report = json.loads(out.strip().splitlines()[-1])
    return report["ready"] - started, report["cpu"], report["rss_mb"]


def one_sentence(env: dict) -> tuple[float, float, float]:
    wall, cpu, peak, out = run([sys.executable, "manage.py", "geoparse"], env, SENTENCE)
    if '"Hodeidah"' not in out and '"Kharkiv"' not in out:
        sys.exit(f"geoparse found neither Hodeidah nor Kharkiv:\n{out}")
    return wall, cpu, peak


def median_row(label: str, samples: list[tuple[float, float, float]]) -> str:
    wall, cpu, peak = (statistics.median(column) for column in zip(*samples, strict=True))
    return f"| {label} | {wall:.2f} | {cpu:.2f} | {peak:.0f} |"


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--runs", type=int, default=5, help="Measurements of each kind (default 5).")
    ap.add_argument("--cold", action="store_true", help="Also time a build into an empty cache.")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child()
        return
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="conflictmap.settings", PYTHONPATH=str(ROOT))
    scratch = None
    rows = []
    if args.cold:
        scratch = tempfile.mkdtemp(prefix="geoparser-cache-")
        env["GEOPARSER_CACHE_DIR"] = scratch
        rows.append(median_row("build the index (empty cache), ready", [index_ready(env)]))
    else:
        index_ready(env)  # make sure the cache exists (a build is not a start-up)
    try:
        rows.append(
            median_row(
                "index ready after process start", [index_ready(env) for _ in range(args.runs)]
            )
        )
        rows.append(
            median_row(
                "`geoparse` one sentence, whole command",
                [one_sentence(env) for _ in range(args.runs)],
            )
        )
    finally:
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)
    print(
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
        f"median of {args.runs} runs"
    )
    print("| measurement | wall s | CPU s | peak MB |\n|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
