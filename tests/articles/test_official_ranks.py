"""Officers and officials whose role names their state's army by its structure (a region, a
division, a brigade, the Army as owner) or names the state only by its demonym."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, statement_rows

NIGERIA_LEAD = (
    "Nigerian troops retake Bama from insurgents\n"
    "Soldiers entered Bama on Sunday after Boko Haram fighters pulled out overnight.\n"
)
INDONESIA_LEAD = (
    "Indonesian troops hunt rebels in Nduga\n"
    "Soldiers reached the district on Sunday after gunmen killed road workers near Mbua.\n"
)


@pytest.mark.parametrize(
    "role",
    [
        "the regional military commander",
        "a spokesman for the Cenderawasih regional military command",
    ],
)
def test_a_regional_military_command_is_the_states_army(dictionary, role):
    text = INDONESIA_LEAD + f'"The area is under control," said Hendra Wiratama, {role}.'
    rows = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[-1][2] == "Indonesian National Armed Forces"


@pytest.mark.parametrize(
    "role",
    [
        "a divisional commander",
        "a spokesman for the ground forces in the northeast",
        "spokesman for one of the mechanised brigades",
        "the Army's chief information officer at Maiduguri",
    ],
)
def test_a_unit_or_the_army_as_owner_speaks_for_the_forces(dictionary, role):
    text = NIGERIA_LEAD + f'"The insurgents ran," said Sani Bello Garba, {role}.'
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "Nigerian Armed Forces"


@pytest.mark.parametrize(
    "sentence",
    [
        '"Kismayo is the heart of their network," a senior Kenyan official said.',
        '"We will not stop at the river," said Joseph Mwangi, a Kenyan official in Nairobi.',
    ],
)
def test_an_official_named_by_his_states_demonym_speaks_for_the_state(dictionary, sentence):
    text = (
        "Kenyan troops push towards Kismayo\n"
        "Troops and allied militias advanced on the port on Sunday, residents said.\n" + sentence
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "Kenya"


@pytest.mark.parametrize(
    "role",
    ["a Kenyan commander at the border post", "the Kenyan commander in the sector"],
)
def test_a_commander_named_by_his_states_demonym_speaks_for_its_forces(dictionary, role):
    text = (
        "Militants attack border post\n"
        "Fighters crossed from Somalia and attacked a post near Mandera on Sunday before Kenyan "
        "troops drove them back.\n"
        f'"If they come again, we will be ready," said Daniel Otieno, {role}.'
    )
    rows = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[-1][2] == "Kenya Defence Forces"


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        (
            '"The trenches have been filled," a senior security official in Maiduguri said.',
            "Nigeria",
        ),
        (
            '"The roads are open again," a senior police official in Maiduguri told reporters.',
            "Nigeria Police Force",
        ),
    ],
)
def test_a_security_or_police_official_speaks_for_the_state_or_its_police(
    dictionary, sentence, side
):
    assert statement_rows(NIGERIA_LEAD + sentence, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == side


def test_a_civilian_district_officer_and_an_aid_operation_speak_for_no_forces(dictionary):
    text = NIGERIA_LEAD + (
        '"People are coming back," said Ekoko Tambe, the senior divisional officer. '
        '"We are feeding them," said Anna Lind, an official of Operation Lifeline Bama.'
    )
    assert [row[2] for row in statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)] == [
        None,
        None,
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Croats take Grahovo as Bosnian Serb forces pull back\n"
        "Croatian troops took Bosansko Grahovo on Saturday after Bosnian Serb forces withdrew.\n"
        '"Our men held for four days against two armies," said Dusan Vojnovic, a Bosnian Serb '
        "officer.",
        "Serbs lose Mrkonjic Grad\n"
        "Bosnian Serb troops fell back from Mrkonjic Grad on Tuesday, witnesses said.\n"
        '"We held them for three days with one brigade," a Bosnian Serb captain told reporters '
        "in Banja Luka.",
    ],
)
def test_an_officer_named_by_a_self_declared_states_people_speaks_for_its_army(dictionary, text):
    # The country list gives Republika Srpska no forces; the article's "Bosnian Serb forces" do.
    rows = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[-1][2] == "Army of Republika Srpska"


def test_an_officer_of_a_state_whose_army_the_article_never_names_keeps_the_state(dictionary):
    text = (
        "Serbs lose Mrkonjic Grad\n"
        "The Bosnian Serb republic said it would not give up the town.\n"
        '"We held them for three days," a Bosnian Serb captain told reporters in Banja Luka.'
    )
    assert statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)[-1][2] == "Republika Srpska"
