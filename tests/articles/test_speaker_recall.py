"""A person named again by part of his name ("Koffi Koffi said", "Kuol Akech said", "Al-Hiti
said") or by his surname alone after reported speech ("…, said X, a spokesman for Y." then "X told
reporters") keeps the full name, role and side the article gave him first."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, speaker_rows, statement_rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The road is open," said Colonel Jules Koffi Koffi, a spokesman for the army.\n'
            'Rebels denied it. "Our soldiers hold the bridge," Koffi Koffi said.',
            "Jules Koffi Koffi",
        ),
        (
            '"We entered the town at dawn," said Major Deng Aguer Deng, an army spokesman.\n'
            'Later he was asked about the airstrip. "It is ours," Deng Aguer said.',
            "Deng Aguer Deng",
        ),
        (
            '"The town is liberated," said Brig. Gen. Yahya al-Rasool, the army spokesman.\n'
            'Al-Rasool said the militants had fled. "They left their dead behind," Al-Rasool said.',
            "Yahya al-Rasool",
        ),
    ],
)
def test_part_of_a_full_name_is_the_person_named_before(dictionary, text, speaker):
    assert speaker_rows(text, dictionary)[-1][0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The fort is ours," said Haji Gul Mohammad, a farmer.\n"We lost everything," Gul '
            "Mohammad said.",
            "Gul Mohammad",
        ),
        (
            '"We are not fighters," said Sister Therese Haddad, a nun.\n"We pray," Therese '
            "Haddad said.",
            "Therese Haddad",
        ),
    ],
)
def test_a_title_is_no_part_of_the_name(dictionary, text, speaker):
    assert {row[0] for row in speaker_rows(text, dictionary)} == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        "Troops pulled out of the airport on Wednesday night, said Ivan Hrytsak, a spokesman for "
        'the Ukrainian army.\n"There was nothing left to defend," Hrytsak told reporters.',
        "The soldiers left the base under fire, said Petro Melnyk, a spokesman for the Ukrainian "
        'army, on Thursday.\n"We took our wounded with us," Melnyk said.',
    ],
)
def test_a_surname_after_reported_speech_keeps_role_and_side(dictionary, text):
    speaker, role, actor = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1]
    assert speaker.split()[-1] in text.split("\n")[0]
    assert role.startswith("spokesman for the Ukrainian army")
    assert actor == "Ukraine"
