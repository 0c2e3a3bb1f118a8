"""Which sides attack a campaign and which places it targets, decided by a small learned ranker over
the candidates the rule stages leave: every side of a fighting kind and every place the article
names. The rules' own choices are features of it (campaign_role_features), beside cues from the
parse ("X, backed by Y", "pushed toward A and B", "the villages of A, B and C"), where the article
names the candidate, and who it reports taking or holding which place.

The weights are data (data/campaign_roles.json), made by `manage.py train_campaign_roles` from the
annotated articles (campaign_role_training). Two logistic regressions, one per role: a side the
rules chose stays unless its probability falls below `drop` (one told fighting beside the attacker,
campaign_allies, always stays); another side joins when its
probability reaches `add`, another place when its probability reaches `add_target`; a campaign
the rules gave no attacker gets the likeliest side named in its sentence or a target's when its
probability reaches `fill`; a campaign the gate made gets no side control reports retaking its
place (mostly the defender winning it back). A campaign keeps its first target (the rules'
choice: the campaign is merged and named by it)."""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from places.geoparser.entities import PLACE_LABELS

from .campaign_allies import add_allies, join_companions
from .campaign_attackers_demonym import demonym_attackers
from .campaign_attackers_unnamed import unnamed_attackers
from .campaign_context import CampaignArticle
from .campaign_defender_veto import attack_doers, defending_sides
from .campaign_gate import gated_records
from .campaign_named_targets import add_listed_places
from .campaign_record import CampaignRecord, name_key
from .campaign_role_features import RoleContext, actor_features, place_features
from .campaign_targets import listed_with
from .campaign_unplaced import unplaced_attacked

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .actors import ActorMatch
    from .control import ControlRecord
    from .sentences import Span

WEIGHTS = Path(__file__).with_name("data") / "campaign_roles.json"
MAX_ADDED_TARGETS = 6
# Every side's and place's mentions are compared with every campaign: beyond this size (a news
# article is rarely past 20,000 characters; the longest gold article about 3,200) the cost
# grows with the square of the text, so longer texts keep the rule stages' choices.
ROLE_CHARS = 100_000
# Labels the recogniser gives a place it did not know ("Maungdaw" as a person, "Kalay" as an
# organisation) or none.
_MISSED_LABELS = frozenset({"", "PERSON", "ORG", "GPE", "LOC", "FAC"})


@dataclass(frozen=True)
class RoleModel:
    """Weights of one logistic regression per role, and the decision thresholds."""

    attacker: dict[str, float]
    target: dict[str, float]
    drop: float = 0.2
    add: float = 0.7
    add_target: float = 0.4
    fill: float = 0.35
    penalty: float = 3.0  # the L2 weight it was fitted with (recorded, not used here)
    # The gate (campaign_gate): an attacked place no campaign targets becomes one from `admit`.
    gate: dict[str, float] = field(default_factory=dict)
    admit: float = 1.0
    # The article's likeliest candidate is admitted from `admit_first` (None: `admit`); see
    # campaign_gate.gated_records.
    admit_first: float | None = None

    @classmethod
    def from_json(cls, data: dict) -> RoleModel:
        return cls(
            attacker=data["attacker"],
            target=data["target"],
            drop=data["drop"],
            add=data["add"],
            add_target=data["add_target"],
            fill=data["fill"],
            penalty=data["penalty"],
            gate=data.get("gate", {}),
            admit=data.get("admit", 1.0),
            admit_first=data.get("admit_first"),
        )

    @staticmethod
    def probability(weights: dict[str, float], features: dict[str, float]) -> float:
        z = weights.get("bias", 0.0) + sum(
            weights.get(name, 0.0) * value for name, value in features.items()
        )
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


@functools.cache
def default_model() -> RoleModel | None:
    """The shipped weights, read once per process (None when the file is absent)."""
    if not WEIGHTS.exists():
        return None
    return RoleModel.from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))


