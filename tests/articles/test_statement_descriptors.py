"""Whom a speaker speaks for when the role only describes the side ("separatist official", "gang
leader", "the commander"), nobody for local officials, and roles learnt from sentences that open
with a day or use a verb the subject rules did not list."""

from __future__ import annotations

import pytest

from articles.extraction import extract
from tests.articles.rows import FRIDAY_11_MARCH_2022, first_statement_row, statement_rows


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Fighters of the Donetsk People's Republic shelled the outskirts of the town.\n"
            'A separatist official, Ivan Petrenko, said the plant had been taken. "The factory is '
            'ours now," he wrote on Telegram.',
            "Donetsk People's Republic",
        ),
        (
            "Forces of the self-proclaimed Luhansk People's Republic entered the village at dawn.\n"
            '"We control the railway station," said Mykola Sirenko, a separatist commander.',
            "Luhansk People's Republic",
        ),
    ],
)
def test_a_separatist_role_speaks_for_the_separatist_group_named_before(dictionary, text, group):
    assert first_statement_row(text, dictionary, FRIDAY_11_MARCH_2022)[2] == group


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen of the Viv Ansanm coalition attacked the hillside suburb overnight.\n"
        '"This neighbourhood belongs to us," said Jean Baptiste, a gang leader.',
        "The Viv Ansanm coalition burned houses in the district on Monday.\n"
        'A gang leader known as Ti Pierre said in a video: "We will take the police station."',
    ],
)
def test_a_gang_leader_speaks_for_the_gang_named_before(dictionary, text):
    assert first_statement_row(text, dictionary, FRIDAY_11_MARCH_2022)[2] == "Viv Ansanm"


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops shelled the river bank on Sunday.\n"
        '"Nobody will cross the river," said Pavel Orlov, the Russian-installed governor of the '
        "occupied part of the region.",
        "Islamic State fighters overran the town on Friday.\n"
        '"We have no ammunition left," said Karim al-Jubouri, the police chief of al-Baghdadi.',
    ],
)
def test_a_local_official_speaks_for_no_side(dictionary, text):
    assert first_statement_row(text, dictionary, FRIDAY_11_MARCH_2022)[2] is None


@pytest.mark.parametrize(
    ("text", "role", "group"),
    [
        (
            "A Fano commander reached by telephone denied that his men had been beaten. "
            '"We left the town on our own," said the commander, who gave his name only as '
            "Dawit.",
            "Fano commander",
            "Fano",
        ),
        (
            "An M23 commander told reporters in Goma that the rebels would hold the road. "
            '"Nobody will push us back," said the commander, who would give only his first name, '
            "Eric.",
            "M23 commander",
            "M23",
        ),
    ],
)
def test_the_commander_named_later_is_the_one_introduced(dictionary, text, role, group):
    row = first_statement_row(text, dictionary, FRIDAY_11_MARCH_2022)
    assert row[1:] == (role, group)


def test_the_commanders_later_quote_keeps_the_introduced_role(dictionary):
    text = (
        "A Fano commander reached by telephone denied that his men had been beaten. "
        '"We left the town on our own," said the commander, who gave his name only as Dawit.\n'
        "Government troops said they held the airport.\n"
        '"We will come back when we choose," Dawit said.'
    )
    rows = statement_rows(text, dictionary, FRIDAY_11_MARCH_2022)
    assert [r[2] for r in rows if r[0] == "Dawit"] == ["Fano", "Fano"]


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday a Taleban spokesman, Qari Ahmad Zabih, denied that the town had fallen. "
        '"The town is still in our hands," he told the BBC.',
        "On Tuesday, a Taleban spokesman, Mawlawi Karim Agha, rejected the claims. "
        '"Our fighters have not left the district," he said by phone.',
    ],
)
def test_a_speaker_introduced_after_a_weekday_keeps_his_role(dictionary, text):
    row = first_statement_row(text, dictionary, FRIDAY_11_MARCH_2022)
    assert row[1:] == ("Taleban spokesman", "Taliban")


@pytest.mark.parametrize(
    "text",
    [
        "Chinese foreign ministry spokesman Wang Pei called on all sides to protect the border. "
        '"China urges the parties to cease fire," Wang told a briefing in Beijing.',
        "State Department spokesman John Carter calls for an immediate truce. "
        '"The fighting must stop," Carter told reporters.',
    ],
)
def test_a_role_introduced_before_called_on_is_learnt(dictionary, text):
    role = first_statement_row(text, dictionary, FRIDAY_11_MARCH_2022)[1]
    assert role.endswith("spokesman")


@pytest.mark.parametrize(
    "text",
    [
        '"This victory belongs to the volunteers," said Ali Hassan, a spokesman for the Popular '
        "Mobilisation.",
        "The Popular Mobilization said in a statement that its fighters had entered the town.",
    ],
)
def test_the_popular_mobilisation_without_forces_is_the_pmf(dictionary, text):
    result = extract(text, published=FRIDAY_11_MARCH_2022, dictionary=dictionary)
    assert "Popular Mobilization Forces" in {m.actor for m in result.actors}


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        (
            "Iran says troops hold Faw as Iraq vows counter-attack\n"
            "Iranian forces crossed the Shatt al-Arab and took the port of Faw, Iran said.\n"
            "A Baghdad military spokesman said in a statement broadcast by Iraqi radio that the "
            'Iranian bridgeheads were isolated. "The aggressors in Faw are surrounded on all '
            'sides," said the spokesman, who was named as Brigadier Nazar Khudair Salman.',
            "Nazar Khudair Salman",
            "Iraq",
        ),
        (
            "Azerbaijan says its troops took Lachin\n"
            "Azerbaijani forces pushed into the corridor on Sunday, Baku said.\n"
            "A Yerevan government spokesman told reporters the corridor was still open. "
            '"Not one village has fallen," said the spokesman, who was named as Armen '
            "Grigoryan.",
            "Armen Grigoryan",
            "Armenia",
        ),
    ],
)
def test_the_spokesman_named_later_speaks_for_the_capital_his_role_names(
    dictionary, text, name, side
):
    row = first_statement_row(text, dictionary, FRIDAY_11_MARCH_2022)
    assert (row[0], row[2]) == (name, side)
