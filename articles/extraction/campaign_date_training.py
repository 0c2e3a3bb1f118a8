"""Training the learned start-date chooser (campaign_date_choice) on the annotated articles, and
estimating it on text it was not trained on by leaving one folder out at a time.

Each article is extracted with the shipped role ranker and the chooser off; each campaign found is
matched to its gold campaign as the scorer matches them (evaluation._match_campaigns). A candidate
of a matched campaign is a positive example when it equals the gold started_on and precision ("no
date" when the gold has none). The regression is campaign_role_training.fit."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from places.nlp import get_nlp, parse

from . import ActorDictionary, extract
from .campaign_date_choice import DateModel, pick
from .campaign_date_features import NULL, Key, article_mentions, campaign_candidates
from .campaign_role_training import annotated_articles, fit, read_article
from .dates import writing_day
from .evaluation import Report, Score, _match_campaigns, score_article, scored_json

PENALTY = 3.0


@dataclass
class DateCase:
    """One annotated article extracted with the date chooser off, ready to be dated again."""

    folder: str
    name: str
    gold: dict
    data: dict  # the extraction's JSON (scorer input), campaigns with their target surfaces
    text: str
    published: dt.date | None
    sentences: list
    records: list  # the rules' campaigns; never changed in place
    doc_bytes: bytes | None
    candidates: list[tuple[Key, dict[Key, dict[str, float]]]] = field(
        default_factory=list, repr=False
    )

    def prepare(self) -> None:
        """Each campaign's candidates with their features (read again on every load: the
        features may change without extracting again)."""
        doc = None
        if self.doc_bytes is not None:
            from spacy.tokens import Doc

            doc = Doc(get_nlp().vocab).from_bytes(self.doc_bytes)
        mentions = article_mentions(self.text, self.sentences, doc, self.published)
        self.candidates = (
            [
                campaign_candidates(
                    self.text, self.sentences, mentions, self.records, i, self.published
                )
                for i in range(len(self.records))
            ]
            if self.published is not None
            else []
        )


def load_cases(
    gold_dir: Path,
    dictionary: ActorDictionary,
    exclude: tuple[str, ...] = (),
    only: tuple[str, ...] = (),
    geoparser: Any = None,
    cache: Path | None = None,
) -> list[DateCase]:
    """The annotated articles of `gold_dir` (of the folders in `only`), none from `exclude`; with a
    `geoparser`, on its places as `evaluate_extraction --places`. With `cache`, the extracted
    cases are read from that file when it exists and written to it otherwise."""
    if cache is not None and cache.exists():
        cases = pickle.loads(cache.read_bytes())
        cases = [c for c in cases if c.folder not in exclude and (not only or c.folder in only)]
    else:
        cases = [
            _case(folder, annotation, dictionary, geoparser)
            for folder, annotation in annotated_articles(gold_dir, exclude, only)
        ]
        if cache is not None:
            cache.write_bytes(pickle.dumps(cases))
    for case in cases:
        case.prepare()
    return cases


def _case(folder: str, annotation: Path, dictionary: ActorDictionary, geoparser) -> DateCase:
    gold, text, published, places = read_article(annotation, geoparser)
    result = extract(
        text, published=published, dictionary=dictionary, places=places, date_model=None
    )
    data = scored_json(result, annotation.name)
    doc = result.roles.doc if result.roles is not None else (parse(text) if text else None)
    return DateCase(
        folder,
        annotation.stem,
        gold,
        data,
        text,
        writing_day(text, published),
        list(result.sentences),
        copy.deepcopy(result.campaigns),
        doc.to_bytes(exclude=["user_data"]) if doc is not None else None,
    )


def _gold_keys(case: DateCase) -> dict[int, Key]:
    """Record index -> the date (and precision) of the gold campaign it matches."""
    campaigns = case.data["campaigns"]
    matches = _match_campaigns(case.gold["campaigns"], campaigns)
    out = {}
    for g_index, predicted in matches.items():
        g = case.gold["campaigns"][g_index]
        index = next(i for i, c in enumerate(campaigns) if c is predicted)
        date = g.get("started_on")
        out[index] = (dt.date.fromisoformat(date), g["date_precision"]) if date else NULL
    return out


def examples(cases: list[DateCase]) -> list[tuple[dict[str, float], int]]:
    out = []
    for case in cases:
        if not case.candidates:
            continue  # no publication day: no date resolves
        for index, gold in _gold_keys(case).items():
            for key, features in case.candidates[index][1].items():
                out.append((features, int(key == gold)))
    return out


def train(cases: list[DateCase], penalty: float = PENALTY, margin: float = 0.2) -> DateModel:
    return DateModel(fit(examples(cases), penalty), margin, penalty)


def _chosen(case: DateCase, index: int, model: DateModel | None) -> Key:
    record = case.records[index]
    if model is None or not case.candidates:
        return (record.started_on, record.date_precision) if record.started_on else NULL
    return pick(model, *case.candidates[index])


def score(cases: list[DateCase], model: DateModel | None) -> Report:
    """The scores with the model's dates (the rules' alone when None); under "matched_dates" the
    dates of the campaigns that matched a gold one alone (tp: right, fn: wrong)."""
    report = Report()
    matched = report.scores["matched_dates"] = Score()
    for case in cases:
        data = dict(case.data)
        data["campaigns"] = []
        keys = {}
        for index, campaign in enumerate(case.data["campaigns"]):
            date, precision = keys[index] = _chosen(case, index, model)
            data["campaigns"].append(
                campaign
                | {
                    "started_on": date.isoformat() if date else None,
                    "date_precision": precision or 1,
                }
            )
        score_article(data, case.gold, report, case.name)
        for index, gold in _gold_keys(case).items():
            if keys[index] == gold:
                matched.tp += 1
            else:
                matched.fn += 1
        report.articles += 1
    return report


def cross_validate(
    cases: list[DateCase], folders: list[str], penalty: float, margins: list[float]
) -> list[tuple[str, Report, list[Report]]]:
    """Per held-out folder: (folder, rules-only report, one report per margin of a model trained
    without it)."""
    rows = []
    for folder in folders:
        held = [c for c in cases if c.folder == folder]
        model = train([c for c in cases if c.folder != folder], penalty)
        learned = [score(held, DateModel(model.weights, m, penalty)) for m in margins]
        rows.append((folder, score(held, None), learned))
    return rows


def model_json(model: DateModel, command: str, folders: list[str]) -> dict:
    return {
        "command": command,
        "trained_on": folders,
        "penalty": model.penalty,
        "margin": model.margin,
        "weights": model.weights,
    }
