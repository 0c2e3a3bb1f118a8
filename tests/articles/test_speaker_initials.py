"""A role naming its side by initials the text never gave as an alias speaks for the actor named
before with those initials (speaker_initials.py)."""

from __future__ import annotations

import pytest

from articles.extraction.speaker_initials import initials
from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Fighters of the Bougainville Revolutionary Army overran a government post near Buin "
            'on Sunday.\nA BRA spokesman, Thomas Kepa, said by telephone: "The soldiers ran to '
            'the beach and left their rifles."',
            "Bougainville Revolutionary Army",
        ),
        (
            "The Arakan Army said on Monday it had taken the battalion base outside the town.\n"
            '"Every outpost in the township is now ours," Maung Tun, an AA spokesman, told an '
            "online news conference.",
            "Arakan Army",
        ),
    ],
)
def test_a_role_naming_its_side_by_initials(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == actor


def test_initials_that_no_actor_named_before_has_give_no_side(dictionary):
    text = (
        "Gunmen burned the market of the town on Sunday.\n"
        '"We could not stop them," said Peter Ansah, a KPL official in the district.'
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] is None


@pytest.mark.parametrize(
    ("name", "letters"),
    [
        ("People's Committee Against Police Atrocities", "PCAPA"),
        ("People's Liberation Organisation of Tamil Eelam", "PLOTE"),
        ("National Liberation Army (Macedonia)", "NLA"),
    ],
)
def test_initials(name, letters):
    assert initials(name) == letters
