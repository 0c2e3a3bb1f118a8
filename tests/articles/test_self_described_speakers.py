"""Speakers who describe themselves ("a man who identified himself as a commander of the group",
"a commander who gave his name as X", "X, who described himself as the group's spokesman")."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, speaker_rows, statement_rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In a video released on Sunday, a man who identified himself as a commander of the "
            'group said its fighters held the crossing. "The bridge is ours," he said.',
            ("", "commander of the group"),
        ),
        (
            "A man who described himself as a spokesman for the militia, Idris Kamal Yusuf, told "
            'reporters by phone that the fighters would stay. "We did not come to leave," he said.',
            ("Idris Kamal Yusuf", "spokesman for the militia"),
        ),
        (
            '"We left the hill because we chose to," said Tomas Ruiz Ibarra, who described '
            "himself as the front's spokesman, in a voice message.",
            ("Tomas Ruiz Ibarra", "front's spokesman"),
        ),
    ],
)
def test_the_role_a_speaker_gives_himself(dictionary, text, speaker):
    assert speaker_rows(text, dictionary)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We are still in the valley," said a commander who gave his name as Samuel Okot '
            "Lagu, in an audio message sent to reporters.",
            ("Samuel Okot Lagu", "commander"),
        ),
        (
            "A fighter of the northern brigade, who gave only his first name, Pavlo, said the "
            'last units had left. "There was one road left," he said.',
            ("Pavlo", "fighter of the northern brigade"),
        ),
        (
            '"Whoever enters the forest will not come out," a militia leader who would identify '
            "himself only as Abu Karim told reporters at a checkpoint.",
            ("Abu Karim", "militia leader"),
        ),
        (
            "The rebels said they had repelled the attack. Their spokesman, who gave his name "
            'only as Colonel Ivo, said in a video: "We will fight until the last soldier leaves."',
            ("Ivo", "spokesman"),
        ),
    ],
)
def test_the_name_a_speaker_gives_himself(dictionary, text, speaker):
    assert speaker_rows(text, dictionary)[-1] == speaker


def test_a_subject_running_into_a_quote_is_no_speaker(dictionary):
    text = (
        'President Haruna Bello Sule called the withdrawal "a victory for the people" and '
        'urged the fighters to disarm. "The city is free," he told a news conference.'
    )
    assert speaker_rows(text, dictionary)[-1] == ("Haruna Bello Sule", "President")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The Revolutionary United Front denied losing the camp.\n"
            '"Our men are still in the forest," said Sam Kallon, who heads the rebels\' delegation '
            "to the talks in Lome.",
            "who heads the rebels' delegation to the talks in Lome",
        ),
        (
            "The Revolutionary United Front insists it still controls the mines.\n"
            '"The soldiers are trapped in the town," Foday Bangura, who says he speaks for the '
            "movement in Kono, told reporters by telephone.",
            "who says he speaks for the movement in Kono",
        ),
        (
            "The Revolutionary United Front's radio claimed the attack.\n"
            '"Every town they take will be their grave," said Ibrahim Sesay, who the radio '
            "described as the group's spokesman for military operations.",
            "group's spokesman for military operations",
        ),
    ],
)
def test_a_clause_saying_whom_he_speaks_for_gives_role_and_side(dictionary, text, role):
    _, got_role, actor = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1]
    assert (got_role, actor) == (role, "Revolutionary United Front")
