"""The gate's scene features (campaign_gate_features): the side the parse tells striking a place and
its kind, how that side and the place stand to the campaigns the rules found, the place's kind and
a dated strike; and a place only the body names is weighed, not filtered out."""

from __future__ import annotations

import pytest

from articles.extraction import extract
from articles.extraction.campaign_gate import gate_candidates, struck_how
from articles.extraction.campaign_gate_features import GateScene, scene_cues
from articles.extraction.campaign_record import name_key
from articles.extraction.campaign_roles import RoleModel
from places.nlp import parse
from tests.articles.rows import FRIDAY_28_JUNE_2024


def _candidates(text, dictionary, model=None):
    result = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, role_model=model)
    return result, gate_candidates(result.roles)


# A side told taking a place in the body: its kind and a dated strike are features.
STRUCK_BY_A_GROUP = [
    (
        "Army battles M23 near Goma\nKINSHASA, June 28 (Reuters) - The Congolese army battled"
        " M23 rebels near Goma on Friday, officials said.\nTrade was halted at the border.\nM23"
        " fighters captured Bunagana on Wednesday, residents said.",
        "Bunagana",
    ),
    (
        "Sudan army holds lines near Omdurman\nCAIRO, June 28 (Reuters) - Sudan's army held its"
        " lines near Omdurman on Friday, witnesses said.\nAid groups warned of hunger.\nThe Rapid"
        " Support Forces stormed the town of Um Kadada on Monday, local activists said.",
        "Um Kadada",
    ),
]


@pytest.mark.parametrize(("text", "place"), STRUCK_BY_A_GROUP)
def test_the_side_striking_a_place_and_its_kind(text, place, dictionary):
    _, candidates = _candidates(text, dictionary)
    features, _ = candidates[name_key(place)]
    assert features["struck_by_armed_group"] == 1.0
    assert features["side_told"] == 1.0
    assert features["dated_strike"] == 1.0
    assert features["body_only"] == 1.0


# Without the old headline/lead filter a gate weighing the striking side admits such a place.
SIDE_GATE = RoleModel(
    attacker={"bias": 0.0},
    target={"bias": -10.0},
    gate={"bias": -4.0, "struck_by_armed_group": 8.0},
    admit=0.5,
)


@pytest.mark.parametrize(("text", "place"), STRUCK_BY_A_GROUP)
def test_a_place_only_the_body_names_can_be_a_campaign(text, place, dictionary):
    result, _ = _candidates(text, dictionary, SIDE_GATE)
    assert place in [t for c in result.campaigns for t in c.targets]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Rebels shelled the outskirts of Byumba on Tuesday.", "Byumba"),
        ("Government troops entered the centre of Kidal overnight.", "Kidal"),
    ],
)
def test_a_place_whose_part_is_attacked_is_struck(sentence, word):
    doc = parse(sentence)
    token = next(t for t in doc if t.text == word)
    assert struck_how(token) == "object"


# The same side's second town beside its campaign's target, and the other side's push.
SCENES = [
    (
        "RSF presses offensive on El Fasher\nCAIRO, June 28 (Reuters) - The Rapid Support Forces"
        " pressed their offensive on El Fasher on Friday, residents said.\nThe Rapid Support"
        " Forces also stormed the town of Um Kadada on Monday, witnesses said.",
        "Um Kadada",
        "side_wages_one",
    ),
    (
        "Army presses offensive on Bunia\nKINSHASA, June 28 (Reuters) - The Congolese army"
        " pressed its offensive on Bunia on Friday, officials said.\nM23 fighters captured"
        " Bunagana on Wednesday, residents said.",
        "Bunagana",
        "side_wages_none",
    ),
]


@pytest.mark.parametrize(("text", "place", "cue"), SCENES)
def test_whether_the_striking_side_wages_a_campaign_found(text, place, cue, dictionary):
    result, candidates = _candidates(text, dictionary)
    assert result.campaigns
    features, _ = candidates[name_key(place)]
    assert features[cue] == 1.0


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Militants seize airport\nMOGADISHU, June 28 (Reuters) - Al Shabaab militants seized"
            " the Baidoa airport on Friday, officials said.",
            "Baidoa",
        ),
        (
            "Rebels take dam\nKINSHASA, June 28 (Reuters) - M23 rebels captured the Ruzizi dam"
            " on Friday, officials said.",
            "Ruzizi",
        ),
    ],
)
def test_a_facility_is_told_by_the_word_after_it(text, place, dictionary):
    result, _ = _candidates(text, dictionary)
    ctx = result.roles
    start = text.index(place)
    found = [(place, place, start, start + len(place))]
    cues = scene_cues(ctx, GateScene(ctx), found, struck_how)
    assert cues["facility_word"] == 1.0
    assert cues["dated_strike"] == 1.0
