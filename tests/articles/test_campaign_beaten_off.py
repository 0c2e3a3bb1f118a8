"""An attack told beaten off: the side that threw it back defended the place, and a reporter who
says the offensive was broken did not wage it (campaign_sides.attacker_before)."""

from __future__ import annotations

import pytest

from tests.articles.rows import (
    FRIDAY_28_JUNE_2024,
    attacker_subject,
    campaign_rows,
    rule_attackers,
)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Kenyan soldiers and local militiamen fought off a two-day assault on the town.",
            "assault",
        ),
        ("Kenya says garrison threw back fresh assaults on the border town of Mandera", None),
        (
            "Rebels said on Tuesday they had repulsed a new offensive to retake the city.",
            "offensive",
        ),
    ],
)
def test_the_side_that_beat_off_an_attack_is_not_its_attacker(dictionary, text, cue):
    assert attacker_subject(text, dictionary, cue) is None


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Chadian troops repelled an assault by Libyan forces on the oasis.", "Libya"),
        ("Chad says garrison beat back a renewed push by Libyan troops at the oasis", "Libya"),
        (
            "Government troops fought off RUF attacks on the town overnight.",
            "Revolutionary United Front",
        ),
    ],
)
def test_the_side_naming_the_attack_beaten_off_is_its_attacker(dictionary, text, side):
    assert attacker_subject(text, dictionary) == side


@pytest.mark.parametrize(
    "text",
    [
        "Salvadoran army says guerrilla offensive broken in the west; fighting goes on in north",
        "The Kenyan army said the assault on the town had been repelled by dawn.",
    ],
)
def test_a_reporter_telling_an_offensive_broken_did_not_wage_it(dictionary, text):
    assert attacker_subject(text, dictionary) is None


def test_a_reporter_telling_its_own_push_still_wages_it(dictionary):
    text = "Kenya's army said the offensive on the town had reached the river by dawn."
    assert attacker_subject(text, dictionary) is not None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Kenyan troops stopped a column of raiders who had crossed the border and marched on"
            " the town.",
            "marched",
        ),
        (
            "Ethiopian soldiers halted armed men who had overrun the border post and pushed"
            " toward the town.",
            "pushed",
        ),
        ("Sudanese troops ambushed a rebel column that was advancing on the town.", "advancing"),
    ],
)
def test_the_side_stopping_a_force_told_attacking_is_not_its_attacker(dictionary, text, cue):
    assert attacker_subject(text, dictionary, cue) is None


def test_the_force_stopped_is_the_attacker_when_named(dictionary):
    text = "Chadian soldiers beat back hundreds of Libyan troops who stormed the oasis garrison."
    assert attacker_subject(text, dictionary, "stormed") == "Libya"


def test_a_side_stopping_short_of_a_place_still_attacks_it(dictionary):
    text = "Chadian troops stopped at the river, then stormed the oasis."
    assert attacker_subject(text, dictionary, "stormed") is not None


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Government troops repelled the RUF's assault on Kenema overnight, the army said.",
            "Revolutionary United Front",
        ),
        (
            "Malian soldiers fought off Ansar Dine's push on Konna on Thursday, the army said.",
            "Ansar Dine",
        ),
    ],
)
def test_the_side_whose_attack_was_repelled_attacks_by_the_rules(dictionary, text, side):
    assert rule_attackers(text, dictionary) == [[side]]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Police and soldiers fought off gangs trying to seize Haiti's main airport.", "seize"),
        ("Soldiers beat back gunmen who were trying to storm Mali's main prison.", "storm"),
    ],
)
def test_a_side_named_inside_the_stopped_forces_clause_is_not_its_attacker(dictionary, text, cue):
    assert attacker_subject(text, dictionary, cue) is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Ugandan troops beat off an assault on the northern town of Kitgum on Sunday.",
            "assault",
        ),
        (
            "Kenya says its troops have beaten off repeated attacks on the border post at Mandera",
            "attacks",
        ),
    ],
)
def test_the_side_that_beat_off_an_attack_in_those_words_is_not_its_attacker(dictionary, text, cue):
    assert attacker_subject(text, dictionary, cue) is None


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Ugandan troops beat off an assault on Kitgum on Sunday, killing 20 rebels of the"
            " Lord's Resistance Army, an army spokesman said.",
            "Lord's Resistance Army",
        ),
        (
            "Sierra Leonean soldiers beat off a rebel assault on the diamond town of Koidu"
            " overnight, killing 30 fighters of the Revolutionary United Front, the defence"
            " ministry said.",
            "Revolutionary United Front",
        ),
    ],
)
def test_a_campaign_beaten_off_is_the_other_sides(dictionary, text, side):
    rows = campaign_rows(text, dictionary, FRIDAY_28_JUNE_2024)
    assert rows and all(row[1] == [side] for row in rows), rows


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Soldiers and vigilantes beat back a dawn assault by Islamic State on the town of"
            " Konduga on Friday, officials said.",
            "Islamic State",
        ),
        (
            "The army said on Tuesday it had repelled a massive assault by al Qaeda-linked"
            " fighters on the northern town of Djibo, residents said.",
            "Al-Qaeda",
        ),
    ],
)
def test_the_side_named_after_by_made_the_repelled_attack(text, side):
    from articles.extraction import default_dictionary

    assert rule_attackers(text, default_dictionary()) == [[side]]
