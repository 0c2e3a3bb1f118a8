"""Speakers' names and who "he said" is: honorifics, long Arabic names, acronyms in the role, and
the person a later "he said" points back to."""

from __future__ import annotations

import pytest

from tests.articles.rows import (
    speaker_rows,
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We held the hill for two days," said Ko Aung Min Htet, a commander of the group.',
            "Aung Min Htet",
        ),
        (
            '"The jets came every night and we slept in the fields," said Daw Nyein Nyein Aye, '
            "a vegetable seller.",
            "Nyein Nyein Aye",
        ),
        (
            '"The city is under our control," Taleban spokesman Qari Abdul Wahid Rahmani said.',
            "Abdul Wahid Rahmani",
        ),
        (
            '"We will not leave the valley," said Maulana Fazal Rahim Khan, a tribal leader.',
            "Fazal Rahim Khan",
        ),
    ],
)
def test_honorifics_before_a_name_are_not_part_of_it(dictionary, text, speaker):
    assert speaker_rows(text, dictionary)[0][0] == speaker


@pytest.mark.parametrize(
    "introduction",
    [
        "Government spokesman Dawit Mesfin dismissed the claims.",
        "Government spokesman Dawit Mesfin rejected the rebels' account on Monday.",
    ],
)
def test_he_said_after_a_person_who_answered_the_claim_is_that_person(dictionary, introduction):
    text = (
        "Rebel fighters said they had entered the town at dawn. "
        '"Our fighters are in the centre," said Abdi Noor, the rebels\' spokesman.\n'
        f'{introduction} "The town is under the control of our forces," he said.'
    )
    assert [name for name, _ in speaker_rows(text, dictionary)] == ["Abdi Noor", "Dawit Mesfin"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Huthi rebels seized the state television building. "
            '"The revolution has achieved its goals," said Abdulkarim bin Ali al-Houthi Sharaf '
            "al-Din, a member of the rebels' political bureau, at a sit-in.",
            "Abdulkarim bin Ali al-Houthi Sharaf al-Din",
        ),
        (
            '"Our men hold the airport," said Yahya bin Saleh al-Houthi, a rebel commander.',
            "Yahya bin Saleh al-Houthi",
        ),
    ],
)
def test_a_long_arabic_name_with_a_family_name_that_names_a_group_is_one_name(
    dictionary, text, speaker
):
    assert speaker_rows(text, dictionary)[-1][0] == speaker


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            '"Our units entered the village on Sunday," said Boubacar Sidibe, a spokesman for the '
            "Malian Armed Forces (FAMa), in a statement.",
            "spokesman for the Malian Armed Forces (FAMa)",
        ),
        (
            '"Our forces took full control of the town," said Gebre Teklu, a spokesman for the '
            "Tigray People's Liberation Front (TPLF), speaking by phone.",
            "spokesman for the Tigray People's Liberation Front (TPLF)",
        ),
    ],
)
def test_an_acronym_in_brackets_after_the_role_stays_in_it(dictionary, text, role):
    assert speaker_rows(text, dictionary)[0][1] == role


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        (
            "Fewer than 100 civilians remain, according to Ivan Petrenko, head of the town's "
            "military administration.",
            "Ivan Petrenko",
        ),
        (
            "The bridge was destroyed last week, according to Olena Marchuk, a local council "
            "member, who said nobody had crossed since.",
            "Olena Marchuk",
        ),
    ],
)
def test_he_said_after_according_to_is_the_person_cited(dictionary, introduction, speaker):
    text = (
        "Artillery pounded the town overnight.\n"
        f'{introduction} "Nobody can drive in or out," he said.\n'
        "If Toretsk falls, the road north will be open."
    )
    assert speaker_rows(text, dictionary)[0][0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The army holds the town," said Maj-Gen Zaw Min Htike, speaking at a press '
            "conference in the capital.",
            ("Zaw Min Htike", "Maj-Gen"),
        ),
        (
            '"Our forces returned to their positions," said Commandant Pieter van Rooyen, a '
            "military spokesman.",
            ("Pieter van Rooyen", "military spokesman"),
        ),
        (
            'Interior Adviser Tariq Hussain Shah said the operation would go on. "There will be no '
            'more deals," he told a news conference.',
            ("Tariq Hussain Shah", "Interior Adviser"),
        ),
        (
            "Analyst Camila Rojas Prieto of a Bogota think tank said the raid was a show of force. "
            '"They want to be seen," she said.',
            ("Camila Rojas Prieto", "Analyst"),
        ),
    ],
)
def test_a_title_or_role_written_before_the_name_is_not_part_of_it(dictionary, text, speaker):
    assert speaker_rows(text, dictionary)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The snipers were gone," said Nabil Haddad, a pharmacist.',
            ("Nabil Haddad", "pharmacist"),
        ),
        (
            '"We have no water," said Pierre Kabila Mbuyi, a schoolteacher, who was hiding in a '
            "church.",
            ("Pierre Kabila Mbuyi", "schoolteacher"),
        ),
        (
            '"If that ridge falls, the capital is open," a Western diplomat said.',
            ("", "Western diplomat"),
        ),
        (
            '"The fighters left two days ago," said a trader in Pama, who asked not to be named.',
            ("", "trader in Pama"),
        ),
        (
            '"People are living in fear," said Father Manuel Cossa, a priest of the diocese of '
            "Pemba.",
            ("Manuel Cossa", "priest of the diocese of Pemba"),
        ),
        (
            "The regional mediator, General Lazaro Kiprono, urged both sides to return to the "
            'talks. "The process is not dead," he told reporters.',
            ("Lazaro Kiprono", "regional mediator"),
        ),
    ],
)
def test_a_role_given_as_a_bare_noun_or_beside_a_title(dictionary, text, speaker):
    assert speaker_rows(text, dictionary)[-1] == speaker
