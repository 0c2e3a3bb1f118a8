"""Who a later mention of a speaker is: courtesy titles kept out of names and roles, a full name
the name scan must not cut at a title, a double surname used alone, "the official said" after an
anonymous official, and a separatist government's spokesman, who speaks for no state."""

from __future__ import annotations

import pytest

from tests.articles.rows import speaker_rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The water has been off for a week," said Dona Lucia Ferreira, 58, at her stall.',
            "Lucia Ferreira",
        ),
        (
            '"Our men held the ridge," said Datu Ismael Pandi, a commander of the front.',
            "Ismael Pandi",
        ),
    ],
)
def test_a_courtesy_title_is_no_part_of_the_name(dictionary, text, speaker):
    assert speaker_rows(text, dictionary)[0][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        '"The wounded arrive every hour," said Sister Ana Beltrán at the mission clinic.',
        '"We buried eleven people yesterday," said Sheikh Omar Daoud Hilal in the village square.',
    ],
)
def test_a_courtesy_title_is_never_the_role(dictionary, text):
    assert speaker_rows(text, dictionary)[0][1] == ""
