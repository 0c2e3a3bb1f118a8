"""The learned gate (campaign_gate): an attacked place no rule stage made a campaign of becomes one
when its evidence — where and how often it is named, what is done to it, what control reports —
reaches the model's threshold."""

from __future__ import annotations

import pytest

from articles.extraction import extract
from articles.extraction.campaign_gate import gate_candidates
from articles.extraction.campaign_record import name_key
from articles.extraction.campaign_roles import RoleModel
from tests.articles.rows import FRIDAY_28_JUNE_2024

# Assaults told through their fighting, with no campaign noun.
FOUGHT = [
    (
        "Street fighting in Khartoum enters fourth day\nCAIRO, June 28 (Reuters) - Street"
        " fighting in Khartoum entered a fourth day on Friday as Rapid Support Forces fighters"
        " battled soldiers near the airport, residents said.",
        "Khartoum",
    ),
    (
        "Clashes engulf Tripoli suburbs\nTUNIS, June 28 (Reuters) - Clashes engulfed the southern"
        " suburbs of Tripoli on Friday as Libyan National Army fighters battled militias near the"
        " old airport, residents said.",
        "Tripoli",
    ),
]
# Only the gate's own weights: a place the headline tells fought over is a campaign.
GATE = RoleModel(
    attacker={"bias": 0.0},
    target={"bias": -10.0},
    gate={"bias": -4.0, "headline_fight": 8.0},
    admit=0.5,
)


def _roles(text, dictionary, model=None):
    return extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, role_model=model)


@pytest.mark.parametrize(("text", "place"), FOUGHT)
def test_a_place_the_headline_tells_fought_over_is_a_candidate(text, place, dictionary):
    result = _roles(text, dictionary)
    assert result.campaigns == []
    candidates = gate_candidates(result.roles)
    features, _ = candidates[name_key(place)]
    assert features["headline_fight"] == 1.0
    assert features["in_headline"] == 1.0
    assert features["rules_found_none"] == 1.0
    dateline = [f for key, (f, _) in candidates.items() if key != name_key(place)]
    assert all(f["dateline"] == 1.0 and "headline_fight" not in f for f in dateline)


@pytest.mark.parametrize(("text", "place"), FOUGHT)
def test_the_gate_makes_a_campaign_of_it(text, place, dictionary):
    result = _roles(text, dictionary, GATE)
    assert [c.targets[0] for c in result.campaigns] == [place]
    assert result.campaigns[0].name == f"{place} offensive"


@pytest.mark.parametrize(("text", "place"), FOUGHT)
def test_a_model_without_gate_adds_no_campaign(text, place, dictionary):
    closed = RoleModel(attacker={"bias": 0.0}, target={"bias": -10.0}, gate=GATE.gate, admit=1.0)
    assert _roles(text, dictionary, closed).campaigns == []


def test_a_place_no_one_fights_over_is_no_candidate(dictionary):
    text = (
        "Ministers meet in Geneva\nGENEVA, June 28 (Reuters) - Foreign ministers met in Geneva"
        " on Friday to discuss aid to Sudan, diplomats said."
    )
    result = _roles(text, dictionary)
    assert result.roles is not None
    assert gate_candidates(result.roles) == {}
