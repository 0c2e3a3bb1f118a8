"""Who a later mention of a speaker is: courtesy titles kept out of names and roles, a full name
the name scan must not cut at a title, a double surname used alone, "the official said" after an
anonymous official, and a separatist government's spokesman, who speaks for no state."""

from __future__ import annotations

import pytest

from tests.articles.rows import MONDAY_8_JANUARY_2024, speaker_rows, statement_rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The water has been off for a week," said Dona Lucia Ferreira, 58, at her stall.',
            "Lucia Ferreira",
        ),
        (
            '"Our men held the ridge," said Datu Ismael Pandi, a commander of the front.',
            "Ismael Pandi",
        ),
        (
            '"Our forces have left the town," said Teungku Hasan Saleh, a rebel commander.',
            "Hasan Saleh",
        ),
        (
            '"Malaysia is ready to help," said Datuk Azman Yusof, a foreign ministry official.',
            "Azman Yusof",
        ),
    ],
)
def test_a_courtesy_title_is_no_part_of_the_name(dictionary, text, speaker):
    assert speaker_rows(text, dictionary)[0][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        '"The wounded arrive every hour," said Sister Ana Beltrán at the mission clinic.',
        '"We buried eleven people yesterday," said Sheikh Omar Daoud Hilal in the village square.',
    ],
)
def test_a_courtesy_title_is_never_the_role(dictionary, text):
    assert speaker_rows(text, dictionary)[0][1] == ""


@pytest.mark.parametrize(
    "introduction",
    [
        "Information Minister Mahamat Idriss Abakar told reporters that the garrison had fled.",
        "Defence Minister Mahamat Idriss Abakar said on Sunday that the town had been retaken.",
    ],
)
def test_a_title_does_not_cut_a_three_word_name_short(dictionary, introduction):
    text = f'{introduction}\n"The enemy has left the oasis for good," Abakar said.'
    name, role = speaker_rows(text, dictionary)[0]
    assert name == "Mahamat Idriss Abakar"
    assert role.endswith("Minister")


@pytest.mark.parametrize(
    "introduction",
    [
        "The commander of the army's task force in the north, General Luis Ortega Salazar, said "
        "troops had surrounded the camp.",
        "General Luis Ortega Salazar, who commands the army's task force in the north, told "
        "reporters that the camp had been surrounded.",
    ],
)
def test_a_double_surname_said_alone_is_the_full_name(dictionary, introduction):
    text = f'{introduction}\n"We knew where he was sleeping," Ortega said.'
    assert speaker_rows(text, dictionary)[0][0] == "Luis Ortega Salazar"


@pytest.mark.parametrize(
    ("introduction", "role"),
    [
        (
            "A senior security official in Quetta, speaking on condition of anonymity, said the "
            "militants had been pushed back.",
            "senior security official in Quetta",
        ),
        (
            "A Western diplomat in the capital, who asked not to be named, said the government "
            "had been caught by surprise.",
            "Western diplomat in the capital",
        ),
    ],
)
def test_the_official_said_is_the_anonymous_official_introduced_before(
    dictionary, introduction, role
):
    noun = role.split()[2] if role.startswith("senior") else role.split()[1]
    text = f'{introduction} "They will not find safety in the hills either," the {noun} said.'
    assert speaker_rows(text, dictionary) == [("", role)]


def test_the_official_said_after_a_named_person_keeps_its_own_reading(dictionary):
    text = (
        "A senior official travelling with the envoy Peter Lindqvist said the talks would resume."
        ' "Everyone knows the map has changed," the official said.'
    )
    assert speaker_rows(text, dictionary)[0][0] == ""


