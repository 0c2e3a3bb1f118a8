"""The campaign role ranker (articles/extraction/campaign_roles.py): the cues it reads for each
candidate side and place, two phrasings per class; how a model's probabilities decide the roles; and
the training command, whose weights load and come out the same on every run."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from articles.extraction import extract
from articles.extraction.campaign_role_features import actor_features, place_features
from articles.extraction.campaign_roles import WEIGHTS, RoleModel, assign_roles, default_model
from tests.articles.rows import FRIDAY_28_JUNE_2024, assert_trained_on_dev_folders

MULTI_TARGET = [
    # a push toward two towns
    (
        "Government troops pushed toward Kalemie and Moba on Monday in an offensive on the"
        " lakeside towns, officials said.",
        "Kalemie",
        ["moba"],
    ),
    # an offensive on a list of villages, some of which the entity recogniser does not know
    (
        "The army launched an offensive on the villages of Kalay, Tamu and Mawlaik in early May,"
        " residents said.",
        "Kalay",
        ["tamu", "mawlaik"],
    ),
]
CO_ATTACKER = [
    # "X, aided by Y" ("backed by" an armed group is the ally step's: campaign_allies)
    (
        "Syrian troops, aided by Hezbollah fighters, launched an assault on Qusayr on Sunday,"
        " state media said.",
        "Syrian government forces",
        "Hezbollah",
    ),
    # "X alongside allied Y"
    (
        "Malian troops alongside allied Wagner fighters launched an offensive on Kidal on"
        " Saturday, officials said.",
        "Malian Armed Forces",
        "Wagner Group",
    ),
    # "X, supported by Y"
    (
        "M23 rebels, supported by Rwanda Defence Force troops, launched an assault on Sake on"
        " Friday, residents said.",
        "M23",
        "Rwanda Defence Force",
    ),
]
# Weights set by hand: a place listed with the target is a target; a side hanging from the chosen
# attacker's phrase attacks too.
BY_HAND = RoleModel(
    attacker={"bias": -4.0, "rule_attacker": 8.0, "under_rule_attacker": 4.0, "beside_cue": 4.0},
    target={"bias": -4.0, "coordinated_with_target": 8.0},
)


def _rules(text: str, dictionary):
    result = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, role_model=None)
    assert result.roles is not None, "no campaign found"
    return result.roles


@pytest.mark.parametrize(("text", "target", "listed"), MULTI_TARGET)
def test_places_listed_with_the_target_are_coordinated_with_it(text, target, listed, dictionary):
    roles = _rules(text, dictionary)
    (record,) = roles.records
    assert record.targets[0] == target  # the rules may list the others too (listed_with)
    features = place_features(roles, record)
    for key in listed:
        if features[key].get("rule_target"):
            continue  # a place the rules already made a target is no candidate
        assert features[key]["coordinated_with_target"] == 1.0


@pytest.mark.parametrize(("text", "attacker", "partner"), CO_ATTACKER)
def test_a_side_fighting_beside_the_attacker_hangs_from_its_phrase(
    text, attacker, partner, dictionary
):
    roles = _rules(text, dictionary)
    (record,) = roles.records
    assert record.attackers == [attacker]
    features = actor_features(roles, record)
    assert features[partner]["under_rule_attacker"] == 1.0
    assert features[partner]["beside_cue"] == 1.0
    assert "under_rule_attacker" not in features[attacker]


@pytest.mark.parametrize(("text", "target", "listed"), MULTI_TARGET)
def test_a_model_adds_the_listed_places_as_targets(text, target, listed, dictionary):
    result = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, role_model=BY_HAND)
    (campaign,) = result.campaigns
    assert campaign.targets[0] == target
    assert [t.lower() for t in campaign.targets[1:]] == listed
    assert len(campaign.target_spans) == len(campaign.targets)


@pytest.mark.parametrize(("text", "attacker", "partner"), CO_ATTACKER)
def test_a_model_adds_the_side_fighting_beside_the_attacker(text, attacker, partner, dictionary):
    result = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, role_model=BY_HAND)
    assert [c.attackers for c in result.campaigns] == [[attacker, partner]]


# Sides told facing the attacker in the campaign's own sentence, which a ranker eager to add
# every side named there must still leave out.
FACING_ATTACKER = [
    (
        "Clashes between Iraqi troops and fighters of the Badr Organisation broke out in Baiji"
        " as the army launched an offensive on the town on Monday.",
        "Baiji",
        "Badr Organization",
    ),
    (
        "Syrian troops exchanged fire with Hezbollah fighters near Qusayr before the army"
        " launched an assault on the town on Sunday, state media said.",
        "Qusayr",
        "Hezbollah",
    ),
]
EAGER = RoleModel(attacker={"bias": 4.0}, target={"bias": -4.0})  # p = 0.98 for every side


@pytest.mark.parametrize(("text", "target", "facing"), FACING_ATTACKER)
def test_a_ranker_never_adds_a_side_told_facing_the_attacker(text, target, facing, dictionary):
    result = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, role_model=EAGER)
    campaign = next(c for c in result.campaigns if target in c.targets)
    assert campaign.attackers
    assert facing not in campaign.attackers


def test_an_eager_ranker_still_adds_a_side_fighting_beside_the_attacker(dictionary):
    text, attacker, partner = CO_ATTACKER[0]
    result = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, role_model=EAGER)
    assert [c.attackers for c in result.campaigns] == [[attacker, partner]]


def test_without_a_model_the_rules_choose(dictionary):
    text, _, _ = CO_ATTACKER[0]
    roles = _rules(text, dictionary)
    before = [(r.attackers[:], r.targets[:]) for r in roles.records]
    assign_roles(roles, None)
    assert [(r.attackers, r.targets) for r in roles.records] == before


def test_a_side_the_rules_chose_goes_only_when_the_model_doubts_it(dictionary):
    text, attacker, _ = CO_ATTACKER[0]
    doubting = RoleModel(attacker={"bias": -4.0}, target={"bias": -4.0})  # p = 0.018 for all
    result = extract(
        text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, role_model=doubting
    )
    # every side below `drop`: the rules' choice stays rather than leave the campaign without one
    assert [c.attackers for c in result.campaigns] == [[attacker]]


@pytest.mark.parametrize(("text", "attacker", "_"), CO_ATTACKER[:2])
def test_a_campaign_without_attacker_gets_the_likeliest_side(text, attacker, _, dictionary):
    roles = _rules(text, dictionary)
    (record,) = roles.records
    # the ranker's choice alone: no partner told attacking beside it (campaign_joint_doers)
    record.attackers, record.companions = [], []
    subject = RoleModel(
        attacker={"bias": -2.0, "subject_over_target": 1.8},  # p = 0.45 for the subject only
        target={"bias": -4.0},
    )
    assign_roles(roles, subject)
    assert record.attackers == [attacker]


def test_a_text_past_the_rankers_size_keeps_the_rules_choices(dictionary, monkeypatch):
    text, attacker, _ = CO_ATTACKER[0]
    monkeypatch.setattr("articles.extraction.campaign_roles.ROLE_CHARS", len(text) - 1)
    result = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, role_model=BY_HAND)
    assert result.roles is None
    assert [c.attackers for c in result.campaigns] == [[attacker]]


def test_the_shipped_weights_load_and_say_how_they_were_made():
    model = default_model()
    assert model is not None
    assert model.attacker["bias"] < 0 < model.attacker["rule_attacker"]
    assert 0 < model.drop < model.add < 1
    assert_trained_on_dev_folders(WEIGHTS, "train_campaign_roles")


# A tiny annotated set in the gold format: two folders, two articles.
FIXTURE = {
    "a/01-kidal": (
        "Malian troops and allied Wagner fighters launched an offensive on Kidal on Saturday,"
        " officials said.\nThe army said its troops had captured Kidal on Tuesday.",
        {"actors": ["Malian Armed Forces", "Wagner Group"], "targets": ["Kidal"]},
    ),
    "b/01-kalay": (
        "Rebels of the Arakan Army launched an offensive on the villages of Kalay, Tamu and"
        " Mawlaik in early May, residents said.\nThe Arakan Army said it had captured Tamu.",
        {"actors": ["Arakan Army"], "targets": ["Kalay", "Tamu", "Mawlaik"]},
    ),
}


def _write_fixture(root):
    for stem, (text, campaign) in FIXTURE.items():
        path = root / f"{stem}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        gold = {
            "published": "2024-06-28",
            "actors": campaign["actors"],
            "statements": [],
            "campaigns": [
                {
                    "name": f"{campaign['targets'][0]} offensive",
                    "named": False,
                    "actors": campaign["actors"],
                    "targets": campaign["targets"],
                    "started_on": None,
                    "date_precision": 1,
                }
            ],
        }
        path.with_suffix(".json").write_text(json.dumps(gold), encoding="utf-8")


def test_the_training_command_reproduces_its_weights(tmp_path, dictionary):
    gold = tmp_path / "gold"
    _write_fixture(gold)
    runs = []
    for n in (1, 2):
        output = tmp_path / f"weights{n}.json"
        call_command(
            "train_campaign_roles", gold=gold, train=["a", "b"], output=output, stdout=None
        )
        runs.append(output.read_text(encoding="utf-8"))
    assert runs[0] == runs[1]
    data = json.loads(runs[0])
    assert data["trained_on"] == ["a", "b"]
    assert data["command"].startswith("manage.py train_campaign_roles --train a --train b")
    model = RoleModel.from_json(data)
    assert (model.drop, model.add, model.add_target, model.fill) == (0.4, 0.5, 0.5, 0.25)
    assert {"bias", "rule_attacker", "beside_cue"} <= set(model.attacker)
    assert {"bias", "coordinated_with_target"} <= set(model.target)
    assert model.admit == 0.4
    assert "bias" in model.gate
    text = FIXTURE["a/01-kidal"][0]
    result = extract(text, published=FRIDAY_28_JUNE_2024, dictionary=dictionary, role_model=model)
    assert [c.attackers[0] for c in result.campaigns] == ["Malian Armed Forces"]


def test_cross_validation_scores_the_attackers_of_matched_campaigns_apart(tmp_path):
    gold = tmp_path / "gold"
    _write_fixture(gold)
    out = io.StringIO()
    call_command("train_campaign_roles", gold=gold, train=["a", "b"], cv=True, stdout=out)
    header, *rows = out.getvalue().splitlines()
    assert header.split() == ["folder", "campaigns", "attackers", "targets", "matched_attackers"]
    assert [row.split()[0] for row in rows] == ["a", "b"]
    assert all(row.count("→") == 4 for row in rows)


@pytest.mark.parametrize(
    ("text", "first", "retaker"),
    [
        (
            "Fighters of the Arakan Army stormed the town of Paletwa on Monday and seized its"
            " police station, residents said. On Friday the Tatmadaw said its troops had retaken"
            " Paletwa after two days of fighting.",
            "Arakan Army",
            "Tatmadaw",
        ),
        (
            "Boko Haram fighters seized Gwoza on Sunday, residents said. Nigerian Armed Forces"
            " soldiers retook Gwoza two days later, the army said.",
            "Boko Haram",
            "Nigerian Armed Forces",
        ),
    ],
)
def test_a_side_retaking_a_target_another_side_attacked_is_marked(text, first, retaker, dictionary):
    roles = _rules(text, dictionary)
    record = roles.records[0]  # the retaking side's counter-offensive may follow it
    features = actor_features(roles, record)
    assert features[first]["attacked_before_retake"] == 1.0
    assert features[retaker]["retakes_from_attacker"] == 1.0
    assert "retakes_from_attacker" not in features[first]


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        (
            "Fighters of the Kachin Independence Army massed in the hills on Monday.\n"
            "Shops stayed shut and roads were empty, residents said.\n"
            "The assault on Bhamo began on Tuesday, when gunmen attacked army posts.",
            "Kachin Independence Army",
        ),
        (
            "The assault on Sake began at dawn on Friday, residents said.\n"
            "Shops stayed shut and roads were empty.\n"
            "M23 commanders said their men would not stop.",
            "M23",
        ),
    ],
)
def test_a_campaign_without_attacker_gets_a_side_named_a_sentence_or_two_away(
    text, attacker, dictionary
):
    roles = _rules(text, dictionary)
    (record,) = roles.records
    record.attackers = []
    near = RoleModel(
        attacker={"bias": -2.0, "near_campaign_sentence": 1.8},  # p = 0.45 for a side near it
        target={"bias": -4.0},
    )
    assign_roles(roles, near)
    assert record.attackers == [attacker]


@pytest.mark.parametrize(
    ("text", "target", "opponent"),
    [
        (
            "Government forces began an offensive on Monday against Al-Shabaab fighters in the"
            " town of Bulo Burde, officials said.",
            "Bulo Burde",
            "Al-Shabaab",
        ),
        (
            "The offensive on Kidal, launched on Saturday against Islamic State, has driven the"
            " militants from several villages, officials said.",
            "Kidal",
            "Islamic State",
        ),
        (
            "Troops pushed into Manbij on Sunday in a new assault against the YPG, whose"
            " fighters said they still held the town.",
            "Manbij",
            "People's Protection Units",
        ),
    ],
)
def test_a_ranker_never_makes_the_side_a_campaign_is_against_its_attacker(
    text, target, opponent, dictionary
):
    roles = _rules(text, dictionary)
    record = next(r for r in roles.records if target in r.targets)
    assert opponent in record.opponents
    record.attackers = []  # nothing kept: the fill decides, and EAGER adds every other side
    assign_roles(roles, EAGER)
    assert opponent not in record.attackers


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "Syrian troops launched an offensive on Nubl on Monday, backed by fighters from"
            " Lebanon's Hezbollah and Iranian forces, state media said.",
            "Hezbollah",
        ),
        (
            "Turkish troops launched an assault on Afrin on Saturday with reinforcements from the"
            " Syrian National Army, officials said.",
            "Syrian National Army",
        ),
        (
            "Iraqi troops began an offensive on Tal Afar on Sunday, supported by fighters from"
            " the Popular Mobilization Forces, officials said.",
            "Popular Mobilization Forces",
        ),
    ],
)
def test_a_side_the_fighters_come_from_is_no_opponent(text, partner, dictionary):
    roles = _rules(text, dictionary)
    assert all(partner not in record.opponents for record in roles.records)
