"""Groups and spellings added to the actor table are found in wire copy."""

from __future__ import annotations

import pytest

from articles.extraction.actors import find_actors


def _actors(text: str, dictionary, home: str | None = None) -> set[str]:
    return {m.actor for m in find_actors(text, dictionary.with_states(), home=home)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Karabakh forces said they had repelled an attack near the village.",
            "Artsakh Defence Army",
        ),
        (
            "The Karabakh defence ministry said two of its soldiers were killed.",
            "Nagorno-Karabakh Republic",
        ),
        (
            "Guerrillas of ZANU crossed the border from Mozambique at night.",
            "Zimbabwe African National Union",
        ),
        ("Rhodesia says its aircraft struck guerrilla camps across the border.", "Rhodesia"),
        ("Amin's army retreated from the border town on Sunday.", "Uganda Army (1971–1980)"),
        (
            "Monitors from Komnas HAM visited the district.",
            "National Commission on Human Rights (Indonesia)",
        ),
    ],
)
def test_it_finds_added_groups_and_spellings(dictionary, text, expected):
    assert expected in _actors(text, dictionary)
