#!/usr/bin/env python3
"""Benchmark the geoparser on an annotated corpus: accuracy (the shared scorer), speed, memory,
and whether the confidence means something.

    .venv/bin/python benchmarks/geoparse_eval.py --corpus ../shared/eval/corpora/lgl.jsonl.gz

Runs `manage.py geoparse - --jsonl` on the corpus (gold lines are valid input: extra fields are
ignored), then the scorer next to the corpus folder (`<corpus>/../../score.py`, or --scorer),
and prints its table, the throughput, the peak memory, and the share of right answers among
toponyms at each confidence level. Needs a loaded gazetteer (manage.py load_gazetteer).

The throughput is characters per CPU-second (user + system) of the geoparse process, from its
index being ready to its last line: with the parse, the one-off import and load of spaCy
(~0.4 s) and every run of the entity recogniser are inside it; the line also gives the rate
without the load. --repeat N runs geoparse N more times, for the spread on a shared machine.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def calibration(
    gold: list[dict], system: list[dict], km: float = 161.0, errors_path: Path | None = None
) -> list[tuple[str, int, int]]:
    """For confidence bands: how many system toponyms, and how many were right.

    Right = overlaps a gold toponym and lies within `km` of it. System toponyms overlapping a
    gold span without coordinates cannot be judged and are left out.
    """
    bands = [(0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.6, 0.7), (0.5, 0.6), (0.0, 0.5)]
    counts = {b: [0, 0] for b in bands}
    sys_by_id = {d["id"]: d["toponyms"] for d in system}
    wrong = []
    for doc in gold:
        golds = doc.get("toponyms", [])
        others = doc.get("other_toponyms", [])
        for t in sys_by_id.get(doc["id"], []):
            over = [g for g in golds if g["start"] < t["end"] and t["start"] < g["end"]]
            if not over and any(g["start"] < t["end"] and t["start"] < g["end"] for g in others):
                continue
            ok = (
                bool(over)
                and t.get("lat") is not None
                and any(
                    g.get("lat") is not None
                    and haversine(t["lat"], t["lon"], g["lat"], g["lon"]) < km
                    for g in over
                )
            )
            for band in bands:
                if band[0] <= t.get("confidence", 0) < band[1]:
                    counts[band][0] += 1
                    counts[band][1] += ok
            if not ok:
                wrong.append(
                    {
                        "id": doc["id"],
                        "text": t.get("text"),
                        "name": t.get("name"),
                        "country": t.get("country"),
                        "conf": t.get("confidence"),
                        "gold": [(g.get("text"), g.get("lat"), g.get("lon")) for g in over],
                        "context": doc["text"][max(0, t["start"] - 60) : t["end"] + 40],
                    }
                )
    if errors_path:
        with open(errors_path, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(w, ensure_ascii=False) + "\n" for w in wrong)
    return [(f"{lo:.1f}–{min(hi, 1.0):.1f}", n, ok) for (lo, hi), (n, ok) in counts.items()]


def run_geoparse(command: list[str], payload: bytes, out_path: Path) -> tuple[float, str, int]:
    """Run `command` (a `geoparse --jsonl`) in a new process: wall seconds, its log, exit code."""
    started = time.monotonic()
    with open(out_path, "wb") as out:
        proc = subprocess.run(
            command, cwd=ROOT, input=payload, stdout=out, stderr=subprocess.PIPE, check=False
        )
    return time.monotonic() - started, proc.stderr.decode(errors="replace"), proc.returncode


def _rates(summary: str) -> tuple[int, float, float] | None:
    """(characters, CPU seconds, seconds loading spaCy) from geoparse's summary line."""
    chars = re.search(r"([\d,]+) characters", summary)
    cpu = re.search(r"([\d.]+) s CPU", summary)
    if not (chars and cpu):
        return None
    load = re.search(r"of which ([\d.]+) s loading", summary)
    return (
        int(chars.group(1).replace(",", "")),
        float(cpu.group(1)),
        float(load.group(1)) if load else 0.0,
    )


def throughput(summary: str, no_parse: bool) -> str:
    """What the throughput counts, from geoparse's summary line."""
    rates = _rates(summary)
    if rates is None:
        return "throughput: ?"
    n, seconds, load = rates
    line = (
        f"throughput: {n / seconds / 1e6:.2f} M characters per CPU-second ({seconds:.2f} s of "
        "user + system CPU from the index being ready to the last line"
    )
    if no_parse:
        return line + "; the rules alone, spaCy neither loaded nor run)"
    return line + (
        f"; the entity recogniser's runs and the one-off import and load of spaCy ({load:.2f} "
        f"s) included); {n / max(seconds - load, 1e-9) / 1e6:.2f} M without that load"
    )


