"""Ranks wire copy abbreviates before a name ("Lieut. Col. X", "Chief Supt. X", "Comr. X") are
titles, not sentence ends: the name and the role after it are the speaker's (sentences.py,
speakers.py, data/speaker_words.json)."""

from __future__ import annotations

import pytest

from tests.articles.rows import FRIDAY_11_MARCH_2022, statement_rows


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Government troops retook the river port from the rebels on Tuesday.\n"
            '"Not one centimetre of our territory will remain in their hands," said Lieut. Col. '
            "Ramon Ortega, a spokesman for the army's southern command, at a news conference.",
            "Ramon Ortega",
            "spokesman for the army's southern command",
        ),
        (
            "Police commandos raided the rebel camp on Sunday, killing a bomb maker.\n"
            '"Our men got their target," said Chief Supt. Rodolfo Santos, a senior police '
            "officer, at the camp.",
            "Rodolfo Santos",
            "senior police officer",
        ),
        (
            "Police moved into the district after separatist rebels killed two officers.\n"
            '"We are pursuing the group into the forests," said Comr. Yosef Wanda, a spokesman '
            "for the provincial police, in Jayapura.",
            "Yosef Wanda",
            "spokesman for the provincial police",
        ),
    ],
)
def test_an_abbreviated_rank_leads_the_name(dictionary, text, speaker, role):
    row = statement_rows(text, dictionary, FRIDAY_11_MARCH_2022)[-1]
    assert row[:2] == (speaker, role)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "An army spokesman, Lieutenant-Colonel Ayo Fadahunsi, told reporters that troops "
            "had entered the town from the north.\n"
            '"The town is in our hands," Fadahunsi said.',
            "Ayo Fadahunsi",
        ),
        (
            "A military spokesman, Major-General Tunde Bello, said the division had crossed the "
            'river.\n"Nothing will stop the division now," Bello said.',
            "Tunde Bello",
        ),
    ],
)
def test_a_hyphenated_rank_leads_the_name_its_role_was_given_with(dictionary, text, speaker):
    row = statement_rows(text, dictionary, FRIDAY_11_MARCH_2022)[-1]
    assert row[0] == speaker
    assert row[1].endswith("spokesman")
