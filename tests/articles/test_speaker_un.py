"""A UN mission's spokespeople and officials speak for the United Nations (speaker_un.py), as the
gold gives them ("MONUSCO spokesman in Kinshasa", "spokeswoman for UNMIS in Khartoum"); other
bodies' forces keep their own side."""

from __future__ import annotations

import pytest

from articles.extraction.speaker_un import is_un_body
from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    "text",
    [
        'Rebels of the M23 shelled the outskirts of Sake on Sunday. "Our peacekeepers returned '
        'fire and the road is open again," said Pierre Lemaire, a MONUSCO spokesman in Kinshasa.',
        "Gunmen attacked a displaced persons' camp near Malakal overnight. \"Eleven people were "
        'killed inside the protection site," Hannah Moore, a spokeswoman for UNMISS in Juba, '
        "told reporters.",
        "Fighting flared again in the west of the country on Monday. Marc Dupont, a spokesman for "
        "the United Nations Operation in Cote d'Ivoire (UNOCI), said: \"Our patrols could not "
        'reach the town."',
    ],
)
def test_a_un_missions_spokesman_speaks_for_the_united_nations(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "United Nations"


def test_an_african_union_missions_spokesman_keeps_the_mission(dictionary):
    text = (
        "Al-Shabaab fighters attacked positions of the African Union force, ATMIS, north of "
        'Mogadishu on Sunday.\n"The attackers were pushed back within the hour," said Paul '
        "Okello, a spokesman for the AU force."
    )
    rows = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[-1][2] == "African Union Transition Mission in Somalia"


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("MINUSCA", True),  # its parent in the table is the United Nations
        ("United Nations Mission in Sudan", True),
        ("Force Intervention Brigade", True),  # a brigade of MONUSCO
        ("United Nations", False),
        ("African Union Transition Mission in Somalia", False),
        ("International Atomic Energy Agency", False),
    ],
)
def test_which_actors_are_un_bodies(dictionary, name, body):
    assert is_un_body(name, dictionary) is body
