"""How far the learned gate (campaign_gate) can lift the campaigns found, on annotated articles:
each held-out folder is scored with a gate fitted on the other folders, beside the rules alone
and an oracle gate that admits exactly the candidates the gold makes campaigns (what a perfect
ranking of today's candidates would give: whether the gate's cues or its candidates limit it).
The roles come from the weights given (the ranker the gate runs beside), so one load of the
articles judges a new gate cue in seconds rather than a retraining and a scoring of every folder.

The gate's examples are those of campaign_role_training (a candidate is a campaign when it is a
target of a gold campaign no rule campaign matched)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .campaign_gate import gate_candidates
from .campaign_role_training import fit, score
from .campaign_roles import RoleModel
from .evaluation import Score

if TYPE_CHECKING:
    from .campaign_role_training import Case


@dataclass(frozen=True)
class OracleModel(RoleModel):
    """A role model whose gate admits a candidate exactly when its features are those of a
    candidate the gold labels a campaign (one model per article: `oracle_for`)."""

    admitted: frozenset = field(default_factory=frozenset)

    def probability(self, weights: dict[str, float], features: dict[str, float]) -> float:
        if weights is self.gate:
            return 1.0 if frozenset(features.items()) in self.admitted else 0.0
        return RoleModel.probability(weights, features)


def oracle_for(case: Case, roles: RoleModel) -> OracleModel:
    """The oracle gate for one article: the candidates its gate examples label campaigns."""
    candidates = gate_candidates(case.context)
    admitted = frozenset(
        frozenset(features.items())
        for (features, _), (_, label) in zip(
            candidates.values(), case.examples["gate"], strict=True
        )
        if label
    )
    fields = {k: getattr(roles, k) for k in ("attacker", "target", "drop", "add", "add_target")}
    return OracleModel(
        **fields, fill=roles.fill, gate={"oracle": 1.0}, admit=0.5, admitted=admitted
    )


@dataclass
class FoldRow:
    folder: str
    rules: Score
    learned: Score
    oracle: Score
    gate: dict[str, float] = field(default_factory=dict)


def _campaigns(cases: list[Case], model) -> Score:
    return score(cases, model).scores["campaigns"]


def _added(into: Score, other: Score) -> None:
    into.tp += other.tp
    into.fp += other.fp
    into.fn += other.fn


def study(
    cases: list[Case],
    folders: list[str],
    roles: RoleModel,
    penalty: float,
    admit: float,
    admit_first: float | None = None,
) -> list[FoldRow]:
    """Per folder of `folders`: campaigns with the rules alone, with a gate fitted on every other
    folder of `cases` (at `admit`, an article's likeliest candidate at `admit_first`), and with
    the oracle gate."""
    rows = []
    for folder in folders:
        held = [c for c in cases if c.folder == folder]
        examples = [e for c in cases if c.folder != folder for e in c.examples["gate"]]
        gate = fit(examples, penalty)
        learned = replace(roles, gate=gate, admit=admit, admit_first=admit_first)
        oracle = Score()
        for case in held:
            _added(oracle, _campaigns([case], oracle_for(case, roles)))
        rows.append(
            FoldRow(folder, _campaigns(held, None), _campaigns(held, learned), oracle, gate)
        )
    return rows


def pooled(rows: list[FoldRow]) -> tuple[Score, Score, Score]:
    """The rows' campaign counts summed: (rules, learned, oracle)."""
    totals = (Score(), Score(), Score())
    for row in rows:
        for total, one in zip(totals, (row.rules, row.learned, row.oracle), strict=True):
            _added(total, one)
    return totals
