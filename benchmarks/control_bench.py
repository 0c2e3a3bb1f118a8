"""Synthetic territorial control for benchmarks/api_bench.py (issue 15).

N observations over the benchmark's places and two years: 95 % settlement observations (20
per place at 100,000) of every kind, 5 % area versions (0.3° squares under 500 names, so each
name has ~10 dated versions). Four synthetic sides. Then bbox + date URLs for
/api/control.geojson and bbox + 30–90-day ranges for /api/changes.geojson.
"""

from __future__ import annotations

import datetime as dt
import random

BENCH_SIDE = "Bench side"
START = dt.date(2016, 1, 1)
AREA_NAMES = 500


def generate_control(n: int, rng: random.Random, region: tuple[float, ...]) -> None:
    from django.contrib.gis.geos import MultiPolygon, Polygon
    from tqdm import tqdm

    from articles.models import Actor, ControlObservation
    from places.models import Place

    existing = ControlObservation.objects.filter(side__name__startswith=BENCH_SIDE).count()
    if existing == n:
        print(f"Reusing {existing} synthetic control observations")
        return
    Actor.objects.filter(name__startswith=BENCH_SIDE).delete()  # cascades to observations
    colours = ("#b03a2e", "#1f618d", "#7d3c98", "#239b56")
    sides = [
        Actor.objects.create(name=f"{BENCH_SIDE} {i}", colour=colour)
        for i, colour in enumerate(colours)
    ]
    place_ids = list(
        Place.objects.filter(source_id__startswith="bench:").values_list("pk", flat=True)
    )
    kinds = list(ControlObservation.Kind)
    batch = []
    for i in tqdm(range(n), desc="control", unit="row", mininterval=1):
        row = ControlObservation(
            side=rng.choice(sides),
            kind=rng.choice(kinds),
            observed_on=START + dt.timedelta(days=rng.randint(0, 730)),
            status=ControlObservation.Status.ACCEPTED,
            source_file="bench.geojson",
            source_feature=str(i),
            source_name="benchmark (synthetic)",
        )
        if rng.random() < 0.05:
            name = rng.randrange(AREA_NAMES)
            # Each name stays near one spot; versions move it a little.
            spot = random.Random(name)
            lon = spot.uniform(region[0], region[2] - 1) + rng.uniform(0, 0.2)
            lat = spot.uniform(region[1], region[3] - 1) + rng.uniform(0, 0.2)
            row.area = MultiPolygon(Polygon.from_bbox((lon, lat, lon + 0.3, lat + 0.3)), srid=4326)
            row.area_name = f"Bench area {name}"
        else:
            row.place_id = rng.choice(place_ids)
        batch.append(row)
        if len(batch) >= 5000:
            ControlObservation.objects.bulk_create(batch)
            batch = []
    ControlObservation.objects.bulk_create(batch)
    from django.db import connection

    with connection.cursor() as cursor:
        # PostgreSQL: also the visibility map autovacuum would have set on a live server (so
        # index-only scans are possible), not only the planner's statistics.
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def control_urls(kind: str, count: int, rng: random.Random, region: tuple[float, ...]) -> list:
    urls = []
    for _ in range(count):
        lon = rng.uniform(region[0], region[2] - 3)
        lat = rng.uniform(region[1], region[3] - 3)
        size = rng.uniform(1.0, 3.0)
        bbox = f"{lon:.3f},{lat:.3f},{lon + size:.3f},{lat + size:.3f}"
        day = START + dt.timedelta(days=rng.randint(90, 730))
        if kind == "control":
            urls.append(f"/api/control.geojson?bbox={bbox}&date={day}")
        else:
            start = day - dt.timedelta(days=rng.randint(30, 90))
            urls.append(f"/api/changes.geojson?bbox={bbox}&from={start}&to={day}")
    return urls
