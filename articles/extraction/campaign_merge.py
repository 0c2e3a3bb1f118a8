"""A learned pairwise merge of an article's campaigns, as coreference: the rules often tell one
offensive as one campaign per town it reached ("Village A offensive", "Village B offensive" and
"City offensive" by the same side where the story has one push on the city through its villages),
and sometimes fold two different pushes into one. After the rules' own merges and folds, every
pair of the article's campaigns gets a probability of being one campaign from general features
(their sides, names, the distance between their targets, where the targets are told, their start
dates, their trigger nouns, the headline, how many campaigns the article has); campaigns are then
joined greedily, the two groups whose pairs average the highest probability first, while that
average reaches the model's threshold. Weights: data/campaign_merge.json, written by
`manage.py train_campaign_merge` (campaign_merge_training)."""

from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .campaign_record import CampaignRecord, name_key
from .sentences import paragraphs

if TYPE_CHECKING:
    from collections.abc import Sequence

WEIGHTS = Path(__file__).resolve().parent / "data" / "campaign_merge.json"
# The geoparser's kinds of a place that holds towns (as campaign_regions.WIDE_KINDS).
_WIDE = frozenset({"country", "admin", "region"})
# The nouns a report names a push by; which one two campaigns share is a general cue of one story.
_TRIGGER = re.compile(
    r"\b(offensive|assault|attack|raid|battle|siege|operation|push|advance|incursion|"
    r"invasion|bombardment|fighting|clashes|strike)s?\b",
    re.I,
)


@dataclass
class MergeModel:
    weights: dict[str, float]
    threshold: float = 0.5

    def probability(self, features: dict[str, float]) -> float:
        z = self.weights.get("bias", 0.0)
        z += sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass
class MergeRecorder:
    """Stands for the model in training: merges nothing, keeps each article's campaigns and the
    features of their pairs as the merge step saw them."""

    records: list[CampaignRecord] = field(default_factory=list)
    pairs: dict[tuple[int, int], dict[str, float]] = field(default_factory=dict)
    # The article's own list, which the later steps change in place: its final campaigns in the
    # order of the extraction's (which renames them into new records, actor_periods).
    final: list[CampaignRecord] = field(default_factory=list)


@lru_cache(maxsize=1)
def default_model() -> MergeModel | None:
    if not WEIGHTS.exists():
        return None
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return MergeModel(data["weights"], data["threshold"])


@dataclass
class _Article:
    text: str
    sentence_starts: list[int]
    paragraph_starts: list[int]
    headline_end: int
    places: dict[str, object]  # name key -> PlaceRecord
    count: int

    def sentence(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset)

    def paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset)


def _article(text: str, sents: Sequence, places: Sequence | None, count: int) -> _Article:
    headline = text.find("\n")
    known: dict[str, object] = {}
    for place in places or ():
        for words in (place.name, place.text):
            known.setdefault(name_key(words), place)
    return _Article(
        text,
        [s.start for s in sents],
        [p.start for p in paragraphs(text)],
        headline if headline >= 0 else len(text),
        known,
        count,
    )


def _km(a, b) -> float | None:
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _places_of(article: _Article, record: CampaignRecord) -> list:
    found = []
    for target, span in zip(record.targets, record.target_spans + [None] * 99, strict=False):
        words = [target] + ([article.text[span[0] : span[1]]] if span else [])
        place = next((article.places[k] for k in map(name_key, words) if k in article.places), 0)
        if place:
            found.append(place)
    return found


def _trigger(article: _Article, record: CampaignRecord) -> str:
    words = _TRIGGER.findall(record.name) or _TRIGGER.findall(
        article.text[record.sentence_start : record.sentence_end]
    )
    return words[0].casefold() if words else ""


def _side_features(a: CampaignRecord, b: CampaignRecord) -> dict[str, float]:
    sa, sb = set(a.attackers), set(b.attackers)
    return {
        "sides_same": float(bool(sa) and sa == sb),
        "sides_overlap": float(bool(sa & sb) and sa != sb),
        "sides_apart": float(bool(sa) and bool(sb) and not sa & sb),
        "sides_one_none": float(bool(sa) != bool(sb)),
        "sides_none": float(not sa and not sb),
        # One's attacker is the other's defender: a push and the answer to it.
        "sides_opposed": float(bool(sa & set(b.opponents)) or bool(sb & set(a.opponents))),
        "names_unnamed": float(not a.named and not b.named),
        "names_one_operation": float(a.named != b.named),
        "names_both": float(a.named and b.named),
        "shared_target": float(bool({*map(name_key, a.targets)} & {*map(name_key, b.targets)})),
    }


def _place_features(article: _Article, a: CampaignRecord, b: CampaignRecord) -> dict[str, float]:
    pa, pb = _places_of(article, a), _places_of(article, b)
    distances = [d for x in pa for y in pb if (d := _km(x, y)) is not None]
    km = min(distances) if distances else None
    countries_a = {p.country for p in pa if p.country}
    countries_b = {p.country for p in pb if p.country}
    wide_a = any(p.kind in _WIDE for p in pa)
    wide_b = any(p.kind in _WIDE for p in pb)
    same_country = bool(countries_a & countries_b)
    return {
        "km_unknown": float(km is None),
        "km_25": float(km is not None and km < 25),
        "km_100": float(km is not None and 25 <= km < 100),
        "km_300": float(km is not None and 100 <= km < 300),
        "km_far": float(km is not None and km >= 300),
        "km_log": math.log1p(km) / 8 if km is not None else 0.0,
        "same_country": float(same_country),
        "other_country": float(bool(countries_a) and bool(countries_b) and not same_country),
        "region_and_town": float(same_country and wide_a != wide_b),
    }


