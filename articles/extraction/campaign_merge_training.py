"""Training the learned campaign merge (campaign_merge) on the annotated articles of tests/gold/,
and estimating it by leaving one folder out at a time.

Each article is extracted on the geoparser's places with the shipped role ranker and the merge
off; the merge step's campaigns and the features of their pairs are kept. A campaign belongs to
the gold campaigns it would match by itself (a named one by its name; any by a shared target, as
evaluation._match_campaign). A pair is positive when the two belong to one gold campaign,
negative when each belongs to others; a pair with a campaign belonging to none is a negative or
left out (`unmatched`). The regression is campaign_role_training.fit; scoring merges the
extraction's final campaigns as the step would and scores them as evaluate_extraction does."""

from __future__ import annotations

import copy
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from places.nlp import parse_batch

from . import ActorDictionary, extract, places_from_toponyms
from .campaign_merge import MergeModel, MergeRecorder, groups, joined
from .campaign_record import CampaignRecord, name_key
from .campaign_role_training import PENALTY, fit, folder_of
from .evaluation import ActorKey, Report, _norm, _target_keys, score_article

KINDS = ("campaigns", "campaign_attackers", "campaign_targets", "campaign_dates")


@dataclass
class MergeCase:
    """One annotated article extracted with the merge off, ready to be merged and scored again."""

    folder: str
    name: str
    gold: dict
    data: dict  # the extraction's JSON (scorer input), campaigns with their target surfaces
    text: str
    records: list[CampaignRecord]  # the extraction's final campaigns; never changed in place
    # (i, j) indices into records of the pairs the merge step saw -> their features
    pairs: dict[tuple[int, int], dict[str, float]] = field(default_factory=dict)


def load_cases(
    gold_dir: Path,
    dictionary: ActorDictionary,
    geoparser: Any,
    exclude: tuple[str, ...] = (),
    only: tuple[str, ...] = (),
) -> list[MergeCase]:
    """The annotated articles of `gold_dir` in the folders `only` (all when empty), none from a
    folder in `exclude`, extracted as `evaluate_extraction --places` does, the merge off."""
    cases = []
    for annotation in sorted(gold_dir.rglob("*.json")):
        folder = folder_of(gold_dir, annotation)
        if folder in exclude or (only and folder not in only):
            continue
        gold = json.loads(annotation.read_text(encoding="utf-8"))
        text = annotation.with_suffix(".txt").read_text(encoding="utf-8")
        published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
        parse_batch([text])
        places = places_from_toponyms(geoparser.parse(text))
        recorder = MergeRecorder()
        result = extract(
            text, published=published, dictionary=dictionary, places=places, merge_model=recorder
        )
        data = result.to_json(annotation.name)
        for record, campaign in zip(result.campaigns, data["campaigns"], strict=True):
            campaign["_target_surfaces"] = [text[s:e] for s, e in record.target_spans]
        final = {id(r): i for i, r in enumerate(recorder.final)}
        pairs = {}
        for (i, j), features in recorder.pairs.items():
            a, b = final.get(id(recorder.records[i])), final.get(id(recorder.records[j]))
            if a is not None and b is not None:
                pairs[min(a, b), max(a, b)] = features
        records = copy.deepcopy(result.campaigns)
        cases.append(MergeCase(folder, annotation.stem, gold, data, text, records, pairs))
    return cases


def _belongs(campaign: dict, gold: dict) -> set[int]:
    """The gold campaigns (indices) this prediction would match alone: the named one it is
    called by, else those sharing a target with it."""
    named = {
        index
        for index, g in enumerate(gold["campaigns"])
        if g.get("named") and name_key(g["name"]) == name_key(campaign["name"])
    }
    keys = _target_keys(campaign)
    return named or {
        index
        for index, g in enumerate(gold["campaigns"])
        if {name_key(t) for t in g["targets"]} & keys
    }


def examples(case: MergeCase, unmatched: str = "skip") -> list[tuple[dict[str, float], int]]:
    """(features, label) of the case's pairs; `unmatched` "negative" or "skip" for a pair with a
    campaign the gold has none of."""
    belongs = [_belongs(c, case.gold) for c in case.data["campaigns"]]
    out = []
    for (i, j), features in case.pairs.items():
        if belongs[i] & belongs[j]:
            out.append((features, 1))
        elif (belongs[i] and belongs[j]) or unmatched == "negative":
            out.append((features, 0))
    return out


def train(
    cases: list[MergeCase], threshold: float, penalty: float = PENALTY, unmatched: str = "skip"
) -> MergeModel:
    return MergeModel(fit([e for c in cases for e in examples(c, unmatched)], penalty), threshold)


def merged_json(case: MergeCase, model: MergeModel | None) -> dict:
    """The case's extraction JSON with its campaigns merged by the model (as they are without)."""
    if model is None or not case.pairs:
        return case.data
    count = len(case.records)
    probability = {
        (i, j): model.probability(case.pairs[i, j]) if (i, j) in case.pairs else 0.0
        for i in range(count)
        for j in range(i + 1, count)
    }
    found = groups(count, probability, model.threshold)
    if len(found) == count:
        return case.data
    records = copy.deepcopy(case.records)
    campaigns = []
    for group in found:
        record = joined(case.text, [records[i] for i in group])
        json_of = case.data["campaigns"][next(i for i in group if records[i] is record)]
        campaigns.append(
            json_of
            | {
                "name": record.name,
                "actors": list(record.attackers),
                "targets": list(record.targets),
                "started_on": record.started_on.isoformat() if record.started_on else None,
                "date_precision": record.date_precision,
                "_target_surfaces": [case.text[s:e] for s, e in record.target_spans],
            }
        )
    return case.data | {"campaigns": campaigns}


def score(cases: list[MergeCase], model: MergeModel | None, actor_key: ActorKey = _norm) -> Report:
    report = Report()
    for case in cases:
        score_article(merged_json(case, model), case.gold, report, case.name, actor_key=actor_key)
        report.articles += 1
    return report


def cross_validate(
    cases: list[MergeCase],
    folders: list[str],
    thresholds: list[float],
    actor_key: ActorKey = _norm,
    penalty: float = PENALTY,
    unmatched: str = "skip",
) -> list[tuple[str, Report, list[Report]]]:
    """Per held-out folder: (folder, report without the merge, one report per threshold of a
    model trained without the folder)."""
    rows = []
    for folder in folders:
        held = [c for c in cases if c.folder == folder]
        model = train([c for c in cases if c.folder != folder], 0.5, penalty, unmatched)
        learned = []
        for threshold in thresholds:
            model.threshold = threshold
            learned.append(score(held, model, actor_key))
        rows.append((folder, score(held, None, actor_key), learned))
    return rows


def model_json(model: MergeModel, command: str, folders: list[str], **options: Any) -> dict:
    return {
        "command": command,
        "trained_on": folders,
        "threshold": model.threshold,
        **options,
        "weights": model.weights,
    }
