"""A bare "they" or "it" opening a taking's clause stands for the camp the sentence before opens
on, when that is a common noun and no actor ("Regime troops seized A. They had taken B"): the
state whose ground it is for troops, the article's main armed group for rebels
(control_pronouns.py). Each in at least two differently worded real-world phrasings."""

from __future__ import annotations

import pytest

from tests.articles.control_rows import sides_of


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "The Taliban have pressed on in the north since the spring, the governor said. "
            "Insurgents pushed into the valley at dawn and fighting went on all day. "
            "On Monday they took Khanabad after the police left.",
            "Khanabad",
            "Taliban",
        ),
        (
            "Al-Shabaab fighters were seen near the coast last week, residents said. "
            "The militants' advance began at the weekend with raids on police posts. "
            "They captured Barawe on Tuesday, according to elders.",
            "Barawe",
            "Al-Shabaab",
        ),
    ],
)
def test_they_after_an_armed_camp_noun_is_the_main_armed_group(dictionary, text, place, side):
    assert sides_of(text, dictionary, place) == {side}


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        (
            "Islamic State fighters dug in around Mosul last month, the Iraqi army said. "
            "Government forces, backed by air strikes, seized the village of Bashiqa on "
            "Monday. By Tuesday night they had also taken Qaraqosh.",
            "Qaraqosh",
            "Iraqi Security Forces",
        ),
        (
            "Boko Haram fighters held the area for a year, Nigeria's army said. "
            "Troops moved north from Maiduguri at dawn. Later that day they entered Bama.",
            "Bama",
            "Nigerian Armed Forces",
        ),
    ],
)
def test_they_after_troops_is_the_state(dictionary, text, place, side):
    assert sides_of(text, dictionary, place) == {side}


def test_they_after_a_named_actor_stays_that_actor(dictionary):
    text = (
        "The Taliban pushed into the valley at dawn. On Monday they took Khanabad, the "
        "governor said."
    )
    assert sides_of(text, dictionary, "Khanabad") == {"Taliban"}


def test_they_after_civilians_tells_no_side(dictionary):
    text = (
        "Thousands of residents fled the fighting on Monday, aid workers said. "
        "They reached Khanabad on Tuesday."
    )
    assert sides_of(text, dictionary, "Khanabad") == set()
