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


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # in a reporting clause after a comma
        (
            "Government troops have moved into the border towns ahead of a push on the rebels' "
            'strongholds, a Nigerian officer in Maiduguri said. "We will drive them out before '
            'the rains," said Colonel Musa Danjuma.',
            "Musa Danjuma",
            "Nigerian officer in Maiduguri",
        ),
        (
            "The rebels were driven from the hills around the town on Sunday, a senior police "
            'officer in Gao told reporters. "They left their dead behind," said Major Ibrahim '
            "Toure.",
            "Ibrahim Toure",
            "senior police officer in Gao",
        ),
        # by a possessive
        (
            "The border town was quiet on Monday.\nKenya's military spokesman in Nairobi gave a "
            'different account. "Our troops hold the crossing," Colonel Paul Njoroge said.',
            "Paul Njoroge",
            "Kenya's military spokesman in Nairobi",
        ),
        (
            "Fighting went on around the airport.\nUganda's army spokesman in Kampala disputed "
            'the rebel claims. "Nothing of the sort happened," Major Felix Okello said.',
            "Felix Okello",
            "Uganda's army spokesman in Kampala",
        ),
    ],
)
def test_a_ranked_speaker_takes_a_role_from_a_reporting_clause_or_a_possessive(
    dictionary, text, speaker, role
):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][:2] == (speaker, role)


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Troops pushed across the river before a ceasefire took effect, an Indian military "
            "spokesman said on Friday.\nCol. Arjun Mehra told reporters the enemy had been "
            'thrown back. "They left their tanks burning in the fields," he said.',
            "Arjun Mehra",
            "Indian military spokesman",
        ),
        (
            "An Ethiopian army spokesman said the last rebel positions were cleared at dawn.\n"
            '"The town is completely in our hands," Lieutenant Colonel Dawit Bekele told '
            "correspondents at a briefing.",
            "Dawit Bekele",
            "Ethiopian army spokesman",
        ),
    ],
)
def test_a_rank_alone_takes_the_role_the_paragraph_before_introduced(
    dictionary, text, speaker, role
):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][:2] == (speaker, role)


@pytest.mark.parametrize(
    "text",
    [
        # the paragraph before quotes the one it introduced: not this speaker's role
        'A spokesman for the rebels, reached by telephone, claimed the outpost. "It is ours," '
        "said the spokesman, who gave his name as Ali.\nOfficers denied that the outpost had "
        'fallen. "It will remain ours," said Captain Jose Ortega.',
        # a speaker with no rank at all keeps none from the paragraph before
        "A Croatian foreign ministry official said talks would resume.\n"
        '"We left with nothing," said Kata Markovic.',
    ],
)
def test_no_role_from_the_paragraph_before_otherwise(dictionary, text):
    row = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1]
    assert row[1] not in ("spokesman for the rebels", "Croatian foreign ministry official")
