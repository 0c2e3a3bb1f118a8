"""A role naming an organisation by its head noun speaks for the actor that noun heads
(speaker_heads.py): "Legion fighter", "spokesman for the front", "Phalangist section leader"."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Fighters of the Freedom of Russia Legion crossed the border near Shebekino on "
            'Sunday.\n"We are here to stay," said Bogdan, a Legion fighter who gave only his '
            "first name.",
            "Freedom of Russia Legion",
        ),
        (
            "The Georgian Legion said on Monday it had moved two companies to the Bakhmut "
            'front.\n"The line is holding," said Levan Gogua, a Legion commander near the town.',
            "Georgian Legion",
        ),
    ],
)
def test_a_capitalised_head_noun_opening_the_role_names_the_actor(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Rebels of the Front for Change and Concord in Chad advanced on Mao on Sunday.\n"
            '"The army has abandoned its positions," said Ali Mahamat, a spokesman for the '
            "front.",
            "Front for Change and Concord in Chad",
        ),
        (
            "Fighters of the Union of Forces for Democracy and Development attacked Am Dam at "
            'dawn on Monday.\n"We hold the town and the wells," Hassan Abakar, a spokesman for '
            "the union, told reporters by satellite telephone.",
            "Union of Forces for Democracy and Development",
        ),
    ],
)
def test_a_head_noun_that_opens_the_name_is_the_actor(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor


@pytest.mark.parametrize(
    "text",
    [
        'Shelling hit Ashrafieh overnight.\n"They fire a hundred rounds an hour," said Elie '
        "Karam, a Phalangist militiaman at a checkpoint.",
        'Snipers kept the port road closed on Monday.\n"Nobody crosses this road tonight," said '
        "Tony Haddad, a Phalangist company commander in the old souks.",
    ],
)
def test_a_phalangist_speaks_for_the_kataeb(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "Kataeb Party"


@pytest.mark.parametrize(
    "text",
    [
        'Clashes spread along the Shabelle river on Sunday.\n"They came in trucks," said '
        "Abdi Farah, a Liyu commander in the zone.",
        'The regional force pushed towards Dolo on Monday.\n"We lost two men," said Ahmed '
        "Nur, an officer of the Liyu in the Afder zone.",
    ],
)
def test_a_liyu_officer_speaks_for_the_regional_police(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == (
        "Somali Region Special Police"
    )


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Sandinistas shelled the National Guard barracks in Esteli on Sunday.\n"
            '"The garrison has nothing left to eat," said Ramon, a Sandinista commander on the '
            "hill above the town.",
            "Sandinista National Liberation Front",
        ),
        (
            "The Tamil Tigers said on Monday they had overrun an army camp near Kilinochchi.\n"
            '"Our cadres hold the whole perimeter now," said Ilango Maran, a Tiger spokesman in '
            "the Wanni.",
            "Liberation Tigers of Tamil Eelam",
        ),
    ],
)
def test_a_role_opening_with_a_members_name_speaks_for_the_group(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian Democratic Forces, backed by air strikes from the U.S.-led coalition, captured "
        "the town of Shadadi from Islamic State fighters on Friday after a three-day offensive.\n"
        '"The fall of Shadadi takes away a key supply route," said Marcus Devlin, a spokesman for '
        "the coalition in Baghdad.",
        "The Syrian Democratic Forces (SDF), a Kurdish-led alliance backed by the US-led "
        "coalition, have been pressing their offensive against Islamic State fighters near "
        'Mayadin.\n"We are focused on defeating ISIS," a coalition spokesman, Mark Whitfield, '
        "said.",
    ],
)
def test_a_coalition_spokesman_speaks_for_the_actor_the_text_calls_a_coalition(dictionary, text):
    # The SDF, named nearer, is an alliance too, but the text never calls it "the coalition".
    rows = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[-1][2] == "Global Coalition to Counter ISIS"


def test_a_name_that_only_holds_the_word_alliance_is_not_the_alliance(dictionary):
    text = (
        "Fighters of the Myanmar National Democratic Alliance Army and other members of the "
        "Northern Alliance attacked Mongko last month; the Myanmar National Democratic Alliance "
        'Army said it held the hills.\n"We withdrew from Mongko to protect civilians," said Mai '
        "Sein Naing Oo, a spokesman for the alliance."
    )
    rows = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[-1][2] == "Northern Alliance"
