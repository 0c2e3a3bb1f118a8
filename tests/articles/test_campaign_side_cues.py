"""Campaigns told from the defender's side: the words around a side's mention that say it held,
resisted, spoke of or only gave its country to the place attacked, so it is not the attacker the
clause-subject reading gives (campaign_side_cues, through campaign_sides.attacker_before)."""

from __future__ import annotations

import pytest

from tests.articles.rows import attacker_subject


@pytest.mark.parametrize(
    ("text", "cue", "side"),
    [
        (
            "After fierce resistance from Chadian troops, Libyan forces took the oasis on Sunday.",
            "took",
            "Libya",
        ),
        (
            "Meeting stiff resistance by Kenyan soldiers, Libyan troops pushed into the town.",
            "pushed",
            "Libya",
        ),
    ],
)
def test_the_side_resisting_is_not_the_attacker(dictionary, text, cue, side):
    assert attacker_subject(text, dictionary, cue) == side


@pytest.mark.parametrize(
    ("text", "cue", "side"),
    [
        (
            "Despite calls from Moscow for a ceasefire, Libyan forces pushed on towards the town.",
            "pushed",
            "Libya",
        ),
        (
            "Amid appeals by Kenya for restraint, Libyan forces launched an assault on the oasis.",
            "assault",
            "Libya",
        ),
    ],
)
def test_a_side_calling_for_calm_is_not_the_attacker(dictionary, text, cue, side):
    assert attacker_subject(text, dictionary, cue) == side


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State's Afghan affiliate stormed the prison in the city overnight.",
        "Fighters led by al-Qaeda's Yemeni branch overran the port on Friday.",
    ],
)
def test_a_parent_group_is_not_its_branchs_attacker(dictionary, text):
    assert attacker_subject(text, dictionary) is None


@pytest.mark.parametrize(
    "text",
    [
        "Kidal (Mali) (AFP) - Tuareg rebels stormed the town before dawn on Friday.",
        "Benghazi (Libya) (AFP) - Gunmen attacked the port on Monday.",
    ],
)
def test_a_datelines_country_is_not_the_attacker(dictionary, text):
    assert attacker_subject(text, dictionary) is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Kenyan troops still held nearby Garissa, where the rebels tried to advance.", "advance"),
        ("The Chadian army also holds the oasis, the target of a fresh assault.", "assault"),
        ("RUF rebels denied losing the town, which came under a fresh assault.", "assault"),
        ("The Libyan army denied having lost the oasis in the offensive.", "offensive"),
        (
            "Chadian troops were fighting on Tuesday to hold the oasis against a renewed assault.",
            "assault",
        ),
        (
            "Kenyan soldiers are fighting to keep the town as the offensive enters a week.",
            "offensive",
        ),
    ],
)
def test_a_side_holding_the_place_is_not_its_attacker(dictionary, text, cue):
    assert attacker_subject(text, dictionary, cue) is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The RUF said it still holds the town despite the government offensive.", "offensive"),
        (
            "Kenya's army said on Monday its troops were holding the town after the assault.",
            "assault",
        ),
        ("Chadian army commanders said reinforcements were trying to reach the oasis.", "reach"),
        ("The Kenyan army said reinforcements had reached the garrison on Friday.", "reached"),
        (
            "Chad's defence ministry said in a statement that the invading forces had taken the "
            "oasis.",
            None,
        ),
        ("Kenya said the enemy had launched an assault on the town at dawn.", "assault"),
    ],
)
def test_a_reporter_telling_of_its_defence_is_not_the_attacker(dictionary, text, cue):
    assert attacker_subject(text, dictionary, cue) is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Libyan forces shelled the oasis, while government troops pushed towards the town.",
            "pushed",
        ),
        (
            "RUF rebels entered the town on Monday, whereas army units advanced on the port.",
            "advanced",
        ),
    ],
)
def test_a_side_in_the_clause_before_while_is_not_the_attacker(dictionary, text, cue):
    assert attacker_subject(text, dictionary, cue) is None
