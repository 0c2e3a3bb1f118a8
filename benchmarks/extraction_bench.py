"""Extraction speed and quality, the spaCy parse included: characters per CPU-second on the gold set
(repeated) and on a 1 MB article. Target (issue 14): at least 25,000 characters per CPU-second.

Usage: .venv/bin/python benchmarks/extraction_bench.py [--corpus DIR] [--exclude FOLDER]…
    [--repeat N] [--new-actors]
While a gold batch is being written blind, pass --exclude with its folder: the default corpus is
all of tests/gold.
Needs no database: actors come from seeds/02_actors.json, places are left out. Each timed article is
parsed afresh (the parse cache is cleared), as an ingest process parses each new article once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflictmap.settings")


def _load(corpus: Path, exclude: frozenset[str] = frozenset()) -> list[str]:
    """.txt files under a folder (never entering a sub-folder named in `exclude`), or the "text"
    field of a JSON Lines file (.jsonl or .jsonl.gz), e.g. --corpus
    ../shared/eval/corpora/lgl.jsonl.gz for real local news."""
    if corpus.is_dir():
        return [p.read_text(encoding="utf-8") for p in _text_files(corpus, exclude)]
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as handle:
        return [row["text"] for row in map(json.loads, handle) if isinstance(row.get("text"), str)]


def _text_files(folder: Path, exclude: frozenset[str]) -> list[Path]:
    """The .txt files under `folder` in path order, excluded sub-folders not even listed."""
    files = []
    for entry in sorted(folder.iterdir()):
        if entry.is_dir():
            if entry.name not in exclude:
                files.extend(_text_files(entry, exclude))
        elif entry.suffix == ".txt":
            files.append(entry)
    return files


def _count_new_actors(texts: list[str], dictionary, extract) -> None:
    """What process_articles would add to the actor table: noise on general news shows up here."""
    from collections import Counter

    created: Counter[str] = Counter()
    mentions = states = creating = 0
    for text in texts:
        result = extract(text, published=dt.date(2020, 1, 1), dictionary=dictionary)
        creating += bool(result.new_actors)
        created.update(list(result.new_actors))
        mentions += sum(1 for m in result.actors if m.actor in result.new_actors)
        states += sum(1 for m in result.actors if m.kind == "state")
    print(
        f"texts: {len(texts)}; creating actors: {creating}; distinct new actors: {len(created)}; "
        f"their mentions: {mentions}; state-kind mentions: {states}"
    )
    print(
        "most frequent:", ", ".join(f"{name} ({count})" for name, count in created.most_common(12))
    )


def _arguments(gold_dir: Path, parse_batch: int) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--corpus",
        type=Path,
        default=gold_dir,
        help="folder of .txt articles, or a .jsonl(.gz) file",
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--batch",
        type=int,
        default=parse_batch,
        help=f"articles parsed together, as process_articles does (default {parse_batch}; "
        "1 = one by one, as a single `extract` does)",
    )
    parser.add_argument(
        "--score",
        action="store_true",
        help="also score the gold set (off by default: tests/gold holds the blind batch of the "
        "next measurement, which is scored once, by evaluate_extraction)",
    )
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="FOLDER",
        help="skip a sub-folder of the corpus (repeatable), in the timing and with --score, e.g. "
        "the blind batch of tests/gold",
    )
    parser.add_argument(
        "--new-actors",
        action="store_true",
        help="only count the actors extraction would create (outside the dictionary) and exit",
    )
    return parser.parse_args()


def main() -> None:
    import django

    django.setup()
    from articles.extraction import SEED_ACTORS, ActorDictionary, extract
    from articles.extraction.evaluation import GOLD_DIR, evaluate
    from articles.pipeline import PARSE_BATCH
    from places.nlp import _parses, parse_batch

    args = _arguments(GOLD_DIR, PARSE_BATCH)

    dictionary = ActorDictionary.from_fixture(SEED_ACTORS)
    texts = _load(args.corpus, frozenset(args.exclude))
    if args.new_actors:
        _count_new_actors(texts, dictionary, extract)
        return
    published = dt.date(2020, 1, 1)
    extract(
        texts[0], published=published, dictionary=dictionary
    )  # build the automaton, load the model

    if not texts:
        sys.exit(f"no articles in {args.corpus}")
    chars = sum(len(t) for t in texts) * args.repeat
    parse_cpu = 0.0
    start = time.process_time()
    for _ in range(args.repeat):
        for first in range(0, len(texts), args.batch):
            batch = texts[first : first + args.batch]
            _parses.clear()
            before = time.process_time()
            parse_batch(batch)
            parse_cpu += time.process_time() - before
            for text in batch:
                extract(text, published=published, dictionary=dictionary)
    cpu = time.process_time() - start
    print(
        f"articles: {len(texts)} x {args.repeat}, {chars:,} characters in {cpu:.2f} s CPU "
        f"-> {chars / cpu:,.0f} characters per CPU-second "
        f"({len(texts) * args.repeat / cpu:.1f} articles/s); "
        f"the parse {parse_cpu:.2f} s of it ({chars / parse_cpu:,.0f} characters/s alone)"
    )

    big = ("\n".join(texts) + "\n") * (1_000_000 // sum(len(t) for t in texts) + 1)
    big = big[:1_000_000]
    _parses.clear()
    start = time.process_time()
    result = extract(big, published=published, dictionary=dictionary)
    cpu = time.process_time() - start
    print(
        f"one 1 MB article: {cpu:.2f} s CPU -> {len(big) / cpu:,.0f} characters per CPU-second; "
        f"{len(result.actors)} actor mentions, {len(result.statements)} statements, "
        f"{len(result.campaigns)} campaigns"
    )

    if args.score and args.corpus == GOLD_DIR:
        report = evaluate(GOLD_DIR, dictionary=dictionary, exclude=tuple(args.exclude))
        for kind, score in report.scores.items():
            print(f"{kind:<20} P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}")


if __name__ == "__main__":
    main()
