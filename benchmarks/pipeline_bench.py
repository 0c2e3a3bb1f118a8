"""Throughput of the article pipeline (ingest + geocoding + extraction), in articles per second,
run synchronously (`manage.py ingest`) and by Celery workers (`manage.py ingest --queue`).

One command:

    .venv/bin/python benchmarks/pipeline_bench.py               # SpatiaLite, 300 articles
    .venv/bin/python benchmarks/pipeline_bench.py --postgis     # a throwaway PostGIS cluster
    .venv/bin/python benchmarks/pipeline_bench.py --corpus ../shared/eval/corpora/lgl.jsonl.gz

Each run works in a fresh throwaway database: migrate, then `bootstrap_data` (gazetteer for
--gazetteer-countries, seed actors and fixtures). Articles are synthetic variations of the seed
article (real places, actors and quotes), or the first --articles records of a JSON Lines corpus
(.gz allowed). Redis (and PostGIS with --postgis) come from scripts/services/start.sh and are
stopped afterwards. Timings are wall clock from the command's start to the last article
extracted, so they include process start-up and building the geoparser.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
OUTLET = "pipeline-bench (synthetic)"


def start_services(folder: Path, services: str) -> dict[str, str]:
    env = {**os.environ, "SERVICES": services}
    subprocess.run(
        [str(ROOT / "scripts/services/start.sh"), str(folder)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    values = {}
    for line in (folder / "env.sh").read_text().splitlines():
        key, _, value = line.removeprefix("export ").partition("=")
        values[key] = value
    return values


def write_synthetic(folder: Path, n: int) -> None:
    """Variations of the seed article: paragraphs shuffled, a numbered lead, so each is new."""
    seed = (ROOT / "seeds/articles/euphrates-anger-raqqa.txt").read_text(encoding="utf-8").strip()
    paragraphs = [p for p in seed.split("\n") if p.strip()]
    rng = random.Random(20161106)
    folder.mkdir(parents=True)
    for i in range(n):
        body = paragraphs[:]
        rng.shuffle(body)
        text = f"Dispatch {i} from the Raqqa front.\n" + "\n".join(body)
        (folder / f"bench-{i:05d}.txt").write_text(
            f"Title: Raqqa dispatch {i}\nDate: 2016-11-06\nOutlet: {OUTLET}\n\n{text}\n",
            encoding="utf-8",
        )


def write_corpus(folder: Path, corpus: Path, n: int) -> int:
    """The first n records of a JSON Lines corpus (gzip allowed) as one .jsonl file to ingest."""
    folder.mkdir(parents=True)
    opener = gzip.open if corpus.suffix == ".gz" else open
    count = 0
    with (
        opener(corpus, "rt", encoding="utf-8") as source,
        open(folder / "corpus.jsonl", "w", encoding="utf-8") as out,
    ):
        for line in source:
            row = json.loads(line)
            text = row.get("text") or ""
            if not text.strip():
                continue
            out.write(
                json.dumps(
                    {
                        "title": row.get("title") or f"{corpus.stem} {count}",
                        "text": text,
                        "published_at": row.get("published_at") or "2016-11-06",
                        "outlet": OUTLET,
                    }
                )
                + "\n"
            )
            count += 1
            if count >= n:
                break
    return count


def manage(env: dict, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if check and result.returncode != 0:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def sql_count(env: dict, where: str) -> int:
    code = (
        "import django; django.setup(); from articles.models import Article; "
        f"print(Article.objects.filter(outlet={OUTLET!r}).filter({where}).count())"
    )
    out = subprocess.run(
        [PYTHON, "-c", code],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "conflictmap.settings"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return int(out.strip().splitlines()[-1])


def reset(env: dict) -> None:
    code = (
        "import django; django.setup(); from articles.models import Article; "
        f"Article.objects.filter(outlet={OUTLET!r}).delete()"
    )
    subprocess.run(
        [PYTHON, "-c", code],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "conflictmap.settings"},
        check=True,
    )


def run_sync(env: dict, folder: Path, n: int) -> float:
    t0 = time.perf_counter()
    manage(
        env, "ingest", str(folder), "-v", "0", check=False
    )  # exit 1 only means some items were skipped
    elapsed = time.perf_counter() - t0
    done = sql_count(env, "extracted_at__isnull=False")
    if done != n:
        sys.exit(f"sync run extracted {done} of {n} articles")
    return elapsed


def run_workers(env: dict, folder: Path, n: int, workers: int, log_dir: Path) -> float:
    queue = f"bench-{uuid.uuid4().hex[:8]}"
    wenv = {**env, "CELERY_QUEUE": queue}
    procs = []
    for i in range(workers):
        log = open(log_dir / f"worker-{i}.log", "w")  # noqa: SIM115 (closed with its worker below)
        procs.append(
            (
                subprocess.Popen(
                    [
                        PYTHON,
                        "-m",
                        "celery",
                        "-A",
                        "conflictmap",
                        "worker",
                        "--pool",
                        "solo",
                        "-Q",
                        queue,
                        "-n",
                        f"bench{i}-{queue}@%h",
                        "--loglevel",
                        "INFO",
                        "--without-gossip",
                        "--without-mingle",
                        "--without-heartbeat",
                    ],
                    cwd=ROOT,
                    env=wenv,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                ),
                log,
            )
        )
    try:
        deadline = time.monotonic() + 60
        while not all(
            "ready." in (log_dir / f"worker-{i}.log").read_text() for i in range(workers)
        ):
            if time.monotonic() > deadline:
                sys.exit("workers did not start; see " + str(log_dir))
            time.sleep(0.2)
        t0 = time.perf_counter()
        manage(wenv, "ingest", str(folder), "--queue", "-v", "0")
        while sql_count(env, "extracted_at__isnull=False") < n:
            if time.perf_counter() - t0 > 3600:
                sys.exit("workers did not finish within an hour")
            time.sleep(0.5)
        return time.perf_counter() - t0
    finally:
        for proc, _log in procs:
            proc.terminate()
        for proc, log in procs:
            proc.wait(30)
            log.close()


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--articles", type=int, default=300, help="articles to process (default 300)"
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        help="a JSON Lines corpus (.jsonl or .jsonl.gz) instead of synthetic articles",
    )
    parser.add_argument(
        "--workers", type=int, default=2, help="Celery workers for the queued run (default 2)"
    )
    parser.add_argument(
        "--postgis", action="store_true", help="use a throwaway PostGIS cluster, not SpatiaLite"
    )
    parser.add_argument(
        "--gazetteer-countries",
        default="SY,IQ,TR",
        help="gazetteer countries to load (default SY,IQ,TR; '' for all)",
    )
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    # Ctrl-C or a kill: still stop the workers and services in the `finally` blocks below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    with tempfile.TemporaryDirectory(prefix="conflictmap-pipeline-") as tmp:
        work = Path(tmp)
        work.chmod(0o755)
        services = work / "services"
        try:
            found = start_services(services, "postgis redis" if args.postgis else "redis")
            env = {
                k: v
                for k, v in os.environ.items()
                if k not in ("DATABASE_URL", "CELERY_BROKER_URL")
            }
            env.update(
                {
                    "CONFLICTMAP_DATA_DIR": str(work / "data"),
                    "CELERY_BROKER_URL": found["CONFLICTMAP_REDIS_URL"],
                    "PYTHONUNBUFFERED": "1",
                }
            )
            if args.postgis:
                env["DATABASE_URL"] = found["CONFLICTMAP_POSTGIS_URL"]
            database = "PostGIS" if args.postgis else "SpatiaLite"
            t0 = time.perf_counter()
            manage(
                env, "bootstrap_data", "--gazetteer-countries", args.gazetteer_countries, "-v", "0"
            )
            print(
                f"Database ready ({database}, gazetteer {args.gazetteer_countries or 'all'}) "
                f"in {time.perf_counter() - t0:.0f} s"
            )
            folder = work / "articles"
            if args.corpus:
                n = write_corpus(folder, args.corpus, args.articles)
                source = args.corpus.name
            else:
                write_synthetic(folder, args.articles)
                n, source = args.articles, "seed-article variations"
            sync = run_sync(env, folder, n)
            print(f"sync: {n} articles in {sync:.1f} s = {n / sync:.2f} articles/s")
            reset(env)
            queued = run_workers(env, folder, n, args.workers, work)
            print(
                f"{args.workers} workers: {n} articles in {queued:.1f} s "
                f"= {n / queued:.2f} articles/s"
            )
            print(f"\n| database | articles ({source}) | mode | seconds | articles/s |")
            print("|---|---|---|---|---|")
            print(
                f"| {database} | {n} | synchronous (`manage.py ingest`) "
                f"| {sync:.1f} | {n / sync:.2f} |"
            )
            print(
                f"| {database} | {n} | {args.workers} Celery workers (`ingest --queue`) "
                f"| {queued:.1f} | {n / queued:.2f} |"
            )
        finally:
            subprocess.run([str(ROOT / "scripts/services/stop.sh"), str(services)], check=False)


if __name__ == "__main__":
    main()
