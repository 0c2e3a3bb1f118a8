"""A role that names its organisation by a word or phrase of its name: "spokesman for the Guard"
after "the Nicaraguan National Guard", "a spokesman for the Islamic courts", "a spokeswoman for
the military police" after "Rio's military police", "a Sandinista commander" before the article
spells out the Front (speaker_side.py, speaker_heads.py, speaker_name_phrase.py)."""

from __future__ import annotations

import pytest

from tests.articles.rows import FRIDAY_11_MARCH_2022, first_statement_row, statement_rows


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Units of the Nicaraguan National Guard shelled the eastern districts of Managua "
            "overnight.\n"
            '"The capital is calm and under control," said Jorge Ruiz, a spokesman for the '
            "Guard, on Tuesday.",
            "National Guard of Nicaragua",
        ),
        (
            "Troops of the Nicaraguan National Guard retook the road to Masaya on Sunday.\n"
            '"We have cleared every house on the highway," Guard spokesman Luis Mejia told '
            "reporters.",
            "National Guard of Nicaragua",
        ),
        (
            "The Syrian Observatory for Human Rights counted 40 air strikes on the town.\n"
            '"The rebels are fighting inside the town now," said Omar Khalil, a researcher for '
            "the Observatory.",
            "Syrian Observatory for Human Rights",
        ),
    ],
)
def test_a_capitalised_head_noun_names_the_organisation_it_heads(dictionary, text, actor):
    assert first_statement_row(text, dictionary, FRIDAY_11_MARCH_2022)[2] == actor


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Islamic Courts Union entered Jowhar on Wednesday.\n"
        '"The town is under our control," said Hassan Ali, a spokesman for the Islamic courts.',
        "The Islamic Courts Union said its militia had reached the outskirts of Baidoa.\n"
        '"Our men will not stop here," Abdi Farah, an official with the Islamic courts in '
        "Mogadishu, told reporters on Monday.",
    ],
)
def test_a_role_naming_a_capitalised_phrase_of_a_name_speaks_for_it(dictionary, text):
    assert first_statement_row(text, dictionary, FRIDAY_11_MARCH_2022)[2] == "Islamic Courts Union"


@pytest.mark.parametrize(
    "text",
    [
        "Brazilian soldiers sealed the exits while Rio's military police sent 1,500 officers "
        "into the favela at dawn.\n"
        '"The community is occupied and the traffickers have fled," said Major Paulo Silva, a '
        "spokesman for the military police.",
        "More than 2,000 officers of the Rio de Janeiro military police and 800 Brazilian "
        "soldiers took part in the raid.\n"
        '"We met resistance only at the top of the hill," Colonel Ana Souza, commander of the '
        "military police, told a news conference.",
    ],
)
def test_the_military_police_is_the_force_named_before_not_the_army(dictionary, text):
    row = first_statement_row(text, dictionary, FRIDAY_11_MARCH_2022)
    assert row[2] == "Military Police of Rio de Janeiro State"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The hilltop fort surrendered on Saturday after a two-week siege.\n"
            '"We told them their lives would be respected," said a Sandinista commander who gave '
            "his name only as Comandante Ramiro.\n"
            "Columns of the Sandinista National Liberation Front entered the city in June.",
            "Sandinista National Liberation Front",
        ),
        (
            "Government troops took the jungle base on Thursday, the defence ministry said.\n"
            '"We withdrew to save civilian lives," a Tiger spokesman, Rasiah Ilanthiraiyan, '
            "said by telephone.\n"
            "The Tamil Tigers have fought for a separate state since 1983.",
            "Liberation Tigers of Tamil Eelam",
        ),
    ],
)
def test_a_people_word_names_the_group_spelled_out_after_the_quote(dictionary, text, actor):
    rows = statement_rows(text, dictionary, FRIDAY_11_MARCH_2022)
    assert rows[0][2] == actor
