"""How far two annotators following tests/gold/README.md agree: the ceiling the extraction scores
are read against. A second, independent annotation of a scored batch (made from its texts alone,
never its gold JSON) is scored against the gold with the project's own scorer, the second
annotation in the place of the extraction's output; places agree on the same name within 1.5°.

Usage: .venv/bin/python benchmarks/annotator_agreement.py [--batch heldoutNN]… [--swap]
Each batch's second annotation is benchmarks/agreement/heldoutNN/, its gold tests/gold/heldoutNN/;
the batches' counts are summed. Default: every batch under benchmarks/agreement (heldout39 and
heldout40, 30 articles each, annotated again on 2026-12-06 by two annotators, 15 articles each).
Results: docs/extraction.md, "Annotator agreement".
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflictmap.settings")
SECOND = ROOT / "benchmarks" / "agreement"
GOLD = ROOT / "tests" / "gold"
PLACE_DEGREES = 1.5  # ~160 km: the scorer's 161 km, in degrees, without a geodesic


def _as_output(annotation: dict) -> dict:
    """An annotation in the shape of the extraction's JSON: actors as records."""
    return annotation | {"actors": [{"name": name} for name in annotation["actors"]]}


def _place_agreement(gold: dict, second: dict) -> tuple[int, int, int]:
    """(both, gold only, second only): a gold place agrees with an unused place of the same name
    (case-folded) within PLACE_DEGREES."""
    points = [(p["name"].casefold(), p.get("lat"), p.get("lon")) for p in second.get("places", [])]
    used: set[int] = set()
    both = gold_only = 0
    for place in gold.get("places", []):
        name, lat, lon = place["name"].casefold(), place.get("lat"), place.get("lon")
        hit = next((i for i, p in enumerate(points) if i not in used and p[0] == name), None)
        if hit is None:
            gold_only += 1
            continue
        used.add(hit)
        _, lat2, lon2 = points[hit]
        known = None not in (lat, lon, lat2, lon2)
        if known and math.dist((lat, lon), (lat2, lon2)) < PLACE_DEGREES:
            both += 1
        else:
            gold_only += 1
    return both, gold_only, len(points) - len(used)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--batch",
        action="append",
        default=[],
        metavar="FOLDER",
        help="a batch with a second annotation (repeatable; default every folder of "
        "benchmarks/agreement)",
    )
    parser.add_argument(
        "--swap", action="store_true", help="score the gold against the second annotation"
    )
    args = parser.parse_args()

    import django

    django.setup()
    from articles.extraction import SEED_ACTORS, ActorDictionary
    from articles.extraction.evaluation import Report, actor_key_for, score_article, score_control

    key = actor_key_for(ActorDictionary.from_fixture(SEED_ACTORS))
    report = Report()
    places = [0, 0, 0]
    batches = args.batch or sorted(p.name for p in SECOND.iterdir() if p.is_dir())
    paths = [path for batch in batches for path in sorted((SECOND / batch).glob("*.json"))]
    for path in paths:
        gold_path = GOLD / path.parent.name / path.name
        if not gold_path.exists():
            print(f"skipped {path.name}: no gold annotation of that name", file=sys.stderr)
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        second = json.loads(path.read_text(encoding="utf-8"))
        if args.swap:
            gold, second = second, gold
        score_article(_as_output(second), gold, report, path.name, actor_key=key)
        score_control(second, gold, report, actor_key=key)
        places = [a + b for a, b in zip(places, _place_agreement(gold, second), strict=True)]
        report.articles += 1
    print(f"{report.articles} articles of {', '.join(batches)}: second annotation against gold")
    for kind, score in report.scores.items():
        if score.tp + score.fp + score.fn:
            print(
                f"{kind:22s} P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}  "
                f"{score.tp}/{score.fp}/{score.fn}"
            )
    both, gold_only, second_only = places
    print(f"places: {both} agree, {gold_only} gold only, {second_only} second only")


if __name__ == "__main__":
    main()
