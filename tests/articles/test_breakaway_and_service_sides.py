"""Whom an office speaks for: a self-declared state's office named by its region's word (not the
recognised state the region lies in), a state's services ("the border service", "the State
Committee for National Security"), and groups the press names by a title-case acronym."""

from __future__ import annotations

import pytest

from articles.extraction import officials
from articles.extraction.speaker_breakaway import breakaway_office
from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Georgian troops shelled the villages north of the river on Sunday. "
            '"Our lines held through the night," said Beslan Tsvizba, a spokesman for the '
            "Abkhaz defence ministry in Gudauta.",
            "Abkhazia",
        ),
        (
            "Croatian forces pushed towards the bridge at dawn. "
            '"This is an attack on our people," said Dragan Kosic, a spokesman for the Krajina '
            "government.",
            "Republic of Serbian Krajina",
        ),
        (
            "Azerbaijani artillery hit the town overnight. "
            '"The road to the north is still open," said Vardan Sarkisov, a member of the '
            "Karabakh defence committee.",
            "Nagorno-Karabakh Republic",
        ),
    ],
)
def test_a_breakaway_office_speaks_for_the_self_declared_state(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[0][2] == actor


@pytest.mark.parametrize(
    "role",
    ["Karabakh refugees in the camp", "Abkhaz villager", "spokesman for the Georgian government"],
)
def test_a_region_word_without_an_office_is_no_breakaway_state(role):
    assert breakaway_office(role) is None


@pytest.mark.parametrize(
    "role",
    [
        "spokesman for Kyrgyzstan's State Committee for National Security",
        "deputy head of the border service",
        "spokeswoman for the Tajik security service",
    ],
)
def test_a_state_service_reads_as_a_government_office(role):
    # (a capitalised "State" names an office; a lower-case "state" a province's)
    assert officials._GOVERNMENT_ROLE.search(role)
    assert not officials._NOT_OFFICIAL.search(role)
    assert officials._NOT_OFFICIAL.search("state police commander")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Rebels said they had taken the port town on Monday. "
            '"The town is ours," said Moses Tarr, a Lurd officer.',
            "Liberians United for Reconciliation and Democracy",
        ),
        (
            "Rebels of the Movement for Democracy in Liberia (Model) advanced on the town. "
            '"We walked in at dawn," Model\'s spokesman, Peter Gaye, said.',
            "Movement for Democracy in Liberia",
        ),
    ],
)
def test_a_title_case_acronym_names_its_group(dictionary, text, actor):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[0][2] == actor


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, Jan 8 (Reuters) - Ukrainian forces held the bridge east of the city on Sunday "
        'under Russian shelling. "We held it all night," said Taras Hnatyuk, a National Guard '
        "captain.",
        "Ukraine's forces pulled back from two villages south of the town on Saturday. "
        '"They came at dawn with tanks," said Ihor Savchuk, a platoon commander in a National '
        "Guard unit.",
    ],
)
def test_a_national_guard_officer_speaks_for_the_guard(dictionary, text):
    rows = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[0][2] == "National Guard of Ukraine"


def test_a_state_army_goes_under_its_name_of_the_time():
    import datetime as dt

    from articles.extraction.states import period_names

    assert period_names(dt.date(2001, 2, 28))["National Defence Force of Burundi"] == (
        "Burundian Armed Forces"
    )
    assert "National Defence Force of Burundi" not in period_names(dt.date(2015, 1, 1))


@pytest.mark.parametrize(
    "text",
    [
        "The U.N. mission, MONUSCO, said two peacekeepers were wounded north of Goma on Sunday. "
        '"Our troops will keep protecting civilians," said Ana Ribeiro, a spokeswoman for the '
        "mission in Goma.",
        "The United Nations peacekeeping mission in Congo, MONUSCO, sent helicopters to the hills "
        'above the town. "We fired on the rebel positions," said Karl Jensen, a spokesman for '
        "the mission.",
    ],
)
def test_the_spokesman_of_the_un_mission_named_before_speaks_for_the_un(dictionary, text):
    # the mission named before (speaker_missions.py), a UN one: the United Nations (speaker_un.py)
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[0][2] == "United Nations"


@pytest.mark.parametrize(
    "role", ["a Western diplomat in Khartoum", "a Western diplomat who follows the war"]
)
def test_a_western_diplomat_is_not_a_western_front(dictionary, role):
    text = (
        "Fighters of the Western Somali Liberation Front cut the road east of the town on "
        f'Sunday. "The town cannot hold for long," said {role}.'
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[0][2] is None


_NIGERIA = (
    "LAGOS, Jan 8 (Reuters) - Nigerian troops fought Boko Haram militants for a third day in "
    "the north-east, the army said, and the fighting killed dozens of people. "
)


@pytest.mark.parametrize(
    "role",
    [
        "a federal company commander",
        "a platoon commander at the checkpoint",
        "commander of the joint military and police task force in Borno state",
        "head of the military and police task force in Plateau state",
    ],
)
def test_a_unit_or_task_force_commander_speaks_for_the_forces(dictionary, role):
    text = _NIGERIA + f'"The town is surrounded on all sides," said Musa Bello, {role}.'
    rows = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[0][2] == "Nigerian Armed Forces"


@pytest.mark.parametrize(
    "role", ["a police commander at the western gate of the city", "a police commander in the city"]
)
def test_an_afghan_police_commander_speaks_for_the_police(dictionary, role):
    text = (
        "KABUL, Jan 8 (Reuters) - Afghan forces fought Taliban fighters on the edge of the "
        "provincial capital on Sunday, and the fighting killed at least 20 people. "
        f'"They came from three directions," said Abdul Wali, {role}.'
    )
    rows = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[0][2] == "Afghan National Police"


@pytest.mark.parametrize(
    "text",
    [
        "ADDIS ABABA, Jan 8 (Reuters) - Somali troops shelled the town of Harar on Sunday, and "
        "the fighting killed dozens of soldiers. "
        '"Harar will hold," said Tesfaye Alemu, a spokesman for the Provisional Military '
        "Administrative Council.",
        "Ethiopian troops fought Eritrean guerrillas around Keren for a week, and the fighting "
        "killed hundreds of soldiers. "
        '"The bandits have been driven back," a spokesman for the Derg, Kebede Haile, said.',
    ],
)
def test_a_ruling_council_spokesman_speaks_for_the_state(dictionary, text):
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[0][2] == "Ethiopia"
