"""A quote a state's office issued, with no person: the office's state or forces speak, and the
quote keeps no role (speaker_offices.py)."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "DUSHANBE — Tajik security forces pressed on with an operation in the Rushan "
            "district on Friday, residents said.\nThe Interior Ministry said in a statement that "
            'gunmen had opened fire on police near the town.\n"The operation will go on until '
            'order is restored along the highway," the ministry said.',
            "Tajikistan",
        ),
        (
            "Gunmen attacked a police post outside the town of Gostivar on Sunday.\nThe "
            "Georgian interior ministry said in a statement that its officers still held every "
            'checkpoint. "The attackers will be found and punished," the statement said.',
            "Georgia",
        ),
    ],
)
def test_a_ministrys_statement_speaks_for_its_state(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1] == ("", "", actor)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "BAGHDAD, Iraq, July 15 — An Iranian offensive broke against Iraqi defenses east of "
            'Basra after two nights of fighting, the Iraqi high command said today.\n"The '
            "enemy's attack has been crushed. Our forces hold every position,\" the high command "
            "said in a communique.",
            ("Iraq", "Iraqi Security Forces"),
        ),
        (
            "ANKARA — Curfews were imposed in three districts of Mardin province on Monday as "
            "fighting with Kurdish militants went on.\nThe General Staff said in a statement that "
            'its units had taken the Zeynelabidin quarter. "The terrorists have no way out," the '
            "statement said.",
            ("Turkey", "Turkish Armed Forces"),
        ),
    ],
)
def test_a_commands_statement_speaks_for_the_articles_side(dictionary, text, actors):
    speaker, role, actor = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1]
    assert (speaker, role) == ("", "")
    assert actor in actors


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "BUJUMBURA, Burundi - FNL rebels shelled the Kinama district on Monday.\n"
            'The government condemned the attack, saying "those who shell the poor quarters of the '
            'capital have chosen terror over negotiation."',
            "Burundi",
        ),
        (
            "ADDIS ABABA, Ethiopia - Tigrayan fighters retook Alamata on Monday. An Ethiopian "
            "military spokesman declined to comment.\n"
            'The government said in a statement that the rebels were exploiting the truce. "The '
            'terrorist group is violating the ceasefire," it said.',
            "Ethiopia",
        ),
    ],
)
def test_the_unnamed_government_speaks_for_the_articles_state(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1] == ("", "", actor)
