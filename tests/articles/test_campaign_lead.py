"""An operation the headline names by its code name alone: its attacker is the subject the headline
gives after the name, else the lead sentence's (campaign_lead). The rule stages' choice is tested
(role_model=None): the ranker reads it as a feature."""

from __future__ import annotations

import pytest

from articles.extraction import extract
from tests.articles.rows import TUESDAY_16_MAY_2023


def _rule_attackers(text: str, dictionary) -> dict[str, list[str]]:
    result = extract(text, published=TUESDAY_16_MAY_2023, dictionary=dictionary, role_model=None)
    return {c.name: c.attackers for c in result.campaigns}


def test_the_leads_named_forces_attack_the_headlines_operation(dictionary):
    text = (
        "Operation Dry Harvest: rebel camps in forest overrun, says government\n"
        "KAMPALA, May 14 (Reuters) - Ugandan troops have overrun the main rebel camps in the"
        " forests of the west after a week of fighting, a spokesman said on Sunday.\n"
        "The army said dozens of fighters had fled across the border."
    )
    assert _rule_attackers(text, dictionary)["Operation Dry Harvest"] == [
        "Uganda People's Defence Force"
    ]


def test_the_headlines_subject_after_the_name_attacks_it(dictionary):
    text = (
        "Operation Silent Hunter: how Nigerian troops cornered the insurgent commander\n"
        "By our correspondent\n"
        "Soldiers combed the hills on Saturday, a day after the commander was killed in a raid.\n"
        "The army said the area was under its control."
    )
    assert _rule_attackers(text, dictionary)["Operation Silent Hunter"] == ["Nigerian Armed Forces"]


def test_bare_soldiers_and_police_in_the_lead_are_the_articles_forces_and_its_police(
    dictionary,
):
    text = (
        "Operation Clean Streets: gangs flee hillside slums\n"
        "CALI, Colombia (AP) — Hundreds of soldiers and police backed by helicopters fought their"
        " way into the hillside slums of the city on Friday, officials said.\n"
        "The army said the gangs had abandoned their positions overnight.\n"
        "A spokesman for the army said the operation would go on."
    )
    attackers = _rule_attackers(text, dictionary)["Operation Clean Streets"]
    assert set(attackers) == {"Military Forces of Colombia", "National Police of Colombia"}


def test_bare_government_troops_in_the_lead_are_the_forces_the_article_names(dictionary):
    text = (
        "Operation Iron Gate: militants flee town\n"
        "MANILA (AFP) — Government troops on Tuesday recaptured the town hall from Islamist"
        " militants after four days of fighting, the Philippine military said.\n"
        "The military said 20 militants were killed."
    )
    assert _rule_attackers(text, dictionary)["Operation Iron Gate"] == [
        "Armed Forces of the Philippines"
    ]


def test_a_lead_whose_subject_is_no_fighting_side_gives_no_attacker(dictionary):
    text = (
        "Operation Quiet Valley: villagers count the cost\n"
        "Residents of the valley said on Sunday they had heard aircraft for two nights before"
        " the bombing began.\n"
        "The army said the operation was over."
    )
    assert _rule_attackers(text, dictionary).get("Operation Quiet Valley", []) == []


def test_a_police_offensive_in_the_names_appositive_is_the_articles_police(dictionary):
    text = (
        "Gang strike ends in northwest\n"
        "BOGOTA, May 14 (Reuters) - Colombian police backed by army troops have reopened the roads"
        " after a two-day strike by a crime gang, a police commander said.\n"
        "The strike came as Operation Red Cedar, a police offensive launched last year to capture"
        " the gang's leader, entered its second year."
    )
    # the army troops backing the police join it (campaign_services)
    assert _rule_attackers(text, dictionary)["Operation Red Cedar"] == [
        "National Police of Colombia",
        "Military Forces of Colombia",
    ]


def test_a_military_operation_in_the_names_appositive_is_the_articles_forces(dictionary):
    text = (
        "Rebel camps bombed in the north\n"
        "KAMPALA (AP) — Warplanes bombed rebel camps near the border on Sunday, the Ugandan army"
        " said.\n"
        "The raids were part of Operation Long Night, a military operation the army began in"
        " March against the rebels."
    )
    assert _rule_attackers(text, dictionary)["Operation Long Night"] == [
        "Uganda People's Defence Force"
    ]


def test_a_later_sentence_saying_who_launched_the_offensive_gives_its_attacker(dictionary):
    text = (
        "Operation Coastal Dawn reopens the road south\n"
        "Villages along the lagoon came under shelling at first light on Monday, and by noon"
        " infantry had crossed the bridge and were fighting toward the highway.\n"
        "Residents said the shelling went on into the night.\n"
        "The offensive was launched by the Ugandan army, which moved two brigades to the coast."
    )
    assert _rule_attackers(text, dictionary)["Operation Coastal Dawn"] == [
        "Uganda People's Defence Force"
    ]


def test_the_attacking_force_sent_by_a_state_attacks(dictionary):
    text = (
        "Villagers flee as the offensive reaches the valley\n"
        "KADUNA (Reuters) - Operation Long Valley entered its third day on Sunday with armoured"
        " columns rolling through the valley and villagers fleeing over the hills.\n"
        "The defenders, a few hundred local volunteers, said they had fallen back.\n"
        "The attacking force had been sent by Nigeria's defence ministry, officials said."
    )
    assert _rule_attackers(text, dictionary)["Operation Long Valley"] == ["Nigerian Armed Forces"]


def test_a_side_named_further_after_the_launchers_by_is_not_the_attacker(dictionary):
    text = (
        "Villagers flee as the offensive reaches the valley\n"
        "KADUNA (Reuters) - Operation Quiet Ridge entered its third day on Sunday with armoured"
        " columns rolling through the valley and villagers fleeing over the hills.\n"
        "The operation was planned by local commanders once trained by Ugandan officers.\n"
    )
    assert _rule_attackers(text, dictionary)["Operation Quiet Ridge"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels say they still hold Kambia\n"
        "FREETOWN (Reuters) - Rebel fighters of the Revolutionary United Front said on Tuesday"
        " they had repulsed a government offensive to retake Kambia, as fighting entered its"
        " third day. The Sierra Leone army said its troops were advancing.",
        "Rebels claim victory at Kambia\n"
        "FREETOWN (AP) - The Revolutionary United Front said on Sunday its fighters had beaten"
        " back an army assault on Kambia, killing dozens of soldiers. The Sierra Leone army"
        " denied the claim.",
    ],
)
def test_a_government_offensive_is_waged_by_the_articles_forces(text, dictionary):
    attackers = _rule_attackers(text, dictionary)
    assert next(iter(attackers.values())) == ["Republic of Sierra Leone Armed Forces"]


def test_a_government_offensive_only_expected_keeps_the_rules_side(dictionary):
    text = (
        "Rebels dig in around Kambia\n"
        "FREETOWN (Reuters) - Fighters of the Revolutionary United Front launched an offensive on"
        " Kambia on Tuesday, and diplomats said a government counter-offensive was expected"
        " within days. The Sierra Leone army said its troops were ready."
    )
    attackers = _rule_attackers(text, dictionary)
    assert "Republic of Sierra Leone Armed Forces" not in next(iter(attackers.values()))
