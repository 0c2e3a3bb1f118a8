"""A named speaker introduced by a role in the sentence before, and where a speaker lives kept
out of the role."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Rebels said they had overrun the garrison at dawn.\nA Malian army officer in Gao "
            'denied that the town had fallen. "Our men hold the airport and the bridge," said '
            "Lieutenant-Colonel Amadou Diarra.",
            ("Amadou Diarra", "Malian army officer in Gao", "Malian Armed Forces"),
        ),
        (
            "Shelling hit the old town overnight.\nA nun at the convent, reached by telephone, "
            'said about 40 sisters had stayed behind. "We hear shooting day and night," said '
            "Sister Maryam Khoury.",
            ("Maryam Khoury", "nun at the convent", None),
        ),
    ],
)
def test_a_named_speaker_takes_the_role_introduced_before_him(dictionary, text, row):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1] == row


@pytest.mark.parametrize(
    "text",
    [
        "Rebels said they had overrun the garrison at dawn.\nA man who gave his name as Musa "
        'said he had fled the town. "The soldiers ran first," said Musa Keita.',
        "Rebels said they had overrun the garrison at dawn.\nA statement from the army said "
        'the town was calm. "We saw them leave," said Musa Keita.',
    ],
)
def test_no_role_is_taken_from_a_clause_or_a_document(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][1] == ""


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'Shells fell on the market on Sunday. "We ran with nothing," said Amina Yusuf, a '
            "mother of five in the old quarter.",
            "mother of five",
        ),
        (
            'Shells fell on the market on Sunday. "They came at night," said Rose Kelly, a '
            "mother of six on the estate.",
            "mother of six",
        ),
        (
            'Shells fell on the market on Sunday. "We ran with nothing," said Amina Yusuf, a '
            "mother of five in Mogadishu.",
            "mother of five in Mogadishu",
        ),
    ],
)
def test_where_a_mother_lives_is_no_part_of_her_role(dictionary, text, role):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][1] == role


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Troops captured the rebel base at dawn, a Kenyan defence ministry spokesman, John "
            'Otieno, told reporters in Nairobi.\n"The camp is in our hands," Otieno said.',
            ("John Otieno", "Kenyan defence ministry spokesman"),
        ),
        (
            "The army said it had taken the town.\nThe rebels' representative in Paris, Michel "
            'Kabore, called the claim "lies" and said the fighters still held it.\n"Our men '
            'are in the market and at the airport," Kabore told Reuters.',
            ("Michel Kabore", "rebels' representative in Paris"),
        ),
    ],
)
def test_a_role_and_name_set_off_by_commas_are_remembered(dictionary, text, row):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][:2] == row
