"""Titles that lead a name and are no part of it: a movement's "Comrade", a naval rating's "Petty
Officer" or "Commodore", a soldier's "Private First Class", a cleric's "Sheik", a Spanish or
Creole "Capitán" or "Kommandan" (data/speaker_words.json)."""

from __future__ import annotations

import pytest

from tests.articles.rows import FRIDAY_11_MARCH_2022, statement_rows


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Maoist rebels overran the district headquarters on Sunday night.\n"
            '"The attack was a reply to the army\'s crimes," said Comrade Prabhakar, a spokesman '
            "for the rebels' eastern command.",
            "Prabhakar",
            "spokesman for the rebels' eastern command",
        ),
        (
            "Insurgents fired mortars at the convoy outside the city on Thursday.\n"
            '"They hit us with everything they had," said Petty Officer James Rourke, a Navy '
            "medic attached to the battalion.",
            "James Rourke",
            "Navy medic",
        ),
        (
            "The garrison on the islands came under air attack on Friday.\n"
            '"The enemy has paid for every metre," said Commodore Ruben Alcorta, a naval '
            "officer, in Buenos Aires.",
            "Ruben Alcorta",
            "naval officer",
        ),
        (
            "Guerrillas overran the camp before dawn on Saturday.\n"
            '"They came over the wire in waves," said Private First Class Dale Whitcomb, a '
            "rifleman with the company.",
            "Dale Whitcomb",
            None,  # the rank read as his role over the apposition is another matter
        ),
        (
            "Militants shelled the border town overnight.\n"
            '"The apostates will be driven out," said Sheik Omar Abu Bakr, a spokesman for the '
            "militants.",
            "Omar Abu Bakr",
            "spokesman for the militants",
        ),
        (
            "Rebels entered the northern town on Tuesday.\n"
            '"The town is ours," said Kommandan Ti-Joseph, a rebel commander, in the square.',
            "Ti-Joseph",
            "rebel commander",
        ),
    ],
)
def test_a_title_before_the_name_is_not_part_of_it(dictionary, text, speaker, role):
    row = statement_rows(text, dictionary, FRIDAY_11_MARCH_2022)[-1]
    assert row[0] == speaker
    assert role is None or row[1] == role
