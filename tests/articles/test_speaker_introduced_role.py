"""A person the quote's paragraph introduces by role alone and the quote's attribution then names
("A commander of the brigade said …. "…," X told Reuters") has that role, and the side it names."""

from __future__ import annotations

import pytest

from articles.extraction import extract
from tests.articles.rows import FRIDAY_11_MARCH_2022


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Government troops shelled the district on Friday.\n\n"
            "A schoolteacher who had hidden in the church for two days said the gunmen had "
            'searched every house. "They took the young men away in trucks and burned the '
            'market behind them," said Joseph Kabila Mwamba, 41.',
            "schoolteacher",
        ),
        (
            "Rebels entered Bentiu on Friday.\n\n"
            "In Bentiu a Kenyan nurse at the hospital said the wards had been full since dawn. "
            '"We have run out of dressings and we are treating people on the floor," said Grace '
            "Wanjiru Mwangi.",
            "Kenyan nurse at the hospital",
        ),
        (
            "The army said it had taken the crossing on Thursday.\n\n"
            "A former army captain who fought on the river in the last war said the crossing "
            'could not be held. "Whoever sits on the bridge is a target for every gun on the '
            'hills," said Peter Okello Lagu, who now farms near the border.',
            "former army captain",
        ),
    ],
)
def test_a_named_speaker_takes_the_role_his_paragraph_introduced(dictionary, text, role):
    statement = extract(text, published=FRIDAY_11_MARCH_2022, dictionary=dictionary).statements[0]
    assert statement.role.startswith(role)


def test_a_named_speaker_takes_no_role_from_residents(dictionary):
    text = (
        "Rebels entered the town on Friday.\n\n"
        "Residents said the shelling had lasted all night. "
        '"We hid under the beds until morning," said Marie Ngalula Kasongo.'
    )
    statement = extract(text, published=FRIDAY_11_MARCH_2022, dictionary=dictionary).statements[0]
    assert statement.speaker == "Marie Ngalula Kasongo"
    assert statement.role == ""
