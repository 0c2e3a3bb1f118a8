"""Speakers an outlet quotes ("it quoted a military source as saying") and speakers a sentence
introduces with a verb the text rules do not list ("X praised the troops. "…," he said")."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, speaker_rows, statement_rows


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'State radio said the army held the crossing. "Our units have pushed the attackers '
            'back across the river," it quoted a military source as saying.',
            "military source",
        ),
        (
            "The rebels' television channel denied the report and quoted a security source as "
            'saying "the enemy was driven back from the gates of the city".',
            "security source",
        ),
        (
            "The news agency denied the town had fallen. Quoting a military source, it said that "
            '"the armed forces are fighting the terrorists on the outskirts".',
            "military source",
        ),
    ],
)
def test_the_source_an_outlet_quotes_speaks(dictionary, text, role):
    assert speaker_rows(text, dictionary)[-1] == ("", role)


def test_a_military_source_speaks_for_the_articles_forces(dictionary):
    text = (
        "Nigerian troops retake border town\n"
        "Soldiers entered the town on Sunday after a week of fighting with the insurgents, state "
        'television reported. "The terrorists fled towards the forest," it quoted a military '
        "source as saying."
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == (
        "Nigerian Armed Forces"
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Defence Minister Kemal Arslan praised the pilots at a ceremony in the capital. "
            '"Whoever attacks our soldiers will get the answer," he said.',
            "Kemal Arslan",
        ),
        (
            "The town's mayor, Rosa Delgado Pineda, visited the shelters on Sunday.\n"
            '"We have no water and no medicine left," she said.',
            "Rosa Delgado Pineda",
        ),
    ],
)
def test_he_said_finds_the_subject_of_a_verb_the_rules_do_not_list(dictionary, text, speaker):
    assert speaker_rows(text, dictionary)[-1][0] == speaker
