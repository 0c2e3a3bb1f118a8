#!/usr/bin/env python3
"""Benchmark the geoparser on one long text: a wire paragraph repeated N times, so the cost per
character shows whether any step grows faster than the text (a step that compares every name with
every other one doubles its cost per copy when the copies double).

    .venv/bin/python benchmarks/long_text_bench.py [--copies 500 1000 2000 4000] [--parse]

Prints, per length, the CPU seconds of `Geoparser.parse` in one warm process (the index loaded
once, the caches warmed by one copy) and the toponyms found. Uses the database of
CONFLICTMAP_DATA_DIR, as `manage.py` does.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = (
    "Shelling near Hodeidah and in Kharkiv, Ukraine, killed three people on Tuesday, officials "
    "in Sanaa said. Russian troops seized the village of Vodiane near Pokrovsk, and Houthi "
    "fighters advanced on Marib, Yemen's Ministry of Defence said.\n\n"
)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--copies", type=int, nargs="+", default=[500, 1000, 2000, 4000])
    ap.add_argument("--parse", action="store_true", help="With the entity evidence (spaCy).")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflictmap.settings")
    import django

    django.setup()
    from places.geoparser import get_geoparser

    parser = get_geoparser(progress=lambda msg: print(msg, file=sys.stderr))
    parser.parse(PARAGRAPH, use_parse=args.parse)  # warm the per-name caches (and the model)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("| copies | characters | toponyms | CPU s | µs per character |\n|---|---|---|---|---|")
    for n in args.copies:
        text = PARAGRAPH * n
        started = time.process_time()
        found = parser.parse(text, candidates=False, use_parse=args.parse)
        cpu = time.process_time() - started
        print(f"| {n} | {len(text):,} | {len(found):,} | {cpu:.2f} | {cpu / len(text) * 1e6:.2f} |")


if __name__ == "__main__":
    main()
