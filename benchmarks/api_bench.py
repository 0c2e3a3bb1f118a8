"""Benchmark the map API and the map's first paint on synthetic data.

One command (see docs/api.md):

    .venv/bin/python benchmarks/api_bench.py --mentions 100000

generates N located mentions spread over synthetic places and articles, then measures
p50/p95 of bbox + date queries on /api/mentions.geojson (and the places layer and low-zoom
clusters), through Django's full request cycle in process, and the time to first map
paint in Debian Chromium. SpatiaLite by default, in a throwaway data folder; with
DATABASE_URL=postgis://... it uses that database and deletes the rows it generated
afterwards (unless --keep).
"""

from __future__ import annotations

import argparse
import atexit
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.browser_bench import first_paint, interactions  # noqa: E402
from benchmarks.control_bench import control_urls, generate_control  # noqa: E402

BENCH_OUTLET = "benchmark (synthetic)"
# Where synthetic places go: the Middle East, with a sprinkle over the rest of the world.
REGION = (30.0, 28.0, 50.0, 40.0)


def setup_django(args: argparse.Namespace) -> None:
    if not os.getenv("DATABASE_URL"):
        data_dir = args.data_dir
        if not data_dir:  # a throwaway database (~100 MB at 100,000 mentions): gone at exit
            data_dir = tempfile.mkdtemp(prefix="conflictmap-bench-")
            atexit.register(shutil.rmtree, data_dir, ignore_errors=True)
        os.environ["CONFLICTMAP_DATA_DIR"] = data_dir
    # One persistent database connection, as a production server keeps (and so one backend
    # process whose CPU time database_cpu_ms() reads).
    os.environ.setdefault("DB_CONN_MAX_AGE", "600")
    # Serve plain HTTP on localhost, static files from the finders (no collectstatic).
    os.environ.setdefault("DJANGO_DEBUG", "True")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "False")
    os.environ.setdefault("SECURE_HSTS_SECONDS", "0")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
    # One client sends hundreds of requests a minute: measure the work, not the rate limit.
    os.environ.setdefault("API_RATE_LIMIT", "")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflictmap.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings

    # DEBUG on records every query in memory; measure the production code path instead.
    settings.DEBUG = False


def bench_places(rng: random.Random, n_places: int) -> list:
    """Synthetic places: 85 % inside REGION, the rest anywhere."""
    from places.models import Place

    places = []
    for i in range(n_places):
        if rng.random() < 0.85:
            lon, lat = rng.uniform(REGION[0], REGION[2]), rng.uniform(REGION[1], REGION[3])
        else:
            lon, lat = rng.uniform(-170, 170), rng.uniform(-60, 70)
        places.append(
            Place(
                name=f"Bench place {i}",
                kind=Place.Kind.SETTLEMENT,
                point=Place.make_point(lon, lat),
                source=Place.Source.CURATOR,
                source_id=f"bench:{i}",
                population=rng.randint(0, 10**6),
            )
        )
    return places


