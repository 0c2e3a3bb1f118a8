"""Score geoparsed toponyms against hand-annotated places with coordinates (tests/gold/*/*.json
`places`): is each place found, in the right country, and within 161 km of the truth?

The gold lists each distinct place once, under the name the text first uses, with its true
coordinates, ISO country code and type (populated, admin, country, region, physical).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from .geoparser.index import haversine_km
from .normalize import name_key

# The usual geoparsing threshold (100 miles), as the LGL/GeoVirus scorer uses.
NEAR_KM = 161.0
# Regions, admin areas and physical features are large, and their reference points differ
# between sources; within the right country they count as right up to this distance.
AREA_KM = 400.0
CONFIDENT = 0.9
# What the accuracy is about: populated places, admin regions, countries and regions inside one
# country. Rivers, seas and regions across borders ("the Sahel") have no single point to be within
# 161 km of; they are still listed in the gold (so a reading of them is not counted as extra).
SCORED_TYPES = frozenset({"populated", "admin", "country", "region"})
BUCKETS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.01)


@dataclass
class PlaceScore:
    gold: int = 0  # distinct gold places
    found: int = 0  # gold places the geoparser named
    right: int = 0  # ... in the right country and near enough
    predicted: int = 0  # distinct resolved names the geoparser returned
    confident_wrong: int = 0  # confidence >= 0.9 and in another country / too far from the truth
    confident_spurious: int = 0  # confidence >= 0.9 and no gold place there at all
    reliability: dict[float, list[int]] = field(
        default_factory=lambda: {b: [0, 0] for b in BUCKETS[:-1]}
    )
    errors: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Gold places found in the right place (the issue's "place accuracy")."""
        return self.right / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 1.0

    def bucket(self, confidence: float, right: bool) -> None:
        low = max(b for b in BUCKETS[:-1] if confidence >= b)
        self.reliability[low][0] += 1
        self.reliability[low][1] += int(right)


def is_right(gold: dict, toponym) -> bool:
    """A reading is right when it names the gold place: the same country and within 161 km
    (a country only needs the country; a large area may be up to 400 km off in its country)."""
    if toponym.lat is None or toponym.lon is None:
        return False
    # (an area across borders has no country: "" or null in the annotation)
    same_country = (toponym.country or "").upper() == (gold.get("country") or "").upper()
    if gold.get("type") == "country":
        return same_country and toponym.kind == "country"
    km = haversine_km(gold["lat"], gold["lon"], toponym.lat, toponym.lon)
    if gold.get("type") in ("admin", "region", "physical"):
        return km <= NEAR_KM or (same_country and km <= AREA_KM)
    return same_country and km <= NEAR_KM


def score_places(
    article: str, gold_places: list[dict], toponyms: Iterable, score: PlaceScore
) -> None:
    """Add one article: each gold place is judged by the geoparser's most confident reading of its
    name as the text writes it (a confident error anywhere is what costs trust), else under the
    gazetteer's name or without a region word; a reading under another name counts when it lands
    on a gold place (its other spelling)."""
    # By the name as written, then by the gazetteer's name, then without a word for the kind of
    # region ("Sumy" for "the Sumy region"), then with its direction word ("southern Lebanon"):
    # a later table fills only names the earlier lack, so "the Diffa region" is no reading of
    # the town Diffa the story also names.
    tables: tuple[dict[str, object], ...] = ({}, {}, {}, {})
    for toponym in toponyms:
        if toponym.lat is None:
            continue
        written, named = name_key(toponym.text), name_key(toponym.name)
        qualifier = getattr(toponym, "qualifier", "")
        keys = (
            {written},
            {named},
            {_without_region_word(written), _without_region_word(named)},
            # "southern Lebanon": the geoparser reads "Lebanon" and keeps the direction word as
            # the toponym's qualifier (its point is the whole place's, judged as an area)
            {name_key(f"{qualifier} {toponym.text}")} if qualifier else set(),
        )
        for table, names in zip(tables, keys, strict=True):
            for key in names:
                if key not in table or toponym.confidence > table[key].confidence:
                    table[key] = toponym
    readings = dict(tables[0])
    for table in tables[1:]:
        for key, toponym in table.items():
            readings.setdefault(key, toponym)
    used: set[int] = set()
    for gold in gold_places:
        if gold.get("type") not in SCORED_TYPES or not gold.get("country"):
            toponym = readings.get(name_key(gold["name"]))
            if toponym is not None:
                used.add(id(toponym))  # named, but not scored by a point
            continue
        score.gold += 1
        key = name_key(gold["name"])
        toponym = readings.get(key) or readings.get(_without_region_word(key))
        if toponym is None:
            score.errors.append(f"{article}: place missed: {gold['name']}")
            continue
        score.found += 1
        used.add(id(toponym))
        right = is_right(gold, toponym)
        score.right += right
        _judge(score, article, toponym, right, f"gold {gold['name']} ({gold['country']})")
    _score_unmatched(article, gold_places, readings, used, score)


# "the Sumy region" annotated as "Sumy" in one article and as "Donetsk region" in another: the
# word for the kind of region is no part of what is scored.
_REGION_WORDS = (
    "region",
    "province",
    "state",
    "governorate",
    "oblast",
    # second-level units: "the Nowshera district", "Nimba County", "the Nyiragongo territory"
    "district",
    "county",
    "territory",
)
_REGION_KEYS = frozenset(name_key(word) for word in _REGION_WORDS)  # as keys: "cunty"


def _without_region_word(key: str) -> str:
    head, _, last = key.rpartition(" ")
    return head if head and last in _REGION_KEYS else key


def _score_unmatched(
    article: str, gold_places: list[dict], readings: dict, used: set[int], score: PlaceScore
) -> None:
    """Readings under a name the gold does not list: another spelling of a gold place, or a
    false place ("Al-Shabab" read as a village)."""
    seen: set[int] = set()
    for toponym in readings.values():
        if id(toponym) in used or id(toponym) in seen:
            continue
        seen.add(id(toponym))
        match = next((g for g in gold_places if is_right(g, toponym)), None)
        if match is not None:
            continue  # the same place under another spelling: neither extra nor wrong
        score.predicted += 1
        score.bucket(toponym.confidence, False)
        if toponym.confidence >= CONFIDENT:
            score.confident_spurious += 1
        score.errors.append(
            f"{article}: place extra: {toponym.text!r} -> {toponym.name} "
            f"({toponym.country}) conf {toponym.confidence:.2f}"
        )


def _judge(score: PlaceScore, article: str, toponym, right: bool, gold_label: str) -> None:
    score.predicted += 1
    score.bucket(toponym.confidence, right)
    if right:
        return
    if toponym.confidence >= CONFIDENT:
        score.confident_wrong += 1
    score.errors.append(
        f"{article}: place wrong: {toponym.text!r} -> {toponym.name} "
        f"({toponym.country}) conf {toponym.confidence:.2f}, {gold_label}"
    )


def reliability_rows(score: PlaceScore) -> list[tuple[str, int, float]]:
    """(confidence bucket, readings, share right) for the reliability table."""
    rows = []
    for low, high in pairwise(BUCKETS):
        total, right = score.reliability[low]
        label = f"{low:.2f}-{min(high, 1.0):.2f}"
        rows.append((label, total, right / total if total else float("nan")))
    return rows