def _text_features(article: _Article, a: CampaignRecord, b: CampaignRecord) -> dict[str, float]:
    starts_a = [s for s, _ in a.target_spans] or [a.sentence_start]
    starts_b = [s for s, _ in b.target_spans] or [b.sentence_start]
    sa = {article.sentence(s) for s in starts_a}
    sb = {article.sentence(s) for s in starts_b}
    gap = min(abs(x - y) for x in sa for y in sb)
    pa = {article.paragraph(s) for s in starts_a}
    pb = {article.paragraph(s) for s in starts_b}
    head_a = any(s < article.headline_end for s in starts_a)
    head_b = any(s < article.headline_end for s in starts_b)
    ta, tb = _trigger(article, a), _trigger(article, b)
    return {
        "same_sentence": float(gap == 0),
        "same_paragraph": float(bool(pa & pb)),
        "sentence_gap": min(gap, 10) / 10,
        "headline_one": float(head_a != head_b),
        "headline_both": float(head_a and head_b),
        "trigger_same": float(bool(ta) and ta == tb),
        "trigger_apart": float(bool(ta) and bool(tb) and ta != tb),
        "campaigns_two": float(article.count == 2),
        "campaigns_many": min(article.count - 2, 8) / 8,
    }


def _date_features(a: CampaignRecord, b: CampaignRecord) -> dict[str, float]:
    if a.started_on is None or b.started_on is None:
        return {
            "dates_none": float(a.started_on is None and b.started_on is None),
            "dates_one": float((a.started_on is None) != (b.started_on is None)),
        }
    days = abs((a.started_on - b.started_on).days)
    same = days == 0 and a.date_precision == b.date_precision
    return {
        "dates_same": float(same),
        "dates_close": float(not same and days <= 7),
        "dates_far": float(days > 31),
    }


def pair_features(article: _Article, a: CampaignRecord, b: CampaignRecord) -> dict[str, float]:
    return (
        _side_features(a, b)
        | _place_features(article, a, b)
        | _text_features(article, a, b)
        | _date_features(a, b)
    )


def groups(count: int, probability: dict[tuple[int, int], float], threshold: float) -> list:
    """Average-link greedy grouping of `count` campaigns by their pairs' probabilities: the two
    groups whose pairs average highest join while that average reaches `threshold`."""
    clusters = [[i] for i in range(count)]
    while len(clusters) > 1:
        best, pick = threshold, None
        for x in range(len(clusters)):
            for y in range(x + 1, len(clusters)):
                pairs = [
                    probability[min(i, j), max(i, j)] for i in clusters[x] for j in clusters[y]
                ]
                mean = sum(pairs) / len(pairs)
                if mean >= best:
                    best, pick = mean, (x, y)
        if pick is None:
            break
        x, y = pick
        clusters[x] = sorted(clusters[x] + clusters.pop(y))
    return clusters


def _mentions(text: str, record: CampaignRecord) -> int:
    return text.count(record.targets[0]) if record.targets else 0


def joined(text: str, records: list[CampaignRecord]) -> CampaignRecord:
    """One campaign of a group: the named or most told one's name and record, the others'
    targets and sides after its own, the earliest start."""
    lead = max(records, key=lambda r: (r.named, _mentions(text, r), -records.index(r)))
    for other in records:
        if other is lead:
            continue
        have = {name_key(t) for t in lead.targets}
        spans = other.target_spans + [None] * (len(other.targets) - len(other.target_spans))
        for target, span in zip(other.targets, spans, strict=False):
            if name_key(target) in have:
                continue
            if span is not None and len(lead.target_spans) == len(lead.targets):
                lead.target_spans.append(span)  # spans stay paired with their targets
            lead.targets.append(target)
            have.add(name_key(target))
        for side in other.attackers:
            if side not in lead.attackers:
                lead.attackers.append(side)
        lead.opponents += [o for o in other.opponents if o not in lead.opponents]
        if other.started_on and (lead.started_on is None or other.started_on < lead.started_on):
            lead.started_on, lead.date_precision = other.started_on, other.date_precision
    return lead


def merged_campaigns(
    text: str,
    sents: Sequence,
    campaigns: list[CampaignRecord],
    places: Sequence | None,
    model: MergeModel | MergeRecorder | str | None = "default",
) -> list[CampaignRecord]:
    """The article's campaigns with those the model finds one joined (`joined`), in the order of
    their first member; unchanged without a model or with fewer than two campaigns."""
    if model == "default":
        model = default_model()
    # Without the geoparser's places the distances and kinds it learned from are unknown.
    if model is None or len(campaigns) < 2 or not places:
        return campaigns
    article = _article(text, sents, places, len(campaigns))
    features = {
        (i, j): pair_features(article, campaigns[i], campaigns[j])
        for i in range(len(campaigns))
        for j in range(i + 1, len(campaigns))
    }
    if isinstance(model, MergeRecorder):
        model.records, model.pairs, model.final = list(campaigns), features, campaigns
        return campaigns
    probability = {pair: model.probability(f) for pair, f in features.items()}
    found = groups(len(campaigns), probability, model.threshold)
    if len(found) == len(campaigns):
        return campaigns
    return [joined(text, [campaigns[i] for i in group]) for group in found]