def generate(n_mentions: int, n_places: int, n_articles: int, seed: int = 1) -> None:
    from django.core.management import call_command
    from tqdm import tqdm

    from articles.models import Article, Mention, published_day
    from places.models import Place

    call_command("migrate", verbosity=0)
    rng = random.Random(seed)
    existing = Mention.objects.filter(article__outlet=BENCH_OUTLET).count()
    if existing == n_mentions:
        print(f"Reusing {existing} synthetic mentions")
        return
    cleanup()
    Place.objects.bulk_create(bench_places(rng, n_places), batch_size=2000)
    place_ids = list(
        Place.objects.filter(source_id__startswith="bench:").values_list("pk", flat=True)
    )
    base = dt.datetime(2016, 1, 1, tzinfo=dt.UTC)
    articles = []
    for i in range(n_articles):
        text = f"Synthetic benchmark article {i}."
        articles.append(
            Article(
                title=f"Bench {i}",
                outlet=BENCH_OUTLET,
                text=text,
                content_hash=Article.hash_text(text),
                published_at=base + dt.timedelta(minutes=rng.randint(0, 730 * 24 * 60)),
            )
        )
    Article.objects.bulk_create(articles, batch_size=2000)
    # Each mention carries its article's UTC day (Mention.published_on), as the geocoder writes it.
    article_days = {
        pk: published_day(at)
        for pk, at in Article.objects.filter(outlet=BENCH_OUTLET).values_list("pk", "published_at")
    }
    article_ids = list(article_days)
    # Popular places get most mentions, as in real news.
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(place_ids))]
    per_article: dict[int, int] = {}
    batch: list[Mention] = []
    chosen = rng.choices(place_ids, weights=weights, k=n_mentions)
    for place_id in tqdm(chosen, desc="mentions", unit="row", mininterval=1):
        article_id = rng.choice(article_ids)
        k = per_article.get(article_id, 0)
        per_article[article_id] = k + 1
        batch.append(
            Mention(
                article_id=article_id,
                place_id=place_id,
                start=k * 10,
                end=k * 10 + 6,
                text="Place",
                status=Mention.Status.RESOLVED,
                confidence=round(rng.uniform(0.3, 1.0), 2),
                method="benchmark",
                published_on=article_days[article_id],
            )
        )
        if len(batch) >= 5000:
            Mention.objects.bulk_create(batch)
            batch = []
    Mention.objects.bulk_create(batch)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def generate_events(n_events: int, seed: int = 3) -> None:
    """Synthetic ACLED rows over the same two years and region, for the event feed."""
    from articles.models import Event
    from places.models import Place

    existing = Event.objects.filter(source_event_id__startswith="bench-").count()
    if existing == n_events:
        print(f"Reusing {existing} synthetic events")
        return
    Event.objects.filter(source_event_id__startswith="bench-").delete()
    rng = random.Random(seed)
    batch = []
    for i in range(n_events):
        lon, lat = rng.uniform(REGION[0], REGION[2]), rng.uniform(REGION[1], REGION[3])
        day = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randint(0, 729))
        batch.append(
            Event(
                source=Event.Source.ACLED,
                source_event_id=f"bench-{i}",
                started_on=day,
                ended_on=day,
                event_type=rng.choice(["Battles", "Explosions/Remote violence", "Protests"]),
                location=f"Bench location {i}",
                point=Place.make_point(lon, lat),
                geo_precision=1,
                uncertainty_m=2000,
                notes=f"Synthetic benchmark event {i}.",
            )
        )
        if len(batch) >= 5000:
            Event.objects.bulk_create(batch)
            batch = []
    Event.objects.bulk_create(batch)


