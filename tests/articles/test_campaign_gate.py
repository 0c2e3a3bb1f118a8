"""The learned gate (campaign_gate): an attacked place no rule stage made a campaign of becomes one
when its evidence — where and how often it is named, what is done to it, what control reports —
reaches the model's threshold."""

from __future__ import annotations

from dataclasses import replace

import pytest

from articles.extraction import extract
from articles.extraction.campaign_gate import (
    _campaign_it_joins,
    _sentence_cues,
    a_group_of_people,
    admitted,
    fought_at,
    gate_candidates,
    struck_how,
)
from articles.extraction.campaign_record import name_key
from articles.extraction.campaign_roles import RoleModel
from places.nlp import parse
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


# How the parse tells a place attacked (campaign_gate.struck_how), in sentences of our own.
STRUCK = [
    ("Rebels said the Kadugli offensive would resume after the rains.", "Kadugli", "named"),
    (
        "Militia leaders vowed to press on with Bossangoa's siege despite the truce.",
        "Bossangoa",
        "named",
    ),
    ("The government said the battle of Tessit was over.", "Tessit", "named"),
    ("Commanders admitted that Dolo fell on Tuesday after heavy shelling.", "Dolo", "fell"),
    ("Residents said Garoua had fallen to the insurgents by nightfall.", "Garoua", "fell"),
    ("Officials conceded on Sunday that Kambia falls within days.", "Kambia", "fell"),
    ("Government troops stormed Kuria at dawn.", "Kuria", "object"),
    ("The siege of Banamba entered its third week on Monday.", "Banamba", "named"),
    ("Diplomats met in Geneva on Friday.", "Geneva", None),
]


@pytest.mark.parametrize(("sentence", "word", "how"), STRUCK)
def test_how_the_parse_tells_a_place_attacked(sentence, word, how):
    token = next(t for t in parse(sentence) if t.text == word)
    assert struck_how(token) == how


# Where the parse tells a fight took place (campaign_gate.fought_at), in sentences of our own.
FOUGHT_AT = [
    ("Gunmen raided an army checkpoint in the village of Bokoro before dawn.", "Bokoro", True),
    ("Insurgents overran the police station at Tillia on Sunday.", "Tillia", True),
    ("Heavy fighting was reported around Mongo late on Friday.", "Mongo", True),
    (
        "The death toll from the militants' assault on a garrison at Kalait rose to 30.",
        "Kalait",
        True,
    ),
    ("Rebels shelled army positions at Abeche and around Biltine.", "Biltine", True),
    ("Refugees who fled the fighting arrived in Abeche on Monday.", "Abeche", False),
    ("The ministers met in Geneva to discuss the attacks.", "Geneva", False),
    ("The brigade advanced from Ati on Tuesday.", "Ati", False),
]


@pytest.mark.parametrize(("sentence", "word", "scene"), FOUGHT_AT)
def test_where_the_parse_tells_a_fight_took_place(sentence, word, scene):
    token = next(t for t in parse(sentence) if t.text == word)
    assert fought_at(token) is scene


def test_the_sentences_naming_a_place_tell_its_story():
    # named in sentences 0, 2 and 5: fighting in 0 and 2, a campaign noun in 2, another
    # campaign's target beside it in 5
    cues = _sentence_cues({0, 2, 5}, ({0, 2}, {2}, {5}))
    assert cues["headline_fight"] == 1.0
    assert cues["fight_share"] == pytest.approx(2 / 3)
    assert cues["campaign_sentences"] > 0
    assert cues["beside_target"] == pytest.approx(1 / 3)
    assert _sentence_cues({4}, ({0}, {2}, {5})) == {}


# A place told attacked only further down is background; the same deed in the lead is the story.
# Where it is named is a learned weight (`body_only`), no longer a filter.
STRUCK_GATE = RoleModel(
    attacker={"bias": 0.0},
    target={"bias": -10.0},
    gate={"bias": -4.0, "struck_object": 8.0, "control_capture": 8.0, "body_only": -8.0},
    admit=0.5,
)
BACKGROUND = [
    (
        "Aid convoy reaches the north\nNAIROBI (Reuters) - An aid convoy reached the north on"
        " Friday, officials said.\nDonors met in Geneva on Thursday.\nLast year insurgents"
        " overran Balad, displacing thousands.",
        "Balad",
    ),
    (
        "Talks resume in the capital\nBAMAKO (AP) - Talks between the parties resumed on Friday,"
        " mediators said.\nThe mediators flew in on Thursday.\nIn 2019 the militants overran"
        " Dioura, burning the market.",
        "Dioura",
    ),
]


