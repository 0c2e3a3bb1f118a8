"""Roles of state officials and officers that name no actor, and generic references to a group
named before ("the faction's commander", "spokesman for the agency in Cox's Bazar")."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows

NIGERIA_LEAD = (
    "Nigerian troops retake Bama from insurgents\n"
    "Soldiers entered Bama on Sunday after Boko Haram fighters pulled out overnight.\n"
)
IRAQ_LEAD = (
    "Iraqi forces retake Jurf al-Sakhar\n"
    "Troops and allied fighters drove Islamic State out of the town on Saturday.\n"
)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            NIGERIA_LEAD + '"Bama has not fallen," said Ibrahim Danjuma Okoro, Director of Defence '
            "Information.",
            "Nigerian Armed Forces",
        ),
        (
            NIGERIA_LEAD + '"The town is calm," said Musa Bello Garba, commander of operations in '
            "the northeast.",
            "Nigerian Armed Forces",
        ),
        (
            IRAQ_LEAD
            + '"The town has been cleared," said Qassim Jabbar al-Tamimi, commander of the '
            "Middle Euphrates Military District.",
            "Iraqi Security Forces",
        ),
    ],
)
def test_an_officer_of_a_directorate_operation_or_military_district(dictionary, text, side):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == side


@pytest.mark.parametrize(
    "role",
    [
        "a Foreign Office spokesman",
        "the President's Office director",
        "a department spokesman",
    ],
)
def test_an_office_of_government_speaks_for_the_state(dictionary, role):
    text = NIGERIA_LEAD + f'"The insurgents have been defeated," said Ahmed Sani Yerima, {role}.'
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "Nigeria"


def test_an_operations_room_is_no_operation_of_the_state(dictionary):
    text = NIGERIA_LEAD + (
        '"The fighters are surrounded," said Ali Sani Bukar, spokesman for the joint '
        "operations room."
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] is None


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Boko Haram fighters attacked the town at dawn. "
            '"Our road is open," said Abu Musa al-Barnawi, the faction\'s commander.',
            "Boko Haram",
        ),
        (
            "Al-Shabaab fighters held the coast road. Abu Musab Hassan, the brigades' masked "
            'spokesman, said: "The mujahideen are still fighting in the villages."',
            "Al-Shabaab",
        ),
        (
            "The United Nations said thousands had crossed the river. "
            '"Civilians must be protected," said Babar Khan, spokesman for the agency in Cox\'s '
            "Bazar.",
            "United Nations",
        ),
    ],
)
def test_a_generic_reference_in_the_role_is_the_group_named_before(dictionary, text, side):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == side


@pytest.mark.parametrize(
    ("role", "side"),
    [
        ("the Observatory's director", "Syrian Observatory for Human Rights"),
        ("the Agency's spokesman", "United Nations"),
    ],
)
def test_a_capitalised_generic_owner_is_the_organisation_named_before(dictionary, role, side):
    text = (
        f"The {side} said the fighters had taken the hill. "
        f'"The fighters now control the town," said Karim Abdel Nour, {role}.'
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == side
