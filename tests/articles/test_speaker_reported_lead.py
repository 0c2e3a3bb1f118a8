"""A quote with no attribution of its own, after a sentence of reported speech by one person
("He said the rebels would now turn south. "The road to X is open.""), goes on with what that
person says: his name, role and side."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            '"The town is under our control," said Colonel Gaston Mbeki, the rebels\' military '
            "spokesman, by satellite telephone.\n"
            'He said the rebels would now turn south. "The road to the capital is open. We are '
            'not going to stop here."',
            "Gaston Mbeki",
            "rebels' military spokesman",
        ),
        (
            '"We have redeployed to lines the enemy will find much harder to climb," said Tekle '
            "Berhane, a spokesman for the Eritrean defence ministry.\n"
            'He added that Eritrea had not been defeated on the central front. "Not one of our '
            'positions on the Senafe road has been abandoned."',
            "Tekle Berhane",
            "spokesman for the Eritrean defence ministry",
        ),
        (
            '"The weapons came from across the border," said Valmira Gashi, a spokeswoman for '
            "the Interior Ministry in Pristina.\n"
            'She said the evidence pointed to Belgrade. "The uniforms and the vehicles tell the '
            'same story."',
            "Valmira Gashi",
            "spokeswoman for the Interior Ministry in Pristina",
        ),
        (
            '"We condemn any violence," said Saidmurod Kholmatov, a member of the party\'s '
            "political council.\n"
            'Kholmatov said dozens of party members had been detained since the weekend. "The '
            'authorities are using these events to finish off the opposition."',
            "Saidmurod Kholmatov",
            "member of the party's political council",
        ),
    ],
)
def test_a_bare_quote_after_a_persons_reported_speech_is_his(dictionary, text, speaker, role):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][:2] == (speaker, role)


@pytest.mark.parametrize(
    "lead",
    [
        "The fighting closed the road to the north.",
        "Residents said the fighting had closed the road to the north.",
    ],
)
def test_a_bare_quote_after_a_sentence_no_person_reports_is_not_his(dictionary, lead):
    text = (
        '"The town is ours," said Colonel Gaston Mbeki, a rebel spokesman.\n'
        f'{lead} "Nobody can leave this place until the shelling stops."'
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][0] == ""