@pytest.mark.parametrize(("text", "place"), BACKGROUND)
def test_a_place_only_the_body_tells_attacked_is_no_campaign(text, place, dictionary):
    result = _roles(text, dictionary)
    assert name_key(place) in gate_candidates(result.roles)
    assert _roles(text, dictionary, STRUCK_GATE).campaigns == []
    lead = text.replace("\n", "\n" + text.rsplit("\n", 1)[1] + " ", 1)
    assert [c.targets[0] for c in _roles(lead, dictionary, STRUCK_GATE).campaigns] == [place]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Troops kill 12 Maoists in forest raid. The Maoists denied the toll, and police said"
            " they had surrounded the Maoists in the hills.",
            "Maoists",
        ),
        (
            "Army says 40 Islamists killed near the border. The Islamists deny it; soldiers"
            " encircled the Islamists at dawn, officers said.",
            "Islamists",
        ),
    ],
)
def test_a_word_the_text_uses_for_a_group_of_people_is_no_place(text, word):
    assert a_group_of_people(parse(text), {word, f"the {word}"})


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rebels surround Goma. Fighting raged around Goma on Friday, residents said.", "Goma"),
        ("Troops encircled Kidal. The army said Kidal would fall within days.", "Kidal"),
    ],
)
def test_a_town_is_no_group_of_people(text, word):
    assert not a_group_of_people(parse(text), {word})


# The headline tells the fight; control reports only the defender winning positions back.
RETAKEN = [
    (
        "Street fighting in Tumaco enters second day\nBOGOTA, June 28 (Reuters) - Street fighting"
        " in Tumaco entered a second day on Friday after guerrillas overran a police post. The"
        " Colombian army said its troops had retaken the positions around Tumaco.",
        "Tumaco",
    ),
    (
        "Clashes engulf Bunia\nKINSHASA, June 28 (Reuters) - Clashes engulfed Bunia on Friday"
        " after militiamen stormed an army camp overnight. Congo's army said it had retaken the"
        " positions around Bunia by dawn.",
        "Bunia",
    ),
]


@pytest.mark.parametrize(("text", "place"), RETAKEN)
def test_the_side_retaking_a_gated_place_is_not_its_attacker(text, place, dictionary):
    # attacker weights that add or fill no side: what stays is the gate's own choice
    model = RoleModel(
        attacker={"bias": -10.0}, target={"bias": -10.0}, gate=GATE.gate, admit=GATE.admit
    )
    result = _roles(text, dictionary, model)
    assert any(c.event == "retake" for c in result.control)
    (campaign,) = [c for c in result.campaigns if c.targets[0] == place]
    assert campaign.attackers == []


# A gated campaign's taker with a side told fighting beside it.
PAIRED = [
    (
        "Street fighting in Ber enters second day\nBAMAKO, June 28 (Reuters) - Street fighting in"
        " Ber entered a second day on Friday after Malian soldiers and their Russian allies of the"
        " Wagner Group took over the base at Ber, the army said.",
        "Ber",
        {"Malian Armed Forces", "Wagner Group"},
    ),
    (
        "Street fighting in Maaloula enters third day\nDAMASCUS, June 28 (Reuters) - Street"
        " fighting in Maaloula entered a third day on Friday after Nusra Front fighters took over"
        " the checkpoint at Maaloula. Fighters of the Free Syrian Army have fought alongside"
        " them, residents said.",
        "Maaloula",
        {"Al-Nusra Front", "Free Syrian Army"},
    ),
]


@pytest.mark.parametrize(("text", "place", "attackers"), PAIRED)
def test_the_side_fighting_beside_a_gated_campaigns_taker_attacks_too(
    text, place, attackers, dictionary
):
    # every side at p = 0.5: the gate's taker stays, no other side is added
    model = RoleModel(
        attacker={"bias": 0.0}, target={"bias": -10.0}, gate=GATE.gate, admit=GATE.admit
    )
    result = _roles(text, dictionary, model)
    (campaign,) = [c for c in result.campaigns if c.targets[0] == place]
    assert set(campaign.attackers) == attackers


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Clashes spread across Chad\nNDJAMENA, June 28 (Reuters) - Clashes spread across"
            " Chad on Friday as rebels battled troops near two oases, residents said.",
            "Chad",
        ),
        (
            "Georgians driven from mountain valley\nTBILISI, June 28 (AFP) - Separatist fighters"
            " said on Friday they had driven Georgian troops out of the valley after days of"
            " shelling in Georgia.",
            "Georgia",
        ),
    ],
)
def test_a_state_named_beside_the_fight_is_no_candidate(text, state, dictionary):
    result = _roles(text, dictionary)
    assert result.roles is not None
    assert name_key(state) not in gate_candidates(result.roles)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Street fighting rages in Kolda and Sedhiou\nDAKAR, June 28 (Reuters) - Street"
            " fighting raged on Friday as rebels battled soldiers near the airport, residents"
            " said.",
            ["Kolda", "Sedhiou"],
        ),
        (
            "Clashes engulf Bouar, Baoro and Yaloke\nBANGUI, June 28 (Reuters) - Clashes"
            " engulfed the towns on Friday as rebels battled soldiers near the market, residents"
            " said.",
            ["Bouar", "Baoro"],
        ),
    ],
)
def test_places_the_headline_lists_together_are_one_campaign(text, places, dictionary):
    result = _roles(text, dictionary, GATE)
    assert len(result.campaigns) == 1, [c.targets for c in result.campaigns]
    assert result.campaigns[0].targets[: len(places)] == places


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels seize Kolda, ratcheting up pressure on Goma\nNAIROBI, June 28 (Reuters) - The"
        " M23 offensive on Goma began in May, officials said on Friday.",
        "M23 rebels take Kolda as their push on Goma gathers pace\nNAIROBI, June 28 (Reuters) -"
        " The M23 rebels launched an offensive on Goma in May, officials said on Friday.",
    ],
)
def test_a_place_its_taker_seizes_beside_its_campaign_joins_that_campaign(text, dictionary):
    result = _roles(text, dictionary)
    goma = next(r for r in result.campaigns if r.targets[0] == "Goma")
    start = text.index("Kolda")
    span = (start, start + len("Kolda"))
    assert _campaign_it_joins(result.roles, [], span, [goma.attackers[0]]) == goma
    assert _campaign_it_joins(result.roles, [], span, ["Someone else"]) is None