def article_places(
    text: str,
    doc: Doc | None,
    places: list | None,
    actors: list[ActorMatch],
    control: list,
    campaigns: list[CampaignRecord],
) -> list[tuple[str, str, int, int]]:
    """Every place mention as (name, words of the text, start, end): the geoparser's resolved
    places when given, else the parse's place entities that are not a side's mention, and names
    listed with them; the campaigns' targets as the rules found them; the places control reports
    are about."""
    found: dict[int, tuple[str, str, int, int]] = {}
    taken = [(m.start, m.end) for m in actors]
    if places is not None:
        for p in places:
            found[p.start] = (p.name, p.text, p.start, p.end)
        for unplaced in unplaced_attacked(text, doc, places, actors):
            found.setdefault(unplaced[2], unplaced)
    elif doc is not None:
        for ent in doc.ents:
            if ent.label_ not in PLACE_LABELS:
                continue
            start, words = ent.start_char, ent.text.rstrip()  # "Goma\n" ending a headline
            if words.lower().startswith("the "):
                start, words = start + 4, words[4:]
            if any(s < ent.end_char and start < e for s, e in taken):
                continue
            found[start] = (words, words, start, start + len(words))
            for listed in _listed_names(text, doc, ent.root, taken):
                found.setdefault(listed[2], listed)
    for record in campaigns:
        for name, (start, end) in zip(record.targets, record.target_spans, strict=False):
            found.setdefault(start, (name, text[start:end], start, end))
            root = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
            if root is not None and places is None:
                for listed in _listed_names(text, doc, root.root, taken):
                    found.setdefault(listed[2], listed)
    for c in control:
        found.setdefault(c.start, (c.place, c.place_text, c.start, c.end))
    return [found[k] for k in sorted(found)]


def _listed_names(
    text: str, doc: Doc, root, taken: list[tuple[int, int]]
) -> list[tuple[str, str, int, int]]:
    """Proper names listed with a place the entity recogniser found ("toward Buthidaung and
    Maungdaw", "the villages of Kalay, Tamu and Mawlaik"), which it may have missed itself."""
    listed = []
    for token in root.conjuncts:
        if not token.is_title or token.ent_type_ not in _MISSED_LABELS:
            continue
        first = token.i
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].is_title:
            first -= 1
        start, end = doc[first].idx, token.idx + len(token.text)
        if not any(s < end and start < e for s, e in taken):
            words = text[start:end]
            listed.append((words, words, start, end))
    return listed


def decide_roles(
    text: str,
    sentences: list[Span],
    actors: list[ActorMatch],
    doc: Doc | None,
    places: list | None,
    control: list[ControlRecord],
    campaigns: list[CampaignRecord],
    model: RoleModel | str | None = "default",
) -> RoleContext | None:
    """The ranker's step of `extract`: decide the campaigns' roles with `model` ("default": the
    shipped weights; None: leave the rules' choices). Returns what the ranker read, None when the
    article is longer than ROLE_CHARS or has no sentence."""
    if len(text) > ROLE_CHARS or not sentences:
        return None
    listed = article_places(text, doc, places, actors, control, campaigns)
    ctx = RoleContext(text, sentences, actors, doc, listed, control, campaigns)
    assign_roles(ctx, default_model() if model == "default" else model)
    # The towns the parse lists with a target the gate or the ranker gave ("struck A, B, C and
    # D"), as campaign_reach lists them with the rules' targets.
    article = CampaignArticle(text, sentences, actors, None, places, doc)
    add_listed_places(article, ctx.records, listed_with)
    return ctx


def assign_roles(ctx: RoleContext, model: RoleModel | str | None) -> None:
    """Re-decide each campaign's attackers and add the targets the ranker finds (in place)."""
    if not isinstance(model, RoleModel) or not ctx.sentences:
        return
    gated = gated_records(ctx, model.gate, model.admit, model.probability, model.admit_first)
    # the gate's campaigns come after the rules' ally step: the sides told fighting beside their
    # attacker join them as they join the rules' campaigns
    add_allies(ctx.text, ctx.sentences, ctx.actors, gated, ctx.doc)
    ctx.records.extend(gated)
    # a campaign still without a side whose sentence speaks of unnamed troops: the article's army
    unnamed_attackers(ctx.text, ctx.sentences, ctx.actors, ctx.records)
    # else one named only by its state's adjective: "heavy Chinese attacks on X"
    demonym_attackers(ctx.text, ctx.sentences, ctx.actors, ctx.records)
    decided = []
    gated_ids = {id(record) for record in gated}
    for record in ctx.records:  # every campaign's features read the rules' choices, not ours
        candidates = actor_features(ctx, record)
        attackers = _attackers(
            model,
            record,
            candidates,
            _waging(ctx, record),
            id(record) in gated_ids,
            _defence(ctx, record),
        )
        decided.append(
            (record, attackers, _targets(ctx, model, record, place_features(ctx, record)))
        )
    for record, attackers, targets in decided:
        record.attackers = attackers
        join_companions(record)
        for name, span in targets:
            record.targets.append(name)
            record.target_spans.append(span)


def _defence(ctx: RoleContext, record: CampaignRecord) -> tuple[set[str], list[str]]:
    """The sides the campaign's own sentence tells defending its place (campaign_defender_veto) when
    one of them is the rules' attacker or a candidate, and the sides it names doing the attack."""
    defending = defending_sides(ctx.text, ctx.sentences, ctx.actors, record)
    if not defending:
        return set(), []
    doers = [
        d
        for d in attack_doers(ctx.text, ctx.sentences, ctx.actors, record)
        if d not in defending and d not in record.opponents
    ]
    return defending, doers


def _waging(ctx: RoleContext, record: CampaignRecord) -> set[str]:
    """The sides the rules made attackers of the article's other campaigns."""
    return {a for other in ctx.records if other is not record for a in other.attackers}


def _attackers(
    model: RoleModel,
    record: CampaignRecord,
    candidates: dict,
    waging: set[str] | frozenset[str] = frozenset(),
    gated: bool = False,
    defence: tuple[set[str], list[str]] = (set(), []),
) -> list[str]:
    """The campaign's attackers: the rules' choices the ranker keeps, the sides it adds, else its
    fill. A campaign the gate made (`gated`) gets no side control reports retaking its place: as
    the gate takes no retaking side from control, that side is mostly the defender winning back
    what the attack had overrun ("troops retook the town on Sunday", "police said they had
    regained control of X"). A side `defence` tells defending the place is none of them (a rule
    veto of the rules' and the ranker's choice); the sides it names doing the attack are."""
    if gated:
        candidates = {n: f for n, f in candidates.items() if not f.get("retake_target")}
    defending, doers = defence
    rules = [a for a in record.attackers if a not in defending]
    candidates = {n: f for n, f in candidates.items() if n not in defending}
    scored = {
        name: model.probability(model.attacker, features) for name, features in candidates.items()
    }
    kept = [a for a in rules if a in record.allies or scored.get(a, 1.0) >= model.drop]
    added = sorted(
        (
            name
            for name, p in scored.items()
            if p >= model.add
            and name not in kept
            # a side told facing the attacker in the campaign's own sentence is its opponent,
            # however much else it shares with an attacker
            and not candidates[name].get("facing_rule_attacker")
            and name not in record.opponents
        ),
        key=lambda name: -scored[name],
    )
    # a side the rules found the campaign waged against ("launched on Jan. 20 against the X",
    # "repelled an assault by X") is its opponent, never one it adds or fills
    named_there = [
        name
        for name in scored
        if name not in record.opponents
        and (
            candidates[name].get("in_campaign_sentence")
            or candidates[name].get("in_target_sentence")
            or (candidates[name].get("near_campaign_sentence") and name not in waging)
        )
    ]
    if not kept and not added and not rules and named_there:
        # the rules found none: the likeliest side named where the campaign or its target is,
        # else within two sentences of it ("The fighting began when armed men overran X. The
        # RUF has since claimed responsibility") unless that side wages another campaign of the
        # article (then this one is rather its push: `merged_sideless`)
        best = max(named_there, key=lambda name: scored[name])
        added = [best] if scored[best] >= model.fill else []
    chosen = kept + added or rules
    if len(rules) < len(record.attackers):  # the rules chose a defender
        chosen = doers + [a for a in chosen if a not in doers]
    return chosen


def _targets(
    ctx: RoleContext, model: RoleModel, record: CampaignRecord, candidates: dict
) -> list[tuple[str, tuple[int, int]]]:
    """The places to add, in the order the article first names them."""
    have = {name_key(t) for t in record.targets}
    have |= {name_key(ctx.text[s:e]) for s, e in record.target_spans}
    first: dict[str, tuple[str, tuple[int, int]]] = {}
    for name, _, start, end in ctx.places:
        first.setdefault(name_key(name), (name, (start, end)))
    added = [
        first[key]
        for key, features in candidates.items()
        if key not in have
        and key in first
        and model.probability(model.target, features) >= model.add_target
    ]
    return sorted(added, key=lambda item: item[1][0])[:MAX_ADDED_TARGETS]
