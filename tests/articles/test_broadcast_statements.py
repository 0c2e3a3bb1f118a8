"""A state's radio or news agency, and a UN mission speaking as a body or through its spokesman."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Kurdish fighters pulled back from the oil city overnight.\nDamascus radio said "
            "army units had restored order in the city and arrested dozens of saboteurs. "
            '"The traitors have been crushed and the markets are open again," the radio said.',
            "Syria",
        ),
        (
            "Rebels said on Sunday they had taken the garrison town of Kasese.\nIn a broadcast "
            'on Monday, Radio Rwanda said: "Kasese remains in the hands of the national army '
            'and the bandits have fled to the hills."',
            "Rwanda",
        ),
        (
            "The guerrillas claimed to have overrun the border post at dawn.\nBurmese state "
            "radio in Rangoon said troops had retaken the post and that the area was calm. "
            '"The insurgents have been driven from their last camp," the broadcast said.',
            "Myanmar",
        ),
        (
            "The army said it had retaken the oasis town after two days of fighting.\n"
            'In Tripoli, the official news agency denied any losses. "Not one of our soldiers '
            'has been captured and the oasis is calm," the agency said on Friday.',
            "Libya",
        ),
    ],
)
def test_a_states_radio_or_agency_speaks_for_the_state(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1] == ("", "", actor)


@pytest.mark.parametrize(
    "text",
    [
        "Government troops shelled the market town on Sunday, residents said.\nA man who "
        'fled to the capital said: "The shells fell all night and nobody came to help us."',
        "The radio station in the town was destroyed in the fighting.\nResidents who fled "
        'said: "We left everything behind, even our animals."',
    ],
)
def test_a_quote_near_no_state_medium_stays_without_actor(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] is None


@pytest.mark.parametrize(
    "text",
    [
        "Jihadists attacked an army post near Ber on Saturday.\nThe UN mission in Mali, "
        'MINUSMA, said it had moved its peacekeepers out of the camp. "The deterioration of '
        'the security situation poses high risks to our troops," the mission said.',
        "Fighting spread to the outskirts of Bentiu.\nThe UN mission in South Sudan, UNMISS, "
        'condemned the attack on its base, saying "civilians sheltering with us must never be '
        'a target."',
    ],
)
def test_a_un_mission_speaking_as_a_body_speaks_for_the_united_nations(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1] == (
        "",
        "",
        "United Nations",
    )


def test_a_un_missions_named_spokesman_speaks_for_the_united_nations(dictionary):
    text = (
        "Jihadists attacked an army post near Ber on Saturday.\nThe UN mission in Mali, "
        'MINUSMA, moved its peacekeepers out. "Our troops are safe," said Anna Berg, a '
        "spokeswoman for the mission in Bamako."
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "United Nations"
