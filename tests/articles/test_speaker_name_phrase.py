"""A role closing on a phrase of an actor's name speaks for that actor (speaker_name_phrase.py)."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Fighters of Libya's National Transitional Council pushed west of Brega on Sunday "
            'after heavy fighting.\n"Ras Lanuf is ours and Sirte is next," said Ahmed Omar '
            "Bani, a spokesman for the transitional council, in Benghazi.",
            "National Transitional Council",
        ),
        (
            "Rebels of the Sudan People's Liberation Movement-in-Opposition shelled the town of "
            'Nasir on Sunday.\n"We hold the barracks and the airstrip," said Lam Gatluak, a '
            "deputy spokesman for the liberation movement in Nairobi.",
            "Sudan People's Liberation Movement-in-Opposition",
        ),
    ],
)
def test_a_role_closing_on_a_phrase_of_a_name_speaks_for_that_actor(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor


def test_an_officer_the_role_gives_a_state_is_not_read_as_his_forces(dictionary):
    text = (
        "Troops of the East African Community Regional Force deployed around Kibumba on "
        'Monday after clashes with rebels.\n"Our mission is to create a buffer zone," said '
        "Samuel Otieno, a Kenyan officer with the regional force."
    )
    # (his state is read by officials.py when the article names it as a side)
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] != (
        "East African Community Regional Force"
    )
