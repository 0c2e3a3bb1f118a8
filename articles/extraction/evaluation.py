"""Score extraction against the hand-annotated gold set in tests/gold/ (see its README)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from places.evaluation import PlaceScore, score_places
from places.nlp import parse_batch
from places.normalize import name_key

from . import ActorDictionary, Extraction, default_dictionary, extract, places_from_toponyms
from .actor_dictionary import fold, spelling_variants

GOLD_DIR = Path(__file__).resolve().parents[2] / "tests" / "gold"
# Folders heldout10 and later were each written to judge one round of rules on its first run;
# the older folders are the regression set that no round may lower.
FIRST_BATCH = 10
# The development batches every learned step trains on by default (scripts/train_models.sh): written
# under today's conventions (outlets are sources, a campaign lists every town it attacked) and
# each scored once before it joined. The next blind batches come after the last one.
DEV_FOLDERS = tuple(f"heldout{n}" for n in range(FIRST_BATCH, 69))


def batch_number(folder: str) -> int | None:
    """heldout23 -> 23; None for a folder not named like a batch."""
    digits = folder.removeprefix("heldout")
    return int(digits) if digits != folder and digits.isdigit() else None


KINDS = (
    "actors",
    "statements",
    "statement_speakers",
    "statement_roles",
    "statement_actors",
    "campaigns",
    "campaign_attackers",
    "campaign_targets",
    "campaign_dates",
    "control",
    "control_kinds",
    "control_dates",
)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, predicted: set, gold: set) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: {kind: Score() for kind in KINDS})
    articles: int = 0
    chars: int = 0
    errors: list[str] = field(default_factory=list)
    places: PlaceScore = field(default_factory=PlaceScore)  # scored when a geoparser is given


def _norm(value: str | None) -> str:
    return re.sub(r"\s+", " ", (value or "")).strip().casefold()


# Roles are compared up to a relative or participle clause (tests/gold/README.md, heldout14
# conventions): older folders sometimes keep "who fled to Bunia" or "reached by telephone" in the
# role and sometimes not; both the gold and the prediction are cut the same way.
_ROLE_CLAUSE = re.compile(
    r"\s+(?:(?:who|whom|whose|which|that)\b|(?:now\s+)?[a-z]+(?:ing|ed)\s+(?:in|at|on|by|for|"
    r"from|to|near|with|east|west|north|south|along|outside|inside|through|across)\b).*$",
    re.S,
)


def role_key(role: str | None) -> str:
    """A role as scored: without a trailing relative or participle clause ("mother of five who
    fled to El-Obeid" and "mother of five" score alike); a role that is only a clause stays."""
    return _norm(_ROLE_CLAUSE.sub("", role or ""))


ActorKey = Callable[[str | None], str]


def actor_key_for(dictionary: ActorDictionary, *, forces_as_state: bool = False) -> ActorKey:
    """How actor names are compared: through the dictionary's aliases and agency spellings, case
    folded, so the gold's "Ivory Coast", "al-Shabaab" or "Jaish al-Izza" and the extractor's
    "Côte d'Ivoire", "Al-Shabaab" or "Jaysh al-Izza" are one actor. A name the dictionary does not
    know is compared as written, case folded. This judges which actor was found, not which of its
    names the curator chose as canonical.

    With `forces_as_state`, a state's national armed forces count as the state ("Ethiopian
    National Defense Force" and "Ethiopia" are one side): the gold's convention for choosing
    between them (tests/gold/README.md, "Attackers") is applied unevenly, and a user filtering
    the map by a state wants both. Reported beside the strict score, never instead of it."""
    canonical: dict[str, str] = {}
    for alias, (name, _) in sorted(dictionary.with_states().aliases.items()):
        canonical.setdefault(fold(alias), fold(name))
    if forces_as_state:
        to_state = {
            fold(forces): fold(state) for forces, state in state_of_forces(dictionary).items()
        }
        canonical = {alias: to_state.get(name, name) for alias, name in canonical.items()}
        canonical.update(to_state)
    # One spelling per agency pair (spelling_variants() lists each pair both ways), whether the
    # dictionary knows the name or not.
    to_one_spelling = [(b, a) for a, b in spelling_variants() if a < b]

    def key(name: str | None) -> str:
        as_written = fold(_norm(name))
        folded = as_written
        for other, one in to_one_spelling:
            folded = folded.replace(other, one)
        for candidate in (as_written, folded):
            if candidate in canonical:
                return canonical[candidate]
        return folded

    return key


def state_of_forces(dictionary: ActorDictionary) -> dict[str, str]:
    """Each national armed forces actor of the country list -> its state's actor name."""
    from .states import FORCES

    aliases = dictionary.with_states().aliases
    return {forces: aliases.get(country, (country, False))[0] for country, forces in FORCES.items()}


def _match_quote(gold_quote: str, predicted: list[dict]) -> dict | None:
    prefix = _norm(gold_quote)
    for statement in predicted:
        if _norm(statement["quote"]).startswith(prefix):
            return statement
    return None


def _campaign_key(campaign: dict) -> str:
    if campaign.get("named", True) and not campaign["name"].endswith(" offensive"):
        return "name:" + name_key(campaign["name"])
    return "target:" + ",".join(sorted(name_key(t) for t in campaign.get("targets", [])))


def _target_keys(campaign: dict) -> set[str]:
    """A predicted target counts under its canonical name and under the words the article used."""
    keys = {name_key(t) for t in campaign["targets"]}
    keys |= {name_key(t) for t in campaign.get("_target_surfaces", [])}
    return keys


def _match_campaign(gold: dict, predicted: list[dict]) -> dict | None:
    gold_targets = {name_key(t) for t in gold["targets"]}
    for campaign in predicted:
        if gold.get("named") and name_key(campaign["name"]) == name_key(gold["name"]):
            return campaign
        if not gold.get("named") and gold_targets & _target_keys(campaign):
            return campaign
    return None


def _match_campaigns(gold: list[dict], predicted: list[dict]) -> dict[int, dict]:
    """Gold campaign index -> the prediction it matches. Named gold campaigns take their
    namesakes first, so an unnamed one sharing a target ("Konna offensive") cannot take the
    prediction that carries another gold campaign's name ("Operation Serval")."""
    matches: dict[int, dict] = {}
    order = sorted(range(len(gold)), key=lambda index: not gold[index].get("named"))
    for index in order:
        free = [c for c in predicted if all(c is not m for m in matches.values())]
        match = _match_campaign(gold[index], free)
        if match is not None:
            matches[index] = match
    return matches


def score_article(
    result: dict,
    gold: dict,
    report: Report,
    article: str,
    outlets: frozenset[str] = frozenset(),
    actor_key: ActorKey = _norm,
) -> None:
    """`outlets`: names that are news outlets. Folders before heldout10 list outlets as actors; the
    convention now is that they are sources, never actors, so they are left out of the gold list.
    `actor_key` compares actor names (actor_key_for())."""
    s = report.scores
    s["actors"].add(
        {actor_key(a["name"]) for a in result["actors"]},
        {actor_key(a) for a in set(gold["actors"]) - outlets},
    )

    predicted = result["statements"]
    matched_ids: set[int] = set()
    for g in gold["statements"]:
        p = _match_quote(g["quote"], predicted)
        key = g["quote"]
        if p is None:
            for kind in ("statements", "statement_speakers", "statement_roles", "statement_actors"):
                s[kind].fn += 1
            continue
        matched_ids.add(id(p))
        s["statements"].tp += 1
        for kind, gv, pv in (
            ("statement_speakers", g["speaker"], p["speaker"]),
            ("statement_roles", role_key(g["role"]), role_key(p["role"])),
            ("statement_actors", actor_key(g["actor"]), actor_key(p["actor"])),
        ):
            s[kind].add({(key, _norm(pv))}, {(key, _norm(gv))})
    extra = [p for p in predicted if id(p) not in matched_ids]
    for kind in ("statements", "statement_speakers", "statement_roles", "statement_actors"):
        s[kind].fp += len(extra)

    campaigns = result["campaigns"]
    matches = _match_campaigns(gold["campaigns"], campaigns)
    used = {id(p) for p in matches.values()}
    for index, g in enumerate(gold["campaigns"]):
        p = matches.get(index)
        key = _campaign_key(g)
        g_attackers = {(key, actor_key(a)) for a in g["actors"]}
        g_targets = {(key, name_key(t)) for t in g["targets"]}
        g_date = {(key, g["started_on"], g["date_precision"] if g["started_on"] else None)}
        if p is None:
            s["campaigns"].fn += 1
            s["campaign_attackers"].fn += len(g_attackers)
            s["campaign_targets"].fn += len(g_targets)
            s["campaign_dates"].fn += 1
            continue
        s["campaigns"].tp += 1
        s["campaign_attackers"].add({(key, actor_key(a)) for a in p["actors"]}, g_attackers)
        surfaces = dict(zip(p["targets"], p.get("_target_surfaces", p["targets"]), strict=True))
        predicted_targets = set()
        for target in p["targets"]:
            options = {name_key(target), name_key(surfaces.get(target, target))}
            hit = next(((k, g) for k, g in g_targets if g in options), None)
            predicted_targets.add(hit or (key, name_key(target)))
        s["campaign_targets"].add(predicted_targets, g_targets)
        s["campaign_dates"].add(
            {(key, p["started_on"], p["date_precision"] if p["started_on"] else None)}, g_date
        )
    for p in campaigns:
        if id(p) not in used:
            s["campaigns"].fp += 1
            s["campaign_attackers"].fp += len(p["actors"])
            s["campaign_targets"].fp += len(p["targets"])
            s["campaign_dates"].fp += 1


def _control_agreement(gold: dict, predicted: dict) -> tuple[bool, bool, bool]:
    """(kind, event, date with precision) agree."""
    return (
        gold["kind"] == predicted["kind"],
        gold["event"] == predicted["event"],
        (gold["date"], gold["date_precision"] if gold["date"] else None)
        == (predicted["date"], predicted["date_precision"] if predicted["date"] else None),
    )


def match_control(
    result: dict, gold: dict, actor_key: ActorKey = _norm
) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """(gold, prediction) pairs, the unmatched gold and the unmatched predictions. An observation
    matches a gold one on the place (canonical name or the words of the text, as for campaign
    targets) and the side; each gold observation takes the unused prediction that agrees most on
    kind, event and date."""
    predicted = list(result.get("control", []))
    pairs, missed = [], []
    for g in gold.get("control", []):
        place, side = name_key(g["place"]), actor_key(g["side"])
        options = [
            p
            for p in predicted
            if actor_key(p["side"]) == side
            and place in {name_key(p["place"]), name_key(p.get("text", ""))}
        ]
        if not options:
            missed.append(g)
            continue
        best = max(options, key=lambda p: _control_agreement(g, p))
        predicted.remove(best)
        pairs.append((g, best))
    return pairs, missed, predicted


def score_control(result: dict, gold: dict, report: Report, actor_key: ActorKey = _norm) -> None:
    """Matches as match_control() makes them. `control` is the detection F1; `control_kinds` and
    `control_dates` are accuracies on the matches alone (a wrong one counts as a false positive
    and a false negative, so precision, recall and F1 all equal the accuracy)."""
    if "control" not in gold:  # annotated from heldout10 on; older folders say nothing of control
        return
    s = report.scores
    pairs, missed, extra = match_control(result, gold, actor_key)
    for g, best in pairs:
        kind_ok, _, date_ok = _control_agreement(g, best)
        s["control"].tp += 1
        s["control_kinds"].add({kind_ok or "wrong"}, {True})
        s["control_dates"].add({date_ok or "wrong"}, {True})
    s["control"].fn += len(missed)
    s["control"].fp += len(extra)


def _control_fields(observation: dict) -> dict:
    date = observation.get("date")
    return {
        "event": observation.get("event"),
        "kind": observation.get("kind"),
        "claimant": observation.get("claimant"),
        "date": date,
        "precision": observation.get("date_precision") if date else None,
    }


def control_disagreements(result: dict, gold: dict, actor_key: ActorKey = _norm) -> list[str]:
    """The control disagreements of one article as --show-errors prints them, one JSON object a
    line after its label: "mismatch" (a match whose kind or date disagrees, with `wrong` naming
    which), "missed" (gold unmatched) and "extra" (prediction unmatched)."""
    if "control" not in gold:
        return []
    pairs, missed, extra = match_control(result, gold, actor_key)
    lines = []
    for g, p in pairs:
        kind_ok, _, date_ok = _control_agreement(g, p)
        if kind_ok and date_ok:
            continue
        row = {
            "place": g["place"],
            "side": g["side"],
            "wrong": [w for w, ok in (("kind", kind_ok), ("date", date_ok)) if not ok],
            "got": _control_fields(p),
            "gold": _control_fields(g),
        }
        lines.append("mismatch " + json.dumps(row, ensure_ascii=False))
    for label, rows in (("missed", missed), ("extra", extra)):
        for o in rows:
            row = {"place": o["place"], "side": o["side"], **_control_fields(o)}
            lines.append(f"{label} " + json.dumps(row, ensure_ascii=False))
    return lines


def scored_json(result: Extraction, name: str) -> dict:
    """The extraction's JSON as the scorer reads it: each campaign with the words of the text its
    targets were found under (`_target_surfaces`, matched like canonical names)."""
    data = result.to_json(name)
    for record, campaign in zip(result.campaigns, data["campaigns"], strict=True):
        campaign["_target_surfaces"] = [result.text[s:e] for s, e in record.target_spans]
    return data


def evaluate(
    gold_dir: Path = GOLD_DIR,
    *,
    dictionary: ActorDictionary | None = None,
    places_for: Callable[[str], list] | None = None,
    geoparser: Any = None,
    on_article: Callable[[str, dict, dict], None] | None = None,
    exclude: tuple[str, ...] = (),
    actor_key: ActorKey | None = None,
) -> Report:
    """Run extraction on every annotated article and accumulate per-kind scores (folders named in
    `exclude` skipped). With a `geoparser`, campaign targets are resolved by it and the articles
    whose annotation lists `places` are scored for place accuracy too. `actor_key` compares actor
    names (default: `actor_key_for` the dictionary)."""
    report = Report()
    known = dictionary or default_dictionary()
    actor_key = actor_key or actor_key_for(known)
    outlets = frozenset(name for name, entry in known.actors.items() if entry.kind == "outlet")
    for annotation in sorted(gold_dir.rglob("*.json")):
        if exclude and set(annotation.relative_to(gold_dir).parts[:-1]) & set(exclude):
            continue
        text_path = annotation.with_suffix(".txt")
        try:
            gold = json.loads(annotation.read_text(encoding="utf-8"))
            text = text_path.read_text(encoding="utf-8")
        except (OSError, ValueError) as exc:
            report.errors.append(f"{annotation.name}: {exc}")
            continue
        published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
        places = places_for(text) if places_for else None
        if geoparser is not None:
            parse_batch([text])  # one parse shared by geoparser and extraction, as in ingest
            toponyms = geoparser.parse(text)
            places = places_from_toponyms(toponyms)
            if "places" in gold:
                # scored as the map shows them: without nationality words ("Belgian")
                places_on_map = [t for t in toponyms if not t.is_demonym]
                score_places(text_path.name, gold["places"], places_on_map, report.places)
        result: Extraction = extract(
            text, published=published, dictionary=dictionary, places=places
        )
        data = scored_json(result, text_path.name)
        score_article(data, gold, report, text_path.name, outlets, actor_key)
        score_control(data, gold, report, actor_key)
        report.articles += 1
        report.chars += len(text)
        if on_article:
            on_article(text_path.name, data, gold)
    return report
