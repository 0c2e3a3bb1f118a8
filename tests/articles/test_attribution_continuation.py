"""Attribution across paragraphs: a quote paragraph that goes on with the speaker before it."""

from __future__ import annotations

import pytest

from tests.articles.rows import speaker_rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The terrorists ran away before our forces reached the town," said Col. Abdiwahab '
            "Hassan Nur Gelle, a commander of the Somali National Army in Middle Shabelle, "
            'speaking by phone.\n"We will follow them into the forests."',
            (
                "Abdiwahab Hassan Nur Gelle",
                "commander of the Somali National Army in Middle Shabelle",
            ),
        ),
        (
            '"The airport is safe and our men are holding all their positions," Brigadier General '
            "Nizar Sulaiman al-Khatib, a commander of the Republican Guard in the city, told state "
            'television.\n"We have lost martyrs, but the road to the airport will be opened again '
            'within days."',
            ("Nizar Sulaiman al-Khatib", "commander of the Republican Guard in the city"),
        ),
    ],
)
def test_a_bare_quote_paragraph_goes_on_with_the_speaker_before_it(dictionary, text, speaker):
    assert speaker_rows(text, dictionary) == [speaker, speaker]


def test_a_bare_quote_paragraph_after_a_new_person_is_not_the_earlier_speakers(dictionary):
    text = (
        '"Our forces hold the town," said Col. Ahmed Ali, an army spokesman. Residents disputed '
        "his account. Fatima Hassan, a teacher, said the shelling had not stopped.\n"
        '"We sleep in the cellar every night."'
    )
    assert speaker_rows(text, dictionary)[1][0] != "Ahmed Ali"
