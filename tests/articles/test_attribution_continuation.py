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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"They killed my brothers," said Abubakar Sani Mera, a farmer.\nThe fighters first '
            "presented themselves as protectors against bandit gangs, before imposing their own "
            "taxes, said Aminu Garba Dankano, a researcher on jihadist groups in the Sahel.\n"
            '"They are exploiting a security vacuum on both sides of the border," he said.',
            ("Aminu Garba Dankano", "researcher on jihadist groups in the Sahel"),
        ),
        (
            '"We fled at night," said Bulama Modu, a trader.\nTroops backed by fighter jets '
            "entered the town on Sunday afternoon after a gunfight, said Brig. Gen. Abdullahi "
            'Garba Danjuma, an army spokesman.\n"Our troops have cleared Geidam of the '
            'terrorists," he said in a statement.',
            ("Abdullahi Garba Danjuma", "army spokesman"),
        ),
    ],
)
def test_he_said_goes_to_the_person_said_to_speak_at_the_end_of_the_paragraph_before(
    dictionary, text, speaker
):
    assert speaker_rows(text, dictionary)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Some of our soldiers surrendered their posts and handed over their weapons," '
            "revealed Abdul Sattar Rasuli, the governor of Badghis.",
            ("Abdul Sattar Rasuli", "governor of Badghis"),
        ),
        (
            "Army spokesman Major Jules Mulumba Ngoy revealed that soldiers had entered the town "
            'without firing a shot.\n"Our forces have taken up positions in the centre," he said.',
            ("Jules Mulumba Ngoy", "Army spokesman"),
        ),
    ],
)
def test_revealed_reports_speech(dictionary, text, speaker):
    assert speaker_rows(text, dictionary)[-1] == speaker


def test_a_short_quote_far_from_the_reporting_verb_is_no_statement(dictionary):
    text = (
        "On Friday, the group revealed in a post on Telegram that it was leaving Mali, saying it "
        'had finished its work after it had helped the army retake "all regional capitals," '
        "including Kidal."
    )
    assert speaker_rows(text, dictionary) == []
