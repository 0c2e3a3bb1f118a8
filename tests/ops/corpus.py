"""A synthetic corpus for the job tests: a dozen real places and articles that name them."""

from __future__ import annotations

import random
from pathlib import Path

from articles.models import Article, Mention
from tests.ops.world import make_article, make_place

# name, lon, lat, GeoNames id (real ids and coordinates, so the geoparser treats them as towns)
PLACES = [
    ("Raqqa", 39.0094, 35.9528, 172955),
    ("Mosul", 43.1189, 36.3350, 99072),
    ("Manbij", 37.9549, 36.5281, 166365),
    ("Tabqa", 38.5467, 35.8369, 164211),
    ("Kobani", 38.3881, 36.8906, 173406),
    ("Al-Hasakah", 40.7480, 36.5024, 173120),
    ("Deir ez-Zor", 40.1408, 35.3359, 170794),
    ("Palmyra", 38.2684, 34.5600, 170593),
    ("Aleppo", 37.1612, 36.2021, 170063),
    ("Homs", 36.7233, 34.7324, 169577),
    ("Kirkuk", 44.3922, 35.4681, 94787),
    ("Erbil", 44.0089, 36.1901, 95446),
]
VERBS = ["advanced on", "shelled", "withdrew from", "reinforced", "encircled", "entered"]


def make_places() -> dict[str, int]:
    ids = {}
    for name, lon, lat, geonameid in PLACES:
        place = make_place(
            name,
            lon,
            lat,
            geonameid=geonameid,
            source="geonames",
            source_id=str(geonameid),
            country_code="IQ" if lon > 42 else "SY",
            population=100_000,
            feature_class="P",
            feature_code="PPLA",
        )
        ids[name] = place.pk
    return ids


def article_text(i: int) -> tuple[str, str]:
    rng = random.Random(i)
    a, b, c = rng.sample([p[0] for p in PLACES], 3)
    title = f"Report {i}: fighting around {a}"
    body = (
        f"Fighters {rng.choice(VERBS)} {a} on Saturday, officials said in report number {i}. "
        f"Residents fled from {b} towards {c} as the offensive continued. "
        f"\u201cWe will take {a} back,\u201d a commander told reporters in {c}."
    )
    return title, body


def pathological_text(size: int, seed: int = 11) -> str:
    """Text designed to be slow to geoparse and extract: one paragraph on one line, no sentence
    end, thousands of capitalised names and actor words, open quotes never closed."""
    rng = random.Random(seed)
    words = [p[0] for p in PLACES] + [
        "Islamic",
        "State",
        "Army",
        "Brigade",
        "Front",
        "Forces",
        "General",
        "Minister",
        "Coalition",
        "Kurdish",
        "Democratic",
        "Syrian",
        "The",
        "Al",
        "SDF",
        "YPG",
        "ISIS",
        "Operation",
        "Euphrates",
        "Anger",
        "Wrath",
        "Ahmed",
    ]
    parts, length = [], 0
    while length < size:
        word = (
            rng.choice(words)
            if rng.random() > 0.03
            else rng.choice(["\u201c", "said", "offensive on"])
        )
        parts.append(word)
        length += len(word) + 1
    return " ".join(parts)[:size]


def make_articles(n: int) -> list[int]:
    return [make_article(*article_text(i), url=f"https://example.org/ops/{i}").pk for i in range(n)]


def write_article_files(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        title, body = article_text(i)
        path = folder / f"article-{i:05d}.txt"
        path.write_text(
            f"Title: {title}\nDate: 2016-11-06\nURL: https://example.org/ops/{i}\n"
            f"Outlet: Ops Wire\n\n{body}\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def mention_set() -> set[tuple]:
    """Every mention, keyed by what identifies it across re-runs (never by pk)."""
    return set(
        Mention.objects.values_list("article__content_hash", "start", "end", "place_id", "status")
    )


def mention_rows() -> list[tuple]:
    return list(
        Mention.objects.order_by("article__content_hash", "start").values_list(
            "article__content_hash", "start", "end"
        )
    )


def staff_snapshot(pk: int) -> dict:
    return Mention.objects.filter(pk=pk).values().get()


def pending_counts() -> tuple[int, int, int]:
    """(articles, geocoded, extracted)"""
    qs = Article.objects
    return (
        qs.count(),
        qs.filter(geocoded_at__isnull=False).count(),
        qs.filter(extracted_at__isnull=False).count(),
    )