def repeat(command: list[str], payload: bytes, first: Path, runs: int, no_parse: bool) -> None:
    """Run geoparse `runs` more times, each in a new process: the throughput of each, and
    whether each output is byte-identical to the first run's."""
    expected = first.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        out_path = Path(tmp) / "again.jsonl"
        for k in range(runs):
            _wall, log, code = run_geoparse(command, payload, out_path)
            summary = [line for line in log.splitlines() if "characters" in line]
            same = "identical" if out_path.read_bytes() == expected else "DIFFERENT"
            rates = _rates(summary[-1]) if summary and not code else None
            if rates is None:
                print(f"  run {k + 2}: failed (exit {code})")
                continue
            n, cpu, load = rates
            print(
                f"  run {k + 2}: {n / cpu / 1e6:.2f} M chars/CPU-s ({cpu:.2f} s"
                + ("" if no_parse else f", {load:.2f} s of it loading spaCy")
                + f"){'' if no_parse else f', {n / max(cpu - load, 1e-9) / 1e6:.2f} M without'}"
                + f"; output {same}"
            )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--corpus", required=True, type=Path, help="Gold JSON Lines (.jsonl or .jsonl.gz)"
    )
    ap.add_argument("--scorer", type=Path, help="score.py (default: next to the corpora folder)")
    ap.add_argument("--output", type=Path, help="Keep the system output here")
    ap.add_argument(
        "--errors", type=Path, help="Write wrong toponyms (JSON Lines) here for analysis"
    )
    ap.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"))
    ap.add_argument("--demonyms", action="store_true", help="Pass --demonyms to geoparse")
    ap.add_argument("--no-parse", action="store_true", help="Pass --no-parse to geoparse")
    ap.add_argument(
        "--repeat",
        type=int,
        default=0,
        metavar="N",
        help="Run geoparse N more times (new processes) and print each run's throughput",
    )
    args = ap.parse_args(argv)

    if not args.corpus.exists():
        ap.error(f"no such corpus: {args.corpus}")
    scorer = args.scorer or args.corpus.resolve().parent.parent / "score.py"
    if not scorer.exists():
        ap.error(f"no scorer at {scorer}; pass --scorer")
    gold = read_jsonl(args.corpus)
    payload = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in gold).encode()
    out_path = args.output or Path(tempfile.mkstemp(suffix=".jsonl", prefix="geoparse-")[1])

    command = (
        [args.python, "manage.py", "geoparse", "-", "--jsonl"]
        + (["--demonyms"] if args.demonyms else [])
        + (["--no-parse"] if args.no_parse else [])
    )
    wall, log, code = run_geoparse(command, payload, out_path)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if code:
        print(log, file=sys.stderr)
        return code
    summary = [line for line in log.splitlines() if "characters" in line]
    print(f"corpus: {args.corpus} ({len(gold)} documents, {len(payload) / 1e6:.2f} MB as JSON)")
    print(f"geoparse: {summary[-1] if summary else '?'}")
    print(f"wall time {wall:.1f} s including start-up; peak memory {peak_mb:.0f} MB (max RSS)")
    print(throughput(summary[-1] if summary else "", args.no_parse))
    if args.repeat:
        repeat(command, payload, out_path, args.repeat, args.no_parse)
    print()
    table = subprocess.run(
        [sys.executable, str(scorer), str(args.corpus), str(out_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    print(table.stdout)
    system = read_jsonl(out_path)
    print("confidence calibration (right = overlaps a gold toponym and within 161 km):")
    table = calibration(gold, system, errors_path=args.errors)
    for band, n, ok in table:
        share = f"{100 * ok / n:.1f}%" if n else "-"
        print(f"  {band}: {n:5d} toponyms, {ok:5d} right ({share})")
    print("rows for places/data/reliability.tsv (corpus, low, high, readings, right):")
    corpus = args.corpus.name.split(".")[0]
    for band, n, ok in table:
        low, high = band.split("–")
        print(f"{corpus}\t{low}\t{high}\t{n}\t{ok}")
    if not args.output:
        os.unlink(out_path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
