"""Statement actors of a state's voices: "the ministry said" and "the government condemned" speak
for the state; an air force officer and a wartime army's officers for the forces."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Islamist fighters attacked an army post near Gao on Tuesday, killing four soldiers.\n"
            "Mali's defence ministry said the soldiers had repelled the attack. \"Our troops have "
            'pushed back the assailants and are combing the area," the ministry said in a '
            "statement.",
            "Mali",
        ),
        (
            "Rebels shelled the outskirts of Kadugli on Monday, the Sudanese army said.\n"
            'The government condemned the attack, saying "these criminals struck a market that '
            'serves only civilians."',
            "Sudan",
        ),
    ],
)
def test_the_ministry_or_the_government_speaks_for_the_state_not_its_forces(
    dictionary, text, state
):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == state


@pytest.mark.parametrize(
    "text",
    [
        "Serb artillery shelled the enclave through the night.\n"
        '"We will hold the town whatever it costs," said Mirsad Hodzic, a spokesman for the '
        "Bosnian army in Tuzla.",
        "Serb gunners pounded the hills around Zepa on Sunday.\n"
        '"Our lines have not moved," Edin Kovac, a Bosnian army commander, told reporters.',
    ],
)
def test_a_wartime_army_officer_speaks_for_the_forces_of_the_period(dictionary, text):
    assert (
        statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2]
        == "Army of the Republic of Bosnia and Herzegovina"
    )


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        (
            "Syrian government forces broke the siege of the airbase near Aleppo on Tuesday.\n"
            '"We ate grass for two years," said Samer Haddad, an air force officer inside the '
            "base.",
            "Syrian government forces",
        ),
        (
            "Sudanese army troops repelled an attack on the air base at El Obeid.\n"
            '"They came at night from the west," Omar Bashir Ali, an air force colonel at the '
            "base, told Reuters.",
            "Sudanese Armed Forces",
        ),
    ],
)
def test_an_air_force_officer_speaks_for_the_forces(dictionary, text, forces):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == forces