@pytest.mark.parametrize(
    "role",
    ["a spokesman for the separatist government", "a spokesman for the breakaway government"],
)
def test_a_separatist_government_spokesman_does_not_speak_for_the_state(dictionary, role):
    text = (
        "Russian troops took the town of Vedeno on Saturday after a week of shelling. "
        f'"We left so that the town would not be destroyed," said Ruslan Umarov, {role}.'
    )
    rows = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[0][2] != "Russia"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A soldier who gave only his call sign, Grom, said his unit had pulled back. "
            '"There is nothing left of the village," he said.',
            ("Grom", "soldier"),
        ),
        (
            '"We held the school for three days," said a fighter of the 47th Brigade, who gave '
            "only his nickname, Bison, in a video posted by the unit.",
            ("Bison", "fighter of the 47th Brigade"),
        ),
        (
            '"The shelling never stopped," said Karim, a baker in Aleppo, who gave only his first '
            "name.",
            ("Karim", "baker in Aleppo"),
        ),
        (
            '"We will not leave the hills," a man who identified himself as commander Driton told '
            "reporters by telephone.",
            ("Driton", "commander"),
        ),
    ],
)
def test_a_name_the_speaker_gave_alone_is_his_name(dictionary, text, speaker):
    assert speaker_rows(text, dictionary)[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'At the clinic in the port, a nurse named Amina said the wards were full. "We have '
            'no beds left," she said.',
            ("Amina", "nurse"),
        ),
        (
            '"They took the market first," said the resident, a trader named Oumar Diallo.',
            ("Oumar Diallo", "trader"),
        ),
    ],
)
def test_a_role_named_so_gives_the_name_and_the_role(dictionary, text, speaker):
    assert speaker_rows(text, dictionary)[0] == speaker


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            '"The assailants are trapped," Lieutenant Colonel Paul Kouadio Yao, a spokesman for '
            "the army, told reporters.",
            '"The road is calm," Lieutenant Colonel Paul Kouadio Yao said.',
        ),
        (
            "The commander of the army's ground forces, Major General Hassan Ali Nur, ordered an "
            'assault on the district. "We will not stop here," Major General Hassan Ali Nur said.',
            '"The farms are cleared," Nur said.',
        ),
    ],
)
def test_a_rank_gives_way_to_the_role_said_of_the_officer(dictionary, first, second):
    rows = speaker_rows(f"{first}\n{second}", dictionary)
    assert all(not role.startswith(("Lieutenant", "Major")) for _, role in rows)


@pytest.mark.parametrize(
    "introduction",
    [
        "Government troops retook the town last month. A statement by the leader's Islamic State "
        'group, read on a radio station, said the town was "liberated" and that its forces were '
        "pursuing the enemy south.",
        "The army lost the base in June. A communique from the Islamic State group, posted on its "
        'channels, said the garrison had been "wiped out" and its weapons seized.',
    ],
)
def test_the_statement_said_is_whoever_issued_it(dictionary, introduction):
    noun = "statement" if "statement" in introduction else "communique"
    text = f'{introduction} "The soldiers fled and left their weapons," the {noun} said.'
    rows = statement_rows(text, dictionary, MONDAY_8_JANUARY_2024)
    assert rows[-1] == ("", "", "Islamic State")


@pytest.mark.parametrize(
    "text",
    [
        '"Our troops hold the town," said Information Minister Joseph Kamara at a news '
        "conference in the capital.",
        '"Our troops hold the town," said Information Minister Joseph Kamara at a press briefing '
        "on Tuesday.",
    ],
)
def test_where_the_speaker_spoke_after_the_name_is_no_part_of_it(dictionary, text):
    assert speaker_rows(text, dictionary)[0] == ("Joseph Kamara", "Information Minister")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            '"Somebody was paid," said Ramon Villanueva, a town councillor who lives across the '
            "street.",
            "town councillor",
        ),
        (
            '"The troops are here with our agreement," said Osman Idris, Sudan\'s charge '
            "d'affaires in Nairobi.",
            "Sudan's charge d'affaires in Nairobi",
        ),
        (
            '"The planes came every morning," said Mariam Said, a seamstress from the old town.',
            "seamstress from the old town",
        ),
    ],
)
def test_more_occupations_are_roles(dictionary, text, role):
    assert speaker_rows(text, dictionary)[0][1] == role
