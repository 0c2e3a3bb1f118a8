"""A role opening with the word a group's members go by speaks for that group (speaker_heads.py,
speaker_side.py): "a Courts commander" after "the Islamic Courts", "a Tawhid spokesman" after
"Liwa al-Tawhid", "a Lendu commander" after "Lendu militiamen of the X"; and the groups and names
the actor table lists for such roles ("Tebu fighters", "the Northern Storm brigade", "the
transitional federal government")."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    "text",
    [
        "Islamic Courts militias attacked government positions at Idale on Wednesday.\n"
        '"Our mujahideen have surrounded the town," a Courts commander, Sheikh Abdi Nur Geyre, '
        "told the BBC's Somali Service.",
        "The Islamic Courts said on Monday their fighters had entered Dinsoor.\n"
        '"The town is ours and the road is open," said Hassan Ali Mataan, a Courts commander '
        "reached by telephone.",
    ],
)
def test_a_plural_last_word_of_the_name_opening_the_role_names_the_group(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "Islamic Courts Union"


@pytest.mark.parametrize(
    "text",
    [
        "Liwa al-Tawhid, the largest rebel brigade in Aleppo province, sent fighters to the "
        'town.\n"We came to stop the bloodshed," said Abu Firas al-Halabi, a Tawhid spokesman.',
        "Fighters of Liwa al-Tawhid took up positions between the two sides on Friday.\n"
        '"A ceasefire holds for now," a Tawhid commander, Abu Hamza, told Reuters by Skype.',
    ],
)
def test_the_word_an_arabic_name_closes_on_names_the_group(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "Liwa al-Tawhid"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Lendu militiamen of the Nationalist and Integrationist Front fell back to the west "
            'on Sunday.\n"We have pulled back to the hills," a Lendu commander who gave his name '
            "only as Kaliba told the Guardian by satellite telephone.",
            "Nationalist and Integrationist Front",
        ),
        (
            "Hema fighters of the Union of Congolese Patriots pushed into the market on "
            'Monday.\n"The town is under our control," said Jean Dhedonga, a Hema commander at '
            "the roundabout.",
            "Union of Congolese Patriots",
        ),
    ],
)
def test_a_people_word_before_the_members_of_a_group_names_it(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Tebu fighters loyal to the Government of National Accord denied losing Murzuq.\n"
            '"Murzuq is in the hands of its people," said Issa Chidi, a Tebu commander, by '
            "telephone.",
            "Tebu militias",
        ),
        (
            "Toubou militias clashed with Arab tribes near Sebha on Monday.\n"
            '"They shelled our houses first," a Toubou commander, Barka Wardougou, told Reuters.',
            "Tebu militias",
        ),
        (
            "Islamic State fighters drove out the Northern Storm brigade, a Free Syrian Army "
            'unit, on Wednesday.\n"They came at night," said Ahmad Kurdi, a Northern Storm '
            "commander.",
            "Northern Storm Brigade",
        ),
        (
            "Northern Storm said it had pulled its men back to the Bab al-Salama crossing.\n"
            '"We will not fight our brothers," a Northern Storm spokesman, Abu Omar, said.',
            "Northern Storm Brigade",
        ),
        (
            "Sassou Nguesso's Cobra fighters overran the palace on Wednesday.\n"
            '"Brazzaville is free," said a Cobra commander who gave his name as Gaston Ebata.',
            "Cobras militia",
        ),
        (
            "Cobra militiamen manned roadblocks across the north of the city on Monday.\n"
            '"Nobody passes without papers," said Jean Mboko, a Cobra commander at the bridge.',
            "Cobras militia",
        ),
    ],
)
def test_groups_the_table_lists_for_their_members_words(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor


@pytest.mark.parametrize(
    "text",
    [
        'Ethiopian troops pushed towards Idale on Monday.\n"The terrorists have fled," said '
        "Abdirizak Olow Mataan, a spokesman for the transitional federal government in Baidoa.",
        '"Our forces now control Towfiq," said Abdirizak Hassan Gurey, a spokesman for '
        "Somalia's transitional federal government.",
    ],
)
def test_the_transitional_federal_government_in_lower_case(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == (
        "Transitional Federal Government"
    )


@pytest.mark.parametrize(
    "text",
    [
        "In Miami, the Cuban Revolutionary Council, the exile body that backed the landing, "
        'said its men had fought on.\n"They were abandoned," said Armando Lezcano, a '
        "spokesman for the council.",
        'The Cuban Revolutionary Council denied on Tuesday that the landing had failed.\n"Our '
        'men still hold the beach," a council spokesman, Jose Perez, told reporters in Miami.',
    ],
)
def test_the_exile_council_speaks_through_its_spokesman(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == (
        "Cuban Revolutionary Council"
    )


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Brigades of the Misrata Military Council, backed by NATO air strikes, began the "
            'assault before dawn on Thursday.\n"Tawergha is finished as a base," said Faraj Bu '
            "Rahil, a commander of one of the brigades.",
            "Misrata Military Council",
        ),
        (
            "Fighters of the Nour al-Din al-Zinki faction clashed with Hayat Tahrir al-Sham near "
            'Darat Izza on Monday.\n"We will not withdraw," said Abu Bakr, a spokesman for the '
            "faction.",
            "Nour al-Din al-Zinki Movement",
        ),
    ],
)
def test_the_noun_the_text_gave_an_actor_points_back_to_it(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor


@pytest.mark.parametrize(
    "text",
    [
        'Rebels pushed into the last pro-Gaddafi district of Sirte.\n"District One is ours," '
        "said Salem Abu Shaala, a commander of a Misrata brigade.",
        "Misrata brigades entered the town of Tawergha on Saturday.\n"
        '"Not one more Grad will land on our city," a Misrata brigade commander, Ali Tarhouni, '
        "told reporters.",
    ],
)
def test_a_misrata_brigade_is_the_military_council(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == (
        "Misrata Military Council"
    )


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Sri Lankan troops pushed towards Pooneryn on Monday, the military said, while LTTE "
            'cadres fell back.\n"The army has not taken one inch," K. Nilavan, a military '
            "spokesman for the Tigers, told TamilNet.",
            "Liberation Tigers of Tamil Eelam",
        ),
        (
            "Moroccan troops repelled an attack near Guelta Zemmour, the army said, but the "
            'Polisario Front claimed the garrison was surrounded.\n"The garrison is cut off," '
            "said Mohamed Salem, a military spokesman for the Front, in Algiers.",
            "Polisario Front",
        ),
    ],
)
def test_a_named_head_closing_a_military_role_names_the_actor(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor
