"""Training the campaign role ranker (campaign_roles) on the annotated articles of tests/gold/, and
estimating how it does on text it was not trained on by leaving one folder out at a time.

Each article is extracted with the rule stages alone; each campaign found is matched to its gold
campaign as the scorer matches them (evaluation.score_article). A side of a matched campaign is a
positive example when the gold lists it as an attacker; a place is one when the gold lists it as a
target. Places of a campaign the gold does not have are negative examples: a target added to it
counts against the score. The regressions are fitted by Newton's method with an L2 penalty, so a
run gives the same weights every time."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from places.nlp import parse_batch

from . import ActorDictionary, _forces_for_states, _state_tables, extract, places_from_toponyms
from .campaign_gate import gate_candidates
from .campaign_record import name_key
from .campaign_role_features import RoleContext, actor_features, place_features
from .campaign_roles import RoleModel, assign_roles
from .evaluation import ActorKey, Report, Score, _match_campaign, _norm, score_article

# L2 weight: features are 0/1 or small numbers, a few thousand examples per role. Leave-one-folder-
# out over heldout20…37 (trained on heldout10…37 less the folder, --places) with the deed balance
# cues: attackers pooled 0.501 at 1.0, 0.498 at 3.0, 0.497 at 10.0 (drop 0.4, add 0.5).
PENALTY = 1.0


@dataclass
class Case:
    """One annotated article extracted by the rules alone, ready to be scored again."""

    folder: str
    name: str
    gold: dict
    data: dict  # the extraction's JSON (scorer input)
    context: RoleContext  # its records are the rules' campaigns; never changed in place
    examples: dict[str, list[tuple[dict[str, float], int]]] = field(default_factory=dict)


def folder_of(gold_dir: Path, annotation: Path) -> str:
    parts = annotation.relative_to(gold_dir).parts
    return parts[0] if len(parts) > 1 else "."


def annotated_articles(
    gold_dir: Path, exclude: tuple[str, ...] = (), only: tuple[str, ...] = ()
) -> Iterator[tuple[str, Path]]:
    """(folder, annotation) of `gold_dir`'s articles, of the folders in `only` when given ("." is
    the top folder), none from a folder in `exclude`, in path order."""
    for annotation in sorted(gold_dir.rglob("*.json")):
        folder = folder_of(gold_dir, annotation)
        if folder not in exclude and (not only or folder in only):
            yield folder, annotation


def read_article(annotation: Path, geoparser: Any = None) -> tuple[dict, str, dt.date | None, Any]:
    """(gold, text, published day, places) of one annotated article; the places are the
    geoparser's, as `evaluate_extraction --places` reads them (None without one)."""
    gold = json.loads(annotation.read_text(encoding="utf-8"))
    text = annotation.with_suffix(".txt").read_text(encoding="utf-8")
    published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
    places = None
    if geoparser is not None:  # as evaluate_extraction --places: one parse for both
        parse_batch([text])
        places = places_from_toponyms(geoparser.parse(text))
    return gold, text, published, places


def load_cases(
    gold_dir: Path,
    dictionary: ActorDictionary,
    exclude: tuple[str, ...] = (),
    only: tuple[str, ...] = (),
    geoparser: Any = None,
) -> list[Case]:
    """The annotated articles (`annotated_articles`) extracted by the rule stages alone; with a
    `geoparser`, on its places, as `evaluate_extraction --places` scores them."""
    cases = []
    for folder, annotation in annotated_articles(gold_dir, exclude, only):
        gold, text, published, places = read_article(annotation, geoparser)
        result = extract(
            text, published=published, dictionary=dictionary, places=places, role_model=None
        )
        context = result.roles or RoleContext(text, result.sentences, [], None, [], [], [])
        case = Case(folder, annotation.stem, gold, result.to_json(annotation.name), context)
        case.examples = _examples(case)
        cases.append(case)
    return cases


def _examples(case: Case) -> dict[str, list[tuple[dict[str, float], int]]]:
    ctx, gold = case.context, case.gold
    states, _ = _state_tables()
    named = {m.actor for m in ctx.actors}
    out: dict[str, list] = {"attacker": [], "target": [], "gate": []}
    used: set[int] = set()
    matched: dict[int, dict] = {}
    missed: set[str] = set()
    for g in gold["campaigns"]:
        p = _match_campaign(g, [c for c in _json_campaigns(case) if c["_index"] not in used])
        if p is not None:
            used.add(p["_index"])
            matched[p["_index"]] = g
        elif not g.get("named"):
            missed |= {name_key(t) for t in g["targets"]}
    for key, (features, _) in gate_candidates(ctx).items():
        surfaces = {key} | {name_key(s) for n, s, _, _ in ctx.places if name_key(n) == key}
        out["gate"].append((features, int(bool(surfaces & missed))))
    for index, record in enumerate(ctx.records):
        g = matched.get(index)
        have = {name_key(t) for t in record.targets}
        gold_targets = {name_key(t) for t in g["targets"]} if g else set()
        for key, features in place_features(ctx, record).items():
            if key in have:
                continue
            surfaces = {name_key(s) for n, s, _, _ in ctx.places if name_key(n) == key}
            out["target"].append((features, int(bool(({key} | surfaces) & gold_targets))))
        if g is None:
            continue
        for name, features in actor_features(ctx, record).items():
            forces = states.get(name)
            label = name in g["actors"] or (forces in g["actors"] and forces in named)
            out["attacker"].append((features, int(label)))
    return out


