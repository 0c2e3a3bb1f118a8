"""Time /api/search.json's search() on a loaded database, query by query.

    CONFLICTMAP_DATA_DIR=DIR .venv/bin/python benchmarks/search_bench.py [--runs 20] [QUERY ...]

Prints p50 / p95 wall and CPU ms per query (in process, no HTTP), the number of results and
the tiers they came from. A query with fewer than ten exact or prefix matches also reads
the close spellings of every name the map shows (`_fuzzy_hits`), the slow path.

Results (ms; whole-world gazetteer, ~270,000 places, plus the seed article and three
articles of heldout64: 51 places on the map, 839 of their names; 20 runs each, 2-core
machine shared by ~6 helpers). Before: main at 47e528b; after: `_on_map_names` reads the
mentioned and the curated places' names through their indexes instead of
`Place.objects.on_map()`, which scanned every gazetteer place (and, for `curated=True`,
every name).

| query | tiers | before p50 | before p95 | after p50 | after p95 |
|---|---|---|---|---|---|
| `Raqqa` | exact, 10 results | 37 | 39 | 37 | 56 |
| `Mosl` | prefix, 10 results | 25 | 27 | 23 | 27 |
| `Asmra` | fuzzy (Asmara) | 330 | 397 | 24 | 43 |
| `Tishreen Dam` | exact, 1 result (so fuzzy too) | 387 | 490 | 28 | 30 |
| `Zzyzx` | none | 343 | 419 | 26 | 33 |

CPU p50 follows wall p50 within 3 ms. The 71 ms in docs/api.md was `q=Raqqa`, which never
reaches the close spellings. `tests/api/test_request_cost.py` pins the shape: a misspelt
query costs 6k SQLite VM steps, 8k with 5,000 more gazetteer places (82k before).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ["Raqqa", "Mosl", "Asmra", "Tishreen Dam", "Zzyzx"]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("queries", nargs="*", default=QUERIES)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflictmap.settings")
    import django

    django.setup()
    from conflictmap.search import search

    for q in args.queries:
        results = search(q)["results"]  # warm the connection and the page cache
        wall, cpu = [], []
        for _ in range(args.runs):
            t0, c0 = time.perf_counter(), time.process_time()
            search(q)
            wall.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        tiers = ",".join(sorted({r.get("match", "?") for r in results})) or "-"
        print(
            f"{q!r:16} {len(results):2} results ({tiers}): wall p50 {statistics.median(wall):.0f}"
            f" p95 {percentile(wall, 0.95):.0f}, CPU p50 {statistics.median(cpu):.0f} ms"
        )


if __name__ == "__main__":
    main()