def cleanup() -> None:
    from articles.models import Actor, Article, Event
    from benchmarks.control_bench import BENCH_SIDE
    from places.models import Place

    Article.objects.filter(outlet=BENCH_OUTLET).delete()
    Event.objects.filter(source_event_id__startswith="bench-").delete()
    Place.objects.filter(source_id__startswith="bench:").delete()
    Actor.objects.filter(name__startswith=BENCH_SIDE).delete()


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def database_cpu_ms() -> float:
    """CPU time the PostgreSQL backend serving this process has used so far, in ms (from
    /proc/PID/stat, 10 ms ticks; parallel workers not included); 0 on SQLite, which runs in
    this process and is counted by time.process_time()."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return 0.0
    connection.ensure_connection()
    pid = connection.connection.info.backend_pid
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:  # the server runs elsewhere: wall time only
        return 0.0
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def measure(name: str, urls: list[str], before_each=None) -> dict:
    from django.test import Client

    client = Client()
    client.get(urls[0])  # warm caches and imports
    times, cpu, sizes = [], [], []
    for url in urls:
        if before_each:
            before_each()
        t0, c0, d0 = time.perf_counter(), time.process_time(), database_cpu_ms()
        response = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        # This process's CPU (Django, and SQLite, run in it) plus the PostgreSQL backend's:
        # what a quiet machine would take.
        cpu.append((time.process_time() - c0) * 1000 + database_cpu_ms() - d0)
        if response.status_code != 200:
            raise SystemExit(f"{url} → {response.status_code}: {response.content[:200]!r}")
        body = response.json()
        rows = body.get("features", body.get("results", body.get("actors", body.get("items"))))
        sizes.append(len(rows or []))
    return {
        "name": name,
        "n": len(urls),
        "p50": percentile(times, 0.5),
        "p95": percentile(times, 0.95),
        "cpu50": percentile(cpu, 0.5),
        "cpu95": percentile(cpu, 0.95),
        "features": statistics.mean(sizes),
        # The machine's 1-minute load average when the batch ended (p95 is sensitive to it).
        "load": os.getloadavg()[0],
    }


def query_urls(kind: str, count: int, rng: random.Random) -> list[str]:
    urls = []
    for _ in range(count):
        lon, lat = rng.uniform(REGION[0], REGION[2] - 3), rng.uniform(REGION[1], REGION[3] - 3)
        size = rng.uniform(1.0, 3.0)
        start = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
        end = start + dt.timedelta(days=30)
        bbox = f"{lon:.3f},{lat:.3f},{lon + size:.3f},{lat + size:.3f}"
        if kind == "mentions":
            urls.append(f"/api/mentions.geojson?bbox={bbox}&start={start}&end={end}")
        elif kind == "clusters":
            urls.append(f"/api/mentions.geojson?bbox=25,25,55,45&start={start}&end={end}&zoom=5")
        elif kind == "feed":
            urls.append(f"/api/feed.json?bbox={bbox}&start={start}&end={end}")
        elif kind == "places-box":  # what the map asks once the places are many
            urls.append(f"/api/places.geojson?bbox={bbox}&start={start}&end={end}&zoom=9")
        else:
            urls.append(f"/api/places.geojson?start={start}&end={end}&limit=5000")
    return urls


def feed_page_urls(count: int, rng: random.Random, pages: int = 5) -> list[str]:
    """The feed's `pages`-th page (cursor from the page before) for random regional boxes:
    keyset paging should cost what the first page costs."""
    from django.test import Client

    client, urls = Client(), []
    for url in query_urls("feed", count, rng):
        cursor = None
        for _ in range(pages - 1):
            body = client.get(url + (f"&cursor={cursor}" if cursor else "")).json()
            cursor = body["next_cursor"] or cursor
        urls.append(url + (f"&cursor={cursor}" if cursor else ""))
    return urls


WORLD = "-180,-90,180,90"
# Every public endpoint asked for the whole world (issue 11: up to 6 s each before).
WORLD_URLS = [
    ("places", f"/api/places.geojson?bbox={WORLD}"),
    ("places, zoom 2", f"/api/places.geojson?bbox={WORLD}&zoom=2"),
    ("mentions", f"/api/mentions.geojson?bbox={WORLD}"),
    ("mentions, zoom 2", f"/api/mentions.geojson?bbox={WORLD}&zoom=2"),
    (
        "mentions, 30-day window",
        f"/api/mentions.geojson?bbox={WORLD}&start=2016-06-01&end=2016-06-30",
    ),
    ("campaigns", f"/api/campaigns.geojson?bbox={WORLD}"),
    ("frontlines", f"/api/frontlines.geojson?bbox={WORLD}"),
    ("statements", f"/api/statements.geojson?bbox={WORLD}"),
    ("actors", f"/api/actors.json?bbox={WORLD}"),
    ("articles", f"/api/articles.json?bbox={WORLD}"),
    ("search", f"/api/search.json?q=Raqqa&bbox={WORLD}"),
    ("feed", f"/api/feed.json?bbox={WORLD}"),
    ("feed, 30-day window", f"/api/feed.json?bbox={WORLD}&start=2016-06-01&end=2016-06-30"),
]


def measure_world(requests: int) -> list[dict]:
    """Each world-bbox URL `requests` times, the response cache cleared before each one,
    so the numbers are the cost of a first request, not of a cache hit."""
    from django.core.cache import cache

    results = []
    for name, url in WORLD_URLS:
        urls = [url] * requests
        results.append(measure(f"world bbox: {name}", urls, before_each=cache.clear))
    return results


def measure_regional(requests: int) -> list[dict]:
    """Random regional boxes with 30-day windows on the mentions, clusters, places and feed."""
    rng = random.Random(7)
    return [
        measure("mentions: bbox + 30-day window", query_urls("mentions", requests, rng)),
        measure(
            "mentions: zoom 5 clusters + window",
            query_urls("clusters", max(20, requests // 4), rng),
        ),
        measure("places layer: 30-day window", query_urls("places", max(20, requests // 4), rng)),
        measure(
            "places layer: bbox + 30-day window, zoom 9",
            query_urls("places-box", max(20, requests // 4), rng),
        ),
        measure("feed: bbox + 30-day window, page 1", query_urls("feed", requests, rng)),
        measure(
            "feed: bbox + 30-day window, page 5 (cursor)",
            feed_page_urls(max(20, requests // 4), rng),
        ),
    ]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--mentions", type=int, default=100_000, help="synthetic mentions (default 100000)"
    )
    parser.add_argument("--places", type=int, default=5000, help="synthetic places (default 5000)")
    parser.add_argument(
        "--observations",
        type=int,
        default=100_000,
        help="synthetic control observations (default 100000; 0 to skip the control endpoints)",
    )
    parser.add_argument(
        "--events", type=int, default=0, help="synthetic ACLED events for the feed (default 0)"
    )
    parser.add_argument(
        "--articles", type=int, default=None, help="synthetic articles (default mentions/20)"
    )
    parser.add_argument(
        "--requests", type=int, default=200, help="requests per measured query (default 200)"
    )
    parser.add_argument(
        "--world-requests",
        type=int,
        default=20,
        help="requests per world-bbox endpoint (default 20; 0 to skip)",
    )
    parser.add_argument(
        "--only-world", action="store_true", help="measure only the world-bbox requests"
    )
    parser.add_argument(
        "--only-control",
        action="store_true",
        help="measure only /api/control.geojson and /api/changes.geojson",
    )
    parser.add_argument(
        "--paint-runs", type=int, default=5, help="Chromium page loads to time (0 to skip)"
    )
    parser.add_argument(
        "--interaction-runs",
        type=int,
        default=0,
        help="Chromium: filter changes, slider steps and pans to time, each (default 0)",
    )
    parser.add_argument(
        "--view",
        action="append",
        help="map query string for the interactions (repeatable; default: the first view "
        "and zoom 8 over the benchmark region)",
    )
    parser.add_argument(
        "--data-dir", help="SpatiaLite data folder to use or reuse (default: a new temp dir)"
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the synthetic rows (PostGIS) for a rerun"
    )
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    setup_django(args)
    from django.db import connection

    t0 = time.perf_counter()
    generate(args.mentions, args.places, args.articles or max(1, args.mentions // 20))
    generate_events(args.events)
    if args.observations:
        generate_control(args.observations, random.Random(3), REGION)
    print(
        f"Data ready in {time.perf_counter() - t0:.1f} s on {connection.vendor} "
        f"({args.mentions} mentions, {args.places} places, {args.events} events)"
    )
    # As a gunicorn worker does on start (conflictmap/wsgi.py): long-lived objects out of the
    # collector's full passes, so a request's timing is its own work.
    from conflictmap.wsgi import freeze_startup_objects

    freeze_startup_objects()
    skip_regional = args.only_world or args.only_control
    results = [] if skip_regional else measure_regional(args.requests)
    rng = random.Random(11)
    if args.observations and not args.only_world:
        results += [
            measure(
                f"control: bbox + date ({args.observations:,} observations)",
                control_urls("control", args.requests, rng, REGION),
            ),
            measure(
                f"changes: bbox + 30–90 days ({args.observations:,} observations)",
                control_urls("changes", args.requests, rng, REGION),
            ),
        ]
    if args.world_requests and not args.only_control:
        results += measure_world(args.world_requests)
    print(
        f"\n{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs"
        f"\n| query ({connection.vendor}, {args.mentions:,} mentions) | requests | p50 ms | p95 ms "
        "| CPU p50 ms | CPU p95 ms | mean features | load |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['name']} | {r['n']} | {r['p50']:.1f} | {r['p95']:.1f} "
            f"| {r['cpu50']:.1f} | {r['cpu95']:.1f} | {r['features']:.0f} | {r['load']:.1f} |"
        )
    if args.paint_runs:
        paint = first_paint(args.paint_runs)
        if paint:
            print(
                f"\nFirst map paint in Chromium: median {paint['median']:.0f} ms, "
                f"max {paint['max']:.0f} ms "
                f"over {paint['runs']} loads ({paint['places']} place markers drawn; "
                f"server CPU {paint['server_cpu']:.0f} ms a load; load {paint['load']:.1f})"
            )
    if args.interaction_runs:
        views = args.view or ["", "?lat=34&lng=40&z=8"]
        print(
            "\n| interaction (Chromium, gunicorn) | runs | p50 ms | p95 ms | longest task ms "
            "| server CPU p50 ms | browser CPU p50 ms | load |"
        )
        print("|---|---|---|---|---|---|---|---|")
        for r in interactions(args.interaction_runs, views):
            print(
                f"| {r['name']} | {r['n']} | {r['p50']:.0f} | {r['p95']:.0f} "
                f"| {r['longest_task']:.0f} | {r['server_cpu']:.0f} | {r['browser_cpu']:.0f} "
                f"| {r['load']:.1f} |"
            )
    if os.getenv("DATABASE_URL") and not args.keep:
        cleanup()


if __name__ == "__main__":
    main()
