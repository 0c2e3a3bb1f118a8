"""The final say on each campaign's start date: a small learned chooser stacked on the date rules
(campaign_dates, campaign_starts, campaign_lead_dates …). Its candidates are the rules' date, every
date the article resolves and "no date" (campaign_date_features); one logistic regression scores
each candidate, and the rules' date stays unless another candidate's probability exceeds it by
`margin`. The commonest error the rules make on new text is taking another event's date (a
capture, a report, an earlier campaign): where the date stands in the parse and the text tells it
apart more generally than phrase rules fitted to the development articles.

The weights are data (data/campaign_dates.json), made by `manage.py train_campaign_dates`
(campaign_date_training)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .campaign_date_features import NULL, Key, article_mentions, campaign_candidates
from .campaign_roles import RoleModel

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Doc

    from .campaign_record import CampaignRecord
    from .sentences import Span

WEIGHTS = Path(__file__).with_name("data") / "campaign_dates.json"
# Every campaign is compared with every date: past this size the rules' dates stay (as the role
# ranker's ROLE_CHARS).
DATE_CHARS = 100_000


@dataclass(frozen=True)
class DateModel:
    """One logistic regression over candidates, and the lead another candidate needs."""

    weights: dict[str, float]
    margin: float = 0.2
    penalty: float = 3.0  # the L2 weight it was fitted with (recorded, not used here)

    @classmethod
    def from_json(cls, data: dict) -> DateModel:
        return cls(data["weights"], data["margin"], data["penalty"])

    def probability(self, features: dict[str, float]) -> float:
        return RoleModel.probability(self.weights, features)  # the same regression's link


@functools.lru_cache(maxsize=1)
def default_model() -> DateModel | None:
    """The shipped weights, None when there are none (the rules' dates stand)."""
    if not WEIGHTS.exists():
        return None
    return DateModel.from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))


def pick(model: DateModel, rules: Key, candidates: dict[Key, dict[str, float]]) -> Key:
    """The rules' choice unless another candidate's probability exceeds its by the margin."""
    if candidates[rules].get("unmentioned"):
        return rules  # counted by the rules ("two weeks earlier"): its evidence is not read here
    scores = {key: model.probability(features) for key, features in candidates.items()}
    best = max(scores, key=lambda key: (scores[key], key == rules))
    return best if scores[best] - scores[rules] > model.margin else rules


def choose_dates(
    text: str,
    sents: list[Span],
    doc: Doc | None,
    records: list[CampaignRecord],
    published: dt.date | None,
    model: DateModel | str | None = "default",
) -> None:
    """Re-decide each campaign's start date and precision in place with `model` ("default": the
    shipped weights; None: keep the rules' dates, as when training)."""
    model = default_model() if model == "default" else model
    if not isinstance(model, DateModel) or published is None or not records:
        return
    if len(text) > DATE_CHARS or not sents:
        return
    mentions = article_mentions(text, sents, doc, published)
    chosen = [
        pick(model, *campaign_candidates(text, sents, mentions, records, index, published))
        for index in range(len(records))
    ]
    for record, (date, precision) in zip(records, chosen, strict=True):
        record.started_on, record.date_precision = date, precision or 1


__all__ = ["NULL", "WEIGHTS", "DateModel", "choose_dates", "default_model", "pick"]
