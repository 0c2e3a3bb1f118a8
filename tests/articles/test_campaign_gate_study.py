"""The gate study (campaign_gate_study): each folder scored with the rules alone, with a gate fitted
on the other folders, and with an oracle gate admitting exactly the candidates the gold labels."""

from __future__ import annotations

from articles.extraction import extract
from articles.extraction.campaign_gate import gate_candidates
from articles.extraction.campaign_gate_study import oracle_for, pooled, study
from articles.extraction.campaign_record import name_key
from articles.extraction.campaign_role_training import Case, _examples
from articles.extraction.campaign_roles import RoleModel
from tests.articles.rows import FRIDAY_28_JUNE_2024

# Fighting over a town told with no campaign noun: the rules find no campaign, the gate may.
TEXTS = {
    "north": (
        "Street fighting in Khartoum enters fourth day\nCAIRO, June 28 (Reuters) - Street"
        " fighting in Khartoum entered a fourth day on Friday as Rapid Support Forces fighters"
        " battled soldiers near the airport, residents said.",
        "Khartoum",
    ),
    "west": (
        "Clashes engulf Tripoli suburbs\nTUNIS, June 28 (Reuters) - Clashes engulfed the southern"
        " suburbs of Tripoli on Friday as Libyan National Army fighters battled militias near the"
        " old airport, residents said.",
        "Tripoli",
    ),
}
ROLES = RoleModel(attacker={"bias": 0.0}, target={"bias": -10.0}, drop=0.4, add=0.5, fill=0.25)


def _case(folder: str, dictionary) -> Case:
    text, town = TEXTS[folder]
    result = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, role_model=None)
    gold = {
        "actors": [],
        "statements": [],
        "campaigns": [
            {
                "name": f"{town} offensive",
                "named": False,
                "actors": [],
                "targets": [town],
                "started_on": None,
                "date_precision": None,
            }
        ],
    }
    case = Case(folder, town, gold, result.to_json(f"{town}.txt"), result.roles)
    case.examples = _examples(case)
    return case


def test_the_oracle_admits_exactly_the_labelled_candidates(dictionary):
    case = _case("north", dictionary)
    assert case.data["campaigns"] == []
    oracle = oracle_for(case, ROLES)
    admitted = {
        key
        for key, (features, _) in gate_candidates(case.context).items()
        if oracle.probability(oracle.gate, features) == 1.0
    }
    assert admitted == {name_key("Khartoum")}
    assert oracle.probability(ROLES.attacker, {}) == 0.5  # the roles' regressions are untouched


def test_each_folder_is_scored_by_rules_gate_and_oracle(dictionary):
    cases = [_case("north", dictionary), _case("west", dictionary)]
    rows = study(cases, ["north", "west"], ROLES, penalty=1.0, admit=0.4)
    assert [row.folder for row in rows] == ["north", "west"]
    rules, _, oracle = pooled(rows)
    assert (rules.tp, rules.fn) == (0, 2)  # no campaign noun: the rules find none
    assert (oracle.tp, oracle.fp, oracle.fn) == (2, 0, 0)
    assert all("bias" in row.gate for row in rows)  # each gate fitted on the other folder
