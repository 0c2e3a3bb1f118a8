"""A role that names its side generically ("the group's political bureau", "the force's
spokesman") speaks for the group the text named before."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Fighters of the National Movement for the Liberation of Azawad withdrew from Kidal "
            'on Friday. "We know the desert and we will come back," said Mossa Ag Akhamouk, a '
            "member of the group's political bureau.",
            "National Movement for the Liberation of Azawad",
        ),
        (
            "The Rapid Support Forces pulled out of the refinery on Saturday after weeks of "
            'fighting. "This is a tactical redeployment," said Youssef Ezzat Adam, an adviser to '
            "the group's commander.",
            "Rapid Support Forces",
        ),
    ],
)
def test_a_generic_side_in_the_role_is_the_group_named_before(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor


def test_the_rebels_of_an_unnamed_side_are_not_the_armed_group_named_before(dictionary):
    text = (
        "Malian troops and Russian mercenaries from the Wagner Group took Kidal, the stronghold "
        'of Tuareg-led separatist rebels.\n"This is a strategic retreat," Mohamed Ag Intalla, a '
        "spokesman for the rebels, told AFP."
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] is None


def test_a_generic_side_is_not_a_state_named_before(dictionary):
    text = (
        'Sudanese troops shelled the camp on Sunday. "We will hold the line," said Ali Musa, a '
        "member of the group's political bureau."
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'The Myanmar army lost Lashio on Saturday.\n"If the army has truly lost Lashio, it '
            'has lost the northeast," said Khin Maung Zaw Win, a former Myanmar army officer.',
            "former Myanmar army officer",
        ),
        (
            'Islamic State fighters withdrew from Hawija.\n"Daesh mined the houses before they '
            'pulled back," said Omar Khalaf, a former Iraqi army colonel.',
            "former Iraqi army colonel",
        ),
    ],
)
def test_a_former_officer_speaks_for_no_side(dictionary, text, role):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][1:] == (role, None)