@pytest.mark.parametrize(
    ("text", "quarter"),
    [
        (
            "Troops press offensive on Sirnak\nANKARA, June 28 (Reuters) - Turkish troops pressed"
            " their offensive on the town of Sirnak on Friday, and the army said its units had"
            " cleared the Yesilyurt neighbourhood of militants.",
            "Yesilyurt",
        ),
        (
            "Army pushes deeper into Marawi\nMANILA, June 28 (Reuters) - Philippine soldiers"
            " pushed deeper into Marawi on Friday in their assault on the city, fighting house"
            " to house in the Banggolo quarter, the military said.",
            "Banggolo",
        ),
    ],
)
def test_a_quarter_of_the_town_fought_over_is_no_candidate(text, quarter, dictionary):
    result = _roles(text, dictionary)
    assert result.campaigns
    assert name_key(quarter) not in gate_candidates(result.roles)


# A gate whose headline-fight place reaches p 0.35: under `admit` 0.4, over `admit_first` 0.3.
LIKELIEST = {"bias": -4.0, "headline_fight": 3.38}


@pytest.mark.parametrize(("text", "place"), FOUGHT)
def test_the_likeliest_candidate_is_admitted_from_admit_first(text, place, dictionary):
    model = RoleModel(attacker={"bias": 0.0}, target={"bias": -10.0}, gate=LIKELIEST, admit=0.4)
    features, _ = gate_candidates(_roles(text, dictionary).roles)[name_key(place)]
    assert 0.3 < RoleModel.probability(LIKELIEST, features) < 0.4
    assert _roles(text, dictionary, model).campaigns == []
    lowered = replace(model, admit_first=0.3)
    assert [c.targets[0] for c in _roles(text, dictionary, lowered).campaigns] == [place]


def test_only_the_likeliest_candidate_takes_the_lower_bar():
    scored = [(0.35, "b"), (0.36, "a"), (0.9, "c"), (0.5, "d")]
    assert [s[1] for s in admitted(scored, 0.4, 0.3)] == ["c", "d"]  # at most two
    assert [s[1] for s in admitted(scored[:2], 0.4, 0.3)] == ["a"]
    assert admitted(scored[:2], 0.4, 0.4) == []


def test_the_weights_file_may_omit_admit_first():
    data = {"attacker": {}, "target": {}, "drop": 0.4, "add": 0.5, "add_target": 0.5}
    data |= {"fill": 0.25, "penalty": 1.0, "admit": 0.4}
    assert RoleModel.from_json(data).admit_first is None
    assert RoleModel.from_json(data | {"admit_first": 0.3}).admit_first == 0.3


# The headline tells the fight; control reports the defender winning the place back.
WON_BACK = [
    (
        "Street fighting in Kismayo enters third day\nMOGADISHU, June 28 (Reuters) - Street"
        " fighting in Kismayo entered a third day on Friday after militants overran a checkpoint."
        " Somali troops recaptured the checkpoints around Kismayo overnight, an officer said.",
        "Kismayo",
    ),
    (
        "Street fighting in Malakal enters second day\nJUBA, June 28 (Reuters) - Street fighting"
        " in Malakal entered a second day on Friday after rebels overran an army barracks. The"
        " South Sudanese army said it had retaken the barracks outside Malakal.",
        "Malakal",
    ),
]


@pytest.mark.parametrize(("text", "place"), [*RETAKEN, *WON_BACK])
def test_a_gated_campaign_gets_no_side_told_retaking_its_place(text, place, dictionary):
    # weights that make a side retaking the target the likeliest attacker by far
    model = RoleModel(
        attacker={"bias": -1.0, "retake_target": 6.0},
        target={"bias": -10.0},
        gate=GATE.gate,
        admit=GATE.admit,
    )
    result = _roles(text, dictionary, model)
    retakers = {c.side for c in result.control if c.event == "retake"}
    assert retakers
    (campaign,) = [c for c in result.campaigns if c.targets[0] == place]
    assert not retakers & set(campaign.attackers)