def _json_campaigns(case: Case) -> list[dict]:
    campaigns = []
    for index, (record, campaign) in enumerate(
        zip(case.context.records, case.data["campaigns"], strict=True)
    ):
        surfaces = [case.context.text[s:e] for s, e in record.target_spans]
        campaigns.append(campaign | {"_index": index, "_target_surfaces": surfaces})
    return campaigns


def fit(examples: list[tuple[dict[str, float], int]], penalty: float = PENALTY) -> dict:
    """Logistic regression weights (a "bias" and one per feature) by Newton's method."""
    names = sorted({name for features, _ in examples for name in features})
    if not examples:
        return {"bias": 0.0}
    x = np.zeros((len(examples), len(names) + 1))
    x[:, 0] = 1.0
    column = {name: i + 1 for i, name in enumerate(names)}
    for row, (features, _) in enumerate(examples):
        for name, value in features.items():
            x[row, column[name]] = value
    y = np.array([label for _, label in examples], dtype=float)
    w = np.zeros(x.shape[1])
    ridge = np.full(x.shape[1], penalty)
    ridge[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + ridge * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(ridge) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = {"bias": round(float(w[0]), 4)}
    weights.update({name: round(float(w[column[name]]), 4) for name in names})
    return weights


def train(
    cases: list[Case],
    penalty: float = PENALTY,
    gate_cases: list[Case] | None = None,
    **thresholds: float,
) -> RoleModel:
    """The three regressions; the gate from `gate_cases` when given (the articles extracted on the
    geoparser's places, the candidates it meets in ingest), the roles from `cases`."""
    attacker = [e for c in cases for e in c.examples["attacker"]]
    target = [e for c in cases for e in c.examples["target"]]
    gate = [e for c in (cases if gate_cases is None else gate_cases) for e in c.examples["gate"]]
    return RoleModel(
        attacker=fit(attacker, penalty),
        target=fit(target, penalty),
        gate=fit(gate, penalty),
        penalty=penalty,
        **thresholds,
    )


def score(cases: list[Case], model: RoleModel | None, actor_key: ActorKey = _norm) -> Report:
    """The campaign scores of the cases with the model's roles (the rules' alone when None), and
    under "matched_attackers" the attackers of the campaigns that matched a gold one alone (what
    the ranker decides; a campaign missed or extra costs it nothing)."""
    report = Report()
    report.scores["matched_attackers"] = Score()
    for case in cases:
        records = [copy.deepcopy(r) for r in case.context.records]
        ctx = copy.copy(case.context)
        ctx.records = records
        assign_roles(ctx, model)
        day = case.gold.get("published")
        _forces_for_states(records, ctx.actors, dt.date.fromisoformat(day) if day else None)
        data = dict(case.data)
        found = case.data["campaigns"]
        data["campaigns"] = [
            (found[i] if i < len(found) else _gated_json(r))
            | {
                "actors": list(r.attackers),
                "targets": list(r.targets),
                "_target_surfaces": [ctx.text[s:e] for s, e in r.target_spans],
            }
            for i, r in enumerate(records)
        ]
        score_article(data, case.gold, report, case.name, actor_key=actor_key)
        _score_matched(data["campaigns"], case.gold, report.scores["matched_attackers"], actor_key)
        report.articles += 1
    return report


def _score_matched(found: list[dict], gold: dict, into: Score, actor_key: ActorKey) -> None:
    used: set[int] = set()
    for g in gold["campaigns"]:
        p = _match_campaign(g, [c for c in found if id(c) not in used])
        if p is not None:
            used.add(id(p))
            into.add({actor_key(a) for a in p["actors"]}, {actor_key(a) for a in g["actors"]})


def _gated_json(record) -> dict:
    """A campaign the gate added, as the extraction's JSON gives it (the gate dates none)."""
    return {"name": record.name, "started_on": None, "date_precision": 1}


def cross_validate(
    cases: list[Case],
    folders: list[str],
    gate_cases: list[Case] | None = None,
    actor_key: ActorKey = _norm,
    **thresholds: float,
) -> list[tuple[str, Report, Report]]:
    """Per held-out folder: (folder, rules-only report, report of a model trained without it),
    scored on `gate_cases` when given (the geoparser's places, as evaluate_extraction --places)."""
    rows = []
    scored = cases if gate_cases is None else gate_cases
    for folder in folders:
        held = [c for c in scored if c.folder == folder]
        model = train(
            [c for c in cases if c.folder != folder],
            gate_cases=None if gate_cases is None else [c for c in scored if c.folder != folder],
            **thresholds,
        )
        rows.append((folder, score(held, None, actor_key), score(held, model, actor_key)))
    return rows


def model_json(model: RoleModel, command: str, folders: list[str]) -> dict:
    return {
        "command": command,
        "trained_on": folders,
        "penalty": model.penalty,
        "drop": model.drop,
        "add": model.add,
        "add_target": model.add_target,
        "fill": model.fill,
        "admit": model.admit,
        "admit_first": model.admit_first,
        "attacker": model.attacker,
        "target": model.target,
        "gate": model.gate,
    }
